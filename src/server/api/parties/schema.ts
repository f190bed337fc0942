// SPDX-License-Identifier: EUPL-1.2
// Schemas of the party endpoints: the list filters, the page of parties and the detail with the
// party's responsibilities per phase and aspect.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, literalUnion } from '../../../domain/common.ts'
import { EXPLOITATION_FORMS } from '../../../domain/facets.ts'
import { PARTY_KINDS, PARTY_LEVELS, Party } from '../../../domain/party.ts'
import { PHASE_IDS } from '../../../domain/phase.ts'
import { Responsibility } from '../../../domain/responsibility.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import {
  AsOfFilter,
  IdParams,
  PartyRef,
  QueryOf,
  RegionRef,
  StatusFilter,
  TextQuery,
  withResolvedSources,
} from '../refs.ts'

export const PartiesQuery = QueryOf({
  phase: Type.Optional(literalUnion(PHASE_IDS, 'Only parties with a responsibility in this phase.')),
  aspect: Type.Optional({
    ...Id,
    description: 'Only parties with a responsibility on this aspect (id from /aspects).',
  }),
  category: Type.Optional({
    ...Id,
    description:
      'Only parties with a responsibility that can apply to this victim category (id from /victim-categories).',
  }),
  form: Type.Optional(
    literalUnion(EXPLOITATION_FORMS, 'Only parties with a responsibility that can apply to this exploitation form.'),
  ),
  region: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 80,
      description: 'Region id (from /municipalities/{code}) or CBS municipality code: only the parties serving it.',
    }),
  ),
  kind: Type.Optional(literalUnion(PARTY_KINDS, 'Only parties of this kind.')),
  level: Type.Optional(literalUnion(PARTY_LEVELS, 'Only parties at this level.')),
  status: StatusFilter,
  asOf: AsOfFilter,
  q: TextQuery,
  ...paginationQuery,
})
export type PartiesQuery = Static<typeof PartiesQuery>

/** A responsibility as shown inside a party: the party is implied, the aspect is the grouping. */
const { party: _party, aspect: _aspect, ...responsibilityFields } = withResolvedSources(Responsibility.properties)
export const PartyResponsibility = Type.Object(responsibilityFields, { additionalProperties: false })

export const PartyPhase = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    order: Type.Integer(),
    aspects: Type.Array(
      Type.Object(
        {
          id: Id,
          name: Type.String(),
          order: Type.Integer(),
          responsibilities: Type.Array(PartyResponsibility),
          en: Type.Optional(English),
        },
        { additionalProperties: false },
      ),
    ),
    en: Type.Optional(English),
  },
  { additionalProperties: false },
)

export const PartyDetail = Type.Object(
  {
    ...withResolvedSources(Party.properties),
    parentParty: Type.Union([PartyRef, Type.Null()], { description: 'The party this one is part of.' }),
    successorParty: Type.Union([PartyRef, Type.Null()], { description: 'The party that took over after validTo.' }),
    predecessors: Type.Array(PartyRef, { description: 'Parties this one took over from.' }),
    children: Type.Array(PartyRef, { description: 'Parties that are part of this one (e.g. regional units).' }),
    regions: Type.Array(RegionRef, { description: 'Regions that list this party as their regional party.' }),
    phases: Type.Array(PartyPhase, { description: 'The responsibilities of the party, per phase and aspect.' }),
  },
  { title: 'Party with responsibilities', additionalProperties: false },
)

const tags = ['parties']

export const listPartiesSchema = {
  summary: 'Partijen (organisaties) in de keten',
  description:
    'Parties in the chain against human trafficking, filtered and paginated. Filters combine: phase, aspect, category and form must hold for one and the same responsibility.',
  tags,
  querystring: PartiesQuery,
  response: { 200: PageOf(Party, 'Page of parties') },
  examples: ['/parties?phase=B&category=tcn-asylum', '/parties?region=GM0344&per_page=20'],
} as const

export const getPartySchema = {
  summary: 'Eén partij met haar verantwoordelijkheden',
  description:
    'One party with its responsibilities per phase and aspect, its sources resolved to URLs, and its predecessor and successor.',
  tags,
  params: IdParams,
  response: { 200: PartyDetail },
  examples: ['/parties/comensha'],
} as const
