// SPDX-License-Identifier: EUPL-1.2
// The severity rule and the ranking (ADR 0022): each severity built from a small dataset, the order
// they come in, the top view, and the invariants on the real dataset in data/.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { agreement, party, required, resp, skeleton } from '../helpers/analysis-dataset.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import {
  SEVERITIES,
  analyse,
  buildAnalysisIndex,
  severityRank,
  topFindings,
  type Finding,
} from '../../src/domain/analysis/index.ts'
import { actionText } from '../../src/messages/localise-analysis.ts'

const lead = { roleType: 'lead' as const }

/** One finding of each severity, on aspects of different phases. */
function everySeverity() {
  const d = skeleton()
  d.aspects = [
    ...d.aspects,
    { id: 'melden', phase: 'A', name: 'Melden', description: 'x', order: 2, status: 'derived', sources: ['test-bron'] },
  ]
  d.parties = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => party(id))
  d.requiredAspects = [
    required('vereist-voogdij', 'voogdij-jeugdbescherming', {}),
    required('signaleren-gedeeld', 'signaleren', {}, { shared: true }),
  ]
  d.responsibilities = [
    // Two leads, no agreement: a lead conflict (and c executes beside them).
    resp('a-opvang', 'a', 'opvang', {}, lead),
    resp('b-opvang', 'b', 'opvang', {}, lead),
    resp('c-opvang', 'c', 'opvang'),
    // One lead and one executor: an overlap in execution, not a lead conflict.
    resp('d-zc', 'd', 'zorgcoordinatie', {}, lead),
    resp('e-zc', 'e', 'zorgcoordinatie'),
    // Two leads on a shared task: expected.
    resp('f-sig', 'f', 'signaleren', {}, lead),
    resp('g-sig', 'g', 'signaleren', {}, lead),
    // Two leads with an agreement: agreed.
    resp('h-sig', 'h', 'melden', {}, lead),
    resp('i-sig', 'i', 'melden', {}, lead),
  ]
  d.agreements = [agreement('h-i', 'melden', ['h', 'i'], {})]
  return d
}

describe('severity', () => {
  const a = analyse(buildAnalysisIndex(everySeverity()), '2024-01-01').analysis
  const byAspect = (id: string) => a.findings.find((f) => f.aspect.id === id)

  it('follows the rule: gap > lead conflict > overlap in execution > expected > agreed', () => {
    expect(byAspect('voogdij-jeugdbescherming')?.severity).toBe('gap')
    expect(byAspect('opvang')?.severity).toBe('lead-conflict')
    expect(byAspect('opvang')?.leads).toEqual(['a', 'b'])
    expect(byAspect('zorgcoordinatie')?.severity).toBe('executor-overlap')
    expect(byAspect('signaleren')?.severity).toBe('expected')
    expect(byAspect('melden')?.severity).toBe('agreed')
    expect(a.findings.map((f) => f.severity)).toEqual([...SEVERITIES])
    expect(a.summary.severities).toEqual({
      gap: 1,
      'lead-conflict': 1,
      'executor-overlap': 1,
      expected: 1,
      agreed: 1,
    })
  })

  it('gives each finding a concrete action naming who must agree on what', () => {
    const finding = byAspect('opvang')
    const opvang = finding?.action
    expect(opvang).toEqual({
      code: 'analysis.action.agree-lead',
      params: { aspect: 'opvang', parties: ['a', 'b'], partyNames: ['Partij a', 'Partij b'] },
    })
    // The aspect travels as its id; the edge words it from the finding's aspect.
    expect(finding === undefined ? '' : actionText(finding, 'nl')).toBe(
      'Leg een rolafspraak vast tussen Partij a en Partij b over wie de regie heeft bij ‘Opvang’.',
    )
    expect(finding === undefined ? '' : actionText(finding, 'en')).toBe(
      'Record a role agreement between Partij a and Partij b on who leads ‘Opvang’.',
    )
    const zc = byAspect('zorgcoordinatie')
    expect(zc === undefined ? '' : actionText(zc, 'nl')).toBe(
      'Leg een rolafspraak vast tussen Partij d en Partij e over ‘Zorgcoördinatie’.',
    )
    expect(byAspect('voogdij-jeugdbescherming')?.action.code).toBe('analysis.action.assign')
    expect(byAspect('signaleren')?.action.code).toBe('analysis.action.shared')
    expect(byAspect('melden')?.action.params.agreements).toEqual(['h-i'])
  })

  it('puts only actionable findings in the top', () => {
    expect(a.top).toEqual([
      byAspect('voogdij-jeugdbescherming')?.id,
      byAspect('opvang')?.id,
      byAspect('zorgcoordinatie')?.id,
    ])
  })

  it('does not call two leads a conflict when an agreement covers them but a third executor is open', () => {
    const d = everySeverity()
    d.agreements = [...d.agreements, agreement('a-b', 'opvang', ['a', 'b'], {})]
    const f = analyse(buildAnalysisIndex(d), '2024-01-01').analysis.findings.find((x) => x.aspect.id === 'opvang')
    expect(f?.severity).toBe('executor-overlap')
    expect(f?.action.params.parties).toEqual(['a', 'c', 'b'])
  })
})

