// SPDX-License-Identifier: EUPL-1.2
// The pieces the barrier and doorstroom diagrams draw alike: one palette (so both read as one
// house style, in the page and in a downloaded file), a block of text lines, and arrows.
import { escapeHtml } from '../html.ts'
import { fmt } from './svg-text.ts'

export const DIAGRAM_COLOURS = {
  /** A step or stage box. */
  box: { fill: '#e9eef3', stroke: '#1f4e79' },
  /** A box where the municipality has a part. */
  municipal: { fill: '#e8f3ec', stroke: '#0b5e22' },
  /** A box inside or after a step: a barrier, an outcome. */
  plain: { fill: '#ffffff', stroke: '#505a5f' },
  arrow: '#1f4e79',
  text: '#0b0c0c',
  muted: '#3b3b3b',
} as const

export interface TextStyle {
  readonly size: number
  readonly lineHeight: number
  readonly bold?: boolean
  readonly fill?: string
  /** Only when the text is in another language than the page. */
  readonly lang?: string | undefined
  readonly anchor?: 'middle'
}

/** Lines of text, the first baseline at (x, y); every line is escaped here. */
export function textLines(x: number, y: number, lines: readonly string[], o: TextStyle): string {
  const tspans = lines
    .map((line, i) => `<tspan x="${fmt(x)}" y="${fmt(y + i * o.lineHeight)}">${escapeHtml(line)}</tspan>`)
    .join('')
  const bold = o.bold === true ? ' font-weight="700"' : ''
  const anchor = o.anchor === undefined ? '' : ` text-anchor="${o.anchor}"`
  const lang = o.lang === undefined ? '' : ` lang="${escapeHtml(o.lang)}"`
  return `<text font-size="${o.size}"${bold}${anchor} fill="${o.fill ?? DIAGRAM_COLOURS.text}"${lang}>${tspans}</text>`
}

/** A head pointing down with its tip at (x, tipY). */
export function arrowHeadDown(x: number, tipY: number): string {
  return `<path d="M${fmt(x - 6)} ${fmt(tipY - 9)} L${fmt(x)} ${fmt(tipY)} L${fmt(x + 6)} ${fmt(tipY - 9)} Z" fill="${DIAGRAM_COLOURS.arrow}"/>`
}

/** An arrow from fromY down to toY, starting and ending `gap` away from the boxes it joins. */
export function arrowDown(x: number, fromY: number, toY: number, gap: number): string {
  const tip = toY - gap
  return `<path d="M${fmt(x)} ${fmt(fromY + gap)} V${fmt(tip - 8)}" stroke="${DIAGRAM_COLOURS.arrow}" stroke-width="2"/>${arrowHeadDown(x, tip)}`
}

/** An arrow from fromX right to toX, starting and ending `gap` away from the boxes it joins. */
export function arrowRight(fromX: number, toX: number, y: number, gap: number): string {
  const tip = toX - gap
  return `<path d="M${fmt(fromX + gap)} ${fmt(y)} H${fmt(tip - 8)}" stroke="${DIAGRAM_COLOURS.arrow}" stroke-width="2"/><path d="M${fmt(tip - 9)} ${fmt(y - 6)} L${fmt(tip)} ${fmt(y)} L${fmt(tip - 9)} ${fmt(y + 6)} Z" fill="${DIAGRAM_COLOURS.arrow}"/>`
}
