// SPDX-License-Identifier: EUPL-1.2
// An account as the back-office tests need it: made ready without going through the web (active,
// with a password and a TOTP secret set) and logged in, so a test can send its cookie at once.
import type { Kysely } from 'kysely'
import { createAccount, type NewAccount } from '../../src/backoffice/accounts.ts'
import { createSession, type SessionLimits } from '../../src/backoffice/sessions.ts'
import type { Database } from '../../src/data/database.ts'

export interface LoggedInAccount {
  readonly id: string
  /** The Cookie header of its session. */
  readonly cookie: string
  readonly csrf: string
}

/** An active account with these grants and a live session (with the given limits, else the defaults). */
export async function loggedInAccount(
  db: Kysely<Database>,
  person: NewAccount,
  limits?: SessionLimits,
): Promise<LoggedInAccount> {
  const { account } = await createAccount(db, person, 'test')
  await db
    .updateTable('accounts')
    .set({ status: 'active', password_hash: 'x', totp_secret: 'x' })
    .where('id', '=', account.id)
    .execute()
  const { cookieValue, csrfToken } = await createSession(db, account.id, limits)
  return { id: account.id, cookie: `__Host-wegwijzer-beheer=${cookieValue}`, csrf: csrfToken }
}
