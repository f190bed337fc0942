// SPDX-License-Identifier: EUPL-1.2
// Tables for the B8 trajectory data: the steps of the residence scheme and doorstroom, and the
// versioned rules the planner applies. Frozen history: change the schema in a new migration.
import type { Kysely } from 'kysely'

// Migrations must not import application types: they describe the schema as it was on this date.
type AnyDb = Kysely<unknown>

export async function up(db: AnyDb): Promise<void> {
  // `next` links between steps stay inside `doc`: the validator checks them, and a foreign key
  // between rows of one table would force an insert order on the importer.
  await db.schema
    .createTable('trajectory_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('track', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('trajectory_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('trajectory_steps_track_idx').on('trajectory_steps').column('track').execute()
  await db.schema.createIndex('trajectory_rules_rule_idx').on('trajectory_rules').column('rule').execute()
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('trajectory_rules').execute()
  await db.schema.dropTable('trajectory_steps').execute()
}
