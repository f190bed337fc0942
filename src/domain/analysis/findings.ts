// SPDX-License-Identifier: EUPL-1.2
// Turns labelled cells into findings: cells with the same gap or overlap are merged into few facet
// cubes, each described by a message (code and params), with the parties, records and sources involved.
import type { Status } from '../common.ts'
import { weakestStatus } from './status.ts'
import type { Finding, FindingKind, Severity } from './analysis-schema.ts'
import type { AnalysisIndex, AspectModel } from './analysis-index.ts'
import { describeCube } from './describe-scope.ts'
import type { CellState } from './evaluate-cells.ts'
import { coverCells, normaliseCube } from './merge-cells.ts'
import { actionFor } from './actions.ts'
import { rankFindings, severityOf } from './severity.ts'

/** The cells of one finding, with the cell states they came from (for parties and records). */
export interface CellGroup {
  readonly kind: FindingKind
  readonly cells: number[]
  readonly states: Set<CellState>
}

/** Key that keeps apart findings that must not be merged: same kind, same parties, same open pairs. */
export function findingKey(state: CellState): { kind: FindingKind; key: string } | undefined {
  switch (state.kind) {
    case 'gap':
      return { kind: 'gap', key: 'gap' }
    case 'overlap':
      return {
        kind: 'overlap',
        key: `overlap:${state.parties.join('+')}#${state.unresolvedPairs.map((p) => p.join('+')).join(',')}`,
      }
    case 'agreed':
      return { kind: 'agreed-overlap', key: `agreed-overlap:${state.parties.join('+')}#${state.agreements.join(',')}` }
    default:
      return undefined
  }
}

export function addToGroup(
  groups: Map<string, CellGroup>,
  key: string,
  kind: FindingKind,
  cell: number,
  state: CellState,
): void {
  let g = groups.get(key)
  if (g === undefined) {
    g = { kind, cells: [], states: new Set() }
    groups.set(key, g)
  }
  g.cells.push(cell)
  g.states.add(state)
}

/** True when a required aspect marked shared applies to the cell: several parties are expected there. */
export function isSharedDuty(model: AspectModel, state: CellState): boolean {
  return state.required.some((id) => model.required.some((r) => r.record.id === id && r.record.shared === true))
}

export function buildFinding(
  index: AnalysisIndex,
  model: AspectModel,
  group: CellGroup,
  within?: ReadonlySet<string>,
): Finding {
  const { grid } = model
  const cubes = coverCells(grid, group.cells).map((c) => normaliseCube(grid, c))
  const scopes = cubes.map((c) => describeCube({ grid, regionNames: index.regionNames }, c))
  const states = [...group.states]
  const union = (pick: (s: CellState) => readonly string[]): string[] => [...new Set(states.flatMap(pick))].sort()
  const partyIds = group.kind === 'gap' ? [] : [...(states[0]?.parties ?? [])]
  const responsibilities = union((s) => s.responsibilities)
  const requiredAspects = union((s) => s.required)
  const agreements = union((s) => s.agreements)
  const pairs = group.kind === 'overlap' ? (states[0]?.unresolvedPairs ?? []).map((p) => [p[0], p[1]]) : []

  const records: { status: Status; sources: readonly string[] }[] = [
    ...model.players.filter((p) => responsibilities.includes(p.record.id)).map((p) => p.record),
    ...model.required.filter((r) => requiredAspects.includes(r.record.id)).map((r) => r.record),
    ...model.agreements.filter((a) => agreements.includes(a.record.id)).map((a) => a.record),
  ]
  const core = new Set<number>()
  const municipalities = new Set<string>()
  const regionDim = grid.dims.findIndex((d) => d.facet === 'region')
  for (const cell of group.cells) {
    core.add(grid.coreOf[cell] ?? 0)
    if (regionDim >= 0) {
      const cls = grid.regionClasses[Math.floor(cell / (grid.strides[regionDim] ?? 1)) % (grid.sizes[regionDim] ?? 1)]
      for (const m of cls?.municipalities ?? []) {
        if (within === undefined || within.has(m)) {
          municipalities.add(m)
        }
      }
    }
  }
  const sharedDuty = group.kind !== 'gap' && states.every((s) => isSharedDuty(model, s))
  const leadConflict = group.kind === 'overlap' && states.every((s) => s.leadConflict)
  const severity = severityOf(group.kind, sharedDuty, leadConflict)
  const leads = group.kind === 'gap' ? [] : [...(states[0]?.leads ?? [])]
  const aspect = {
    id: model.aspect.id,
    name: model.aspect.name,
    phase: model.aspect.phase,
    ...(model.aspect.en === undefined ? {} : { en: model.aspect.en }),
  }
  const parties = partyIds.map((id) => {
    const p = index.route.parties.get(id)
    return { id, name: p?.name ?? id, ...(p?.shortName === undefined ? {} : { shortName: p.shortName }) }
  })
  const partyName = (id: string): string => {
    const p = parties.find((x) => x.id === id)
    return p === undefined ? id : (p.shortName ?? p.name)
  }
  const action = actionFor(severity, { aspect, unresolvedPairs: pairs, leads, agreements, partyName })
  return {
    // The same parties can be a lead conflict in some cells and not in others: the mark keeps ids unique.
    id: `${group.kind}/${model.aspect.id}${partyIds.length === 0 ? '' : `/${partyIds.join('+')}`}${ID_MARK[severity]}`,
    kind: group.kind,
    aspect,
    scopes,
    parties,
    unresolvedPairs: pairs,
    responsibilities,
    requiredAspects,
    agreements,
    sources: [...new Set(records.flatMap((r) => r.sources))].sort(),
    status: weakestStatus(records.map((r) => r.status)),
    combinations: core.size,
    ...(regionDim >= 0 ? { municipalities: municipalities.size } : {}),
    ...(sharedDuty ? { sharedDuty: true } : {}),
    leads,
    severity,
    action,
  }
}

const ID_MARK: Readonly<Record<Severity, string>> = {
  gap: '',
  'lead-conflict': '#regie',
  'executor-overlap': '',
  expected: '#gedeeld',
  agreed: '',
}

const KIND_ORDER: Readonly<Record<FindingKind, number>> = { gap: 0, overlap: 1, 'agreed-overlap': 2 }

function organogramOrder(index: AnalysisIndex): Map<string, number> {
  return new Map(index.aspects.map((m, i) => [m.aspect.id, i]))
}

/** Findings in organogram order: phase, aspect, kind, then the widest first (for per-aspect views). */
export function sortFindingsByAspect(index: AnalysisIndex, findings: Finding[]): Finding[] {
  const order = organogramOrder(index)
  return findings.sort(
    (a, b) =>
      (order.get(a.aspect.id) ?? 0) - (order.get(b.aspect.id) ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.combinations - a.combinations ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** Findings most severe first (severity.ts has the rule). */
export function sortFindings(index: AnalysisIndex, findings: Finding[]): Finding[] {
  return rankFindings(findings, organogramOrder(index), index.municipalityCount)
}
