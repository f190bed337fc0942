// SPDX-License-Identifier: EUPL-1.2
// The search engine's pure part (Dutch and English): analysis, vocabulary, ranking and the answer's schema.
export {
  ANALYZER_VERSION,
  buildIndex,
  contentWords,
  termsOfWord,
  type BuiltIndex,
  type IndexedDocument,
} from './analyze-document.ts'
export {
  analyzeQuery,
  matchesPlan,
  MAX_QUERY_WORDS,
  type Alternative,
  type MatchKind,
  type QueryGroup,
  type QueryPlan,
} from './analyze-query.ts'
export {
  parseSearchTypes,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPES,
  searchSources,
  type SearchSource,
  type SearchType,
} from './documents.ts'
export { analysisFor, SEARCH_LANGUAGES, type LanguageAnalysis, type SearchLanguage } from './language.ts'
export { foldText, hasWords, words } from './normalize.ts'
export {
  presentResults,
  rankAndGroup,
  rankCandidates,
  scoreCandidate,
  weightOf,
  type Candidate,
  type DocumentText,
  type RankedGroup,
  type RankOptions,
} from './rank.ts'
export { SearchGroup, SearchHit, SearchResponse } from './search-response.ts'
export { Vocabulary, type VocabularyData } from './vocabulary.ts'
