// SPDX-License-Identifier: EUPL-1.2
// What a route handler uses to require a logged-in person with a right: reads the session cookie,
// loads the session (idle/absolute timeouts, account still active) and asks the policy. Also the
// CSRF check for state-changing forms. For the back-office routes and for other areas that need an
// account (issue 20: a municipality publishing its own self-scan).
import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Db } from '../data/database.ts'
import { allowed, type Action, type Resource } from './policy.ts'
import {
  DEFAULT_SESSION_LIMITS,
  readSession,
  sessionCookieValue,
  type Session,
  type SessionLimits,
} from './sessions.ts'

/** The live session of the request, or undefined. */
export function currentSession(
  db: Db,
  request: FastifyRequest,
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
): Promise<Session | undefined> {
  return readSession(db, sessionCookieValue(request.headers.cookie), limits)
}

export type Guarded =
  | { readonly ok: true; readonly session: Session }
  /** 401: nobody logged in (send to /beheer/inloggen); 403: logged in, but not allowed. */
  | { readonly ok: false; readonly status: 401 | 403; readonly session?: Session }

/**
 * Requires a session whose account may do `action` on `resource`:
 *
 *   const guard = await requireAllowed(db, request, 'scan.publish', { municipality: 'GM0363' })
 *   if (!guard.ok) return guard.status === 401 ? reply.redirect('/beheer/inloggen', 303) : reply.code(403).send(…)
 */
export async function requireAllowed(
  db: Db,
  request: FastifyRequest,
  action: Action,
  resource: Resource = {},
  limits?: SessionLimits,
): Promise<Guarded> {
  const session = await currentSession(db, request, limits)
  if (session === undefined) {
    return { ok: false, status: 401 }
  }
  return allowed(session.account, action, resource) ? { ok: true, session } : { ok: false, status: 403, session }
}

/** True when a posted form carries the session's CSRF token (field `_csrf`). */
export function csrfMatches(session: Session, posted: string | null | undefined): boolean {
  const a = Buffer.from(posted ?? '')
  const b = Buffer.from(session.csrfToken)
  return a.length === b.length && timingSafeEqual(a, b)
}
