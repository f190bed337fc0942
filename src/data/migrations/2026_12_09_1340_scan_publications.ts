// SPDX-License-Identifier: EUPL-1.2
// Who published a self-scan, with which role, the score it had then, and its withdrawal (issue 20
// item 1, ADR 0032). Every publication stays a row of `scans`: a new one does not replace the old;
// a withdrawn one keeps status `published` (the column's CHECK allows no other) with `withdrawn_at`
// set, and keeps its answers. Scans published before this migration have no publisher (unknown).
// Frozen history: change it in a new migration.
import type { Kysely } from 'kysely'

type AnyDb = Kysely<unknown>

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('scans').addColumn('published_by', 'text').execute()
  // municipality | national-editor (the role the account published with)
  await db.schema.alterTable('scans').addColumn('publisher_role', 'text').execute()
  // The municipality code of that role, or '' for a national editor
  await db.schema.alterTable('scans').addColumn('publisher_scope', 'text').execute()
  // ScoreSummary as JSON, kept at publication (ADR 0015)
  await db.schema.alterTable('scans').addColumn('published_score', 'text').execute()
  await db.schema.alterTable('scans').addColumn('withdrawn_at', 'text').execute()
  await db.schema.alterTable('scans').addColumn('withdrawn_by', 'text').execute()
  await db.schema.alterTable('scans').addColumn('withdrawn_reason', 'text').execute()
  await db.schema
    .createIndex('scans_municipality_published_idx')
    .on('scans')
    .columns(['municipality_code', 'status', 'published_at'])
    .execute()
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('scans_municipality_published_idx').execute()
  for (const column of [
    'withdrawn_reason',
    'withdrawn_by',
    'withdrawn_at',
    'published_score',
    'publisher_scope',
    'publisher_role',
    'published_by',
  ]) {
    await db.schema.alterTable('scans').dropColumn(column).execute()
  }
}
