// SPDX-License-Identifier: EUPL-1.2
// Who is publishing or withdrawing a self-scan through the API (issue 20 item 1, ADR 0032): the
// back-office session of an account of that municipality or of a national editor. The session is a
// cookie, so a state change must also come from this site (ADR 0008): a page elsewhere cannot make
// a logged-in person's browser publish. Anonymous requests get 401, others 403; nothing changes.
import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { currentSession } from '../../../backoffice/guard.ts'
import { allowed, scanRoleOf } from '../../../backoffice/policy.ts'
import { formatGrant } from '../../../backoffice/roles.ts'
import type { Database } from '../../../data/database.ts'
import type { ScanPublisher } from '../../../data/repositories/scan.repository.ts'
import { checkRequestOrigin } from '../../../web/pages/basisniveau/same-origin.ts'
import { ApiError } from '../../errors.ts'

const NEEDS_ACCOUNT =
  'Publishing or withdrawing a scan needs an account of that municipality or of a national editor: log in at /beheer/inloggen and send the session cookie with the request. Drafts can be filled in without one.'

/**
 * The publisher of a change to a scan of `municipality`, or the ApiError to answer with;
 * undefined for a logged-in person when there is no such scan (`municipality` undefined).
 */
export async function scanPublisherOrThrow(
  db: Kysely<Database>,
  request: FastifyRequest,
  action: 'scan.publish' | 'scan.withdraw',
  municipality: string | undefined,
): Promise<(ScanPublisher & { readonly accountId: string }) | undefined> {
  const session = await currentSession(db, request)
  if (session === undefined) {
    throw new ApiError('WGW_UNAUTHENTICATED', NEEDS_ACCOUNT, [
      { path: 'session', message: 'no logged-in account (publication keys are no longer accepted)' },
    ])
  }
  const origin = checkRequestOrigin(request)
  if (!origin.ok) {
    throw new ApiError('WGW_FORBIDDEN', 'A change made with a session must come from this site.', [
      { path: 'origin', message: origin.reason },
    ])
  }
  if (municipality === undefined) {
    // No such scan: the caller answers 404 (only to someone logged in).
    return undefined
  }
  const role = scanRoleOf(session.account, municipality)
  if (!allowed(session.account, action, { municipality }) || role === undefined) {
    const own = session.account.grants.filter((g) => g.role === 'municipality').map(formatGrant)
    throw new ApiError(
      'WGW_FORBIDDEN',
      `A scan of ${municipality} can be ${action === 'scan.publish' ? 'published' : 'withdrawn'} by an account of ${municipality} or a national editor.`,
      [
        {
          path: 'session',
          message:
            own.length === 0
              ? 'your account has no municipal or national editor role'
              : `your account is for ${own.join(', ')}`,
        },
      ],
    )
  }
  return { accountId: session.account.id, ...role }
}
