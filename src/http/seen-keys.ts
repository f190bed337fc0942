// SPDX-License-Identifier: EUPL-1.2
// Keys asked recently, for caches that keep only what comes back: a key is remembered in a young
// generation; when that is full it becomes the old one and the oldest are forgotten. Bounded in
// keys without a list to reorder on every lookup.
export class SeenKeys {
  #young = new Set<string>()
  #old = new Set<string>()
  constructor(readonly perGeneration: number) {}

  /** Whether `key` was asked within the last one or two generations; remembers it either way. */
  seen(key: string): boolean {
    if (this.#young.has(key) || this.#old.has(key)) {
      return true
    }
    if (this.#young.size >= this.perGeneration) {
      this.#old = this.#young
      this.#young = new Set()
    }
    this.#young.add(key)
    return false
  }
}
