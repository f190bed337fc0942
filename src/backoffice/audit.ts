// SPDX-License-Identifier: EUPL-1.2
// The audit trail (issue 13): every login, failed login, change, review, publication and role
// change, append-only and hash-chained. Each event's hash covers its fields and the previous hash,
// so changing, inserting or removing an event anywhere breaks every hash after it, and
// `wegwijzer audit verify` finds the first break. The database refuses UPDATE and DELETE on the
// table (triggers); the chain catches what someone with more power does anyway (ADR 0019).
import { sql, type Kysely } from 'kysely'
import { canonicalJson, sha256 } from '../data/dataset/content-hash.ts'
import type { Database, Db } from '../data/database.ts'
import { engineOf } from '../data/dialect.ts'

export const GENESIS_HASH = '0'.repeat(64)

/** Arbitrary but fixed key for the PostgreSQL advisory lock that serialises appends. */
const AUDIT_LOCK_KEY = 7_311_226_013

export interface AuditInput {
  /** Account id, `cli:<name>` for commands, or `anonymous`. */
  readonly actor: string
  /** Dotted verb, e.g. `login.failed`, `account.created`, `draft.published`. */
  readonly action: string
  /** What it is about: `account:<id>`, `draft:<id>`, `parties/<id>` … */
  readonly subject: string
  readonly detail?: Readonly<Record<string, unknown>>
}

export interface AuditEvent extends Required<AuditInput> {
  readonly seq: number
  readonly at: string
  readonly prevHash: string
  readonly hash: string
}

/** Keys that must never reach the trail (no secrets or passwords in logs). */
const SECRET_KEY = /pass|secret|token|totp|otp|code|cookie|session/i

/** The hash of an event: sha256 over the previous hash and the canonical JSON of its fields. */
export function eventHash(prevHash: string, e: Omit<AuditEvent, 'prevHash' | 'hash'>): string {
  return sha256(
    `${prevHash}\n${canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail })}`,
  )
}

/**
 * Appends one event. Inside the caller's transaction when given one (so the event commits with the
 * change it records, or not at all); otherwise in its own. Appends are serialised.
 */
export async function appendAudit(db: Db, input: AuditInput, now: Date = new Date()): Promise<AuditEvent> {
  const detail = input.detail ?? {}
  for (const key of Object.keys(detail)) {
    if (SECRET_KEY.test(key)) {
      throw new Error(`audit detail '${key}' looks like a secret; secrets never go into the audit trail`)
    }
  }
  const append = async (trx: Db): Promise<AuditEvent> => {
    if (engineOf(trx as Kysely<Database>) === 'postgresql') {
      await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx)
    } else {
      // Takes SQLite's write lock now (see import.ts), so two appenders cannot read the same head.
      await trx.deleteFrom('dataset_imports').where('id', '=', '').execute()
    }
    const head = await trx
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
    const seq = (head?.seq === undefined ? 0 : Number(head.seq)) + 1
    const prevHash = head?.hash ?? GENESIS_HASH
    const event = {
      seq,
      at: now.toISOString(),
      actor: input.actor,
      action: input.action,
      subject: input.subject,
      detail,
    }
    const hash = eventHash(prevHash, event)
    await trx
      .insertInto('audit_events')
      .values({ ...event, detail: canonicalJson(detail), prev_hash: prevHash, hash })
      .execute()
    return { ...event, prevHash, hash }
  }
  return db.isTransaction ? append(db) : (db as Kysely<Database>).transaction().execute(append)
}

export type AuditVerification =
  | { readonly ok: true; readonly count: number; readonly headSeq: number; readonly headHash: string }
  | { readonly ok: false; readonly count: number; readonly seq: number; readonly reason: string }

/** Recomputes the whole chain in order; reports the first event that does not fit. */
export async function verifyAudit(db: Db, batch = 1000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batch)
      .execute()
    if (rows.length === 0) {
      return { ok: true, count: expectedSeq - 1, headSeq: expectedSeq - 1, headHash: prevHash }
    }
    for (const row of rows) {
      const seq = Number(row.seq)
      const fail = (reason: string) => ({ ok: false as const, count: expectedSeq - 1, seq, reason })
      if (seq !== expectedSeq) {
        return fail(`event ${expectedSeq} is missing (next is ${seq})`)
      }
      if (row.prev_hash !== prevHash) {
        return fail(`event ${seq} does not point to the hash of event ${seq - 1}`)
      }
      let detail: Record<string, unknown>
      try {
        detail = JSON.parse(row.detail) as Record<string, unknown>
      } catch {
        return fail(`event ${seq} has unreadable detail`)
      }
      const hash = eventHash(prevHash, {
        seq,
        at: row.at,
        actor: row.actor,
        action: row.action,
        subject: row.subject,
        detail,
      })
      if (hash !== row.hash) {
        return fail(`event ${seq} was changed after it was written (hash mismatch)`)
      }
      prevHash = row.hash
      expectedSeq += 1
    }
  }
}

/** The last `limit` events (about `subject`, when given), newest first (`wegwijzer audit list`, the back-office). */
export async function recentAudit(db: Db, limit = 50, subject?: string): Promise<AuditEvent[]> {
  let query = db.selectFrom('audit_events').selectAll()
  if (subject !== undefined) {
    query = query.where('subject', '=', subject)
  }
  const rows = await query.orderBy('seq', 'desc').limit(limit).execute()
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor,
    action: r.action,
    subject: r.subject,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }))
}
