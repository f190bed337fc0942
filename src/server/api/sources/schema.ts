// SPDX-License-Identifier: EUPL-1.2
// Schemas of the source endpoints: the public documents records cite.
import { Type, type Static } from '@sinclair/typebox'
import { literalUnion } from '../../../domain/common.ts'
import { SOURCE_KINDS, Source } from '../../../domain/source.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import { IdParams, QueryOf, TextQuery } from '../refs.ts'

export const SourcesQuery = QueryOf({
  kind: Type.Optional(literalUnion(SOURCE_KINDS, 'Only sources of this kind.')),
  q: TextQuery,
  ...paginationQuery,
})
export type SourcesQuery = Static<typeof SourcesQuery>

const tags = ['sources']

export const listSourcesSchema = {
  summary: 'Bronnen',
  description: 'The public documents (laws, Kamerstukken, policy rules, web pages) the records cite.',
  tags,
  querystring: SourcesQuery,
  response: { 200: PageOf(Source, 'Page of sources') },
} as const

export const getSourceSchema = {
  summary: 'Eén bron',
  description: 'One source with its public address.',
  tags,
  params: IdParams,
  response: { 200: Source },
} as const
