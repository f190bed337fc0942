// SPDX-License-Identifier: EUPL-1.2
// Schemas of the indicator endpoints: signals of possible trafficking.
import { Type, type Static } from '@sinclair/typebox'
import { literalUnion } from '../../../domain/common.ts'
import { EXPLOITATION_FORMS, RECRUITMENT_METHODS } from '../../../domain/facets.ts'
import { AUDIENCES, INDICATOR_DOMAINS, Indicator } from '../../../domain/indicator.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import { IdParams, QueryOf, StatusFilter, TextQuery, withResolvedSources } from '../refs.ts'

export const IndicatorsQuery = QueryOf({
  form: Type.Optional(literalUnion(EXPLOITATION_FORMS, 'Signals of this form, and general signals (no form given).')),
  domain: Type.Optional(literalUnion(INDICATOR_DOMAINS, 'Only signals that show in this domain.')),
  audience: Type.Optional(literalUnion(AUDIENCES, 'Only signals this audience is in a position to notice.')),
  recruitment: Type.Optional(
    literalUnion(RECRUITMENT_METHODS, 'Signals of this recruitment method, and signals not tied to one.'),
  ),
  status: StatusFilter,
  q: TextQuery,
  ...paginationQuery,
})
export type IndicatorsQuery = Static<typeof IndicatorsQuery>

export const IndicatorDetail = Type.Object(withResolvedSources(Indicator.properties), {
  title: 'Indicator detail',
  additionalProperties: false,
})

const tags = ['indicators']

export const listIndicatorsSchema = {
  summary: 'Signalen (indicatoren) van mensenhandel',
  description: 'Signals of possible trafficking per form, domain and audience.',
  tags,
  querystring: IndicatorsQuery,
  response: { 200: PageOf(Indicator, 'Page of indicators') },
  examples: ['/indicators?form=labour&audience=employer'],
} as const

export const getIndicatorSchema = {
  summary: 'Eén signaal',
  description: 'One signal with its sources resolved.',
  tags,
  params: IdParams,
  response: { 200: IndicatorDetail },
} as const
