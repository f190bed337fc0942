// SPDX-License-Identifier: EUPL-1.2
// The `q` filter of list endpoints: every word must occur in one of a record's texts, with case
// and accents ignored.

/** Lower case without diacritics, so `q=coordinatie` finds "Zorgcoördinatie". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** True when every word of the query occurs in one of the texts. */
export function matchesQuery(q: string | undefined, texts: readonly (string | undefined)[]): boolean {
  if (q === undefined || q.trim() === '') {
    return true
  }
  const haystack = foldText(texts.filter((t): t is string => t !== undefined).join(' \u0000 '))
  return foldText(q)
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => haystack.includes(w))
}
