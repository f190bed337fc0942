// SPDX-License-Identifier: EUPL-1.2
// SQL shared by all entity tables (they have the same core columns): read docs and hashes, insert,
// update, delete, and the record_sources rows that go with them. Plain functions taking `db` first.
// Curated reads come from the catalogue in memory (ADR 0012): the only read here is the whole table.
import type { Kysely } from 'kysely'
import type { EntityKey, EntityRecord } from '../../domain/entities.ts'
import type { Db } from '../database.ts'
import {
  ENTITY_TABLE_NAMES,
  type EntityRow,
  type EntityTableName,
  type RecordColumns,
} from '../tables/records.table.ts'
import type { RecordSourcesTable } from '../tables/record-sources.table.ts'

/**
 * A view on the database in which all entity tables share one type, `entity_table`, with just the
 * shared columns: lets one function serve every entity type. `tableOf` gives the real table name.
 */
interface RecordsDb {
  entity_table: RecordColumns
  record_sources: RecordSourcesTable
}
const asRecordsDb = (db: Db): Kysely<RecordsDb> => db as unknown as Kysely<RecordsDb>
const tableOf = (key: EntityKey): 'entity_table' =>
  ENTITY_TABLE_NAMES[key] satisfies EntityTableName as unknown as 'entity_table'

/** Rows per statement: well below the bind-parameter limits of SQLite (32766) and PostgreSQL (65535). */
const BATCH = 200

/** Same order as loadDataset: by id, in UTF-16 code-unit order (independent of database collation). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** All records of one type, parsed from `doc`, sorted by id. */
export async function readRecords<K extends EntityKey>(db: Db, key: K): Promise<EntityRecord<K>[]> {
  const rows = await asRecordsDb(db).selectFrom(tableOf(key)).select(['id', 'doc']).execute()
  return rows.sort((a, b) => compareIds(a.id, b.id)).map((r) => JSON.parse(r.doc) as EntityRecord<K>)
}

/** id → content_hash for one entity table. */
export async function readContentHashes(db: Db, key: EntityKey): Promise<Map<string, string>> {
  const rows = await asRecordsDb(db).selectFrom(tableOf(key)).select(['id', 'content_hash']).execute()
  return new Map(rows.map((r) => [r.id, r.content_hash]))
}

/** id → doc (JSON text) of these records of one type. */
export async function readDocs(db: Db, key: EntityKey, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await asRecordsDb(db)
      .selectFrom(tableOf(key))
      .select(['id', 'doc'])
      .where('id', 'in', ids.slice(i, i + BATCH))
      .execute()
    for (const r of rows) {
      out.set(r.id, r.doc)
    }
  }
  return out
}

export async function insertRecords(db: Db, key: EntityKey, rows: readonly EntityRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await asRecordsDb(db)
      .insertInto(tableOf(key))
      .values(rows.slice(i, i + BATCH))
      .execute()
  }
}

export async function updateRecord(db: Db, key: EntityKey, row: EntityRow): Promise<void> {
  const { id, ...rest } = row
  await asRecordsDb(db).updateTable(tableOf(key)).set(rest).where('id', '=', id).execute()
}

export async function deleteRecords(db: Db, key: EntityKey, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    await asRecordsDb(db)
      .deleteFrom(tableOf(key))
      .where('id', 'in', ids.slice(i, i + BATCH))
      .execute()
  }
}

/** Removes the source links of these records (before they are rewritten or deleted). */
export async function deleteRecordSources(db: Db, key: EntityKey, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    await asRecordsDb(db)
      .deleteFrom('record_sources')
      .where('entity', '=', key)
      .where('record_id', 'in', ids.slice(i, i + BATCH))
      .execute()
  }
}

export async function insertRecordSources(db: Db, rows: readonly RecordSourcesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await asRecordsDb(db)
      .insertInto('record_sources')
      .values(rows.slice(i, i + BATCH))
      .execute()
  }
}
