// SPDX-License-Identifier: EUPL-1.2
// The shape of a search answer, as a schema: the API response, the OpenAPI document and
// `wegwijzer search --json` all derive from this one definition.
import { Type, type Static } from '@sinclair/typebox'
import { literalUnion } from '../common.ts'
import { IGNORE_REASONS, MATCH_KINDS } from './analyze-query.ts'
import { SEARCH_TYPES } from './documents.ts'
import { SEARCH_LANGUAGES } from './language.ts'

export const SearchHit = Type.Object(
  {
    type: literalUnion(SEARCH_TYPES),
    id: Type.String({ description: 'Id of the record.' }),
    title: Type.String(),
    titleLang: literalUnion(
      SEARCH_LANGUAGES,
      'Language of the title (an English search shows Dutch where a record has no English).',
    ),
    snippet: Type.String({ description: 'Plain-text excerpt around the first match (not HTML).' }),
    snippetLang: literalUnion(SEARCH_LANGUAGES, 'Language of the snippet.'),
    score: Type.Number({ description: 'Relevance; higher is better. Only comparable within one answer.' }),
    link: Type.Union([Type.String(), Type.Null()], {
      description: 'API path that returns the record (for a responsibility: its party), or null.',
    }),
    page: Type.Union([Type.String(), Type.Null()], {
      description: 'Path of the web page that shows the record, or null.',
    }),
  },
  { additionalProperties: false },
)
export type SearchHit = Static<typeof SearchHit>

export const SearchGroup = Type.Object(
  {
    type: literalUnion(SEARCH_TYPES),
    label: Type.String({ description: 'Heading of the group in the language searched.' }),
    total: Type.Integer({
      minimum: 0,
      description: 'Number of matching records of this type (results holds at most `limit`).',
    }),
    results: Type.Array(SearchHit),
  },
  { additionalProperties: false },
)
export type SearchGroup = Static<typeof SearchGroup>

export const SearchTermInfo = Type.Object(
  {
    word: Type.String({ description: 'A word of the query (folded), or a part of a compound query word.' }),
    partOf: Type.Optional(Type.String({ description: 'The query word this part was split from.' })),
    matches: Type.Array(
      Type.Object({ term: Type.String(), via: literalUnion(MATCH_KINDS) }, { additionalProperties: false }),
      { description: 'Index terms that count as this word, and why.' },
    ),
  },
  { additionalProperties: false },
)

export const SearchResponse = Type.Object(
  {
    query: Type.String(),
    language: literalUnion(SEARCH_LANGUAGES, 'The language the query was analysed and searched in.'),
    suggestion: Type.Union([Type.String(), Type.Null()], {
      description:
        '"Did you mean": the query with each word that is not in the dataset replaced by the closest word that is, or null when every word was found as typed.',
    }),
    total: Type.Integer({ minimum: 0, description: 'Matching records over all requested types.' }),
    terms: Type.Array(SearchTermInfo),
    ignored: Type.Array(
      Type.Object({ word: Type.String(), reason: literalUnion(IGNORE_REASONS) }, { additionalProperties: false }),
      { description: 'Query words that played no part: stop words, unknown words, words beyond the maximum.' },
    ),
    groups: Type.Array(SearchGroup, {
      description: 'Non-empty groups in the fixed order party, responsibility, right, indicator, glossary.',
    }),
  },
  { $id: 'SearchResponse', additionalProperties: false, description: 'Search results grouped by type.' },
)
export type SearchResponse = Static<typeof SearchResponse>
