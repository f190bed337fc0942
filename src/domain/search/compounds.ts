// SPDX-License-Identifier: EUPL-1.2
// Splits Dutch compounds against the dataset's own vocabulary, so "uitbuiting" also finds
// "arbeidsuitbuiting" and "verblijfsvergunning" is known as verblijf + vergunning. A split only
// counts when every part is itself a word of the dataset, which keeps false splits rare.

/** Linking sounds between compound parts: arbeid-s-uitbuiting, mens-en-handel, kind-er-opvang. */
const LINKS = ['', 's', 'e', 'en', 'er'] as const
const MIN_PART = 3
const MIN_WORD = 2 * MIN_PART
const MAX_PARTS = 3

/**
 * The parts of `word` (2 or 3), each a word for which `isWord` holds, or undefined when the word
 * cannot be split. Prefers the longest first part; `word` itself never counts as its own part.
 */
export function splitCompound(word: string, isWord: (w: string) => boolean): string[] | undefined {
  if (word.length < MIN_WORD) {
    return undefined
  }
  return split(word, isWord, MAX_PARTS, true)
}

function split(word: string, isWord: (w: string) => boolean, partsLeft: number, outer: boolean): string[] | undefined {
  if (!outer && isWord(word)) {
    return [word]
  }
  if (partsLeft < 2) {
    return undefined
  }
  for (let end = word.length - MIN_PART; end >= MIN_PART; end -= 1) {
    const head = word.slice(0, end)
    if (!isWord(head)) {
      continue
    }
    for (const link of LINKS) {
      if (!word.startsWith(link, end)) {
        continue
      }
      const tail = word.slice(end + link.length)
      if (tail.length < MIN_PART) {
        continue
      }
      const rest = split(tail, isWord, partsLeft - 1, false)
      if (rest !== undefined) {
        return [head, ...rest]
      }
    }
  }
  return undefined
}
