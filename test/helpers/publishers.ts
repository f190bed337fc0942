// SPDX-License-Identifier: EUPL-1.2
// Who publishes a self-scan in tests (ADR 0032): an active account with a role and a live
// back-office session, sent the way a browser on this site sends it (cookie and Sec-Fetch-Site).
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Grant } from '../../src/backoffice/roles.ts'
import type { Database } from '../../src/data/database.ts'
import { loggedInAccount } from './accounts.ts'

export const NATIONAL_EDITOR: readonly Grant[] = [{ role: 'national-editor', scope: '' }]
export const municipalityOf = (code: string): readonly Grant[] => [{ role: 'municipality', scope: code }]

export interface Publisher {
  readonly id: string
  /** Cookie and same-origin headers for inject(). */
  readonly headers: Record<string, string>
  readonly cookie: string
  readonly csrf: string
}

export async function publisher(db: Kysely<Database>, grants: readonly Grant[]): Promise<Publisher> {
  const account = await loggedInAccount(db, {
    email: `publisher-${randomUUID().slice(0, 8)}@example.org`,
    displayName: 'Publicerende Persoon',
    grants,
  })
  return { ...account, headers: { cookie: account.cookie, 'sec-fetch-site': 'same-origin' } }
}
