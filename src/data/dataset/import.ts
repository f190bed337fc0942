// SPDX-License-Identifier: EUPL-1.2
// Copies the validated dataset from data/ into the database in one transaction, touching only
// what changed. Refuses invalid data without writing; never throws on bad data (returns a report).
import { randomUUID } from 'node:crypto'
import { sql, type Kysely, type Transaction } from 'kysely'
import { ENTITIES, ENTITY_KEYS, type Dataset, type EntityKey, type EntityRecord } from '../../domain/entities.ts'
import type { Database, Db } from '../database.ts'
import { engineOf } from '../dialect.ts'
import { recordToRow, type EntityRow } from '../tables/records.table.ts'
import type { RecordSourcesTable } from '../tables/record-sources.table.ts'
import { insertImport, latestImport, type EntityChangeCounts } from '../repositories/dataset.repository.ts'
import type { RecordHistoryTable } from '../../backoffice/tables.ts'
import {
  deleteRecordSources,
  deleteRecords,
  insertRecordSources,
  insertRecords,
  readContentHashes,
  readDocs,
  updateRecord,
} from '../repositories/records.repository.ts'
import { contentHash, sha256 } from './content-hash.ts'
import { loadDataset } from './load.ts'
import { refreshSearchIndex } from '../search/search-index.repository.ts'
import { notifyDatasetPublished } from '../notifications.ts'
import type { Problem } from './problem.ts'
import { readDatasetFiles, storeDatasetFiles, type DatasetFile } from './dataset-files.ts'
import { reconcileWithPublications, type UnexportedConflict } from './unexported.ts'

export type ImportCounts = Readonly<Record<EntityKey, EntityChangeCounts>>

export type ImportReport =
  | { readonly outcome: 'refused'; readonly problems: readonly Problem[] }
  /** The files and an unexported back-office publication both changed a record (unexported.ts). */
  | { readonly outcome: 'conflict'; readonly conflicts: readonly UnexportedConflict[] }
  | {
      /** `imported`: something changed and was written; `unchanged`: nothing was written. */
      readonly outcome: 'imported' | 'unchanged'
      readonly counts: ImportCounts
      readonly datasetHash: string
      /** The id of the dataset_imports row, when something was written. */
      readonly importId?: string
      readonly durationMs: number
      /** Back-office publications not yet exported that the import kept (`entity/id`). */
      readonly kept?: readonly string[]
      /** With `force`: publications not yet exported that the files replaced. */
      readonly overwritten?: readonly string[]
    }

export interface ImportOptions {
  /** The files win where they and an unexported back-office publication both changed a record. */
  readonly force?: boolean
}

/** Arbitrary but fixed key for the PostgreSQL advisory lock that serialises concurrent imports. */
const IMPORT_LOCK_KEY = 7_311_226_001

/**
 * Loads and validates `dataDir`, then imports it (see importValidDataset), keeping back-office
 * publications that were not exported yet where the files did not change the record; where both
 * did, it imports nothing and reports the conflict, unless `force` (unexported.ts, ADR 0020).
 */
export async function importDataset(
  db: Kysely<Database>,
  dataDir: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now()
  const { dataset, problems } = loadDataset(dataDir)
  if (problems.length > 0) {
    return { outcome: 'refused', problems }
  }
  const files = readDatasetFiles(dataDir, dataset)
  const report = await db.transaction().execute(async (trx): Promise<ImportReport> => {
    // The comparison and the import see the same database: publications wait for the lock.
    await lockImport(trx)
    const reconciled = await reconcileWithPublications(trx, dataset)
    if (reconciled.conflicts.length > 0 && options.force !== true) {
      return { outcome: 'conflict', conflicts: reconciled.conflicts }
    }
    const imported = await importValidDataset(trx, reconciled.dataset, files)
    return {
      ...imported,
      ...(reconciled.kept.length === 0 ? {} : { kept: reconciled.kept }),
      ...(reconciled.conflicts.length === 0 ? {} : { overwritten: reconciled.conflicts.map((c) => c.record) }),
    }
  })
  return report.outcome === 'imported' || report.outcome === 'unchanged'
    ? { ...report, durationMs: Math.round(performance.now() - started) }
    : report
}

