// SPDX-License-Identifier: EUPL-1.2
// Routes of the rights list (/rechten) and right pages (/rechten/:id).
import type { FastifyInstance } from 'fastify'
import { PageNotFound, pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { rightPage, rightsListPage } from './template.ts'

export function registerRightPages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(
    app,
    deps,
    '/rechten',
    (ctx) => {
      const collator = new Intl.Collator(ctx.locale)
      return rightsListPage(
        ctx,
        [...ctx.data.valid('rights')].sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.name, b.name)),
      )
    },
    notFound,
  )
  pageRoute(
    app,
    deps,
    '/rechten/:id',
    (ctx, request) => {
      const right = ctx.data.byId('rights', request.params.id ?? '')
      if (right === undefined) {
        throw new PageNotFound()
      }
      return rightPage(ctx, right)
    },
    notFound,
  )
}
