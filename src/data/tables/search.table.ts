// SPDX-License-Identifier: EUPL-1.2
// Row types of the search index tables (see migrations/2026_12_07_1200_search_index_languages.ts).
// Kept out of database.ts: only src/data/search uses them, through db.withTables<SearchTables>().

export interface SearchDocumentsTable {
  id: number
  lang: string
  type: string
  record_id: string
  title: string
  title_lang: string
  body: string
  body_lang: string
  page: string | null
  link: string | null
  tokens: string
  weights: string
  length: number
}

export interface SearchTermsTable {
  lang: string
  term: string
  doc_count: number
}

export interface SearchWordsTable {
  lang: string
  word: string
  term: string
}

/** One row (id 1): which dataset and analyser the index was built from. */
export interface SearchIndexStateTable {
  id: number
  dataset_hash: string
  analyzer_version: number
  built_at: string
  document_count: number
}

/** Per language: how many documents and their mean weighted length (for ranking). */
export interface SearchLanguagesTable {
  lang: string
  document_count: number
  average_length: number
}

// A type alias, not an interface: withTables() needs an implicit index signature.
export type SearchTables = {
  search_documents: SearchDocumentsTable
  search_terms: SearchTermsTable
  search_words: SearchWordsTable
  search_index_state: SearchIndexStateTable
  search_languages: SearchLanguagesTable
}
