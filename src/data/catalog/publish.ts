// SPDX-License-Identifier: EUPL-1.2
// Publishing a dataset version: import it, then serve it everywhere. The import's transaction
// notifies every instance on the same PostgreSQL database; this process swaps at once. Editorial
// publishing (issue 13) calls this with the edited dataset.
import type { Kysely } from 'kysely'
import type { Dataset } from '../../domain/entities.ts'
import type { Database } from '../database.ts'
import { importDataset, importValidDataset, type ImportReport } from '../dataset/import.ts'
import type { LiveCatalog } from './live-catalog.ts'

/**
 * Imports `source` (a data directory, validated first; or a dataset that passed validation) and,
 * when it changed anything, makes `live` serve it before returning.
 */
export async function publishDataset(
  db: Kysely<Database>,
  source: string | Dataset,
  live?: LiveCatalog,
): Promise<ImportReport> {
  const report = typeof source === 'string' ? await importDataset(db, source) : await importValidDataset(db, source)
  if (report.outcome === 'imported') {
    await live?.refresh()
  }
  return report
}
