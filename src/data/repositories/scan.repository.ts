// SPDX-License-Identifier: EUPL-1.2
// Storage of basisniveau self-scans. Every change names the version it was based on; the update
// only happens when that version is still current (one conditional UPDATE, so it holds across
// server instances on PostgreSQL too). All SQL for scans lives here.
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database, Db } from '../database.ts'
import type { ScanRow } from '../tables/scans.table.ts'
import type { ScanAnswers } from '../../domain/basisniveau/answers.ts'
import type { PublishedScan, ScoreSummary } from '../../domain/basisniveau/overview.ts'

export type ScanStatus = 'draft' | 'published'

export interface Scan {
  readonly id: string
  readonly municipality: string
  readonly status: ScanStatus
  readonly version: number
  readonly answers: ScanAnswers
  readonly createdAt: string
  readonly updatedAt: string
  readonly publishedAt: string | null
}

/** Outcome of a versioned change: the new scan, or why nothing changed. */
export type ScanChange =
  | { readonly kind: 'ok'; readonly scan: Scan }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'conflict'; readonly current: Scan }

/** 24 random bytes → 32 base64url characters: the link is the only key to a draft. */
export function newScanId(): string {
  return randomBytes(24).toString('base64url')
}

function rowToScan(row: ScanRow): Scan {
  return {
    id: row.id,
    municipality: row.municipality_code,
    status: row.status,
    version: Number(row.version),
    answers: JSON.parse(row.answers) as ScanAnswers,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  }
}

const now = (): string => new Date().toISOString()

export async function createScan(db: Db, input: { municipality: string; answers: ScanAnswers }): Promise<Scan> {
  const at = now()
  const row: ScanRow = {
    id: newScanId(),
    municipality_code: input.municipality,
    status: 'draft',
    version: 1,
    answers: JSON.stringify(input.answers),
    created_at: at,
    updated_at: at,
    published_at: null,
  }
  await db.insertInto('scans').values(row).execute()
  return rowToScan(row)
}

export async function findScan(db: Db, id: string): Promise<Scan | undefined> {
  const row = await db.selectFrom('scans').selectAll().where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : rowToScan(row)
}

async function afterMiss(db: Db, id: string): Promise<ScanChange> {
  const current = await findScan(db, id)
  return current === undefined ? { kind: 'not-found' } : { kind: 'conflict', current }
}

/** Replaces the answers of a draft, if `version` is still the stored version. */
export async function updateScanAnswers(db: Db, id: string, version: number, answers: ScanAnswers): Promise<ScanChange> {
  const result = await db
    .updateTable('scans')
    .set({ answers: JSON.stringify(answers), version: version + 1, updated_at: now() })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 1) {
    const scan = await findScan(db, id)
    return scan === undefined ? { kind: 'not-found' } : { kind: 'ok', scan }
  }
  return afterMiss(db, id)
}

/**
 * Publishes a draft, if `version` is still the stored version, and keeps its score as the
 * municipality's latest published score, in one transaction. `scoreOf` scores the stored answers.
 */
export async function publishScan(
  db: Kysely<Database>,
  id: string,
  version: number,
  scoreOf: (answers: ScanAnswers) => ScoreSummary,
): Promise<ScanChange> {
  const at = now()
  const published = await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('scans')
      .set({ status: 'published', version: version + 1, updated_at: at, published_at: at })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) {
      return undefined
    }
    const scan = await findScan(trx, id)
    if (scan !== undefined) {
      await keepPublishedScore(trx, scan.municipality, scan.id, at, scoreOf(scan.answers))
    }
    return scan
  })
  if (published !== undefined) {
    return { kind: 'ok', scan: published }
  }
  return afterMiss(db, id)
}

/** Makes this scan the municipality's latest published one, unless a later one is already there. */
async function keepPublishedScore(db: Db, municipality: string, scanId: string, at: string, score: ScoreSummary) {
  await db
    .insertInto('published_scan_scores')
    .values({ municipality_code: municipality, scan_id: scanId, published_at: at, score: JSON.stringify(score) })
    .onConflict((oc) =>
      oc.column('municipality_code').doUpdateSet({
        scan_id: (eb) => eb.ref('excluded.scan_id'),
        published_at: (eb) => eb.ref('excluded.published_at'),
        score: (eb) => eb.ref('excluded.score'),
      }).where('published_scan_scores.published_at', '<=', at),
    )
    .execute()
}

/**
 * The latest published scan of each municipality with its kept score: one row per municipality,
 * whatever the number of scans. Rows from before scores were kept are scored once, here.
 */
export async function publishedScores(
  db: Db,
  scoreOf: (answers: ScanAnswers) => ScoreSummary,
): Promise<PublishedScan[]> {
  const rows = await db.selectFrom('published_scan_scores').selectAll().orderBy('municipality_code').execute()
  const unscored = rows.filter((r) => r.score === null).map((r) => r.scan_id)
  const filled = new Map<string, string>()
  if (unscored.length > 0) {
    const scans = await db.selectFrom('scans').select(['id', 'answers']).where('id', 'in', unscored).execute()
    for (const scan of scans) {
      const score = JSON.stringify(scoreOf(JSON.parse(scan.answers) as ScanAnswers))
      await db.updateTable('published_scan_scores').set({ score }).where('scan_id', '=', scan.id).execute()
      filled.set(scan.id, score)
    }
  }
  return rows.flatMap((r) => {
    const score = r.score ?? filled.get(r.scan_id)
    return score === undefined
      ? []
      : [{ municipality: r.municipality_code, publishedAt: r.published_at, score: JSON.parse(score) as ScoreSummary }]
  })
}

/**
 * The municipality's latest published scan before `scan` (for a draft: its latest published one),
 * for the report's change since the previous scan and for starting a new scan from its answers.
 */
export async function previousPublishedScan(
  db: Db,
  municipality: string,
  before?: { readonly id: string; readonly publishedAt: string | null },
): Promise<Scan | undefined> {
  let query = db
    .selectFrom('scans')
    .selectAll()
    .where('municipality_code', '=', municipality)
    .where('status', '=', 'published')
  if (before !== undefined) {
    query = query.where('id', '!=', before.id)
    if (before.publishedAt !== null) {
      query = query.where('published_at', '<', before.publishedAt)
    }
  }
  const row = await query.orderBy('published_at', 'desc').orderBy('id').limit(1).executeTakeFirst()
  return row === undefined ? undefined : rowToScan(row)
}

/**
 * Deletes drafts nobody changed since `before` (ISO time): a draft link that was never finished
 * should not keep a municipality's half answers forever, nor let anyone fill the disk. Returns
 * how many were deleted.
 */
export async function deleteDraftsUntouchedSince(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('scans')
    .where('status', '=', 'draft')
    .where('updated_at', '<', before)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
