// SPDX-License-Identifier: EUPL-1.2
// Accounts of the back-office: creation with a one-time enrolment (nothing has a default password),
// their role grants, and look-ups. Every change is written to the audit trail in the same
// transaction. Login and sessions build on this (login.ts, sessions.ts).
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database, Db } from '../data/database.ts'
import { engineOf } from '../data/dialect.ts'
import { appendAudit } from './audit.ts'
import { formatGrant, isRole, type Grant } from './roles.ts'

export type AccountStatus = 'pending' | 'active' | 'disabled'

export interface Account {
  readonly id: string
  readonly email: string
  readonly displayName: string
  readonly status: AccountStatus
  readonly grants: readonly Grant[]
  readonly enrolled: boolean
  readonly createdAt: string
}

/** How long an enrolment link stays valid. */
export const ENROLMENT_TTL_MS = 72 * 60 * 60 * 1000

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

export interface NewAccount {
  readonly email: string
  readonly displayName: string
  readonly grants: readonly Grant[]
}

export interface Enrolment {
  readonly account: Account
  /** Shown once to whoever passes it on; only its hash is stored. */
  readonly token: string
  readonly expiresAt: string
}

export class AccountError extends Error {
  override readonly name = 'AccountError'
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`)
  }
}

/** Creates a pending account with its grants and a one-time enrolment; audited as `actor`. */
export async function createAccount(
  db: Kysely<Database>,
  input: NewAccount,
  actor: string,
  now = new Date(),
): Promise<Enrolment> {
  const email = normaliseEmail(input.email)
  if (!EMAIL.test(email) || email.length > 254) {
    throw new AccountError('email', `'${input.email}' is not an e-mail address`)
  }
  const displayName = input.displayName.trim()
  if (displayName === '' || displayName.length > 120) {
    throw new AccountError('name', 'give the person’s name (1 to 120 characters)')
  }
  if (input.grants.length === 0) {
    throw new AccountError('role', 'an account needs at least one role')
  }
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst()
    if (taken !== undefined) {
      throw new AccountError('email', `an account for ${email} already exists`)
    }
    const id = randomUUID()
    const at = now.toISOString()
    await trx
      .insertInto('accounts')
      .values({
        id,
        email,
        display_name: displayName,
        password_hash: null,
        totp_secret: null,
        status: 'pending',
        failed_logins: 0,
        locked_until: null,
        created_at: at,
        updated_at: at,
      })
      .execute()
    await trx
      .insertInto('account_roles')
      .values(input.grants.map((g) => ({ account_id: id, role: g.role, scope: g.scope })))
      .execute()
    const enrolment = await issueEnrolment(trx, id, now)
    await appendAudit(
      trx,
      {
        actor,
        action: 'account.created',
        subject: `account:${id}`,
        detail: { email, roles: input.grants.map(formatGrant) },
      },
      now,
    )
    const account = await findAccount(trx, id)
    if (account === undefined) {
      throw new Error('account vanished inside its own transaction')
    }
    return { account, ...enrolment }
  })
}

/** A new one-time enrolment link for an account (earlier unused ones stop working). */
export async function issueEnrolment(
  db: Db,
  accountId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  await db.deleteFrom('enrolments').where('account_id', '=', accountId).where('used_at', 'is', null).execute()
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ENROLMENT_TTL_MS).toISOString()
  await db
    .insertInto('enrolments')
    .values({
      token_hash: tokenHash(token),
      account_id: accountId,
      expires_at: expiresAt,
      used_at: null,
      totp_secret: null,
    })
    .execute()
  return { token, expiresAt }
}

export async function findAccount(db: Db, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst()
  if (row === undefined) {
    return undefined
  }
  const roles = await db.selectFrom('account_roles').select(['role', 'scope']).where('account_id', '=', id).execute()
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    status: row.status as AccountStatus,
    grants: roles
      .filter((r) => isRole(r.role))
      .map((r) => ({ role: r.role, scope: r.scope }) as Grant)
      .sort(byGrant),
    enrolled: row.password_hash !== null && row.totp_secret !== null,
    createdAt: row.created_at,
  }
}

export async function findAccountByEmail(db: Db, email: string): Promise<Account | undefined> {
  const row = await db.selectFrom('accounts').select('id').where('email', '=', normaliseEmail(email)).executeTakeFirst()
  return row === undefined ? undefined : findAccount(db, row.id)
}

export async function listAccounts(db: Db): Promise<Account[]> {
  const rows = await db.selectFrom('accounts').select('id').orderBy('email').execute()
  const out: Account[] = []
  for (const row of rows) {
    const account = await findAccount(db, row.id)
    if (account !== undefined) {
      out.push(account)
    }
  }
  return out
}

/** Disables an account (its sessions end: sessions.ts checks the status on every request). */
export async function disableAccount(db: Kysely<Database>, id: string, actor: string, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('accounts')
      .set({ status: 'disabled', updated_at: now.toISOString() })
      .where('id', '=', id)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) {
      throw new AccountError('account', `no account ${id}`)
    }
    // Its sessions end now, not at their timeout.
    await trx.deleteFrom('sessions').where('account_id', '=', id).execute()
    await appendAudit(trx, { actor, action: 'account.disabled', subject: `account:${id}` }, now)
  })
}

/**
 * Gives an existing account one more role (an administrator's act, audited with the grants before
 * and after). Takes effect on the person's next request: sessions read the grants every time.
 */
export async function grantRole(
  db: Kysely<Database>,
  id: string,
  grant: Grant,
  actor: string,
  now = new Date(),
): Promise<Account> {
  return changeGrants(db, id, actor, now, (grants) => {
    if (grants.some((g) => sameGrant(g, grant))) {
      throw new AccountError('role', `the account already has the role ${formatGrant(grant)}`)
    }
    return [...grants, grant]
  })
}

/**
 * Takes a role away. Refuses to take an account's last role (disable the account instead) and the
 * last administrator role of any active account (nobody could manage accounts any more).
 */
export async function revokeRole(
  db: Kysely<Database>,
  id: string,
  grant: Grant,
  actor: string,
  now = new Date(),
): Promise<Account> {
  return changeGrants(db, id, actor, now, async (grants, trx) => {
    if (!grants.some((g) => sameGrant(g, grant))) {
      throw new AccountError('role', `the account does not have the role ${formatGrant(grant)}`)
    }
    const rest = grants.filter((g) => !sameGrant(g, grant))
    if (rest.length === 0) {
      throw new AccountError('role', 'this is the account’s only role; disable the account instead')
    }
    if (grant.role === 'administrator') {
      const others = await trx
        .selectFrom('account_roles')
        .innerJoin('accounts', 'accounts.id', 'account_roles.account_id')
        .select('accounts.id')
        .where('account_roles.role', '=', 'administrator')
        .where('accounts.status', '=', 'active')
        .where('accounts.id', '!=', id)
        .execute()
      if (others.length === 0) {
        throw new AccountError('role', 'this is the last active administrator; make someone else administrator first')
      }
    }
    return rest
  })
}

async function changeGrants(
  db: Kysely<Database>,
  id: string,
  actor: string,
  now: Date,
  next: (grants: readonly Grant[], trx: Db) => readonly Grant[] | Promise<readonly Grant[]>,
): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    // Role changes run one at a time, so two administrators cannot revoke each other's last role at
    // once (SQLite: the UPDATE below takes the write lock; PostgreSQL: an advisory lock).
    if (engineOf(trx) === 'postgresql') {
      await sql`select pg_advisory_xact_lock(${ROLE_LOCK_KEY})`.execute(trx)
    }
    const touched = await trx
      .updateTable('accounts')
      .set({ updated_at: now.toISOString() })
      .where('id', '=', id)
      .executeTakeFirst()
    if (Number(touched.numUpdatedRows) === 0) {
      throw new AccountError('account', `no account ${id}`)
    }
    const before = (await findAccount(trx, id))?.grants ?? []
    const after = await next(before, trx)
    await trx.deleteFrom('account_roles').where('account_id', '=', id).execute()
    await trx
      .insertInto('account_roles')
      .values(after.map((g) => ({ account_id: id, role: g.role, scope: g.scope })))
      .execute()
    await appendAudit(
      trx,
      {
        actor,
        action: 'account.roles-changed',
        subject: `account:${id}`,
        detail: { before: before.map(formatGrant), after: [...after].sort(byGrant).map(formatGrant) },
      },
      now,
    )
    const account = await findAccount(trx, id)
    if (account === undefined) {
      throw new Error('account vanished inside its own transaction')
    }
    return account
  })
}

/** Arbitrary but fixed key of the PostgreSQL advisory lock that serialises role changes. */
const ROLE_LOCK_KEY = 7_311_226_019

const sameGrant = (a: Grant, b: Grant): boolean => a.role === b.role && a.scope === b.scope

function byGrant(a: Grant, b: Grant): number {
  const x = formatGrant(a)
  const y = formatGrant(b)
  return x < y ? -1 : x > y ? 1 : 0
}
