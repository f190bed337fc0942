// SPDX-License-Identifier: EUPL-1.2
// The overlap and gap analysis on one date: evaluate every cell, group the cells into findings,
// merge them into compact scopes and count them per scenario slice.
import type { Analysis, FullAnalysis, Finding } from './analysis-schema.ts'
import type { AnalysisIndex } from './analysis-index.ts'
import { evaluateCells, type AnalysisRun } from './evaluate-cells.ts'
import {
  addToGroup,
  buildFinding,
  findingKey,
  isSharedDuty,
  sortFindings,
  sortFindingsByAspect,
  type CellGroup,
} from './findings.ts'
import { groupFindings } from './group-findings.ts'
import { CORE_SIZE } from './grid.ts'
import { buildHeatmap, sliceOfCore } from './heatmap.ts'
import { countSeverities, topFindings } from './severity.ts'

export interface AnalysisResult {
  readonly analysis: FullAnalysis
  /** The cell states behind it, for comparisons between dates. */
  readonly run: AnalysisRun
}

/** The analysis on a date, for the whole country or for one region (any region id in data/regions). */
export function analyse(index: AnalysisIndex, asOf: string, regionId?: string): AnalysisResult {
  const run = evaluateCells(index, asOf, regionId)
  const within = run.region?.municipalities
  const findings: Finding[] = []
  for (const a of run.aspects) {
    if (!a.active) {
      continue
    }
    const groups = new Map<string, CellGroup>()
    for (const cell of a.model.validCells) {
      const state = a.states[a.stateOf[cell] ?? -1]
      const label = state === undefined ? undefined : findingKey(state)
      if (state !== undefined && label !== undefined) {
        // Shared and not-shared cells never merge, nor do cells with and without a lead conflict, so
        // each finding has one severity.
        const mark = isSharedDuty(a.model, state) ? '#shared' : state.leadConflict ? '#lead' : ''
        addToGroup(groups, `${label.key}${mark}`, label.kind, cell, state)
      }
    }
    for (const group of groups.values()) {
      findings.push(buildFinding(index, a.model, group, within))
    }
  }
  const byAspect = sortFindingsByAspect(index, [...findings])
  const overlaps = byAspect.filter((f) => f.kind === 'overlap')
  const agreedOverlaps = byAspect.filter((f) => f.kind === 'agreed-overlap')
  const ranked = sortFindings(index, findings)
  const active = run.aspects.filter((a) => a.active)
  let combinations = 0
  for (let core = 0; core < CORE_SIZE; core++) {
    combinations += sliceOfCore(core) >= 0 ? 1 : 0
  }
  const heatmap = buildHeatmap(run)
  return {
    run,
    analysis: {
      asOf,
      view: 'all',
      ...(regionId === undefined
        ? {}
        : {
            region: {
              id: regionId,
              name: index.regionNames.get(regionId) ?? regionId,
              municipalities: within?.size ?? 0,
            },
          }),
      summary: {
        gaps: ranked.filter((f) => f.kind === 'gap').length,
        overlaps: overlaps.length,
        agreedOverlaps: agreedOverlaps.length,
        aspects: active.length,
        combinations,
        municipalities: within?.size ?? index.municipalityCount,
        regionalAspects: active.filter((a) => a.model.grid.regionClasses.length > 0).map((a) => a.model.aspect.id),
        sharedDutyOverlaps: overlaps.filter((f) => f.sharedDuty === true).length,
        severities: countSeverities(ranked),
      },
      findings: ranked,
      top: topFindings(ranked).map((f) => f.id),
      groups: {
        overlaps: groupFindings(overlaps, heatmap, 'overlaps'),
        agreedOverlaps: groupFindings(agreedOverlaps, heatmap, 'agreed'),
      },
      heatmap,
    },
  }
}

/** The top view: the counts and only the findings to act on first, without groups and heatmap. */
export function topView(a: Analysis): Analysis {
  const top = new Set(a.top)
  const { groups: _groups, heatmap: _heatmap, ...rest } = a
  return { ...rest, view: 'top', findings: a.findings.filter((f) => top.has(f.id)) }
}
