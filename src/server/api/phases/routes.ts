// SPDX-License-Identifier: EUPL-1.2
// GET /phases and GET /phases/{id}: the organogram's phases with the aspects within them.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { apiIndex } from '../api-index.ts'
import { paginate } from '../pagination.ts'
import { resolveSources } from '../refs.ts'
import { getPhaseSchema, listPhasesSchema, type PhaseParams, type PhasesQuery } from './schema.ts'

export async function phasesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: PhasesQuery }>('/phases', { schema: listPhasesSchema }, async (request, reply) => {
    const index = apiIndex(ctx.dataset())
    const phases = index.route.phases.map(({ record, aspects }) => ({
      ...record,
      aspects: aspects.map((a) => a.record),
    }))
    return paginate(phases, request.query, request, reply)
  })

  app.get<{ Params: PhaseParams }>('/phases/:id', { schema: getPhaseSchema }, async (request) => {
    const index = apiIndex(ctx.dataset())
    const phase = index.route.phases.find((p) => p.record.id === request.params.id)
    if (phase === undefined) {
      throw notFound('phase', request.params.id)
    }
    return {
      ...phase.record,
      sources: resolveSources(index, phase.record.sources),
      aspects: phase.aspects.map((a) => a.record),
    }
  })
}
