// SPDX-License-Identifier: EUPL-1.2
// GET /parties (filtered, paginated) and GET /parties/{id} (with responsibilities per phase/aspect).
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import type { Party } from '../../../domain/party.ts'
import type { Responsibility } from '../../../domain/responsibility.ts'
import { conditionsOverlap, mayHold } from '../../../domain/conditions/index.ts'
import { apiIndex, matchesQuery, type ApiIndex } from '../api-index.ts'
import { categoryFacets, knownAspect, regionSet } from '../filters.ts'
import { paginate } from '../pagination.ts'
import { keepRecord, partyRef, regionRefs, resolveSources, type IdParams } from '../refs.ts'
import { getPartySchema, listPartiesSchema, type PartiesQuery } from './schema.ts'

function partyFilter(index: ApiIndex, query: PartiesQuery): (party: Party) => boolean {
  const aspect = knownAspect(index, query.aspect)
  const facets = categoryFacets(index, query.category)
  const regions = regionSet(index, query.region)
  const byResponsibility =
    query.phase !== undefined || aspect !== undefined || facets !== undefined || query.form !== undefined
  const responsibilityMatches = (r: Responsibility): boolean =>
    (query.phase === undefined || index.aspects.get(r.aspect)?.phase === query.phase) &&
    (aspect === undefined || r.aspect === aspect) &&
    (query.form === undefined || mayHold(r.conditions, { exploitation: [query.form] })) &&
    conditionsOverlap(r.conditions, facets)
  return (party) =>
    keepRecord(party, query) &&
    (query.kind === undefined || party.kind === query.kind) &&
    (query.level === undefined || party.level === query.level) &&
    (regions === undefined || [...regions].some((r) => index.partiesByRegion.get(r)?.has(party.id) === true)) &&
    (!byResponsibility || (index.responsibilitiesByParty.get(party.id) ?? []).some(responsibilityMatches)) &&
    matchesQuery(query.q, [party.id, party.name, party.shortName, party.description, party.en?.name])
}

function partyDetail(index: ApiIndex, party: Party) {
  const responsibilities = index.responsibilitiesByParty.get(party.id) ?? []
  const phases = [...index.route.phases].flatMap(({ record: phase, aspects }) => {
    const withResponsibilities = aspects.flatMap(({ record: aspect }) => {
      const own = responsibilities.filter((r) => r.aspect === aspect.id)
      if (own.length === 0) {
        return []
      }
      return [
        {
          id: aspect.id,
          name: aspect.name,
          order: aspect.order,
          responsibilities: own.map(({ party: _p, aspect: _a, ...r }) => ({
            ...r,
            sources: resolveSources(index, r.sources),
          })),
        },
      ]
    })
    return withResponsibilities.length === 0
      ? []
      : [{ id: phase.id, name: phase.name, order: phase.order, aspects: withResponsibilities }]
  })
  return {
    ...party,
    sources: resolveSources(index, party.sources),
    parentParty: party.parent === undefined ? null : partyRef(index, party.parent),
    successorParty: party.successor === undefined ? null : partyRef(index, party.successor),
    predecessors: (index.predecessors.get(party.id) ?? []).map((p) => partyRef(index, p.id)),
    children: (index.children.get(party.id) ?? []).map((p) => partyRef(index, p.id)),
    regions: regionRefs(index, index.regionsByParty.get(party.id) ?? []),
    phases,
  }
}

export async function partiesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: PartiesQuery }>('/parties', { schema: listPartiesSchema }, async (request, reply) => {
    const index = apiIndex(ctx.dataset())
    return paginate(index.dataset.parties.filter(partyFilter(index, request.query)), request.query, request, reply)
  })

  app.get<{ Params: IdParams }>('/parties/:id', { schema: getPartySchema }, async (request) => {
    const index = apiIndex(ctx.dataset())
    const party = index.parties.get(request.params.id)
    if (party === undefined) {
      throw notFound('party', request.params.id)
    }
    return partyDetail(index, party)
  })
}
