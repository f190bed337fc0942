// SPDX-License-Identifier: EUPL-1.2
// Logging in to the back-office: e-mail, password and a second factor (a TOTP code, or one of the
// recovery codes) in one step. Every answer that is not a success is the same answer, after the
// same argon2id work: an unknown e-mail, a wrong password, a wrong code, a disabled or a locked
// account cannot be told apart (no user enumeration). Five failures lock the account for 15
// minutes; the route adds a rate limit per client address. Every attempt is audited.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database, Db } from '../data/database.ts'
import { appendAudit } from './audit.ts'
import { findAccount, normaliseEmail, type Account } from './accounts.ts'
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password.ts'
import { matchTotp } from './totp.ts'

export const LOCKOUT = { maxFailures: 5, lockMs: 15 * 60_000 } as const

export type LoginResult = { readonly ok: true; readonly account: Account } | { readonly ok: false }

export interface Credentials {
  readonly email: string
  readonly password: string
  /** Six digits from the authenticator app, or a recovery code. */
  readonly code: string
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/** Recovery codes are shown as `xxxx-xxxx-xxxx-xxxx` (80 random bits); spaces, dashes and case do not matter. */
export const normaliseRecoveryCode = (code: string): string => code.replace(/[\s-]/g, '').toLowerCase()

export function newRecoveryCodes(count = 10): string[] {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16)
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('')
    return chars.match(/.{4}/g)?.join('-') ?? chars
  })
}

export async function storeRecoveryCodes(db: Db, accountId: string, codes: readonly string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute()
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ account_id: accountId, code_hash: sha256(normaliseRecoveryCode(c)), used_at: null })))
    .execute()
}

export async function login(db: Kysely<Database>, credentials: Credentials, now = new Date()): Promise<LoginResult> {
  const email = normaliseEmail(credentials.email)
  const row = await db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst()
  // The same argon2id work whether or not the account exists or can log in.
  const passwordOk = await verifyPassword(credentials.password, row?.password_hash ?? (await dummyHash()))
  if (row === undefined || row.status !== 'active' || row.password_hash === null || row.totp_secret === null) {
    await appendAudit(
      db,
      {
        actor: 'anonymous',
        action: 'login.failed',
        subject: `login:${sha256(email).slice(0, 16)}`,
        detail: { reason: row === undefined ? 'unknown account' : `account ${row.status}` },
      },
      now,
    )
    return { ok: false }
  }
  const subject = `account:${row.id}`
  if (row.locked_until !== null && Date.parse(row.locked_until) > now.getTime()) {
    await appendAudit(db, { actor: 'anonymous', action: 'login.failed', subject, detail: { reason: 'locked' } }, now)
    return { ok: false }
  }
  const code = credentials.code.trim()
  let step: number | undefined
  let recoveryHash: string | undefined
  if (/^\d{6}$/.test(code.replace(/\s/g, ''))) {
    step = matchTotp(
      row.totp_secret,
      code,
      now.getTime(),
      row.totp_last_step === null ? null : Number(row.totp_last_step),
    )
  } else if (code !== '') {
    const wanted = sha256(normaliseRecoveryCode(code))
    const unused = await db
      .selectFrom('recovery_codes')
      .select('code_hash')
      .where('account_id', '=', row.id)
      .where('used_at', 'is', null)
      .execute()
    recoveryHash = unused.find((r) => timingSafeEqual(Buffer.from(r.code_hash), Buffer.from(wanted)))?.code_hash
  }
  const secondOk = step !== undefined || recoveryHash !== undefined
  if (!passwordOk || !secondOk) {
    const failures = Number(row.failed_logins) + 1
    const lock = failures >= LOCKOUT.maxFailures
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('accounts')
        .set({
          failed_logins: lock ? 0 : failures,
          locked_until: lock ? new Date(now.getTime() + LOCKOUT.lockMs).toISOString() : row.locked_until,
        })
        .where('id', '=', row.id)
        .execute()
      await appendAudit(
        trx,
        {
          actor: 'anonymous',
          action: lock ? 'login.locked' : 'login.failed',
          subject,
          detail: { reason: passwordOk ? 'wrong second factor' : 'wrong password', failures },
        },
        now,
      )
    })
    return { ok: false }
  }
  const rehash = needsRehash(row.password_hash) ? await hashPassword(credentials.password) : undefined
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({
        failed_logins: 0,
        locked_until: null,
        ...(step === undefined ? {} : { totp_last_step: step }),
        ...(rehash === undefined ? {} : { password_hash: rehash }),
        updated_at: now.toISOString(),
      })
      .where('id', '=', row.id)
      .execute()
    if (recoveryHash !== undefined) {
      await trx
        .updateTable('recovery_codes')
        .set({ used_at: now.toISOString() })
        .where('account_id', '=', row.id)
        .where('code_hash', '=', recoveryHash)
        .execute()
    }
    await appendAudit(
      trx,
      {
        actor: row.id,
        action: 'login.succeeded',
        subject,
        detail: { factor: step === undefined ? 'recovery' : 'totp' },
      },
      now,
    )
  })
  const account = await findAccount(db, row.id)
  return account === undefined ? { ok: false } : { ok: true, account }
}
