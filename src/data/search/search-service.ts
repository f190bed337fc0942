// SPDX-License-Identifier: EUPL-1.2
// Search as the API and CLI use it: analyses the query against the vocabulary of the stored index
// (cached per process), lets the database find the matching documents, ranks them and adds the
// texts of the shown results (cached too). The match query also reports which index answered, so
// after a re-import, here or in another instance, the next search notices and reloads.
import type { Kysely } from 'kysely'
import {
  ANALYZER_VERSION,
  analyzeQuery,
  presentResults,
  rankCandidates,
  SEARCH_LANGUAGES,
  SEARCH_TYPES,
  type DocumentText,
  type SearchLanguage,
  type SearchResponse,
  type SearchType,
  type Vocabulary,
} from '../../domain/search/index.ts'
import type { Database } from '../database.ts'
import { readSearchState, readVocabulary } from './search-index.repository.ts'
import { findCandidates, readDocumentTexts, stateKey } from './search.repository.ts'

export const DEFAULT_SEARCH_LIMIT = 10
export const MAX_SEARCH_LIMIT = 50
/** A re-import between reading the vocabulary and matching is retried this often. */
const MAX_ATTEMPTS = 3

export interface SearchOptions {
  /** Types to search (default: all). */
  readonly types?: readonly SearchType[]
  /** Results per type (default 10). */
  readonly limit?: number
  /** The language to analyse the query in and search (default Dutch). */
  readonly lang?: SearchLanguage
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

interface LoadedIndex {
  readonly key: string
  readonly vocabularies: Readonly<Record<SearchLanguage, Vocabulary>>
  /** Texts of documents shown before; the index is immutable until its key changes. */
  readonly texts: Map<number, DocumentText>
}

/** One per database handle, made by the composition root (buildApp, a CLI command), so its caches are shared. */
export class SearchService {
  #loaded: Promise<LoadedIndex> | undefined

  constructor(private readonly db: Kysely<Database>) {}

  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const types = options.types ?? SEARCH_TYPES
    const lang = options.lang ?? 'nl'
    for (let attempt = 1; ; attempt += 1) {
      const index = await this.#index()
      const vocabulary = index.vocabularies[lang]
      const plan = analyzeQuery(query, vocabulary)
      const found = await findCandidates(this.db, plan, types, lang)
      if (found.stateKey !== index.key && attempt < MAX_ATTEMPTS) {
        // The index was rebuilt (or dropped) since the vocabulary was read: read it again.
        this.#loaded = undefined
        continue
      }
      const ranked = rankCandidates(plan, found.candidates, vocabulary, {
        types,
        limit: options.limit ?? DEFAULT_SEARCH_LIMIT,
      })
      const shown = ranked.flatMap((g) => g.top.map((t) => t.candidate.docId))
      // Imports kept racing the retries: take the texts fresh, the cache belongs to the older index.
      const texts = found.stateKey === index.key ? index.texts : new Map<number, DocumentText>()
      for (const [id, text] of await readDocumentTexts(
        this.db,
        shown.filter((id) => !texts.has(id)),
      )) {
        texts.set(id, text)
      }
      return presentResults(query, plan, ranked, texts, vocabulary)
    }
  }

  #index(): Promise<LoadedIndex> {
    if (this.#loaded === undefined) {
      const loading = this.#load()
      this.#loaded = loading
      // A failed load must not stick: the next search tries again.
      loading.catch(() => {
        if (this.#loaded === loading) {
          this.#loaded = undefined
        }
      })
    }
    return this.#loaded
  }

  async #load(): Promise<LoadedIndex> {
    const state = await readSearchState(this.db)
    if (state === undefined) {
      throw new SearchIndexUnavailable('missing')
    }
    if (state.analyzerVersion !== ANALYZER_VERSION) {
      throw new SearchIndexUnavailable('outdated')
    }
    const [nl, en] = await Promise.all(SEARCH_LANGUAGES.map((lang) => readVocabulary(this.db, lang)))
    if (nl === undefined || en === undefined) {
      throw new Error('a search language has no vocabulary')
    }
    return { key: stateKey(state), vocabularies: { nl, en }, texts: new Map() }
  }
}
