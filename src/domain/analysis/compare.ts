// SPDX-License-Identifier: EUPL-1.2
// What changed between two dates: gaps and overlaps that appeared or disappeared, compared cell by
// cell (both runs share the index's grids) and then merged and described like any finding.
import type { AnalysisComparison, Finding, FindingKind } from './analysis-schema.ts'
import type { AnalysisRun, AspectRun, CellState } from './evaluate-cells.ts'
import { addToGroup, buildFinding, findingKey, sortFindings, type CellGroup } from './findings.ts'

export function compareAnalyses(from: AnalysisRun, to: AnalysisRun): AnalysisComparison {
  if (from.index !== to.index) {
    throw new Error('compareAnalyses needs two runs over the same analysis index')
  }
  const index = from.index
  const out = {
    gapsAdded: [] as Finding[],
    gapsRemoved: [] as Finding[],
    overlapsAdded: [] as Finding[],
    overlapsRemoved: [] as Finding[],
  }
  index.aspects.forEach((model, i) => {
    const a = from.aspects[i]
    const b = to.aspects[i]
    if (a === undefined || b === undefined) {
      return
    }
    const added = new Map<string, CellGroup>()
    const removed = new Map<string, CellGroup>()
    for (const cell of model.validCells) {
      const sa = stateAt(a, cell)
      const sb = stateAt(b, cell)
      const ka = sa === undefined ? undefined : compareKey(sa)
      const kb = sb === undefined ? undefined : compareKey(sb)
      // Agreed overlaps are not problems: only gaps and unresolved overlaps are compared.
      const la = ka?.kind === 'agreed-overlap' ? undefined : ka
      const lb = kb?.kind === 'agreed-overlap' ? undefined : kb
      if (lb !== undefined && sb !== undefined && lb.key !== la?.key) {
        addToGroup(added, lb.key, lb.kind, cell, sb)
      }
      if (la !== undefined && sa !== undefined && la.key !== lb?.key) {
        addToGroup(removed, la.key, la.kind, cell, sa)
      }
    }
    for (const g of added.values()) {
      const f = buildFinding(index, model, g)
      ;(f.kind === 'gap' ? out.gapsAdded : out.overlapsAdded).push(f)
    }
    for (const g of removed.values()) {
      const f = buildFinding(index, model, g)
      ;(f.kind === 'gap' ? out.gapsRemoved : out.overlapsRemoved).push(f)
    }
  })
  return {
    from: from.asOf,
    to: to.asOf,
    gaps: { added: sortFindings(index, out.gapsAdded), removed: sortFindings(index, out.gapsRemoved) },
    overlaps: { added: sortFindings(index, out.overlapsAdded), removed: sortFindings(index, out.overlapsRemoved) },
  }
}

/** Like findingKey, but on current party ids: a renamed party is not a new overlap. */
function compareKey(state: CellState): { kind: FindingKind; key: string } | undefined {
  const k = findingKey(state)
  return k === undefined || k.kind === 'gap' ? k : { kind: k.kind, key: `${k.kind}:${state.currentParties.join('+')}` }
}

function stateAt(run: AspectRun, cell: number): CellState | undefined {
  return run.active ? run.states[run.stateOf[cell] ?? -1] : undefined
}
