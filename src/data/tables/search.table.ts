// SPDX-License-Identifier: EUPL-1.2
// Row types of the search index tables (see migrations/2026_11_29_1800_create_search_index.ts).
// Kept out of database.ts: only src/data/search uses them, through db.withTables<SearchTables>().

export interface SearchDocumentsTable {
  id: number
  type: string
  record_id: string
  title: string
  body: string
  page: string | null
  link: string | null
  tokens: string
  weights: string
  length: number
}

export interface SearchTermsTable {
  term: string
  doc_count: number
}

export interface SearchWordsTable {
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
  average_length: number
}

// A type alias, not an interface: withTables() needs an implicit index signature.
export type SearchTables = {
  search_documents: SearchDocumentsTable
  search_terms: SearchTermsTable
  search_words: SearchWordsTable
  search_index_state: SearchIndexStateTable
}
