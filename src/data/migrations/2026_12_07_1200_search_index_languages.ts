// SPDX-License-Identifier: EUPL-1.2
// The search index per language (issue 21): every document, term and word belongs to a language
// (nl, en), and each language has its own document count and mean length for ranking. The index is
// derived data, so the old tables are dropped and the next import (or server start) rebuilds it.
// Frozen history: change the schema in a new migration, never here.
import { PostgresAdapter, sql, type Kysely } from 'kysely'
import * as previous from './2026_11_29_1800_create_search_index.ts'

type AnyDb = Kysely<unknown>

const isPostgres = (db: AnyDb): boolean => db.getExecutor().adapter instanceof PostgresAdapter

export async function up(db: AnyDb): Promise<void> {
  await previous.down(db)
  await db.schema
    .createTable('search_documents')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_lang', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_lang', 'text', (c) => c.notNull())
    .addColumn('page', 'text')
    .addColumn('link', 'text')
    .addColumn('tokens', 'text', (c) => c.notNull())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('length', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('search_documents_lang_type_record_uq', ['lang', 'type', 'record_id'])
    .execute()
  if (isPostgres(db)) {
    // array_to_tsvector takes the terms as they are: no parser, stemmer or stop list of PostgreSQL's own.
    await sql`alter table search_documents add column tsv tsvector generated always as (array_to_tsvector(string_to_array(tokens, ' '))) stored`.execute(
      db,
    )
    await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db)
  } else {
    // External-content FTS5 table over search_documents.tokens; the terms are plain ASCII words.
    await sql`create virtual table search_fts using fts5(tokens, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    )
  }
  await db.schema
    .createTable('search_terms')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('doc_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_terms_pk', ['lang', 'term'])
    .execute()
  await db.schema
    .createTable('search_words')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_words_pk', ['lang', 'word'])
    .execute()
  await db.schema
    .createTable('search_languages')
    .addColumn('lang', 'text', (c) => c.primaryKey())
    .addColumn('document_count', 'integer', (c) => c.notNull())
    .addColumn('average_length', 'double precision', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('search_index_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('dataset_hash', 'text', (c) => c.notNull())
    .addColumn('analyzer_version', 'integer', (c) => c.notNull())
    .addColumn('built_at', 'text', (c) => c.notNull())
    .addColumn('document_count', 'integer', (c) => c.notNull())
    .execute()
}

export async function down(db: AnyDb): Promise<void> {
  if (!isPostgres(db)) {
    await sql`drop table search_fts`.execute(db)
  }
  for (const table of ['search_index_state', 'search_languages', 'search_words', 'search_terms', 'search_documents']) {
    await db.schema.dropTable(table).execute()
  }
  await previous.up(db)
}
