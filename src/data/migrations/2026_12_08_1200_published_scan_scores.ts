// SPDX-License-Identifier: EUPL-1.2
// `published_scan_scores`: per municipality its latest published self-scan and that scan's score,
// kept when it is published, so the overview and the CSV read one row per municipality instead of
// parsing and scoring every scan ever published (issue 16). Existing published scans are entered
// here with score NULL; the repository scores such rows on first read (one parse per municipality,
// once). Frozen history: change the schema in a new migration.
import { sql, type Kysely } from 'kysely'

type AnyDb = Kysely<unknown>

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('published_scan_scores')
    .addColumn('municipality_code', 'text', (c) => c.primaryKey())
    .addColumn('scan_id', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    // ScoreSummary as JSON; NULL until scored (rows copied from before this migration).
    .addColumn('score', 'text')
    .execute()
  // The latest published scan per municipality; on equal times the smallest id, as the overview did.
  await sql`
    insert into published_scan_scores (municipality_code, scan_id, published_at, score)
    select s.municipality_code, s.id, coalesce(s.published_at, s.updated_at), null
    from scans s
    where s.status = 'published'
      and not exists (
        select 1 from scans t
        where t.status = 'published'
          and t.municipality_code = s.municipality_code
          and (
            coalesce(t.published_at, t.updated_at) > coalesce(s.published_at, s.updated_at)
            or (coalesce(t.published_at, t.updated_at) = coalesce(s.published_at, s.updated_at) and t.id < s.id)
          )
      )
  `.execute(db)
  // Drafts expire after a period untouched; the sweep finds them by this index.
  await db.schema.createIndex('scans_status_updated_idx').on('scans').columns(['status', 'updated_at']).execute()
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('scans_status_updated_idx').execute()
  await db.schema.dropTable('published_scan_scores').execute()
}
