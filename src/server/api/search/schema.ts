// SPDX-License-Identifier: EUPL-1.2
// Schemas of GET /search: the query fields here, the answer from the domain (one definition for
// API, OpenAPI and `wegwijzer search --json`).
import { Type, type Static } from '@sinclair/typebox'
import { SEARCH_TYPES, SearchResponse } from '../../../domain/search/index.ts'
import { MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT } from '../../../data/search/search-service.ts'
import { QueryOf } from '../refs.ts'

export const MAX_QUERY_LENGTH = 200

export const SearchQuery = QueryOf({
  q: Type.String({
    maxLength: MAX_QUERY_LENGTH,
    description:
      'What to look for, in Dutch. Case, accents, word forms (uitgebuit/uitbuiting), compounds and small typos are tolerated.',
  }),
  type: Type.Optional(
    Type.String({
      maxLength: 200,
      description: `Only these types, comma-separated: ${SEARCH_TYPES.join(', ')}.`,
    }),
  ),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_SEARCH_LIMIT,
      default: DEFAULT_SEARCH_LIMIT,
      description: 'Results per type.',
    }),
  ),
})
export type SearchQuery = Static<typeof SearchQuery>

export const searchSchema = {
  summary: 'Zoeken in organisaties, verantwoordelijkheden, rechten, signalen en begrippen',
  description:
    'Dutch full-text search with stemming, accent folding, compound splitting and typo tolerance. Results are grouped by type; ' +
    'the same query gives the same answer on SQLite and PostgreSQL.',
  tags: ['search'],
  querystring: SearchQuery,
  response: { 200: SearchResponse },
} as const
