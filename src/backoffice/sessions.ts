// SPDX-License-Identifier: EUPL-1.2
// Server-side sessions of the back-office (ASVS 5.0 V7): a random id in a `__Host-` cookie (Secure,
// HttpOnly, SameSite=Strict, Path=/), only its hash in the database, a new id at every login, an
// idle and an absolute timeout, and an end at logout or when the account is disabled.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../data/database.ts'
import { findAccount, type Account } from './accounts.ts'

export const SESSION_COOKIE = '__Host-wegwijzer-beheer'

export interface SessionLimits {
  /** Ends after this long without a request. */
  readonly idleMs: number
  /** Ends this long after login, whatever the activity. */
  readonly absoluteMs: number
}

/** ASVS 5.0 level 2 asks for both; 30 minutes idle and 12 hours absolute fit a working day. */
export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 }

/** last_seen_at is written at most this often (one write per minute, not per request). */
const TOUCH_EVERY_MS = 60_000

const hashOf = (id: string): string => createHash('sha256').update(id, 'utf8').digest('hex')

export interface Session {
  readonly account: Account
  readonly csrfToken: string
  readonly createdAt: string
  readonly expiresAt: string
}

/** A new session (new id) for an account that just logged in; returns the cookie value. */
export async function createSession(
  db: Db,
  accountId: string,
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
  now = new Date(),
): Promise<{ cookieValue: string; csrfToken: string }> {
  const cookieValue = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(32).toString('base64url')
  const at = now.toISOString()
  // Sessions of this account that ran out are removed on the way.
  await db.deleteFrom('sessions').where('account_id', '=', accountId).where('expires_at', '<=', at).execute()
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashOf(cookieValue),
      account_id: accountId,
      csrf_token: csrfToken,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + limits.absoluteMs).toISOString(),
    })
    .execute()
  return { cookieValue, csrfToken }
}

/** The live session for a cookie value, or undefined (unknown, idle, expired or account not active). */
export async function readSession(
  db: Db,
  cookieValue: string | undefined,
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
  now = new Date(),
): Promise<Session | undefined> {
  if (cookieValue === undefined || !/^[A-Za-z0-9_-]{43}$/.test(cookieValue)) {
    return undefined
  }
  const idHash = hashOf(cookieValue)
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst()
  if (row === undefined) {
    return undefined
  }
  const t = now.getTime()
  if (Date.parse(row.expires_at) <= t || Date.parse(row.last_seen_at) + limits.idleMs <= t) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
    return undefined
  }
  const account = await findAccount(db, row.account_id)
  if (account === undefined || account.status !== 'active') {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
    return undefined
  }
  if (Date.parse(row.last_seen_at) + TOUCH_EVERY_MS <= t) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute()
  }
  return { account, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at }
}

export async function endSession(db: Db, cookieValue: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashOf(cookieValue)).execute()
}

export async function endAllSessions(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom('sessions').where('account_id', '=', accountId).execute()
}

/** Set-Cookie for a new session: no Max-Age (gone when the browser closes); the server ends it too. */
export const sessionCookie = (value: string): string =>
  `${SESSION_COOKIE}=${value}; Path=/; Secure; HttpOnly; SameSite=Strict`

export const clearedSessionCookie = (): string =>
  `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`

/** The session cookie's value from a Cookie header. */
export function sessionCookieValue(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === SESSION_COOKIE) {
      return rest.join('=')
    }
  }
  return undefined
}
