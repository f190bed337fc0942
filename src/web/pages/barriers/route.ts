// SPDX-License-Identifier: EUPL-1.2
// Routes of the barrier model: /barrieremodel, /barrieremodel/:topic (a form or loverboy, with
// ?gemeente=1 for what the municipality can do) and /barrieremodel/barrieres/:id.
import type { FastifyInstance } from 'fastify'
import { PageNotFound, pageRoute, queryValue, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { barrierIndexPage, barrierPage, barrierTopicPage } from './template.ts'
import { allBarriers, barrierModelView, isBarrierTopic, MUNICIPAL_FIELD, parseMunicipalFilter } from './view-model.ts'

export function registerBarrierPages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(app, deps, '/barrieremodel', (ctx) => barrierIndexPage(ctx, allBarriers(ctx.data)), notFound)

  pageRoute(
    app,
    deps,
    '/barrieremodel/barrieres/:id',
    (ctx, request) => {
      const barrier = ctx.data.byId('barriers', request.params.id ?? '')
      if (barrier === undefined) {
        throw new PageNotFound()
      }
      return barrierPage(ctx, barrier, ctx.data.byId('barrierStages', barrier.stage))
    },
    notFound,
  )

  pageRoute(
    app,
    deps,
    '/barrieremodel/:topic',
    (ctx, request) => {
      const topic = request.params.topic ?? ''
      if (!isBarrierTopic(topic)) {
        throw new PageNotFound()
      }
      const filter = parseMunicipalFilter(queryValue(request, MUNICIPAL_FIELD))
      if (!filter.ok) {
        // Show the whole model with the error next to the checkbox, as a 400.
        const view = barrierModelView(ctx.data, ctx.locale, topic, false)
        return { status: 400, html: barrierTopicPage(ctx, { topic, view, filterError: filter.raw }) }
      }
      return barrierTopicPage(ctx, { topic, view: barrierModelView(ctx.data, ctx.locale, topic, filter.on) })
    },
    notFound,
  )
}
