// SPDX-License-Identifier: EUPL-1.2
// GET /rights (filtered, paginated) and GET /rights/{id}.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { invalid, notFound } from '../../errors.ts'
import { conditionsOverlap, mayHold } from '../../../domain/conditions/index.ts'
import { matchesQuery } from '../text-match.ts'
import { categoryFacets } from '../filters.ts'
import { paginate } from '../pagination.ts'
import { keepRecord, partyRef, resolveSources, type IdParams } from '../refs.ts'
import { getRightSchema, listRightsSchema, type RightsQuery } from './schema.ts'

export async function rightsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: RightsQuery }>('/rights', { schema: listRightsSchema }, async (request, reply) => {
    const catalog = ctx.catalog()
    const q = request.query
    const facets = categoryFacets(catalog, q.category)
    if (q.provider !== undefined && !catalog.has('parties', q.provider)) {
      throw invalid([{ path: 'provider', message: `no party '${q.provider}'; see /api/v1/parties` }])
    }
    const rights = catalog.dataset.rights.filter(
      (r) =>
        keepRecord(r, q) &&
        (q.kind === undefined || r.kind === q.kind) &&
        (q.form === undefined || mayHold(r.conditions, { exploitation: [q.form] })) &&
        (q.provider === undefined || r.providers.includes(q.provider)) &&
        conditionsOverlap(r.conditions, facets) &&
        matchesQuery(q.q, [r.id, r.name, r.summary, r.description, r.en?.name]),
    )
    return paginate(rights, q, request, reply)
  })

  app.get<{ Params: IdParams }>('/rights/:id', { schema: getRightSchema }, async (request) => {
    const catalog = ctx.catalog()
    const right = catalog.byId('rights', request.params.id)
    if (right === undefined) {
      throw notFound('right', request.params.id)
    }
    return {
      ...right,
      sources: resolveSources(catalog, right.sources),
      providerParties: right.providers.map((id) => partyRef(catalog, id)),
    }
  })
}
