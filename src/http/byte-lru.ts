// SPDX-License-Identifier: EUPL-1.2
// A cache bounded in bytes, least recently used out first: for serialised routes and rendered route
// pages, whose sizes differ tenfold, so a bound in entries would say little about memory.
export class ByteBoundedLru<V> {
  readonly #entries = new Map<string, { value: V; size: number }>()
  #bytes = 0
  constructor(
    readonly maxBytes: number,
    readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const hit = this.#entries.get(key)
    if (hit !== undefined) {
      // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
      this.#entries.delete(key)
      this.#entries.set(key, hit)
    }
    return hit?.value
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value) + key.length
    if (size > this.maxBytes) {
      return
    }
    const old = this.#entries.get(key)
    if (old !== undefined) {
      this.#bytes -= old.size
      this.#entries.delete(key)
    }
    this.#entries.set(key, { value, size })
    this.#bytes += size
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.maxBytes) {
        break
      }
      this.#entries.delete(k)
      this.#bytes -= v.size
    }
  }

  get size(): number {
    return this.#entries.size
  }
}
