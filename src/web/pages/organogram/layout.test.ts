// SPDX-License-Identifier: EUPL-1.2
// The chart geometry: column spans, blocks inside their column, chips inside their block, the
// focused phase over three columns, the print zoom; and the text measuring it relies on.
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildChart, type ChartEntry, type OrganogramChart } from './chart.ts'
import { CHART_WIDTH, FOCUS_COLUMNS, FOCUS_ZOOM, GRID_TRACKS, layoutChart, MIN_SPAN, printZoom } from './layout.ts'
import { chartSource } from './source.ts'
import { shorten, textWidth, wrap } from './text-width.ts'
import { FIXTURE_TODAY, fixtureDataset } from '../../../../test/helpers/fixture.ts'

const chart = (phase?: string): OrganogramChart =>
  buildChart(chartSource(buildCatalog(fixtureDataset()).on(FIXTURE_TODAY)), phase === undefined ? {} : { phase }, 'nl')

/** A chart with many parties per aspect, to exercise wrapping and the span choice. */
function crowded(perAspect: readonly number[]): OrganogramChart {
  const entry = (i: number): ChartEntry => ({
    id: `p${i}`,
    href: `/organisaties/p${i}`,
    label: `Organisatie ${i}`,
    fullName: `Organisatie ${i}`,
    lang: 'nl',
    roles: ['executes'],
    lead: i === 0,
    state: 'plain',
  })
  return {
    active: false,
    withRole: 0,
    phases: perAspect.map((n, p) => ({
      id: 'ABCD'[p] ?? 'A',
      name: { text: `Fase ${p}`, lang: 'nl' },
      aspects: [
        {
          id: `a${p}`,
          name: { text: 'Een aspect', lang: 'nl' },
          entries: Array.from({ length: n }, (_, i) => entry(i)),
        },
      ],
    })),
  }
}

describe('chart layout', () => {
  it('gives each phase at least MIN_SPAN of the grid tracks, all of them together', () => {
    const layout = layoutChart(chart())
    const spans = layout.phases.map((p) => p.span)
    expect(spans.reduce((a, b) => a + b, 0)).toBe(GRID_TRACKS)
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(MIN_SPAN)
    expect(layout.width).toBe(CHART_WIDTH)
    expect(layout.scale).toBe(1)
  })

  it('gives the crowded phase more tracks, so the tallest column is lower than with equal ones', () => {
    const layout = layoutChart(crowded([60, 5, 5, 5]))
    const [first, ...rest] = layout.phases.map((p) => p.span)
    expect(first).toBeGreaterThan(Math.max(...rest))
  })

  it('keeps blocks inside their column, chips inside their block, nothing overlapping', () => {
    const layout = layoutChart(crowded([40, 25, 12, 3]))
    let previousRight = -Infinity
    for (const phase of layout.phases) {
      expect(phase.x).toBeGreaterThan(previousRight)
      previousRight = phase.x + phase.width
      let previousBottom = phase.headerHeight
      for (const block of phase.blocks) {
        expect(block.x).toBe(phase.x)
        expect(block.width).toBe(phase.width)
        expect(block.y).toBeGreaterThan(previousBottom)
        previousBottom = block.y + block.height
        for (const [i, chip] of block.chips.entries()) {
          expect(chip.x).toBeGreaterThanOrEqual(block.x)
          expect(chip.x + chip.width).toBeLessThanOrEqual(block.x + block.width)
          expect(chip.y).toBeGreaterThan(block.y)
          expect(chip.y).toBeLessThan(block.y + block.height)
          const next = block.chips[i + 1]
          if (next !== undefined && next.y === chip.y) {
            expect(next.x).toBeGreaterThan(chip.x + chip.width)
          }
        }
      }
      expect(previousBottom).toBeLessThanOrEqual(layout.height)
    }
  })

  it('draws a single phase larger, its blocks in reading order over at most three columns', () => {
    const layout = layoutChart(chart('B'))
    expect(layout.scale).toBe(FOCUS_ZOOM)
    expect(layout.width * layout.scale).toBeCloseTo(CHART_WIDTH)
    const [phase] = layout.phases
    const columns = [...new Set(phase?.blocks.map((b) => b.x))]
    expect(columns.length).toBeLessThanOrEqual(FOCUS_COLUMNS)
    expect(columns).toEqual([...columns].sort((a, b) => a - b))
  })

  it('prints a chart that is too tall smaller, in steps of 5 %, never below 60 %', () => {
    expect(printZoom(layoutChart(chart()))).toBe(1)
    const tall = layoutChart(crowded([400, 400, 400, 400]))
    expect(printZoom(tall)).toBe(0.6)
    const zoom = printZoom({ ...tall, height: 1000 })
    expect(zoom).toBe(0.8)
  })
})

describe('text measuring', () => {
  it('measures wider text as wider, bold wider than regular, proportional to the size', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12))
    expect(textWidth('Politie', 12, true)).toBeGreaterThan(textWidth('Politie', 12))
    expect(textWidth('Politie', 24)).toBeCloseTo(2 * textWidth('Politie', 12))
    // A character outside the table counts as wide, never as nothing.
    expect(textWidth('中', 12)).toBeGreaterThan(textWidth('i', 12))
  })

  it('shortens to the width with "…", at a word end where one is close', () => {
    expect(shorten('Politie', 100, 12)).toBe('Politie')
    const cut = shorten('Meldpunt Uitbuiting Minderjarigen', 150, 12)
    expect(cut).toBe('Meldpunt Uitbuiting…')
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(150)
    expect(shorten('Donaudampfschifffahrtsgesellschaft', 80, 12).endsWith('…')).toBe(true)
  })

  it('wraps into lines that fit, the last of at most maxLines shortened', () => {
    const lines = wrap('Overleggen en advies bij een vermoeden van mensenhandel', 120, 13, true, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]?.endsWith('…')).toBe(true)
    for (const line of lines) {
      expect(textWidth(line, 13, true)).toBeLessThanOrEqual(120)
    }
  })
})
