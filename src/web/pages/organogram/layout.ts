// SPDX-License-Identifier: EUPL-1.2
// Geometry of the chart for the SVG/PNG downloads, and the column widths the page's CSS grid uses,
// so page and downloads share one layout: phases side by side as columns on a 24-track grid (each
// phase gets the number of tracks that keeps the tallest column lowest), aspects as blocks stacked in
// their phase, parties as chips flowing in lines. A single phase is drawn larger, in 3 columns.
// Text is measured with DejaVu Sans widths (text-width.ts); no layout engine is needed.
import type { ChartAspect, ChartEntry, ChartPhase, OrganogramChart } from './chart.ts'
import { chipText, LABEL_SIZE } from './chart.ts'
import { textWidth, wrap } from './text-width.ts'

/** Width of the drawing in px: the chart at full size fills a 1366 px wide screen. */
export const CHART_WIDTH = 1340
export const GRID_TRACKS = 24
export const MIN_SPAN = 4
/** A single (focused) phase is drawn this much larger, its aspect blocks in FOCUS_COLUMNS columns. */
export const FOCUS_ZOOM = 1.4
export const FOCUS_COLUMNS = 3

export const METRICS = {
  gap: 12,
  phaseTitleSize: 16,
  phaseTitleLine: 20,
  phasePadding: 6,
  badge: 26,
  aspectTitleSize: 13,
  aspectTitleLine: 17,
  blockPadTop: 5,
  blockPadX: 7,
  blockPadBottom: 7,
  blockGap: 6,
  titleGap: 3,
  chipHeight: 22,
  chipPadding: 5,
  chipGap: 4,
  chipBaseline: 15,
} as const

export interface PlacedChip {
  readonly entry: ChartEntry
  readonly x: number
  readonly y: number
  readonly width: number
}

export interface PlacedBlock {
  readonly aspect: ChartAspect
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly titleLines: readonly string[]
  readonly chips: readonly PlacedChip[]
}

export interface PlacedPhase {
  readonly phase: ChartPhase
  readonly x: number
  readonly width: number
  readonly titleLines: readonly string[]
  readonly headerHeight: number
  /** Grid tracks the phase spans (all-phases layout), or all of them when focused. */
  readonly span: number
  readonly blocks: readonly PlacedBlock[]
}

export interface ChartLayout {
  /** Size in layout units; the drawing is `scale` times larger. */
  readonly width: number
  readonly height: number
  readonly scale: number
  readonly phases: readonly PlacedPhase[]
}

const M = METRICS
const track = (width: number): number => (width - (GRID_TRACKS - 1) * M.gap) / GRID_TRACKS
const spanWidth = (width: number, span: number): number => span * track(width) + (span - 1) * M.gap

function chipWidth(e: ChartEntry): number {
  return Math.ceil(textWidth(chipText(e), LABEL_SIZE, e.lead) + 2 * M.chipPadding)
}

/** A block at (x, y) of the given width; chips flow left to right and wrap. */
function placeBlock(aspect: ChartAspect, x: number, y: number, width: number): PlacedBlock {
  const inner = width - 2 * M.blockPadX - 2
  const left = x + 1 + M.blockPadX
  const titleLines = wrap(aspect.name.text, inner, M.aspectTitleSize, true, 2)
  let cy = y + 1 + M.blockPadTop + titleLines.length * M.aspectTitleLine + M.titleGap
  let cx = left
  const chips: PlacedChip[] = []
  for (const entry of aspect.entries) {
    const w = Math.min(chipWidth(entry), inner)
    if (cx > left && cx + w > left + inner) {
      cx = left
      cy += M.chipHeight + M.chipGap
    }
    chips.push({ entry, x: cx, y: cy, width: w })
    cx += w + M.chipGap
  }
  const bottom = (aspect.entries.length === 0 ? cy - M.titleGap : cy + M.chipHeight) + M.blockPadBottom + 1
  return { aspect, x, y, width, height: bottom - y, titleLines, chips }
}

function phaseHeader(phase: ChartPhase, width: number): { lines: string[]; height: number } {
  const lines = wrap(phase.name.text, width - M.badge - 3 * M.phasePadding, M.phaseTitleSize, true, 2)
  return { lines, height: Math.max(M.badge, lines.length * M.phaseTitleLine) + 2 * M.phasePadding }
}

/** A phase as one column of stacked blocks. */
function placeColumn(phase: ChartPhase, x: number, width: number, span: number): PlacedPhase {
  const header = phaseHeader(phase, width)
  let y = header.height + M.blockGap
  const blocks = phase.aspects.map((a) => {
    const b = placeBlock(a, x, y, width)
    y += b.height + M.blockGap
    return b
  })
  return { phase, x, width, titleLines: header.lines, headerHeight: header.height, span, blocks }
}

const bottomOf = (p: PlacedPhase): number => {
  const last = p.blocks[p.blocks.length - 1]
  return last === undefined ? p.headerHeight : last.y + last.height
}

