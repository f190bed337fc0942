// SPDX-License-Identifier: EUPL-1.2
// Draws the barrier model as SVG: one column per step of the trafficker, left to right, wrapped into
// rows of a fixed number of columns (the page draws a 4-, 2- and 1-column variant and CSS shows the
// one that fits the screen; the downloads use 4), with arrows between the steps; under each stage
// its barriers and the organisations raising them. The SVG is a picture (role="img" with <title>
// and <desc>); the list under it carries the links. Colours and fonts are presentation attributes,
// so the downloaded file and resvg's PNG look like the page.
import { arrowDown, arrowRight, DIAGRAM_COLOURS as COLOURS, textLines } from '../../components/diagram-svg.ts'
import { fmt, wrapText } from '../../components/svg-text.ts'
import { escapeHtml } from '../../html.ts'
import type { Locale } from '../../i18n.ts'
import type { StepColumn } from './view-model.ts'

const COLUMN_WIDTH = 240
const COLUMN_GAP = 44
const PAD = 12
const ROW_GAP = 36
const LINE = 15
const SMALL_LINE = 13
const STEP_HEADER = 26
const BARRIER_INDENT = 14
/** Room between an arrow's ends and the columns it joins. */
const ARROW_GAP = 4

export interface DiagramLabels {
  readonly title: string
  readonly description: string
  readonly step: (n: number) => string
  readonly municipalMark: string
  /** Names of the organisations of a barrier, already in the page language. */
  readonly partyNames: (barrierId: string) => readonly string[]
}

interface Drawn {
  readonly svg: string
  readonly height: number
  /** Vertical middle of the first stage box, where the arrow to the next column points. */
  readonly arrowY: number
}

function drawColumn(column: StepColumn, x: number, top: number, labels: DiagramLabels, locale: Locale): Drawn {
  const parts: string[] = [
    textLines(x, top + 16, [labels.step(column.step)], { size: 13, lineHeight: LINE, bold: true, fill: COLOURS.arrow }),
  ]
  let y = top + STEP_HEADER
  let arrowY = y + 20
  column.stages.forEach((stage, stageIndex) => {
    const nameLines = wrapText(stage.name.text, 30)
    const stageHeight = 12 + nameLines.length * LINE
    if (stageIndex === 0) {
      arrowY = y + stageHeight / 2
    }
    parts.push(
      `<rect x="${fmt(x)}" y="${fmt(y)}" width="${COLUMN_WIDTH}" height="${fmt(stageHeight)}" rx="4" fill="${COLOURS.box.fill}" stroke="${COLOURS.box.stroke}" stroke-width="1.5"/>`,
    )
    parts.push(
      textLines(x + 8, y + 18, nameLines, {
        size: 12,
        lineHeight: LINE,
        bold: true,
        lang: stage.name.lang === locale ? undefined : stage.name.lang,
      }),
    )
    const stageBottom = y + stageHeight
    y = stageBottom + 10
    let lastMiddle: number | undefined
    for (const barrier of stage.barriers) {
      const municipal = barrier.view.municipal
      const bx = x + BARRIER_INDENT
      const width = COLUMN_WIDTH - BARRIER_INDENT
      const names = wrapText(barrier.name.text, 31)
      const parties = wrapText(labels.partyNames(barrier.view.id).join(', '), 38)
      const mark = municipal ? [`✓ ${labels.municipalMark}`] : []
      const height = 10 + names.length * LINE + 2 + (parties.length + mark.length) * SMALL_LINE + 4
      const c = municipal ? COLOURS.municipal : COLOURS.plain
      parts.push(
        `<rect x="${fmt(bx)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" rx="3" fill="${c.fill}" stroke="${c.stroke}" stroke-width="${municipal ? 2 : 1}"/>`,
      )
      parts.push(
        textLines(bx + 7, y + 16, names, {
          size: 12,
          lineHeight: LINE,
          lang: barrier.name.lang === locale ? undefined : barrier.name.lang,
        }),
      )
      const smallTop = y + 16 + names.length * LINE + 1
      parts.push(
        textLines(bx + 7, smallTop, [...parties, ...mark], { size: 10.5, lineHeight: SMALL_LINE, fill: COLOURS.muted }),
      )
      const middle = y + height / 2
      parts.push(
        `<path d="M${fmt(x + 6)} ${fmt(middle)} H${fmt(bx)}" stroke="${COLOURS.box.stroke}" stroke-width="1"/>`,
      )
      lastMiddle = middle
      y += height + 8
    }
    if (lastMiddle !== undefined) {
      parts.push(
        `<path d="M${fmt(x + 6)} ${fmt(stageBottom)} V${fmt(lastMiddle)}" stroke="${COLOURS.box.stroke}" stroke-width="1" fill="none"/>`,
      )
    }
    y += 10
  })
  return { svg: parts.join(''), height: y - top, arrowY }
}

