// SPDX-License-Identifier: EUPL-1.2
// dataset_source_check: the digest of the data/ files the database was last found to match, so a
// server start can skip parsing and validating an unchanged data/ (ADR 0009).
// Frozen history: change the schema in a new migration, never here.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dataset_source_check')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dataset_source_check').execute()
}
