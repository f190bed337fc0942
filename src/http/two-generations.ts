// SPDX-License-Identifier: EUPL-1.2
// A cache bounded by two generations: entries go into the young one; when it is full the old one
// is dropped and the young one becomes old; a hit in the old one moves back to the young. A hit in
// the young one costs one lookup (a least-recently-used list would reorder on every hit, and a
// route makes hundreds). Sizes are whatever the caller bounds by: entries (size 1) or bytes.
export class TwoGenerations<V> {
  #young = new Map<string, { value: V; size: number }>()
  #old = new Map<string, { value: V; size: number }>()
  #youngSize = 0

  /** `perGeneration`: the size the young generation holds before it becomes the old one. */
  constructor(readonly perGeneration: number) {}

  get(key: string): V | undefined {
    const young = this.#young.get(key)
    if (young !== undefined) {
      return young.value
    }
    const old = this.#old.get(key)
    if (old !== undefined) {
      this.set(key, old.value, old.size)
    }
    return old?.value
  }

  /** Whether `key` is held, without moving it. */
  has(key: string): boolean {
    return this.#young.has(key) || this.#old.has(key)
  }

  set(key: string, value: V, size = 1): void {
    if (this.#youngSize + size > this.perGeneration) {
      this.#old = this.#young
      this.#young = new Map()
      this.#youngSize = 0
    }
    this.#young.set(key, { value, size })
    this.#youngSize += size
  }
}

/** Keys asked recently, for caches that keep only what comes back (two generations of keys). */
export class SeenKeys {
  readonly #keys: TwoGenerations<true>
  constructor(perGeneration: number) {
    this.#keys = new TwoGenerations(perGeneration)
  }

  /** Whether `key` was asked within the last one or two generations; remembers it either way. */
  seen(key: string): boolean {
    if (this.#keys.has(key)) {
      return true
    }
    this.#keys.set(key, true)
    return false
  }
}
