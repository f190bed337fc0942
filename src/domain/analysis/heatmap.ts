// SPDX-License-Identifier: EUPL-1.2
// The heatmap: aspects × scenario slices, counting per cell the facet combinations with a gap, an
// unresolved overlap or an agreed overlap. Slices are groups of victims professionals recognise
// (their names are in the message catalogue, keyed by id).
import type { Heatmap } from './analysis-schema.ts'
import type { AnalysisRun } from './evaluate-cells.ts'
import { CORE_SIZE, coreValue } from './grid.ts'

export const SLICE_IDS = [
  'nl-minor',
  'nl-adult',
  'eu-minor',
  'eu-adult',
  'tc-minor-unaccompanied',
  'tc-minor-accompanied',
  'tc-adult-no-stay',
  'tc-adult-asylum',
  'tc-adult-lawful',
] as const
export type SliceId = (typeof SLICE_IDS)[number]

interface SliceDef {
  readonly id: SliceId
  matches(v: (f: 'ageGroup' | 'unaccompanied' | 'nationalityGroup' | 'residence') => string): boolean
}

const FOREIGN_NO_STAY = ['none', 'detained']
const FOREIGN_ASYLUM = ['asylum', 'dublin']

export const SLICES: readonly SliceDef[] = [
  {
    id: 'nl-minor',
    matches: (v) => v('nationalityGroup') === 'nl' && v('ageGroup') === 'minor',
  },
  {
    id: 'nl-adult',
    matches: (v) => v('nationalityGroup') === 'nl' && v('ageGroup') === 'adult',
  },
  {
    id: 'eu-minor',
    matches: (v) => v('nationalityGroup') === 'eu' && v('ageGroup') === 'minor',
  },
  {
    id: 'eu-adult',
    matches: (v) => v('nationalityGroup') === 'eu' && v('ageGroup') === 'adult',
  },
  {
    id: 'tc-minor-unaccompanied',
    matches: (v) => v('nationalityGroup') === 'third-country' && v('unaccompanied') === 'true',
  },
  {
    id: 'tc-minor-accompanied',
    matches: (v) =>
      v('nationalityGroup') === 'third-country' && v('ageGroup') === 'minor' && v('unaccompanied') === 'false',
  },
  {
    id: 'tc-adult-no-stay',
    matches: (v) =>
      v('nationalityGroup') === 'third-country' &&
      v('ageGroup') === 'adult' &&
      FOREIGN_NO_STAY.includes(v('residence')),
  },
  {
    id: 'tc-adult-asylum',
    matches: (v) =>
      v('nationalityGroup') === 'third-country' && v('ageGroup') === 'adult' && FOREIGN_ASYLUM.includes(v('residence')),
  },
  {
    id: 'tc-adult-lawful',
    matches: (v) =>
      v('nationalityGroup') === 'third-country' && v('ageGroup') === 'adult' && v('residence') === 'lawful',
  },
]

/** Slice index per core cell (-1 for impossible combinations). */
const SLICE_OF: Int32Array = (() => {
  const out = new Int32Array(CORE_SIZE).fill(-1)
  for (let core = 0; core < CORE_SIZE; core++) {
    const v = (f: 'ageGroup' | 'unaccompanied' | 'nationalityGroup' | 'residence'): string => coreValue(core, f)
    const possible =
      (v('nationalityGroup') === 'nl') === (v('residence') === 'not-applicable') &&
      !(v('ageGroup') === 'adult' && v('unaccompanied') === 'true')
    if (possible) {
      out[core] = SLICES.findIndex((s) => s.matches(v))
    }
  }
  return out
})()

export function sliceOfCore(core: number): number {
  return SLICE_OF[core] ?? -1
}

export function buildHeatmap(run: AnalysisRun): Heatmap {
  const combos = SLICES.map(() => 0)
  for (let core = 0; core < CORE_SIZE; core++) {
    const s = SLICE_OF[core] ?? -1
    if (s >= 0) {
      combos[s] = (combos[s] ?? 0) + 1
    }
  }
  const rows: Heatmap['rows'] = []
  for (const a of run.aspects) {
    if (!a.active) {
      continue
    }
    // A combination counts once per slice, however many municipalities or secondary facets share it.
    const marks = { gaps: new Set<number>(), overlaps: new Set<number>(), agreed: new Set<number>() }
    for (const cell of a.model.validCells) {
      const state = a.states[a.stateOf[cell] ?? -1]
      const core = a.model.grid.coreOf[cell] ?? 0
      if (state?.kind === 'gap') {
        marks.gaps.add(core)
      } else if (state?.kind === 'overlap') {
        marks.overlaps.add(core)
      } else if (state?.kind === 'agreed') {
        marks.agreed.add(core)
      }
    }
    const count = (set: Set<number>, slice: number): number => [...set].filter((c) => SLICE_OF[c] === slice).length
    rows.push({
      aspect: {
        id: a.model.aspect.id,
        name: a.model.aspect.name,
        phase: a.model.aspect.phase,
        ...(a.model.aspect.en === undefined ? {} : { en: a.model.aspect.en }),
      },
      cells: SLICES.map((s, i) => ({
        slice: s.id,
        gaps: count(marks.gaps, i),
        overlaps: count(marks.overlaps, i),
        agreed: count(marks.agreed, i),
      })),
    })
  }
  return {
    slices: SLICES.map((s, i) => ({ id: s.id, combinations: combos[i] ?? 0 })),
    rows,
  }
}
