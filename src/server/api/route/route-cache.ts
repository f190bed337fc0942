// SPDX-License-Identifier: EUPL-1.2
// Serialised routes per normalised scenario, per catalogue. A route is a pure function of the
// dataset version and the scenario (asOf included), and computing plus serialising one costs
// ~10 ms; a shared link opened many times, or a form re-submitted, is answered from here. Bounded
// in bytes, least recently used out first; the cache lives in a memo slot of the catalogue, so a
// new dataset version drops it with everything else.
import { memoSlot, type Catalog } from '../../../domain/catalog/index.ts'
import { etagFor } from '../http-caching.ts'

export interface CachedRoute {
  /** UTF-8 bytes: route texts are Dutch (é, ö, –), and encoding 300 kB per response costs more than the rest of the request. */
  readonly body: Buffer
  readonly etag: string
}

/** Room for roughly 100 large routes (a route over all forms is ~300 kB). */
export const ROUTE_CACHE_BYTES = 32 * 1024 * 1024

class ByteBoundedLru {
  readonly #entries = new Map<string, CachedRoute>()
  #bytes = 0
  constructor(readonly maxBytes: number) {}

  get(key: string): CachedRoute | undefined {
    const hit = this.#entries.get(key)
    if (hit !== undefined) {
      // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
      this.#entries.delete(key)
      this.#entries.set(key, hit)
    }
    return hit
  }

  set(key: string, value: CachedRoute): void {
    const size = value.body.length + key.length
    if (size > this.maxBytes) {
      return
    }
    const old = this.#entries.get(key)
    if (old !== undefined) {
      this.#bytes -= old.body.length + key.length
      this.#entries.delete(key)
    }
    this.#entries.set(key, value)
    this.#bytes += size
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.maxBytes) {
        break
      }
      this.#entries.delete(k)
      this.#bytes -= v.body.length + k.length
    }
  }

  get size(): number {
    return this.#entries.size
  }
}

const ROUTE_RESPONSES = memoSlot<ByteBoundedLru>('api: serialised routes')

/** The cached route for `key` in this catalogue, or computes, serialises, stores and returns it. */
export function cachedRoute(
  catalog: Catalog,
  key: string,
  serialise: () => string,
  maxBytes = ROUTE_CACHE_BYTES,
): CachedRoute {
  const cache = catalog.memo(ROUTE_RESPONSES, () => new ByteBoundedLru(maxBytes))
  const hit = cache.get(key)
  if (hit !== undefined) {
    return hit
  }
  const body = Buffer.from(serialise(), 'utf8')
  const entry = { body, etag: etagFor(body) }
  cache.set(key, entry)
  return entry
}

export { ByteBoundedLru }