export interface DiagramLayout {
  /** Steps per row; the steps wrap left to right, top to bottom. */
  readonly columns: number
  /** Prefix of the ids of <title> and <desc>, unique per SVG on a page. */
  readonly idPrefix: string
  /** A standalone file (download): XML declaration, white background and the font named. */
  readonly standalone?: boolean
}

const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif"

/** Width of the diagram for a number of steps per row. */
export function diagramWidth(steps: number, columns: number): number {
  const perRow = Math.max(1, Math.min(steps, columns))
  return perRow * (COLUMN_WIDTH + COLUMN_GAP) - COLUMN_GAP + 2 * PAD
}

/** The SVG of the diagram; every text in it is escaped here. */
export function barrierDiagramSvg(
  steps: readonly StepColumn[],
  labels: DiagramLabels,
  locale: Locale,
  layout: DiagramLayout = { columns: Math.max(1, steps.length), idPrefix: 'barrier-diagram' },
): string {
  const columns = Math.max(1, layout.columns)
  const parts: string[] = []
  const arrows: string[] = []
  let top = PAD
  for (let start = 0; start < steps.length; start += columns) {
    const row = steps.slice(start, start + columns)
    const drawn = row.map((column, i) => drawColumn(column, PAD + i * (COLUMN_WIDTH + COLUMN_GAP), top, labels, locale))
    drawn.slice(1).forEach((next, i) => {
      const fromX = PAD + i * (COLUMN_WIDTH + COLUMN_GAP) + COLUMN_WIDTH
      arrows.push(
        arrowRight(fromX, fromX + COLUMN_GAP, Math.min(drawn[i]?.arrowY ?? next.arrowY, next.arrowY), ARROW_GAP),
      )
    })
    const rowHeight = Math.max(60, ...drawn.map((c) => c.height))
    parts.push(...drawn.map((c) => c.svg))
    top += rowHeight + ROW_GAP
    // One step per row (a phone): an arrow down to the next step.
    if (columns === 1 && start + 1 < steps.length) {
      arrows.push(arrowDown(PAD + COLUMN_WIDTH / 2, top - ROW_GAP, top + 4, ARROW_GAP))
    }
  }
  const width = diagramWidth(steps.length, columns)
  const height = Math.max(60 + 2 * PAD, top - ROW_GAP + PAD)
  const titleId = `${layout.idPrefix}-title`
  const descId = `${layout.idPrefix}-desc`
  const standalone = layout.standalone === true
  const head = standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''
  const lang = standalone ? ` xml:lang="${escapeHtml(locale)}"` : ''
  const background = standalone ? `<rect width="100%" height="100%" fill="#ffffff"/>` : ''
  return `${head}<svg xmlns="http://www.w3.org/2000/svg" class="wgw-barrier-diagram" width="${width}" height="${fmt(height)}" viewBox="0 0 ${width} ${fmt(height)}" font-family="${FONT}"${lang} role="img" aria-labelledby="${titleId} ${descId}"><title id="${titleId}">${escapeHtml(labels.title)}</title><desc id="${descId}">${escapeHtml(labels.description)}</desc>${background}<g>${arrows.join('')}</g><g>${parts.join('')}</g></svg>`
}
