// SPDX-License-Identifier: EUPL-1.2
// Writes and reads the search index tables. The importer calls refreshSearchIndex in its
// transaction, so the index always describes the imported dataset; searchers read the state row
// and the vocabulary from here.
import { sql, type Kysely } from 'kysely'
import type { Dataset } from '../../domain/entities.ts'
import {
  ANALYZER_VERSION,
  buildIndex,
  SEARCH_LANGUAGES,
  searchSources,
  Vocabulary,
  type BuiltIndex,
  type SearchLanguage,
} from '../../domain/search/index.ts'
import type { Database } from '../database.ts'
import { engineOf } from '../dialect.ts'
import type { SearchTables } from '../tables/search.table.ts'

export interface SearchIndexState {
  readonly datasetHash: string
  readonly analyzerVersion: number
  readonly builtAt: string
  /** Documents over all languages. */
  readonly documentCount: number
}

export interface RefreshReport {
  /** False when the index already described this dataset with this analyser. */
  readonly rebuilt: boolean
  readonly documents: number
}

const STATE_ID = 1
/** Rows per INSERT: well below the parameter limits of both engines (SQLite 32766, PostgreSQL 65535). */
const CHUNK = 500

const searchDb = (db: Kysely<Database>) => db.withTables<SearchTables>()

export async function readSearchState(db: Kysely<Database>): Promise<SearchIndexState | undefined> {
  const row = await searchDb(db)
    .selectFrom('search_index_state')
    .selectAll()
    .where('id', '=', STATE_ID)
    .executeTakeFirst()
  return row === undefined
    ? undefined
    : {
        datasetHash: row.dataset_hash,
        analyzerVersion: Number(row.analyzer_version),
        builtAt: row.built_at,
        documentCount: Number(row.document_count),
      }
}

/**
 * Rebuilds the index from `dataset` unless it already describes the dataset with `datasetHash`
 * and the current analyser. Run it inside the import transaction.
 */
export async function refreshSearchIndex(
  db: Kysely<Database>,
  dataset: Dataset,
  datasetHash: string,
): Promise<RefreshReport> {
  const state = await readSearchState(db)
  if (state !== undefined && state.datasetHash === datasetHash && state.analyzerVersion === ANALYZER_VERSION) {
    return { rebuilt: false, documents: state.documentCount }
  }
  const built = buildIndex(searchSources(dataset))
  await writeSearchIndex(db, built, datasetHash)
  return { rebuilt: true, documents: built.documents.length }
}

/** Whether the stored index was built by this version of the analyser (false when there is none). */
export async function searchIndexIsCurrent(db: Kysely<Database>): Promise<boolean> {
  return (await readSearchState(db))?.analyzerVersion === ANALYZER_VERSION
}

/** Replaces the whole index with `built`. Not atomic by itself: call it in a transaction. */
export async function writeSearchIndex(db: Kysely<Database>, built: BuiltIndex, datasetHash: string): Promise<void> {
  const s = searchDb(db)
  await s.deleteFrom('search_index_state').execute()
  await s.deleteFrom('search_languages').execute()
  await s.deleteFrom('search_words').execute()
  await s.deleteFrom('search_terms').execute()
  await s.deleteFrom('search_documents').execute()
  const documents = built.documents.map((d) => ({
    id: d.docId,
    lang: d.lang,
    type: d.type,
    record_id: d.recordId,
    title: d.title,
    title_lang: d.titleLang,
    body: d.body,
    body_lang: d.bodyLang,
    page: d.page,
    link: d.link,
    tokens: d.tokens,
    weights: d.weights,
    length: d.length,
  }))
  for (const rows of chunks(documents)) {
    await s.insertInto('search_documents').values(rows).execute()
  }
  for (const lang of SEARCH_LANGUAGES) {
    const vocabulary = built.vocabularies[lang]
    for (const rows of chunks([...vocabulary.terms].map(([term, count]) => ({ lang, term, doc_count: count })))) {
      await s.insertInto('search_terms').values(rows).execute()
    }
    for (const rows of chunks([...vocabulary.words].map(([word, term]) => ({ lang, word, term })))) {
      await s.insertInto('search_words').values(rows).execute()
    }
    await s
      .insertInto('search_languages')
      .values({ lang, document_count: vocabulary.documentCount, average_length: vocabulary.averageLength })
      .execute()
  }
  if (engineOf(db) === 'sqlite') {
    // External-content FTS5: re-read every row of search_documents into the full-text index.
    await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(db)
  }
  await s
    .insertInto('search_index_state')
    .values({
      id: STATE_ID,
      dataset_hash: datasetHash,
      analyzer_version: ANALYZER_VERSION,
      built_at: new Date().toISOString(),
      document_count: built.documents.length,
    })
    .execute()
}

/** The vocabulary of one language of the stored index, for query analysis and ranking. */
export async function readVocabulary(db: Kysely<Database>, lang: SearchLanguage): Promise<Vocabulary> {
  const s = searchDb(db)
  const [terms, words, stats] = await Promise.all([
    s.selectFrom('search_terms').select(['term', 'doc_count']).where('lang', '=', lang).execute(),
    s.selectFrom('search_words').select(['word', 'term']).where('lang', '=', lang).execute(),
    s.selectFrom('search_languages').selectAll().where('lang', '=', lang).executeTakeFirst(),
  ])
  return new Vocabulary({
    language: lang,
    terms: new Map(terms.map((t) => [t.term, Number(t.doc_count)])),
    words: new Map(words.map((w) => [w.word, w.term])),
    documentCount: Number(stats?.document_count ?? 0),
    averageLength: Number(stats?.average_length ?? 0),
  })
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) {
    yield items.slice(i, i + CHUNK)
  }
}
