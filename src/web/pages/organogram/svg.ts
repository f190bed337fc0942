// SPDX-License-Identifier: EUPL-1.2
// Draws the laid-out chart as a stand-alone SVG (the download, and the source of the PNG): a title
// line, the phase columns with their aspect blocks and party chips, and a legend. Colours are
// presentation attributes, not CSS, so resvg and any viewer draw the same thing as the page.
import { fmt } from '../../components/svg-text.ts'
import { escapeHtml } from '../../html.ts'
import type { ChartEntry } from './chart.ts'
import { chipText, LABEL_SIZE } from './chart.ts'
import { METRICS as M, type ChartLayout, type PlacedBlock, type PlacedChip, type PlacedPhase } from './layout.ts'
import { textWidth } from './text-width.ts'

/** The chart's colours; the page's CSS uses the same values (wegwijzer.css, "Organogram chart"). */
export const CHART_COLOURS = {
  text: '#0b0c0c',
  phase: '#1f4e79',
  phaseText: '#ffffff',
  block: '#f3f5f7',
  blockLine: '#b1b4b6',
  chip: '#ffffff',
  chipLine: '#505a5f',
  lead: '#1f4e79',
  leadText: '#ffffff',
  none: '#f3f3f3',
  noneLine: '#767676',
  noneText: '#545454',
} as const
const C = CHART_COLOURS

export interface SvgTexts {
  readonly title: string
  /** Scenario and data date, under the title. */
  readonly subtitle: string
  readonly legend: {
    readonly lead: string
    readonly other: string
    /** Only when a scenario is set. */
    readonly none?: string
    /** Only when a stand-in of a derived or unverified region is shown. */
    readonly unsure?: string
  }
  /** Full-name tooltip of a chip: "Politie — regie, voert uit". */
  readonly chipTitle: (e: ChartEntry) => string
  readonly locale: string
  readonly lang: (e: ChartEntry) => string | undefined
}

const FONT = `'DejaVu Sans', Verdana, 'Noto Sans', Arial, sans-serif`
/** Margin around the drawing, the title lines above the chart, and one legend line. */
const PAD = 16
const HEAD = 52
const LEGEND_LINE = 26

function chipSvg(c: PlacedChip, y0: number, texts: SvgTexts): string {
  const e = c.entry
  const dim = e.state === 'none'
  const fill = dim ? C.none : e.lead ? C.lead : C.chip
  const line = dim ? C.noneLine : e.lead ? C.lead : C.chipLine
  const ink = dim ? C.noneText : e.lead ? C.leadText : C.text
  const dash = dim ? ' stroke-dasharray="3 2"' : ''
  const weight = e.lead ? ' font-weight="700"' : ''
  const lang = texts.lang(e)
  return `<g><title>${escapeHtml(texts.chipTitle(e))}</title><rect x="${fmt(c.x + 0.5)}" y="${fmt(y0 + c.y + 0.5)}" width="${fmt(c.width - 1)}" height="${M.chipHeight - 1}" rx="3" fill="${fill}" stroke="${line}"${dash}/><text x="${fmt(c.x + M.chipPadding)}" y="${fmt(y0 + c.y + M.chipBaseline)}" font-size="${LABEL_SIZE}"${weight} fill="${ink}"${lang === undefined ? '' : ` xml:lang="${lang}"`}>${escapeHtml(chipText(e))}</text></g>`
}

function blockSvg(b: PlacedBlock, y0: number, texts: SvgTexts): string {
  const title = b.titleLines
    .map(
      (l, i) =>
        `<text x="${fmt(b.x + 1 + M.blockPadX)}" y="${fmt(y0 + b.y + 1 + M.blockPadTop + 13 + i * M.aspectTitleLine)}" font-size="${M.aspectTitleSize}" font-weight="700" fill="${C.text}">${escapeHtml(l)}</text>`,
    )
    .join('')
  const lang = b.aspect.name.lang === texts.locale ? '' : ` xml:lang="${b.aspect.name.lang}"`
  return `<g${lang}><rect x="${fmt(b.x + 0.5)}" y="${fmt(y0 + b.y + 0.5)}" width="${fmt(b.width - 1)}" height="${fmt(b.height - 1)}" rx="4" fill="${C.block}" stroke="${C.blockLine}"/>${title}${b.chips.map((c) => chipSvg(c, y0, texts)).join('')}</g>`
}

