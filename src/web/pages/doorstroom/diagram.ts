// SPDX-License-Identifier: EUPL-1.2
// Draws the doorstroom as inline SVG: one box per step from top to bottom with arrows between
// them, then the outcomes side by side. Each box names the responsible parties and counts the
// municipality's duties and the known bottlenecks; the list under the SVG carries the details.
import { arrowDown, arrowHeadDown, DIAGRAM_COLOURS, textLines } from '../../components/diagram-svg.ts'
import { fmt, wrapText } from '../../components/svg-text.ts'
import { escapeHtml } from '../../html.ts'
import type { Locale, LocalText } from '../../i18n.ts'
import type { DoorstroomStepView } from './view-model.ts'

const COLOURS = { ...DIAGRAM_COLOURS, outcome: DIAGRAM_COLOURS.plain, bottleneck: '#8c1d18' } as const

const WIDTH = 640
const PAD = 16
const GAP = 34
const OUTCOME_GAP = 48
const LINE = 17
const SMALL_LINE = 15

export interface DoorstroomDiagramLabels {
  readonly title: string
  readonly description: string
  readonly duties: (n: number) => string
  readonly bottlenecks: (n: number) => string
  readonly or: string
  /** Party names for the diagram (short names), already in the page language. */
  readonly partyNames: (step: DoorstroomStepView) => readonly string[]
}

interface Box {
  readonly svg: string
  readonly height: number
}

function langOf(t: LocalText, locale: Locale): string | undefined {
  return t.lang === locale ? undefined : t.lang
}

function box(
  step: DoorstroomStepView,
  x: number,
  y: number,
  width: number,
  labels: DoorstroomDiagramLabels,
  locale: Locale,
  kind: 'step' | 'outcome',
): Box {
  const chars = Math.floor((width - 20) / 7.2)
  const title = wrapText(`${step.code} ${step.name.text}`, chars)
  const parties = wrapText(labels.partyNames(step).join(', '), Math.floor((width - 20) / 6.2))
  const municipalDuties = step.duties.filter((d) => d.municipal).length
  const marks = [...(municipalDuties === 0 ? [] : [`✓ ${labels.duties(municipalDuties)}`])]
  const bottleneckMark = step.bottlenecks.length === 0 ? [] : [`⚠ ${labels.bottlenecks(step.bottlenecks.length)}`]
  const height = 12 + title.length * LINE + (parties.length + marks.length + bottleneckMark.length) * SMALL_LINE + 8
  const c = kind === 'outcome' ? COLOURS.outcome : municipalDuties > 0 ? COLOURS.municipal : COLOURS.box
  const parts = [
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" rx="4" fill="${c.fill}" stroke="${c.stroke}" stroke-width="${municipalDuties > 0 ? 2 : 1.5}"/>`,
    textLines(x + 10, y + 20, title, {
      size: 14,
      lineHeight: LINE,
      bold: true,
      lang: langOf(step.name, locale),
    }),
  ]
  let lineY = y + 20 + title.length * LINE
  parts.push(
    textLines(x + 10, lineY, [...parties, ...marks], { size: 12, lineHeight: SMALL_LINE, fill: COLOURS.muted }),
  )
  lineY += (parties.length + marks.length) * SMALL_LINE
  if (bottleneckMark.length > 0) {
    parts.push(
      textLines(x + 10, lineY, bottleneckMark, {
        size: 12,
        lineHeight: SMALL_LINE,
        bold: true,
        fill: COLOURS.bottleneck,
      }),
    )
  }
  return { svg: parts.join(''), height }
}

/** Room between an arrow's ends and the boxes it joins. */
const ARROW_GAP = 2

function arrowTo(fromX: number, fromY: number, toX: number, toY: number): string {
  // A bent connector: down, across, down into the outcome box.
  const mid = fromY + (toY - fromY) / 2
  const tip = toY - ARROW_GAP
  return `<path d="M${fmt(fromX)} ${fmt(fromY + ARROW_GAP)} V${fmt(mid)} H${fmt(toX)} V${fmt(tip - 8)}" stroke="${COLOURS.arrow}" stroke-width="2" fill="none"/>${arrowHeadDown(toX, tip)}`
}

/** The inline SVG; every text in it is escaped here. */
export function doorstroomDiagramSvg(
  chain: readonly DoorstroomStepView[],
  outcomes: readonly DoorstroomStepView[],
  labels: DoorstroomDiagramLabels,
  locale: Locale,
): string {
  const inner = WIDTH - 2 * PAD
  const parts: string[] = []
  let y = PAD
  chain.forEach((step, i) => {
    if (i > 0) {
      parts.push(arrowDown(WIDTH / 2, y - GAP, y, ARROW_GAP))
    }
    const b = box(step, PAD, y, inner, labels, locale, 'step')
    parts.push(b.svg)
    y += b.height + GAP
  })
  if (outcomes.length > 0) {
    const fromY = y - GAP
    const outcomeWidth = (inner - (outcomes.length - 1) * OUTCOME_GAP) / outcomes.length
    const top = y + (chain.length === 0 ? 0 : 10)
    let tallest = 0
    outcomes.forEach((step, i) => {
      const x = PAD + i * (outcomeWidth + OUTCOME_GAP)
      if (chain.length > 0) {
        parts.push(arrowTo(WIDTH / 2, fromY, x + outcomeWidth / 2, top))
      }
      const b = box(step, x, top, outcomeWidth, labels, locale, 'outcome')
      parts.push(b.svg)
      tallest = Math.max(tallest, b.height)
    })
    if (outcomes.length === 2) {
      parts.push(
        textLines(WIDTH / 2, top + 24, [labels.or], { size: 13, lineHeight: LINE, bold: true, anchor: 'middle' }),
      )
    }
    y = top + tallest + GAP
  }
  const height = Math.max(60, y - GAP + PAD)
  return `<svg xmlns="http://www.w3.org/2000/svg" class="wgw-doorstroom-diagram" width="${WIDTH}" height="${fmt(height)}" viewBox="0 0 ${WIDTH} ${fmt(height)}" role="img" aria-labelledby="doorstroom-diagram-title doorstroom-diagram-desc"><title id="doorstroom-diagram-title">${escapeHtml(
    labels.title,
  )}</title><desc id="doorstroom-diagram-desc">${escapeHtml(labels.description)}</desc>${parts.join('')}</svg>`
}
