// SPDX-License-Identifier: EUPL-1.2
// `dataset_files`: the text of every file under data/ as last imported, so `wegwijzer export --data`
// can write the published dataset back byte for byte (comments and layout included) and patch only
// what an editor changed (ADR 0020). Frozen history: change the schema in a new migration.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dataset_files')
    // Relative to data/, with forward slashes, e.g. `parties/comensha.yaml` or `README.md`.
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    // Content hash of the record the file held when imported; NULL for files that are no record.
    .addColumn('content_hash', 'text')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dataset_files').execute()
}
