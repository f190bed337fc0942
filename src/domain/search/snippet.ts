// SPDX-License-Identifier: EUPL-1.2
// Cuts a short plain-text excerpt from a record's body around the first word that matched, so a
// result shows why it was found. Plain text only: whoever renders it escapes it.

export const SNIPPET_LENGTH = 160
/** How much text to keep before the first match. */
const LEAD = 50
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu

/**
 * An excerpt of `body` of about SNIPPET_LENGTH characters, starting shortly before the first word
 * for which `isMatch` holds (or at the start), cut at word boundaries, with "…" where text was cut.
 */
export function makeSnippet(body: string, isMatch: (rawWord: string) => boolean): string {
  const text = body.replace(/\s+/g, ' ').trim()
  if (text.length <= SNIPPET_LENGTH) {
    return text
  }
  let first = 0
  for (const m of text.matchAll(WORD)) {
    if (isMatch(m[0])) {
      first = m.index
      break
    }
  }
  let start = Math.max(0, first - LEAD)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space === -1 || space >= first ? start : space + 1
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > start ? space : end
  }
  const excerpt = text.slice(start, end).replace(/[\s,;:]+$/, '')
  return `${start > 0 ? '…' : ''}${excerpt}${end < text.length ? '…' : ''}`
}
