// SPDX-License-Identifier: EUPL-1.2
// The validated dataset for read-only commands, from a JSON snapshot keyed by the digest of the
// data/ files (source-digest.ts). A hit costs a digest and a JSON parse (~30 ms) instead of parsing
// and validating 1,250 YAML files (~600 ms); a miss loads and validates in full and, when the data
// has no problems, writes the snapshot for the next run. `wegwijzer validate` never uses it.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset } from '../../domain/entities.ts'
import { loadDataset } from './load.ts'
import type { Problem } from './problem.ts'
import { sourceDigest } from './source-digest.ts'

export interface ValidDatasetResult {
  readonly dataset: Dataset
  /** Empty on a cache hit: only data without problems is ever cached. */
  readonly problems: readonly Problem[]
}

export function loadDatasetCached(dataDir: string, cacheDir: string, cwd: string = process.cwd()): ValidDatasetResult {
  const digest = sourceDigest(dataDir)
  const file = join(cacheDir, `${digest}.json`)
  try {
    return { dataset: JSON.parse(readFileSync(file, 'utf8')) as Dataset, problems: [] }
  } catch {
    // No snapshot (or an unreadable one): load in full below.
  }
  const { dataset, problems } = loadDataset(dataDir, cwd)
  if (problems.length === 0) {
    writeSnapshot(cacheDir, file, dataset)
  }
  return { dataset, problems }
}

/** Best effort: a read-only install simply never has a snapshot. Keeps only the newest one. */
function writeSnapshot(cacheDir: string, file: string, dataset: Dataset): void {
  try {
    mkdirSync(cacheDir, { recursive: true })
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(dataset))
    renameSync(temporary, file)
    for (const name of readdirSync(cacheDir)) {
      if (join(cacheDir, name) !== file) {
        rmSync(join(cacheDir, name), { force: true })
      }
    }
  } catch {
    // Not writable: every run loads in full, which is correct, only slower.
  }
}
