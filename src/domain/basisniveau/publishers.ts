// SPDX-License-Identifier: EUPL-1.2
// Who may publish a self-scan (issue #20 item 1, ADR 0024). A published scan speaks for a
// municipality, so publishing needs a credential of that municipality or of a national editor;
// filling in a draft by its link stays open. Until the back-office accounts of issue #13 carry a
// municipal role through a session, the credential is a publication key the operator hands out per
// municipality (or a national one); the server keeps only its SHA-256 (SCAN_PUBLISHERS).
import { createHash, timingSafeEqual } from 'node:crypto'

/** A CBS municipality code (GM0307) or `national` for a national editor. */
export type PublisherScope = string

export interface PublisherKey {
  readonly scope: PublisherScope
  /** SHA-256 of the key, 64 lower-case hex characters. */
  readonly sha256: string
}

export interface ScanPublishers {
  readonly keys: readonly PublisherKey[]
}

/** Nobody can publish: the default until an operator configures keys. */
export const NO_PUBLISHERS: ScanPublishers = { keys: [] }

export const hashPublishKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex')

const SCOPE = /^(GM\d{4}|national)$/
const SHA256 = /^[0-9a-f]{64}$/

/**
 * Reads `GM0307:<sha256>,national:<sha256>` (the SCAN_PUBLISHERS variable). Returns every problem at
 * once, each naming the entry, so a bad start says what to fix.
 */
export function parsePublishers(raw: string | undefined): { publishers: ScanPublishers; errors: string[] } {
  const keys: PublisherKey[] = []
  const errors: string[] = []
  for (const [index, entry] of (raw ?? '')
    .split(',')
    .map((e) => e.trim())
    .entries()) {
    if (entry === '') {
      continue
    }
    const [scope = '', sha256 = '', ...rest] = entry.split(':')
    if (!SCOPE.test(scope) || !SHA256.test(sha256.toLowerCase()) || rest.length > 0) {
      errors.push(
        `SCAN_PUBLISHERS entry ${index + 1} (scope '${scope.slice(0, 10)}') is not SCOPE:SHA256 (SCOPE a CBS code like GM0307 or national; SHA256 64 hex characters of the key's digest, never the key itself)`,
      )
      continue
    }
    keys.push({ scope, sha256: sha256.toLowerCase() })
  }
  return { publishers: { keys }, errors }
}

export type PublishDecision =
  | { readonly ok: true; readonly scope: PublisherScope }
  | { readonly ok: false; readonly status: 401; readonly reason: 'no-key' | 'unknown-key' }
  | { readonly ok: false; readonly status: 403; readonly reason: 'other-municipality'; readonly scope: PublisherScope }

/** Whether `presented` may publish a scan of `municipality`: its own municipality's key or a national one. */
export function authorisePublish(
  publishers: ScanPublishers,
  municipality: string,
  presented: string | undefined,
): PublishDecision {
  if (presented === undefined || presented.trim() === '') {
    return { ok: false, status: 401, reason: 'no-key' }
  }
  const digest = Buffer.from(hashPublishKey(presented.trim()), 'hex')
  const match = publishers.keys.find((k) => timingSafeEqual(Buffer.from(k.sha256, 'hex'), digest))
  if (match === undefined) {
    return { ok: false, status: 401, reason: 'unknown-key' }
  }
  if (match.scope !== 'national' && match.scope !== municipality) {
    return { ok: false, status: 403, reason: 'other-municipality', scope: match.scope }
  }
  return { ok: true, scope: match.scope }
}
