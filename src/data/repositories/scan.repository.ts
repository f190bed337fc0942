// SPDX-License-Identifier: EUPL-1.2
// Storage of basisniveau self-scans. Every change names the version it was based on; the update
// only happens when that version is still current (one conditional UPDATE, so it holds across
// server instances on PostgreSQL too). All SQL for scans lives here.
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { appendAudit } from '../../backoffice/audit.ts'
import type { Database, Db } from '../database.ts'
import type { ScanRow } from '../tables/scans.table.ts'
import type { ScanAnswers } from '../../domain/basisniveau/answers.ts'
import type { PublishedScan, ScoreSummary } from '../../domain/basisniveau/overview.ts'
import { historyByMunicipality, type PublicationView } from '../../domain/basisniveau/publications.ts'

/** withdrawn: published once, then withdrawn; kept with its answers and who withdrew it. */
export type ScanStatus = 'draft' | 'published' | 'withdrawn'

/** Who published a scan: an account and the role it published with (issue 20 item 1, ADR 0032). */
export interface ScanPublisher {
  /** null for scans published before publishers were recorded. */
  readonly accountId: string | null
  readonly role: 'municipality' | 'national-editor' | null
  /** The municipality code of a municipal role; '' for a national editor. */
  readonly scope: string
}

export interface ScanWithdrawal {
  readonly at: string
  readonly by: string
  readonly reason: string
}

export interface Scan {
  readonly id: string
  readonly municipality: string
  readonly status: ScanStatus
  readonly version: number
  readonly answers: ScanAnswers
  readonly createdAt: string
  readonly updatedAt: string
  readonly publishedAt: string | null
  /** null for a draft. */
  readonly publisher: ScanPublisher | null
  readonly withdrawal: ScanWithdrawal | null
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
    // The table's status stays 'published' (its CHECK predates withdrawal); withdrawn_at says it.
    status: row.withdrawn_at === null ? row.status : 'withdrawn',
    version: Number(row.version),
    answers: JSON.parse(row.answers) as ScanAnswers,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    publisher:
      row.status === 'draft'
        ? null
        : {
            accountId: row.published_by,
            role:
              row.publisher_role === 'municipality' || row.publisher_role === 'national-editor'
                ? row.publisher_role
                : null,
            scope: row.publisher_scope ?? '',
          },
    withdrawal:
      row.withdrawn_at === null
        ? null
        : { at: row.withdrawn_at, by: row.withdrawn_by ?? '', reason: row.withdrawn_reason ?? '' },
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
    published_by: null,
    publisher_role: null,
    publisher_scope: null,
    published_score: null,
    withdrawn_at: null,
    withdrawn_by: null,
    withdrawn_reason: null,
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
export async function updateScanAnswers(
  db: Db,
  id: string,
  version: number,
  answers: ScanAnswers,
): Promise<ScanChange> {
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
 * Publishes a draft, if `version` is still the stored version, in one transaction: records who
 * published it with which role and its score, makes it the municipality's latest published scan
 * (earlier publications stay), and appends `scan.published` to the audit trail. `scoreOf` scores
 * the stored answers.
 */
export async function publishScan(
  db: Kysely<Database>,
  id: string,
  version: number,
  scoreOf: (answers: ScanAnswers) => ScoreSummary,
  publisher: ScanPublisher & { readonly accountId: string },
): Promise<ScanChange> {
  const at = now()
  const published = await db.transaction().execute(async (trx) => {
    const draft = await findScan(trx, id)
    if (draft === undefined || draft.status !== 'draft' || draft.version !== version) {
      return undefined
    }
    const score = scoreOf(draft.answers)
    const result = await trx
      .updateTable('scans')
      .set({
        status: 'published',
        version: version + 1,
        updated_at: at,
        published_at: at,
        published_by: publisher.accountId,
        publisher_role: publisher.role,
        publisher_scope: publisher.scope,
        published_score: JSON.stringify(score),
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) {
      return undefined
    }
    await keepPublishedScore(trx, draft.municipality, id, at, score)
    await appendAudit(
      trx,
      {
        actor: publisher.accountId,
        action: 'scan.published',
        subject: `scan:${id}`,
        detail: { municipality: draft.municipality, role: publisher.role, scope: publisher.scope },
      },
      new Date(at),
    )
    return findScan(trx, id)
  })
  if (published !== undefined) {
    return { kind: 'ok', scan: published }
  }
  return afterMiss(db, id)
}

/**
 * Withdraws a published scan (by its municipality or a national editor; the caller checks who).
 * Its answers and publisher stay; the municipality's latest published scan becomes the one before
 * it, or none. Audited as `scan.withdrawn`. A scan that is not (or no longer) published: conflict.
 */
export async function withdrawScan(
  db: Kysely<Database>,
  id: string,
  input: { readonly accountId: string; readonly reason: string },
  scoreOf: (answers: ScanAnswers) => ScoreSummary,
): Promise<ScanChange> {
  const at = now()
  const withdrawn = await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('scans')
      .set((eb) => ({
        version: eb('version', '+', 1),
        updated_at: at,
        withdrawn_at: at,
        withdrawn_by: input.accountId,
        withdrawn_reason: input.reason,
      }))
      .where('id', '=', id)
      .where('status', '=', 'published')
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) {
      return undefined
    }
    const scan = await findScan(trx, id)
    if (scan === undefined) {
      return undefined
    }
    await trx.deleteFrom('published_scan_scores').where('municipality_code', '=', scan.municipality).execute()
    const latest = await previousPublishedScan(trx, scan.municipality)
    if (latest !== undefined && latest.publishedAt !== null) {
      const kept = await trx
        .selectFrom('scans')
        .select('published_score')
        .where('id', '=', latest.id)
        .executeTakeFirst()
      const score = kept?.published_score ?? null
      await keepPublishedScore(
        trx,
        latest.municipality,
        latest.id,
        latest.publishedAt,
        score === null ? scoreOf(latest.answers) : (JSON.parse(score) as ScoreSummary),
      )
    }
    await appendAudit(
      trx,
      {
        actor: input.accountId,
        action: 'scan.withdrawn',
        subject: `scan:${id}`,
        detail: { municipality: scan.municipality, reason: input.reason },
      },
      new Date(at),
    )
    return scan
  })
  if (withdrawn !== undefined) {
    return { kind: 'ok', scan: withdrawn }
  }
  return afterMiss(db, id)
}