/** Every way to give `count` phases at least MIN_SPAN tracks each, GRID_TRACKS in total. */
function spanOptions(count: number): number[][] {
  if (count === 1) {
    return [[GRID_TRACKS]]
  }
  const out: number[][] = []
  const walk = (prefix: number[], left: number): void => {
    if (prefix.length === count - 1) {
      if (left >= MIN_SPAN) {
        out.push([...prefix, left])
      }
      return
    }
    for (let s = MIN_SPAN; s <= left - MIN_SPAN * (count - prefix.length - 1); s++) {
      walk([...prefix, s], left - s)
    }
  }
  walk([], GRID_TRACKS)
  return out.length === 0 ? [Array.from({ length: count }, () => Math.floor(GRID_TRACKS / count))] : out
}

function placeAll(phases: readonly ChartPhase[], width: number, spans: readonly number[]): PlacedPhase[] {
  let x = 0
  return phases.map((phase, i) => {
    const span = spans[i] ?? MIN_SPAN
    const w = spanWidth(width, span)
    const placed = placeColumn(phase, x, w, span)
    x += w + M.gap
    return placed
  })
}

/**
 * Phases side by side. A column's height depends only on its own width, so each phase is measured
 * once per possible span; then the spans that keep the tallest column lowest are chosen.
 */
function allPhases(phases: readonly ChartPhase[], width: number): ChartLayout {
  const maxSpan = GRID_TRACKS - MIN_SPAN * (phases.length - 1)
  const heights = phases.map((phase) => {
    const byspan = new Map<number, number>()
    for (let span = MIN_SPAN; span <= maxSpan; span++) {
      byspan.set(span, bottomOf(placeColumn(phase, 0, spanWidth(width, span), span)))
    }
    return byspan
  })
  let best: { spans: number[]; height: number; spread: number } | undefined
  for (const spans of spanOptions(phases.length)) {
    const height = Math.max(...spans.map((s, i) => heights[i]?.get(s) ?? 0))
    // On a tie, prefer even columns: they read as a grid.
    const spread = Math.max(...spans) - Math.min(...spans)
    if (best === undefined || height < best.height || (height === best.height && spread < best.spread)) {
      best = { spans, height, spread }
    }
  }
  const placed = placeAll(phases, width, best?.spans ?? [])
  return { width, height: Math.ceil(Math.max(0, ...placed.map(bottomOf))), scale: 1, phases: placed }
}

/**
 * One phase: its blocks in FOCUS_COLUMNS columns, in reading order (down, then across), split
 * where the tallest column is lowest, as CSS multi-column balancing does.
 */
function onePhase(phase: ChartPhase, width: number): ChartLayout {
  const header = phaseHeader(phase, width)
  const columnWidth = (width - (FOCUS_COLUMNS - 1) * M.gap) / FOCUS_COLUMNS
  const heights = phase.aspects.map((a) => placeBlock(a, 0, 0, columnWidth).height)
  // Smallest column height limit for which the blocks, in order, fit in FOCUS_COLUMNS columns.
  const fits = (limit: number): boolean => {
    let columns = 1
    let used = 0
    for (const h of heights) {
      const need = used === 0 ? h : used + M.blockGap + h
      if (need <= limit) {
        used = need
      } else {
        columns++
        used = h
      }
    }
    return columns <= FOCUS_COLUMNS
  }
  let limit = Math.max(0, ...heights)
  while (!fits(limit)) {
    limit++
  }
  const top = header.height + M.blockGap
  const blocks: PlacedBlock[] = []
  let column = 0
  let y = top
  phase.aspects.forEach((a, i) => {
    const h = heights[i] ?? 0
    if (y > top && y - top + h > limit) {
      column++
      y = top
    }
    const block = placeBlock(a, column * (columnWidth + M.gap), y, columnWidth)
    blocks.push(block)
    y += block.height + M.blockGap
  })
  const placed: PlacedPhase = {
    phase,
    x: 0,
    width,
    titleLines: header.lines,
    headerHeight: header.height,
    span: GRID_TRACKS,
    blocks,
  }
  return {
    width,
    height: Math.ceil(Math.max(header.height, ...blocks.map((b) => b.y + b.height))),
    scale: FOCUS_ZOOM,
    phases: [placed],
  }
}

export function layoutChart(chart: OrganogramChart, width = CHART_WIDTH): ChartLayout {
  const [only] = chart.phases
  return chart.phases.length === 1 && only !== undefined
    ? onePhase(only, width / FOCUS_ZOOM)
    : allPhases(chart.phases, width)
}

/** Chart height (px) that fits on one A3 landscape page below the title lines and above the legend. */
export const PRINT_HEIGHT = 840

/** The zoom, in steps of 0.05 and at least 0.6, at which the chart prints on one A3 landscape page. */
export function printZoom(layout: ChartLayout): number {
  const fit = Math.min(1, PRINT_HEIGHT / (layout.height * layout.scale))
  return Math.max(0.6, Math.floor(fit * 20 + 1e-9) / 20)
}
