// SPDX-License-Identifier: EUPL-1.2
// Routes of the phase overview (/fasen), phase pages (/fasen/A…D) and aspect pages (/aspecten/:id).
import type { FastifyInstance } from 'fastify'
import { PageNotFound, pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { aspectPage, phasePage, phasesPage } from './template.ts'

export function registerPhasePages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(app, deps, '/fasen', (ctx) => phasesPage(ctx), notFound)
  pageRoute(
    app,
    deps,
    '/fasen/:id',
    (ctx, request) => {
      // Phase ids are capitals (A–D); accept a lower-case letter typed by hand too.
      const phase = ctx.data.phases.find((p) => p.id === (request.params.id ?? '').toUpperCase())
      if (phase === undefined) {
        throw new PageNotFound()
      }
      return phasePage(ctx, phase)
    },
    notFound,
  )
  pageRoute(
    app,
    deps,
    '/aspecten/:id',
    (ctx, request) => {
      const aspect = ctx.data.byId('aspects', request.params.id ?? '')
      if (aspect === undefined) {
        throw new PageNotFound()
      }
      return aspectPage(
        ctx,
        aspect,
        ctx.data.phases.find((p) => p.id === aspect.phase),
      )
    },
    notFound,
  )
}
