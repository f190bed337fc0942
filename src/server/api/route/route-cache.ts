// SPDX-License-Identifier: EUPL-1.2
// Serialised routes per normalised scenario, per catalogue. A route is a pure function of the
// dataset version and the scenario (asOf included); a shared link opened many times, or a form
// re-submitted, is answered from here with its compressed forms made once (compressing a 300 kB
// route costs far more than writing it from its fragments, route-json.ts). A route is kept when its
// scenario is asked again while the cache could still have held it (within the last few hundred
// scenarios): most scenarios are asked once, and keeping those would push out the ones that recur
// and cost a copy of every answer; a stream of ever new scenarios would keep nothing for long. Bounded in bytes, least recently
// used out first; the cache lives in a memo slot of the catalogue, so a new dataset version drops
// it with everything else.
import { memoSlot, type Catalog } from '../../../domain/catalog/index.ts'
import { ByteBoundedLru } from '../../../http/byte-lru.ts'
import { Precompressed } from '../../../http/precompressed.ts'
import { SeenKeys } from '../../../http/two-generations.ts'

/** UTF-8 bytes (route texts are Dutch: é, ö, –), with brotli and gzip forms made on first demand. */
export type CachedRoute = Precompressed

/** A route's JSON as the chunks it was joined from (route-json.ts). */
export interface RouteChunks {
  readonly list: readonly Buffer[]
  readonly length: number
  join(): Buffer
}

/** What to send: a kept route, or one written for this request only. */
export type RouteBody = { readonly kept: CachedRoute } | { readonly once: RouteChunks }

/** Room for roughly 100 large routes (a route over all forms is ~300 kB). */
export const ROUTE_CACHE_BYTES = 32 * 1024 * 1024

/**
 * Scenarios remembered as asked, per generation (two generations): about as many as the cache
 * holds routes, so a scenario is kept only when it recurs sooner than the cache would drop it.
 */
export const SEEN_KEYS = 128

/** Compressed forms add about a fifth to the plain bytes. */
const sizeOf = (entry: CachedRoute): number => Math.ceil(entry.identity.length * 1.2)

interface RouteResponses {
  readonly kept: ByteBoundedLru<CachedRoute>
  readonly seen: SeenKeys
}

const ROUTE_RESPONSES = memoSlot<RouteResponses>('api: serialised routes')

/**
 * The route for `key` in this catalogue: kept, or written by `write` and kept when the key was
 * asked before, or written for this answer only.
 */
export function routeBody(
  catalog: Catalog,
  key: string,
  write: () => RouteChunks,
  options: { maxBytes?: number; seenKeys?: number } = {},
): RouteBody {
  const responses = catalog.memo(ROUTE_RESPONSES, () => ({
    kept: new ByteBoundedLru<CachedRoute>(options.maxBytes ?? ROUTE_CACHE_BYTES, sizeOf),
    seen: new SeenKeys(options.seenKeys ?? SEEN_KEYS),
  }))
  const hit = responses.kept.get(key)
  if (hit !== undefined) {
    return { kept: hit }
  }
  const chunks = write()
  if (!responses.seen.seen(key)) {
    return { once: chunks }
  }
  const entry = new Precompressed(chunks.join())
  responses.kept.set(key, entry)
  return { kept: entry }
}