describe('top view', () => {
  const finding = (id: string, aspect: string, severity: Finding['severity']) =>
    ({ id, aspect: { id: aspect }, severity }) as Finding

  it('takes at most two per aspect and never an expected or agreed overlap', () => {
    const ranked = [
      finding('1', 'x', 'gap'),
      finding('2', 'x', 'lead-conflict'),
      finding('3', 'x', 'lead-conflict'),
      finding('4', 'y', 'executor-overlap'),
      finding('5', 'z', 'expected'),
      finding('6', 'z', 'agreed'),
    ]
    expect(topFindings(ranked, 10, 2).map((f) => f.id)).toEqual(['1', '2', '4'])
    expect(topFindings(ranked, 2, 2).map((f) => f.id)).toEqual(['1', '2'])
  })
})

describe('ranking on the real dataset', () => {
  const { dataset } = loadDataset(fileURLToPath(new URL('../../data', import.meta.url)))
  const a = analyse(buildAnalysisIndex(dataset), '2026-12-07').analysis

  it('sorts every finding by severity and ranks no expected or agreed overlap above a gap or lead conflict', () => {
    const ranks = a.findings.map((f) => severityRank(f.severity))
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
    const lastSerious = a.findings.findLastIndex((f) => f.severity === 'gap' || f.severity === 'lead-conflict')
    const firstExpected = a.findings.findIndex((f) => f.severity === 'expected' || f.severity === 'agreed')
    expect(firstExpected).toBeGreaterThan(lastSerious)
    // Signalling is the shared task in the data: every one of its overlaps is expected.
    const signaleren = a.findings.filter((f) => f.aspect.id === 'signaleren' && f.kind === 'overlap')
    expect(signaleren.length).toBeGreaterThan(0)
    expect(signaleren.every((f) => f.severity === 'expected')).toBe(true)
  })

  it('has a top of at most ten actionable findings, each with an action naming parties or a service to appoint', () => {
    expect(a.top.length).toBeGreaterThan(0)
    expect(a.top.length).toBeLessThanOrEqual(10)
    const byId = new Map(a.findings.map((f) => [f.id, f]))
    for (const id of a.top) {
      const f = byId.get(id)
      expect(['gap', 'lead-conflict', 'executor-overlap']).toContain(f?.severity)
      expect(f === undefined ? '' : actionText(f, 'nl')).toMatch(
        /^(Wijs een partij aan|Leg een rolafspraak vast tussen .+ en .+ over)/,
      )
    }
    expect(new Set(a.findings.map((f) => f.id)).size).toBe(a.findings.length)
  })
})
