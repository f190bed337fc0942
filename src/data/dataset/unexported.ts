// SPDX-License-Identifier: EUPL-1.2
// A back-office publication lives only in the database until someone runs `wegwijzer export --data`
// and commits it (ADR 0020). Importing data/ afterwards must not silently undo it. Per record this
// is a three-way comparison: the file as last imported (its hash in dataset_files), the database
// and the incoming file.
// - database = last imported: nothing published since; the file wins as always.
// - incoming = database: the publication was exported and committed; nothing to keep.
// - incoming = last imported: the files did not touch it; the publication is kept.
// - otherwise both changed it (or the file was removed): a conflict; the import refuses unless forced.
import { ENTITIES, ENTITY_KEYS, type Dataset, type EntityKey } from '../../domain/entities.ts'
import type { Db } from '../database.ts'
import { readContentHashes, readRecords } from '../repositories/records.repository.ts'
import { contentHash } from './content-hash.ts'
import { recordProblems, withRecord } from './record-check.ts'

export interface UnexportedConflict {
  /** `entity/id`. */
  readonly record: string
  readonly reason: string
}

export interface Reconciled {
  /** The incoming dataset with every kept publication in place. */
  readonly dataset: Dataset
  /** `entity/id` of publications kept over an unchanged file. */
  readonly kept: readonly string[]
  readonly conflicts: readonly UnexportedConflict[]
}

/** Compares the incoming dataset with the database and the files as last imported (see above). */
export async function reconcileWithPublications(db: Db, incoming: Dataset): Promise<Reconciled> {
  const stored = await db.selectFrom('dataset_files').select(['path', 'content_hash']).execute()
  const base = new Map<string, string>()
  for (const row of stored) {
    if (row.content_hash !== null) {
      base.set(row.path.replace(/\.ya?ml$/, ''), row.content_hash)
    }
  }
  // A database imported before files were kept (or never from a directory) has no base to compare.
  if (base.size === 0) {
    return { dataset: incoming, kept: [], conflicts: [] }
  }
  let dataset = incoming
  const kept: string[] = []
  const conflicts: UnexportedConflict[] = []
  for (const key of ENTITY_KEYS) {
    const dir = ENTITIES[key].dir
    const changed = [...(await readContentHashes(db, key))].filter(([id, hash]) => base.get(`${dir}/${id}`) !== hash)
    if (changed.length === 0) {
      continue
    }
    const published = new Map((await readRecords(db, key)).map((r) => [(r as { id: string }).id, r as { id: string }]))
    const files = new Map((incoming[key] as readonly { id: string }[]).map((r) => [r.id, r]))
    for (const [id, hash] of changed) {
      const file = files.get(id)
      const fileHash = file === undefined ? undefined : contentHash(file)
      const record = published.get(id)
      if (fileHash === hash || record === undefined) {
        continue
      }
      const name = `${key}/${id}`
      if (fileHash !== undefined && fileHash === base.get(`${dir}/${id}`)) {
        dataset = withRecord(dataset, key, record)
        kept.push(name)
      } else {
        conflicts.push({
          record: name,
          reason:
            file === undefined
              ? `published in the back-office and not exported, but ${dir}/${id}.yaml is gone from the files`
              : `published in the back-office and not exported, and ${dir}/${id}.yaml changed too`,
        })
      }
    }
  }
  // A kept publication must still fit the new files (a reference to a party the files removed);
  // if not, it is a conflict and the incoming file stands in the dataset (what --force imports).
  for (const name of kept) {
    const [key, id] = name.split('/') as [EntityKey, string]
    const record = (dataset[key] as readonly { id: string }[]).find((r) => r.id === id)
    const problems = recordProblems(dataset, key, record)
    const file = (incoming[key] as readonly { id: string }[]).find((r) => r.id === id)
    if (problems.length > 0 && file !== undefined) {
      dataset = withRecord(dataset, key, file)
      conflicts.push({
        record: name,
        reason: `published in the back-office and not exported, and no longer valid with the new files: ${problems
          .map((p) => (p.pointer === '' ? p.message : `${p.pointer}: ${p.message}`))
          .join('; ')}`,
      })
    }
  }
  return { dataset, kept: kept.filter((k) => !conflicts.some((c) => c.record === k)), conflicts }
}
