// SPDX-License-Identifier: EUPL-1.2
// GET /phases and GET /phases/{id}: the organogram's phases with the aspects within them.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { paginate } from '../pagination.ts'
import { resolveSources } from '../refs.ts'
import { getPhaseSchema, listPhasesSchema, type PhaseParams, type PhasesQuery } from './schema.ts'

export async function phasesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: PhasesQuery }>('/phases', { schema: listPhasesSchema }, async (request, reply) => {
    const catalog = ctx.catalog()
    const phases = catalog.phases.map((phase) => ({ ...phase, aspects: catalog.aspectsOf(phase.id) }))
    return paginate(phases, request.query, request, reply)
  })

  app.get<{ Params: PhaseParams }>('/phases/:id', { schema: getPhaseSchema }, async (request) => {
    const catalog = ctx.catalog()
    const phase = catalog.byId('phases', request.params.id)
    if (phase === undefined) {
      throw notFound('phase', request.params.id)
    }
    return { ...phase, sources: resolveSources(catalog, phase.sources), aspects: catalog.aspectsOf(phase.id) }
  })
}
