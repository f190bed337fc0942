// SPDX-License-Identifier: EUPL-1.2
// GET /aspects and GET /aspects/{id} (with the responsibilities held on the aspect).
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { paginate } from '../pagination.ts'
import { partyRef, phaseRef, resolveSources, type IdParams } from '../refs.ts'
import { getAspectSchema, listAspectsSchema, type AspectsQuery } from './schema.ts'

export async function aspectsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: AspectsQuery }>('/aspects', { schema: listAspectsSchema }, async (request, reply) => {
    const catalog = ctx.catalog()
    const { phase, status } = request.query
    const aspects = catalog.phases
      .filter((p) => phase === undefined || p.id === phase)
      .flatMap((p) => catalog.aspectsOf(p.id))
      .filter((a) => status === undefined || a.status === status)
    return paginate(aspects, request.query, request, reply)
  })

  app.get<{ Params: IdParams }>('/aspects/:id', { schema: getAspectSchema }, async (request) => {
    const catalog = ctx.catalog()
    const aspect = catalog.byId('aspects', request.params.id)
    if (aspect === undefined) {
      throw notFound('aspect', request.params.id)
    }
    // The route index keeps responsibilities in display order (lead roles first).
    const indexed =
      catalog.routeIndex.phases.flatMap((p) => p.aspects).find((a) => a.record.id === aspect.id)?.responsibilities ?? []
    return {
      ...aspect,
      sources: resolveSources(catalog, aspect.sources),
      phaseRef: phaseRef(catalog, aspect.phase),
      responsibilities: indexed.map(({ record: { aspect: _a, ...r } }) => ({
        ...r,
        party: partyRef(catalog, r.party),
        sources: resolveSources(catalog, r.sources),
      })),
    }
  })
}
