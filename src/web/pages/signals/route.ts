// SPDX-License-Identifier: EUPL-1.2
// Routes of the signal overview (/signalen) and the pages per form (/signalen/:form, incl. loverboy).
import type { FastifyInstance } from 'fastify'
import { PageNotFound, pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { signalsIndexPage, signalTopicPage } from './template.ts'
import { isSignalTopic } from './view-model.ts'

export function registerSignalPages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(app, deps, '/signalen', (ctx) => signalsIndexPage(ctx), notFound)
  pageRoute(
    app,
    deps,
    '/signalen/:form',
    (ctx, request) => {
      const topic = request.params.form ?? ''
      if (!isSignalTopic(topic)) {
        throw new PageNotFound()
      }
      return signalTopicPage(ctx, topic)
    },
    notFound,
  )
}
