// SPDX-License-Identifier: EUPL-1.2
// Small helpers shared by the server-drawn SVG diagrams (organogram, barrier model, doorstroom).

/** A coordinate with at most one decimal, so the SVG stays small and stable. */
export function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toString()
}

/** Greedy word wrap on an estimated character width; good enough for Noto Sans at 12 px. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (current === '') {
      current = word
    } else if (current.length + 1 + word.length <= maxChars) {
      current += ` ${word}`
    } else {
      lines.push(current)
      current = word
    }
  }
  if (current !== '') {
    lines.push(current)
  }
  return lines.length === 0 ? [''] : lines
}
