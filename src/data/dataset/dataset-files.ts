// SPDX-License-Identifier: EUPL-1.2
// The files of data/ kept beside the records (table dataset_files): stored on every import from a
// directory, and written back by `wegwijzer export --data DIR`. An unchanged record is written as
// the exact text it was read from; a record changed in the back-office is patched into that text
// (yaml-patch.ts); a new record gets fresh YAML. So data/ → database → data/ is byte-stable (ADR 0020).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { ENTITIES, ENTITY_KEYS, type Dataset, type EntityKey } from '../../domain/entities.ts'
import type { Db } from '../database.ts'
import { readRecords } from '../repositories/records.repository.ts'
import { contentHash } from './content-hash.ts'
import { freshYaml, patchYamlText } from './yaml-patch.ts'

export interface DatasetFile {
  /** Relative to data/, forward slashes. */
  readonly path: string
  readonly text: string
  /** Content hash of the record this file holds, or null when it holds none. */
  readonly contentHash: string | null
}

/** Every file under `dataDir` (in a fixed order), with the hash of the record it holds. */
export function readDatasetFiles(dataDir: string, dataset: Dataset): DatasetFile[] {
  const hashes = new Map<string, string>()
  for (const key of ENTITY_KEYS) {
    for (const record of dataset[key] as readonly { id: string }[]) {
      hashes.set(`${ENTITIES[key].dir}/${record.id}`, contentHash(record))
    }
  }
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dataDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((path) => ({
      path,
      text: readFileSync(join(dataDir, path), 'utf8'),
      contentHash: hashes.get(path.replace(/\.ya?ml$/, '')) ?? null,
    }))
}

/** Makes dataset_files hold exactly `files`, writing only rows that differ. */
export async function storeDatasetFiles(db: Db, files: readonly DatasetFile[]): Promise<void> {
  const existing = new Map(
    (await db.selectFrom('dataset_files').select(['path', 'text', 'content_hash']).execute()).map((r) => [r.path, r]),
  )
  for (const file of files) {
    const row = existing.get(file.path)
    existing.delete(file.path)
    if (row === undefined) {
      await db
        .insertInto('dataset_files')
        .values({ path: file.path, text: file.text, content_hash: file.contentHash })
        .execute()
    } else if (row.text !== file.text || row.content_hash !== file.contentHash) {
      await db
        .updateTable('dataset_files')
        .set({ text: file.text, content_hash: file.contentHash })
        .where('path', '=', file.path)
        .execute()
    }
  }
  const gone = [...existing.keys()]
  for (let i = 0; i < gone.length; i += 200) {
    await db
      .deleteFrom('dataset_files')
      .where('path', 'in', gone.slice(i, i + 200))
      .execute()
  }
}

/**
 * The published dataset as the files of a data/ directory: path → text. Files that held a record
 * no longer published are left out; files that hold no record (README.md) are kept as they were.
 */
export async function publishedDatasetFiles(db: Db): Promise<Map<string, string>> {
  const stored = new Map(
    (await db.selectFrom('dataset_files').select(['path', 'text', 'content_hash']).execute()).map((r) => [r.path, r]),
  )
  const out = new Map<string, string>()
  for (const row of stored.values()) {
    if (row.content_hash === null) {
      out.set(row.path, row.text)
    }
  }
  for (const key of ENTITY_KEYS) {
    const dir = ENTITIES[key].dir
    for (const record of await readRecords(db, key)) {
      const id = (record as { id: string }).id
      const row = stored.get(`${dir}/${id}.yaml`) ?? stored.get(`${dir}/${id}.yml`)
      const path = row?.path ?? `${dir}/${id}.yaml`
      const hash = contentHash(record)
      out.set(
        path,
        row === undefined || row.content_hash === null
          ? freshYaml(inSchemaOrder(key, record))
          : row.content_hash === hash
            ? row.text
            : patchYamlText(row.text, record),
      )
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** The record's fields in the order its schema lists them (how the files in data/ are written). */
function inSchemaOrder(key: EntityKey, record: object): Record<string, unknown> {
  const order = Object.keys(ENTITIES[key].schema.properties)
  const entries = Object.entries(record).sort(([a], [b]) => rank(order, a) - rank(order, b))
  return Object.fromEntries(entries)
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key)
  return i === -1 ? order.length : i
}
