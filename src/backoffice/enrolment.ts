// SPDX-License-Identifier: EUPL-1.2
// Completing an enrolment: the person behind a one-time link chooses a password and links an
// authenticator app (proved by one valid code). The account becomes active and gets ten recovery
// codes, shown once. The link then stops working.
import type { Kysely } from 'kysely'
import type { Database } from '../data/database.ts'
import { appendAudit } from './audit.ts'
import { findAccount, tokenHash, type Account } from './accounts.ts'
import { newRecoveryCodes, storeRecoveryCodes } from './login.ts'
import { hashPassword, passwordProblem } from './password.ts'
import { matchTotp, newTotpSecret } from './totp.ts'

export interface OpenEnrolment {
  readonly account: Account
  /** The TOTP secret to put in the app (kept with the enrolment until it is completed). */
  readonly totpSecret: string
}

/** The enrolment behind a token, if it is unused and current; creates its TOTP secret on first use. */
export async function openEnrolment(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<OpenEnrolment | undefined> {
  const row = await db
    .selectFrom('enrolments')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst()
  if (row === undefined || row.used_at !== null || Date.parse(row.expires_at) <= now.getTime()) {
    return undefined
  }
  const account = await findAccount(db, row.account_id)
  if (account === undefined || account.status === 'disabled') {
    return undefined
  }
  let secret = row.totp_secret
  if (secret === null) {
    secret = newTotpSecret()
    await db
      .updateTable('enrolments')
      .set({ totp_secret: secret })
      .where('token_hash', '=', row.token_hash)
      .where('totp_secret', 'is', null)
      .execute()
    secret =
      (
        await db
          .selectFrom('enrolments')
          .select('totp_secret')
          .where('token_hash', '=', row.token_hash)
          .executeTakeFirstOrThrow()
      ).totp_secret ?? secret
  }
  return { account, totpSecret: secret }
}

export type EnrolmentResult =
  | { readonly ok: true; readonly account: Account; readonly recoveryCodes: readonly string[] }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> }

export async function completeEnrolment(
  db: Kysely<Database>,
  token: string,
  input: { password: string; passwordRepeat: string; code: string },
  now = new Date(),
): Promise<EnrolmentResult | undefined> {
  const open = await openEnrolment(db, token, now)
  if (open === undefined) {
    return undefined
  }
  const errors: Record<string, string> = {}
  const problem = passwordProblem(input.password, [
    open.account.email,
    open.account.email.split('@')[0] ?? '',
    ...open.account.displayName.split(/\s+/),
  ])
  if (problem !== undefined) {
    errors['password'] = problem
  } else if (input.password !== input.passwordRepeat) {
    errors['passwordRepeat'] = 'passwordRepeat: the two passwords differ'
  }
  const step = matchTotp(open.totpSecret, input.code, now.getTime(), null)
  if (step === undefined) {
    errors['code'] = 'code: not the code the app shows now (six digits; check that the phone’s clock is right)'
  }
  if (Object.keys(errors).length > 0 || step === undefined) {
    return { ok: false, errors }
  }
  const passwordHash = await hashPassword(input.password)
  const codes = newRecoveryCodes()
  const done = await db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('enrolments')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', tokenHash(token))
      .where('used_at', 'is', null)
      .executeTakeFirst()
    if (Number(used.numUpdatedRows) !== 1) {
      return false
    }
    await trx
      .updateTable('accounts')
      .set({
        password_hash: passwordHash,
        totp_secret: open.totpSecret,
        totp_last_step: step,
        status: 'active',
        failed_logins: 0,
        locked_until: null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', open.account.id)
      .execute()
    await storeRecoveryCodes(trx, open.account.id, codes)
    await appendAudit(
      trx,
      { actor: open.account.id, action: 'account.enrolled', subject: `account:${open.account.id}` },
      now,
    )
    return true
  })
  const account = await findAccount(db, open.account.id)
  return done && account !== undefined ? { ok: true, account, recoveryCodes: codes } : undefined
}
