// SPDX-License-Identifier: EUPL-1.2
// Dutch Snowball stemming (the same algorithm as PostgreSQL's `dutch` configuration), memoised:
// the JS port costs ~30 µs per call and the same words come back in every document and query.
import snowball from 'snowball-stemmers'

const stemmer = snowball.newStemmer('dutch')
const cache = new Map<string, string>()
/** Bound on the memo so a stream of odd queries cannot grow it without limit. */
const CACHE_LIMIT = 100_000

/** The Snowball Dutch stem of a folded word (see normalize.ts). */
export function stemDutch(word: string): string {
  const hit = cache.get(word)
  if (hit !== undefined) {
    return hit
  }
  const stem = stemmer.stem(word)
  if (cache.size >= CACHE_LIMIT) {
    cache.clear()
  }
  cache.set(word, stem)
  return stem
}
