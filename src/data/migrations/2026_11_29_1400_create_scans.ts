// SPDX-License-Identifier: EUPL-1.2
// The `scans` table: basisniveau self-scans of municipalities. User data, not curated: a dataset
// re-import never touches it. Frozen history: change the schema in a new migration.
import { sql, type Kysely } from 'kysely'

type AnyDb = Kysely<unknown>

export async function up(db: AnyDb): Promise<void> {
  // No foreign key to municipalities: a scan must survive a re-import that drops or renames a
  // municipality (user data outlives curated data); the API checks the code when a scan is created.
  await db.schema
    .createTable('scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute()
  await db.schema
    .createIndex('scans_status_municipality_idx')
    .on('scans')
    .columns(['status', 'municipality_code'])
    .execute()
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('scans').execute()
}
