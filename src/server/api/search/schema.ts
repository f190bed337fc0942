// SPDX-License-Identifier: EUPL-1.2
// Schemas of GET /search: the query fields here, the answer from the domain (one definition for
// API, OpenAPI and `wegwijzer search --json`).
import { Type, type Static } from '@sinclair/typebox'
import { SEARCH_LANGUAGES, SEARCH_TYPES, SearchResponse, type SearchLanguage } from '../../../domain/search/index.ts'
import { MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT } from '../../../data/search/search-service.ts'
import { QueryOf } from '../refs.ts'

export const MAX_QUERY_LENGTH = 200

export const SearchQuery = QueryOf({
  q: Type.String({
    maxLength: MAX_QUERY_LENGTH,
    description:
      'What to look for. Case, accents, word forms (uitgebuit/uitbuiting, exploited/exploitation), Dutch compounds and small typos are tolerated.',
  }),
  lang: Type.Optional(
    Type.Unsafe<SearchLanguage>({
      type: 'string',
      enum: [...SEARCH_LANGUAGES],
      default: 'nl',
      description:
        'Language of the query: nl analyses it as Dutch over the Dutch texts (and English names), en as English over the English texts (and the Dutch ones where a record has no English).',
    }),
  ),
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
    'Full-text search in Dutch or English (lang) with stemming, stop words, accent folding, Dutch compound splitting and typo tolerance, ' +
    'and a "did you mean" suggestion for words that are not in the dataset. Results are grouped by type; ' +
    'the same query gives the same answer on SQLite and PostgreSQL.',
  tags: ['search'],
  querystring: SearchQuery,
  response: { 200: SearchResponse },
  errors: ['WGW_SEARCH_UNAVAILABLE'],
} as const