function phaseSvg(p: PlacedPhase, y0: number, texts: SvgTexts): string {
  const badgeY = y0 + (p.headerHeight - M.badge) / 2
  const textX = p.x + M.phasePadding * 2 + M.badge
  const firstLine = y0 + p.headerHeight / 2 - ((p.titleLines.length - 1) * M.phaseTitleLine) / 2 + 5
  const title = p.titleLines
    .map(
      (l, i) =>
        `<text x="${fmt(textX)}" y="${fmt(firstLine + i * M.phaseTitleLine)}" font-size="${M.phaseTitleSize}" font-weight="700" fill="${C.phaseText}">${escapeHtml(l)}</text>`,
    )
    .join('')
  const lang = p.phase.name.lang === texts.locale ? '' : ` xml:lang="${p.phase.name.lang}"`
  return `<g${lang}><rect x="${fmt(p.x)}" y="${fmt(y0)}" width="${fmt(p.width)}" height="${fmt(p.headerHeight)}" rx="4" fill="${C.phase}"/><rect x="${fmt(p.x + M.phasePadding)}" y="${fmt(badgeY)}" width="${M.badge}" height="${M.badge}" rx="13" fill="${C.phaseText}"/><text x="${fmt(p.x + M.phasePadding + M.badge / 2)}" y="${fmt(badgeY + 18)}" font-size="${M.phaseTitleSize}" font-weight="700" text-anchor="middle" fill="${C.phase}">${escapeHtml(p.phase.id)}</text>${title}${p.blocks.map((b) => blockSvg(b, y0, texts)).join('')}</g>`
}

/** The legend: sample chips with their meaning, wrapped in lines of at most `width`. */
function legendSvg(y: number, width: number, texts: SvgTexts): { svg: string; height: number } {
  const items: { kind: 'lead' | 'other' | 'none' | 'unsure'; label: string }[] = [
    { kind: 'lead', label: texts.legend.lead },
    { kind: 'other', label: texts.legend.other },
  ]
  if (texts.legend.none !== undefined) {
    items.push({ kind: 'none', label: texts.legend.none })
  }
  if (texts.legend.unsure !== undefined) {
    items.push({ kind: 'unsure', label: `* ${texts.legend.unsure}` })
  }
  let x = 0
  let line = 0
  const out: string[] = []
  for (const item of items) {
    const sample = item.kind === 'unsure' ? 0 : 36
    const w = sample + textWidth(item.label, LABEL_SIZE)
    if (x > 0 && x + w > width) {
      x = 0
      line++
    }
    const top = y + line * LEGEND_LINE
    if (item.kind !== 'unsure') {
      const fill = item.kind === 'lead' ? C.lead : item.kind === 'none' ? C.none : C.chip
      const stroke = item.kind === 'lead' ? C.lead : item.kind === 'none' ? C.noneLine : C.chipLine
      const dash = item.kind === 'none' ? ' stroke-dasharray="3 2"' : ''
      out.push(
        `<rect x="${fmt(x + 0.5)}" y="${fmt(top + 0.5)}" width="27" height="${M.chipHeight - 1}" rx="3" fill="${fill}" stroke="${stroke}"${dash}/>`,
      )
    }
    out.push(
      `<text x="${fmt(x + sample)}" y="${fmt(top + M.chipBaseline)}" font-size="${LABEL_SIZE}" fill="${C.text}">${escapeHtml(item.label)}</text>`,
    )
    x += w + 24
  }
  return { svg: out.join(''), height: (line + 1) * LEGEND_LINE }
}

export function chartSvg(layout: ChartLayout, texts: SvgTexts): string {
  const legend = legendSvg(HEAD + layout.height + 14, layout.width, texts)
  const width = Math.ceil((layout.width + 2 * PAD) * layout.scale)
  const height = Math.ceil((HEAD + layout.height + 14 + legend.height + 2 * PAD) * layout.scale)
  const head =
    `<text x="0" y="20" font-size="18" font-weight="700" fill="${C.text}">${escapeHtml(texts.title)}</text>` +
    `<text x="0" y="40" font-size="${LABEL_SIZE}" fill="${C.text}">${escapeHtml(texts.subtitle)}</text>`
  const body = layout.phases.map((p) => phaseSvg(p, HEAD, texts)).join('')
  const transform = layout.scale === 1 ? `translate(${PAD} ${PAD})` : `scale(${layout.scale}) translate(${PAD} ${PAD})`
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${texts.locale}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}"><title>${escapeHtml(texts.title)}</title><rect width="100%" height="100%" fill="#ffffff"/><g transform="${transform}">${head}${body}${legend.svg}</g></svg>`
}
