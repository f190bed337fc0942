// SPDX-License-Identifier: EUPL-1.2
// Search as the API and CLI use it: analyses the query against the vocabulary of the stored index
// (cached per process, reloaded when a new index is built), lets the database find the matching
// documents, and ranks them. One service per database handle.
import type { Kysely } from 'kysely'
import {
  ANALYZER_VERSION, analyzeQuery, rankAndGroup, SEARCH_TYPES, type SearchResponse, type SearchType, type Vocabulary,
} from '../../domain/search/index.ts'
import type { Database } from '../database.ts'
import { readSearchState, readVocabulary, type SearchIndexState } from './search-index.repository.ts'
import { findCandidates } from './search.repository.ts'

export const DEFAULT_SEARCH_LIMIT = 10
export const MAX_SEARCH_LIMIT = 50

export interface SearchOptions {
  /** Types to search (default: all). */
  readonly types?: readonly SearchType[]
  /** Results per type (default 10). */
  readonly limit?: number
}

/** The database has no usable search index: the dataset was never imported (or by an older version). */
export class SearchIndexUnavailable extends Error {
  override readonly name = 'SearchIndexUnavailable'
  constructor(readonly reason: 'missing' | 'outdated') {
    super(
      reason === 'missing'
        ? 'the database has no search index yet: import the dataset first (wegwijzer import)'
        : 'the search index was built by another version of the analyser: import the dataset again (wegwijzer import)',
    )
  }
}

export class SearchService {
  #cached: { key: string; vocabulary: Promise<Vocabulary> } | undefined

  constructor(private readonly db: Kysely<Database>) {}

  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const state = await readSearchState(this.db)
    if (state === undefined) {
      throw new SearchIndexUnavailable('missing')
    }
    if (state.analyzerVersion !== ANALYZER_VERSION) {
      throw new SearchIndexUnavailable('outdated')
    }
    const vocabulary = await this.#vocabulary(state)
    const plan = analyzeQuery(query, vocabulary)
    const types = options.types ?? SEARCH_TYPES
    const candidates = await findCandidates(this.db, plan, types)
    return rankAndGroup(query, plan, candidates, vocabulary, { types, limit: options.limit ?? DEFAULT_SEARCH_LIMIT })
  }

  #vocabulary(state: SearchIndexState): Promise<Vocabulary> {
    const key = `${state.datasetHash}/${state.analyzerVersion}/${state.builtAt}`
    if (this.#cached?.key !== key) {
      const vocabulary = readVocabulary(this.db, state)
      this.#cached = { key, vocabulary }
      // A failed load must not stick: the next search tries again.
      vocabulary.catch(() => {
        if (this.#cached?.vocabulary === vocabulary) {
          this.#cached = undefined
        }
      })
    }
    return this.#cached.vocabulary
  }
}

const services = new WeakMap<Kysely<Database>, SearchService>()

/** The search service of a database handle (created once, so its vocabulary cache is shared). */
export function searchServiceFor(db: Kysely<Database>): SearchService {
  let service = services.get(db)
  if (service === undefined) {
    service = new SearchService(db)
    services.set(db, service)
  }
  return service
}
