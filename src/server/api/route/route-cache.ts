// SPDX-License-Identifier: EUPL-1.2
// Serialised routes per normalised scenario, per catalogue. A route is a pure function of the
// dataset version and the scenario (asOf included); a shared link opened many times, or a form
// re-submitted, is answered from here with its compressed forms made once (compressing a 300 kB
// route costs far more than writing it from its fragments, route-json.ts). Bounded in bytes, least recently used out first; the cache lives in
// a memo slot of the catalogue, so a new dataset version drops it with everything else.
import { memoSlot, type Catalog } from '../../../domain/catalog/index.ts'
import { ByteBoundedLru } from '../../../http/byte-lru.ts'
import { Precompressed } from '../../../http/precompressed.ts'

/** UTF-8 bytes (route texts are Dutch: é, ö, –), with brotli and gzip forms made on first demand. */
export type CachedRoute = Precompressed

/** Room for roughly 100 large routes (a route over all forms is ~300 kB). */
export const ROUTE_CACHE_BYTES = 32 * 1024 * 1024

/** Compressed forms add about a fifth to the plain bytes. */
const sizeOf = (entry: CachedRoute): number => Math.ceil(entry.identity.length * 1.2)

const ROUTE_RESPONSES = memoSlot<ByteBoundedLru<CachedRoute>>('api: serialised routes')

/** The cached route for `key` in this catalogue, or computes, serialises, stores and returns it. */
export function cachedRoute(
  catalog: Catalog,
  key: string,
  serialise: () => Buffer,
  maxBytes = ROUTE_CACHE_BYTES,
): CachedRoute {
  const cache = catalog.memo(ROUTE_RESPONSES, () => new ByteBoundedLru<CachedRoute>(maxBytes, sizeOf))
  const hit = cache.get(key)
  if (hit !== undefined) {
    return hit
  }
  const entry = new Precompressed(serialise())
  cache.set(key, entry)
  return entry
}