/**
 * Serialises imports and publications (several instances starting, a CLI run next to the server,
 * an editor publishing): the others wait here, before anything is read.
 */
async function lockImport(trx: Transaction<Database>): Promise<void> {
  if (engineOf(trx) === 'postgresql') {
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`.execute(trx)
  } else {
    // A write statement that matches no row takes SQLite's write lock now (waiting up to
    // busy_timeout) instead of failing with SQLITE_BUSY when upgrading later. It changes nothing.
    await trx.deleteFrom('dataset_imports').where('id', '=', '').execute()
  }
}

interface Prepared {
  readonly key: EntityKey
  readonly row: EntityRow
  readonly sources: readonly string[]
}

/**
 * Imports a dataset that loadDataset accepted. In one transaction: inserts new records, updates
 * changed ones (by content hash), deletes removed ones, in an order that keeps every foreign key
 * valid. Writes nothing when nothing changed. May throw when the database itself fails.
 * `files`, when the dataset was read from a directory: its files, kept for `export --data`.
 * `db` may be an open transaction: the import then commits (and notifies) with it.
 */
export async function importValidDataset(
  db: Kysely<Database>,
  dataset: Dataset,
  files?: readonly DatasetFile[],
): Promise<Extract<ImportReport, { outcome: 'imported' | 'unchanged' }>> {
  const started = performance.now()
  const prepared = new Map<EntityKey, Prepared[]>()
  const hashLines: string[] = []
  for (const key of ENTITY_KEYS) {
    const list: Prepared[] = []
    for (const record of dataset[key] as readonly EntityRecord<EntityKey>[]) {
      const hash = contentHash(record)
      hashLines.push(`${key}/${record.id}/${hash}`)
      const sources = 'sources' in record && Array.isArray(record.sources) ? (record.sources as string[]) : []
      list.push({ key, row: recordToRow(key, record, hash), sources })
    }
    prepared.set(key, list)
  }
  const datasetHash = sha256(hashLines.join('\n'))

  // Inside a caller's transaction (an editorial publication that also writes its history) the
  // import joins it; otherwise it runs in its own.
  const inTransaction = <T>(body: (trx: Transaction<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? body(db as Transaction<Database>) : db.transaction().execute(body)
  const result = await inTransaction(async (trx) => {
    // One import at a time: the others wait and then find nothing to do (re-entrant in a caller's
    // transaction that holds it already).
    await lockImport(trx)
    const counts = {} as Record<EntityKey, EntityChangeCounts>
    const plan = new Map<EntityKey, { inserts: Prepared[]; updates: Prepared[]; deletes: string[] }>()
    for (const key of ENTITY_KEYS) {
      const existing = await readContentHashes(trx, key)
      const inserts: Prepared[] = []
      const updates: Prepared[] = []
      let unchanged = 0
      for (const item of prepared.get(key) ?? []) {
        const hash = existing.get(item.row.id)
        if (hash === undefined) {
          inserts.push(item)
        } else if (hash !== item.row.content_hash) {
          updates.push(item)
        } else {
          unchanged += 1
        }
        existing.delete(item.row.id)
      }
      const deletes = [...existing.keys()]
      plan.set(key, { inserts, updates, deletes })
      counts[key] = { inserted: inserts.length, updated: updates.length, deleted: deletes.length, unchanged }
    }
    const changed = ENTITY_KEYS.some((k) => {
      const c = counts[k]
      return c.inserted + c.updated + c.deleted > 0
    })
    // The search index follows the dataset; it is also (re)built when only the analyser changed.
    await refreshSearchIndex(trx, dataset, datasetHash)
    if (files !== undefined) {
      await storeDatasetFiles(trx, files)
    }
    if (!changed) {
      return { counts, importId: undefined }
    }
    const importId = randomUUID()
    const importedAt = new Date().toISOString()
    if (files !== undefined) {
      // Changes from data/ join the records' history beside the back-office publications.
      await recordImportHistory(trx, plan, importId, importedAt)
    }
    await applyPlan(trx, plan)
    await insertImport(trx, { id: importId, importedAt, datasetHash, summary: counts })
    if (engineOf(db) === 'postgresql') {
      // Delivered on commit: every instance serving this database swaps to the new version.
      await notifyDatasetPublished(trx, importId)
    }
    return { counts, importId }
  })

  const base = { counts: result.counts, datasetHash, durationMs: Math.round(performance.now() - started) }
  return result.importId === undefined
    ? { outcome: 'unchanged', ...base }
    : { outcome: 'imported', importId: result.importId, ...base }
}

/**
 * One record_history row (kind `import`) per record the import adds, changes or removes, so every
 * earlier version of a record can be shown and diffed (issue 13). Not for the first import into an
 * empty database: that is every record's first version, kept as the records themselves.
 */
async function recordImportHistory(
  trx: Transaction<Database>,
  plan: ReadonlyMap<EntityKey, { inserts: Prepared[]; updates: Prepared[]; deletes: string[] }>,
  importId: string,
  at: string,
): Promise<void> {
  if ((await latestImport(trx)) === undefined) {
    return
  }
  const rows: RecordHistoryTable[] = []
  const row = (key: EntityKey, id: string, before: string | null, after: string): RecordHistoryTable => ({
    id: randomUUID(),
    entity: key,
    record_id: id,
    at,
    kind: 'import',
    author_id: 'data/',
    publisher_id: 'import',
    reason: 'imported from data/',
    draft_id: null,
    before_doc: before,
    after_doc: after,
    import_id: importId,
  })
  for (const [key, { inserts, updates, deletes }] of plan) {
    const old = await readDocs(trx, key, [...updates.map((u) => u.row.id), ...deletes])
    for (const i of inserts) {
      rows.push(row(key, i.row.id, null, i.row.doc))
    }
    for (const u of updates) {
      rows.push(row(key, u.row.id, old.get(u.row.id) ?? null, u.row.doc))
    }
    for (const id of deletes) {
      // after_doc 'null': the record was removed.
      rows.push(row(key, id, old.get(id) ?? null, 'null'))
    }
  }
  for (let i = 0; i < rows.length; i += 100) {
    await trx
      .insertInto('record_history')
      .values(rows.slice(i, i + 100))
      .execute()
  }
}

/**
 * Order: drop the source links of rewritten/removed records; insert and update in registry order
 * (targets before referrers); delete in reverse order (referrers before targets); then relink.
 */
async function applyPlan(
  trx: Db,
  plan: ReadonlyMap<EntityKey, { inserts: Prepared[]; updates: Prepared[]; deletes: string[] }>,
): Promise<void> {
  const get = (key: EntityKey) => plan.get(key) ?? { inserts: [], updates: [], deletes: [] }
  for (const key of ENTITY_KEYS) {
    const { updates, deletes } = get(key)
    await deleteRecordSources(trx, key, [...updates.map((u) => u.row.id), ...deletes])
  }
  for (const key of ENTITY_KEYS) {
    const { inserts, updates } = get(key)
    await insertRecords(
      trx,
      key,
      inserts.map((i) => i.row),
    )
    for (const u of updates) {
      await updateRecord(trx, key, u.row)
    }
  }
  for (const key of [...ENTITY_KEYS].reverse()) {
    await deleteRecords(trx, key, get(key).deletes)
  }
  const links: RecordSourcesTable[] = []
  for (const key of ENTITY_KEYS) {
    const { inserts, updates } = get(key)
    for (const item of [...inserts, ...updates]) {
      for (const sourceId of item.sources) {
        links.push({ entity: key, record_id: item.row.id, source_id: sourceId })
      }
    }
  }
  await insertRecordSources(trx, links)
}

/** One line per entity type, e.g. `parties  +2 ~1 -0 =57`, for logs and the CLI. */
export function formatImportCounts(counts: ImportCounts): string[] {
  const width = Math.max(...ENTITY_KEYS.map((k) => ENTITIES[k].key.length))
  return ENTITY_KEYS.map((key) => {
    const c = counts[key]
    return `${key.padEnd(width)}  inserted ${c.inserted}, updated ${c.updated}, deleted ${c.deleted}, unchanged ${c.unchanged}`
  })
}
