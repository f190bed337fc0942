// SPDX-License-Identifier: EUPL-1.2
// GET /parties (filtered, paginated) and GET /parties/{id} (with responsibilities per phase/aspect).
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import type { Party } from '../../../domain/party.ts'
import type { Responsibility } from '../../../domain/responsibility.ts'
import { conditionsOverlap, mayHold } from '../../../domain/conditions/index.ts'
import { matchesQuery } from '../text-match.ts'
import type { Catalog } from '../../../domain/catalog/index.ts'
import { categoryFacets, knownAspect, regionSet } from '../filters.ts'
import { paginate } from '../pagination.ts'
import { keepRecord, partyRef, regionRefs, resolveSources, type IdParams } from '../refs.ts'
import { getPartySchema, listPartiesSchema, type PartiesQuery } from './schema.ts'

type English = NonNullable<Party['en']>

function partyFilter(catalog: Catalog, query: PartiesQuery): (party: Party) => boolean {
  const aspect = knownAspect(catalog, query.aspect)
  const facets = categoryFacets(catalog, query.category)
  const regions = regionSet(catalog, query.region)
  const byResponsibility =
    query.phase !== undefined || aspect !== undefined || facets !== undefined || query.form !== undefined
  const responsibilityMatches = (r: Responsibility): boolean =>
    (query.phase === undefined || catalog.byId('aspects', r.aspect)?.phase === query.phase) &&
    (aspect === undefined || r.aspect === aspect) &&
    (query.form === undefined || mayHold(r.conditions, { exploitation: [query.form] })) &&
    conditionsOverlap(r.conditions, facets)
  return (party) =>
    keepRecord(party, query) &&
    (query.kind === undefined || party.kind === query.kind) &&
    (query.level === undefined || party.level === query.level) &&
    (regions === undefined || [...regions].some((r) => catalog.servesRegion(party.id, r))) &&
    (!byResponsibility || catalog.responsibilitiesOfParty(party.id).some(responsibilityMatches)) &&
    matchesQuery(query.q, [party.id, party.name, party.shortName, party.description, party.en?.name])
}

interface AspectRoles {
  readonly id: string
  readonly name: string
  readonly en?: English
  readonly order: number
  readonly responsibilities: object[]
}
interface PhaseRoles {
  readonly id: string
  readonly name: string
  readonly en?: English
  readonly order: number
  readonly aspects: AspectRoles[]
}

/** A record's `en` block, for a grouping that shows its name (ADR 0038). */
const english = (record: { en?: English }): { en?: English } => (record.en === undefined ? {} : { en: record.en })

function partyDetail(catalog: Catalog, party: Party) {
  // The party's roles of every date (the catalogue's shared query), grouped by phase and aspect.
  const phases: PhaseRoles[] = []
  for (const { phase, aspect, responsibility } of catalog.rolesOf(party.id)) {
    let p = phases.at(-1)
    if (p?.id !== phase.id) {
      p = { id: phase.id, name: phase.name, order: phase.order, aspects: [], ...english(phase) }
      phases.push(p)
    }
    let a = p.aspects.at(-1)
    if (a?.id !== aspect.id) {
      a = { id: aspect.id, name: aspect.name, order: aspect.order, responsibilities: [], ...english(aspect) }
      p.aspects.push(a)
    }
    const { party: _p, aspect: _a, ...r } = responsibility
    a.responsibilities.push({ ...r, sources: resolveSources(catalog, r.sources) })
  }
  return {
    ...party,
    sources: resolveSources(catalog, party.sources),
    parentParty: party.parent === undefined ? null : partyRef(catalog, party.parent),
    successorParty: party.successor === undefined ? null : partyRef(catalog, party.successor),
    predecessors: catalog.predecessorsOf(party.id).map((p) => partyRef(catalog, p.id)),
    children: catalog.childrenOf(party.id).map((p) => partyRef(catalog, p.id)),
    regions: regionRefs(catalog, catalog.regionsListing(party.id)),
    phases,
  }
}

export async function partiesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: PartiesQuery }>('/parties', { schema: listPartiesSchema }, async (request, reply) => {
    const catalog = ctx.catalog()
    return paginate(catalog.dataset.parties.filter(partyFilter(catalog, request.query)), request.query, request, reply)
  })

  app.get<{ Params: IdParams }>('/parties/:id', { schema: getPartySchema }, async (request) => {
    const catalog = ctx.catalog()
    const party = catalog.byId('parties', request.params.id)
    if (party === undefined) {
      throw notFound('party', request.params.id)
    }
    return partyDetail(catalog, party)
  })
}
