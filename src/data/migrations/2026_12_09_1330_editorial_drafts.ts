// SPDX-License-Identifier: EUPL-1.2
// Editorial drafts, their comment threads and decisions, and the history of every published record
// (issue 13, ADR 0019). Frozen history: change the schema in a new migration.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    // Content hash of the published record the draft was made from: publishing over a newer
    // version is a conflict, never a lost update.
    .addColumn('base_hash', 'text', (c) => c.notNull())
    // The proposed record as JSON.
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('accounts.id'))
    // open | changes-requested | approved | rejected | published
    .addColumn('status', 'text', (c) => c.notNull())
    // Raised by every save: a save based on an older version is refused (optimistic locking).
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('drafts_record_idx').on('drafts').columns(['entity', 'record_id']).execute()
  await db.schema
    .createTable('draft_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // comment | approve | reject | request-changes | revise | publish
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('draft_events_draft_idx').on('draft_events').columns(['draft_id', 'at']).execute()
  await db.schema
    .createTable('record_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // change (a published draft) | verify (confirmed unchanged)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('publisher_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('draft_id', 'text')
    // The record before and after, as JSON (before is NULL for a new record).
    .addColumn('before_doc', 'text')
    .addColumn('after_doc', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .execute()
  await db.schema
    .createIndex('record_history_record_idx')
    .on('record_history')
    .columns(['entity', 'record_id', 'at'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('record_history').execute()
  await db.schema.dropTable('draft_events').execute()
  await db.schema.dropTable('drafts').execute()
}
