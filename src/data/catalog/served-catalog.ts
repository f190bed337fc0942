// SPDX-License-Identifier: EUPL-1.2
// Reads the served dataset version back from the database, all tables and the import log in one
// transaction, so a catalogue never mixes two versions while an import commits next to it.
import type { Kysely } from 'kysely'
import { buildCatalog, type Catalog } from '../../domain/catalog/index.ts'
import type { Database } from '../database.ts'
import { engineOf } from '../dialect.ts'
import { latestImport, readDataset, type DatasetImport } from '../repositories/dataset.repository.ts'

export interface ServedCatalog {
  readonly catalog: Catalog
  /** The import it was read from; undefined for a database nothing was imported into. */
  readonly importId: string | undefined
}

export async function readServedCatalog(db: Kysely<Database>): Promise<ServedCatalog> {
  const read = async (trx: Kysely<Database>) => {
    const entry: DatasetImport | undefined = await latestImport(trx)
    return { entry, dataset: await readDataset(trx) }
  }
  // SQLite has one connection and a transaction sees one state; PostgreSQL needs a snapshot.
  const transaction = db.transaction()
  const { entry, dataset } = await (engineOf(db) === 'postgresql'
    ? transaction.setIsolationLevel('repeatable read').execute(read)
    : transaction.execute(read))
  return {
    catalog: buildCatalog(dataset, { version: entry?.datasetHash ?? 'empty' }),
    importId: entry?.id,
  }
}

/** The catalogue of the served version, for callers that do not follow new versions. */
export async function readCatalog(db: Kysely<Database>): Promise<Catalog> {
  return (await readServedCatalog(db)).catalog
}
