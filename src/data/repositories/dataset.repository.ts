// SPDX-License-Identifier: EUPL-1.2
// The dataset as a whole: rebuild it from the database, and the log of imports.
import { ENTITY_KEYS, type Dataset, type EntityKey } from '../../domain/entities.ts'
import type { Db } from '../database.ts'
import type { DatasetImportsTable } from '../tables/dataset-imports.table.ts'
import { readRecords } from './records.repository.ts'

/** Exactly the Dataset that loadDataset produced at import time: same records, sorted by id. */
export async function readDataset(db: Db): Promise<Dataset> {
  const entries = await Promise.all(ENTITY_KEYS.map(async (key) => [key, await readRecords(db, key)] as const))
  return Object.fromEntries(entries) as unknown as Dataset
}

export interface DatasetImport {
  readonly id: string
  readonly importedAt: string
  readonly datasetHash: string
  readonly summary: Readonly<Record<EntityKey, EntityChangeCounts>>
}

export interface EntityChangeCounts {
  readonly inserted: number
  readonly updated: number
  readonly deleted: number
  readonly unchanged: number
}

export async function latestImport(db: Db): Promise<DatasetImport | undefined> {
  const row = await db
    .selectFrom('dataset_imports')
    .selectAll()
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row === undefined ? undefined : importFromRow(row)
}

export async function insertImport(db: Db, entry: DatasetImport): Promise<void> {
  await db
    .insertInto('dataset_imports')
    .values({
      id: entry.id,
      imported_at: entry.importedAt,
      dataset_hash: entry.datasetHash,
      summary: JSON.stringify(entry.summary),
    })
    .execute()
}

function importFromRow(row: DatasetImportsTable): DatasetImport {
  return {
    id: row.id,
    importedAt: row.imported_at,
    datasetHash: row.dataset_hash,
    summary: JSON.parse(row.summary) as Record<EntityKey, EntityChangeCounts>,
  }
}

/** The data/ digest the served copy was last found to match (see dataset/source-digest.ts). */
export async function readSourceDigest(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('dataset_source_check').select('digest').where('id', '=', 'data').executeTakeFirst()
  return row?.digest
}

export async function writeSourceDigest(db: Db, digest: string, checkedAt: string): Promise<void> {
  await db
    .insertInto('dataset_source_check')
    .values({ id: 'data', digest, checked_at: checkedAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ digest, checked_at: checkedAt }))
    .execute()
}
