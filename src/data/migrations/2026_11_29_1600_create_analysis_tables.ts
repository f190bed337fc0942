// SPDX-License-Identifier: EUPL-1.2
// Tables for the two record types of the overlap and gap analysis: agreements and required
// aspects. Frozen history: change the schema in a new migration, never here.
import type { Kysely } from 'kysely'

// Migrations must not import application types: they describe the schema as it was on this date.
type AnyDb = Kysely<unknown>

const TABLES = ['agreements', 'required_aspects'] as const

export async function up(db: AnyDb): Promise<void> {
  for (const table of TABLES) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('status', 'text')
      .addColumn('valid_from', 'text')
      .addColumn('valid_to', 'text')
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('aspect_id', 'text', (c) => c.notNull().references('aspects.id'))
      .execute()
    await db.schema.createIndex(`${table}_aspect_id_idx`).on(table).column('aspect_id').execute()
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [...TABLES].reverse()) {
    await db.schema.dropTable(table).execute()
  }
}
