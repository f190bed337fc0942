// SPDX-License-Identifier: EUPL-1.2
// Dutch and English Snowball stemming (the algorithms of PostgreSQL's `dutch` and `english`), memoised:
// the JS port costs ~30 µs per call and the same words come back in every document and query.
import snowball from 'snowball-stemmers'

/** Bound on each memo so a stream of odd queries cannot grow it without limit. */
const CACHE_LIMIT = 100_000

function memoisedStemmer(language: 'dutch' | 'english'): (word: string) => string {
  const stemmer = snowball.newStemmer(language)
  const cache = new Map<string, string>()
  return (word) => {
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
}

/** The Snowball Dutch stem of a folded word (see normalize.ts). */
export const stemDutch: (word: string) => string = memoisedStemmer('dutch')

/** The Snowball English (Porter2) stem of a folded word: exploitation/exploited → exploit. */
export const stemEnglish: (word: string) => string = memoisedStemmer('english')
