// SPDX-License-Identifier: EUPL-1.2
// Schemas of the rights endpoints: rights and regulations a victim can rely on.
import { Type, type Static } from '@sinclair/typebox'
import { Id, literalUnion } from '../../../domain/common.ts'
import { EXPLOITATION_FORMS } from '../../../domain/facets.ts'
import { RIGHT_KINDS, Right } from '../../../domain/right.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import { AsOfFilter, IdParams, PartyRef, QueryOf, StatusFilter, TextQuery, withResolvedSources } from '../refs.ts'

export const RightsQuery = QueryOf({
  kind: Type.Optional(literalUnion(RIGHT_KINDS, 'Only rights of this kind.')),
  form: Type.Optional(literalUnion(EXPLOITATION_FORMS, 'Only rights that can apply to this exploitation form.')),
  category: Type.Optional({
    ...Id,
    description: 'Only rights that can apply to this victim category (id from /victim-categories).',
  }),
  provider: Type.Optional({ ...Id, description: 'Only rights this party grants or delivers.' }),
  status: StatusFilter,
  asOf: AsOfFilter,
  q: TextQuery,
  ...paginationQuery,
})
export type RightsQuery = Static<typeof RightsQuery>

export const RightDetail = Type.Object(
  {
    ...withResolvedSources(Right.properties),
    providerParties: Type.Array(PartyRef, { description: 'The providers, with name and contact.' }),
  },
  { title: 'Right detail', additionalProperties: false },
)

const tags = ['rights']

export const listRightsSchema = {
  summary: 'Rechten en regelingen voor slachtoffers',
  description: 'Rights and regulations with eligibility conditions, providers and time limits.',
  tags,
  querystring: RightsQuery,
  response: { 200: PageOf(Right, 'Page of rights') },
  examples: ['/rights?kind=residence&category=eu-adult'],
} as const

export const getRightSchema = {
  summary: 'Eén recht of regeling',
  description: 'One right or regulation with its providers and sources resolved.',
  tags,
  params: IdParams,
  response: { 200: RightDetail },
} as const
