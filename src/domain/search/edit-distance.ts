// SPDX-License-Identifier: EUPL-1.2
// Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
// neighbours) with an upper bound, for typo tolerance. Stops early once the bound is exceeded.

/** The distance between a and b, or `max + 1` when it is larger than `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1
  }
  if (a === b) {
    return 0
  }
  const n = b.length
  let before = new Array<number>(n + 1).fill(0) // row i-2
  let prev = Array.from({ length: n + 1 }, (_, j) => j) // row i-1
  let curr = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    curr[0] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= n; j += 1) {
      const bj = b.charCodeAt(j - 1)
      const cost = ai === bj ? 0 : 1
      let d = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1)
      }
      curr[j] = d
      if (d < rowMin) {
        rowMin = d
      }
    }
    if (rowMin > max) {
      return max + 1
    }
    ;[before, prev, curr] = [prev, curr, before]
  }
  const result = prev[n] ?? max + 1
  return result > max ? max + 1 : result
}

/** How many typos a word of this length may contain: none below 4 letters, 2 from 8 letters. */
export function typoAllowance(word: string): number {
  if (word.length < 4) {
    return 0
  }
  return word.length >= 8 ? 2 : 1
}