/** A publication of a self-scan as the overview's history and the back-office show it. */
export interface ScanPublication {
  readonly id: string
  readonly municipality: string
  readonly publishedAt: string
  readonly publisher: ScanPublisher
  readonly withdrawal: ScanWithdrawal | null
  readonly score: ScoreSummary
}

/**
 * Every publication (withdrawn ones too) of one municipality, or of all, newest first, with the
 * score kept at publication. The answers are not read: a scan published before scores were kept
 * is scored once, here, and its score stored (as publishedScores does).
 */
export async function scanPublications(
  db: Db,
  scoreOf: (answers: ScanAnswers) => ScoreSummary,
  municipality?: string,
): Promise<ScanPublication[]> {
  let query = db
    .selectFrom('scans')
    .select([
      'id',
      'municipality_code',
      'published_at',
      'updated_at',
      'published_by',
      'publisher_role',
      'publisher_scope',
      'published_score',
      'withdrawn_at',
      'withdrawn_by',
      'withdrawn_reason',
    ])
    .where('status', '=', 'published')
  if (municipality !== undefined) {
    query = query.where('municipality_code', '=', municipality)
  }
  const rows = await query.orderBy('published_at', 'desc').orderBy('id').execute()
  const out: ScanPublication[] = []
  for (const row of rows) {
    let score = row.published_score
    if (score === null) {
      const scan = await findScan(db, row.id)
      score = JSON.stringify(scoreOf(scan?.answers ?? {}))
      await db.updateTable('scans').set({ published_score: score }).where('id', '=', row.id).execute()
    }
    out.push({
      id: row.id,
      municipality: row.municipality_code,
      publishedAt: row.published_at ?? row.updated_at,
      publisher: {
        accountId: row.published_by,
        role:
          row.publisher_role === 'municipality' || row.publisher_role === 'national-editor' ? row.publisher_role : null,
        scope: row.publisher_scope ?? '',
      },
      withdrawal:
        row.withdrawn_at === null
          ? null
          : { at: row.withdrawn_at, by: row.withdrawn_by ?? '', reason: row.withdrawn_reason ?? '' },
      score: JSON.parse(score) as ScoreSummary,
    })
  }
  return out
}

/** Makes this scan the municipality's latest published one, unless a later one is already there. */
async function keepPublishedScore(db: Db, municipality: string, scanId: string, at: string, score: ScoreSummary) {
  await db
    .insertInto('published_scan_scores')
    .values({ municipality_code: municipality, scan_id: scanId, published_at: at, score: JSON.stringify(score) })
    .onConflict((oc) =>
      oc
        .column('municipality_code')
        .doUpdateSet({
          scan_id: (eb) => eb.ref('excluded.scan_id'),
          published_at: (eb) => eb.ref('excluded.published_at'),
          score: (eb) => eb.ref('excluded.score'),
        })
        .where('published_scan_scores.published_at', '<=', at),
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
    .where('withdrawn_at', 'is', null)
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

/** Every municipality's publications as the overview's history shows them, newest first. */
export async function publicationHistory(
  db: Db,
  scoreOf: (answers: ScanAnswers) => ScoreSummary,
  municipality?: string,
): Promise<Map<string, PublicationView[]>> {
  return historyByMunicipality(await scanPublications(db, scoreOf, municipality))
}
