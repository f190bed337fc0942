// SPDX-License-Identifier: EUPL-1.2
// Text widths for laying out the organogram without a browser, from DejaVu Sans's advance widths
// (font-widths.ts): shortening a label to a width with "…", and wrapping a title into lines.
import { BOLD_WIDTHS, FONT_WIDTH_RANGES, REGULAR_WIDTHS } from './font-widths.ts'

/** Width of a character the table lacks: as wide as "M", so an estimate errs on the wide side. */
const FALLBACK = { regular: REGULAR_WIDTHS[0x4d - 0x20] ?? 863, bold: BOLD_WIDTHS[0x4d - 0x20] ?? 1000 }

function advance(cp: number, bold: boolean): number {
  let offset = 0
  for (const [from, to] of FONT_WIDTH_RANGES) {
    if (cp >= from && cp <= to) {
      const w = (bold ? BOLD_WIDTHS : REGULAR_WIDTHS)[offset + cp - from] ?? 0
      return w > 0 ? w : bold ? FALLBACK.bold : FALLBACK.regular
    }
    offset += to - from + 1
  }
  return bold ? FALLBACK.bold : FALLBACK.regular
}

/** Width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let total = 0
  for (const ch of text) {
    total += advance(ch.codePointAt(0) ?? 0x4d, bold)
  }
  return (total * size) / 1000
}

/**
 * The text itself when it fits `max` px, otherwise cut (at a word end where one is close) and
 * ended with "…". The full text stays available elsewhere (title, hover, table).
 */
export function shorten(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) {
    return text
  }
  const room = max - textWidth('…', size, bold)
  let cut = 0
  let width = 0
  const chars = [...text]
  while (cut < chars.length) {
    const w = advance(chars[cut]?.codePointAt(0) ?? 0x4d, bold) * (size / 1000)
    if (width + w > room) {
      break
    }
    width += w
    cut++
  }
  const head = chars.slice(0, cut).join('')
  // Prefer a word end (space or hyphen) when it keeps at least 60 % of what fits ("Meldpunt Uitbuiting…").
  const boundary = Math.max(head.lastIndexOf(' '), head.lastIndexOf('-'))
  const kept = boundary >= head.length * 0.6 ? head.slice(0, boundary) : head
  return `${kept.replace(/[\s,;:/–-]+$/u, '')}…`
}

/** Greedy word wrap to `max` px, at most `maxLines` lines (the last one shortened with "…"). */
export function wrap(text: string, max: number, size: number, bold = false, maxLines = 3): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = current === '' ? word : `${current} ${word}`
    if (current === '' || textWidth(next, size, bold) <= max) {
      current = next
    } else {
      lines.push(current)
      current = word
    }
  }
  if (current !== '') {
    lines.push(current)
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = shorten(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, max, size, bold)
    return kept
  }
  return lines.map((l) => shorten(l, max, size, bold))
}
