// SPDX-License-Identifier: EUPL-1.2
// Storage of basisniveau self-scans. Every change names the version it was based on; the update
// only happens when that version is still current (one conditional UPDATE, so it holds across
// server instances on PostgreSQL too). All SQL for scans lives here.
import { randomBytes } from 'node:crypto'
import type { Db } from '../database.ts'
import type { ScanRow } from '../tables/scans.table.ts'
import type { ScanAnswers } from '../../domain/basisniveau/answers.ts'

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

/** Publishes a draft, if `version` is still the stored version. */
export async function publishScan(db: Db, id: string, version: number): Promise<ScanChange> {
  const at = now()
  const result = await db
    .updateTable('scans')
    .set({ status: 'published', version: version + 1, updated_at: at, published_at: at })
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

/** Published scans, oldest first (callers keep the latest per municipality). */
export async function listPublishedScans(db: Db): Promise<Scan[]> {
  const rows = await db.selectFrom('scans').selectAll().where('status', '=', 'published').orderBy('published_at').orderBy('id').execute()
  return rows.map(rowToScan)
}
