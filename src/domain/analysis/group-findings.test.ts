// SPDX-License-Identifier: EUPL-1.2
// Grouping per aspect and the shared-duty mark, on the known-answer dataset: groups add reading aids
// without changing the flat findings, and `shared` on a required aspect marks, never removes.
import { describe, expect, it } from 'vitest'
import { knownDataset, party, resp } from '../../../test/helpers/analysis-dataset.ts'
import { analyse, buildAnalysisIndex, findingsOf } from './index.ts'

describe('finding groups', () => {
  const { analysis } = analyse(buildAnalysisIndex(knownDataset()), '2021-06-01')

  it('has one group per aspect, in organogram order, pointing at every finding once', () => {
    expect(analysis.groups.overlaps.map((g) => g.aspect.id)).toEqual([
      'opvang',
      'voogdij-jeugdbescherming',
      'zorgcoordinatie',
    ])
    const sorted = (ids: string[]) => [...ids].sort()
    expect(sorted(analysis.groups.overlaps.flatMap((g) => g.findingIds))).toEqual(
      sorted(findingsOf(analysis, 'overlap').map((f) => f.id)),
    )
    expect(analysis.groups.agreedOverlaps.flatMap((g) => g.findingIds)).toEqual(
      findingsOf(analysis, 'agreed-overlap').map((f) => f.id),
    )
  })

  it('counts parties and open pairs, and takes the combinations from the heatmap row', () => {
    const opvang = analysis.groups.overlaps[0]
    expect(opvang).toMatchObject({
      findings: 1,
      combinations: 4,
      sharedDuty: 0,
      parties: [
        { id: 'centrumgemeente-vo', findings: 1 },
        { id: 'comensha', findings: 1 },
      ],
      pairs: [{ parties: ['centrumgemeente-vo', 'comensha'], findings: 1 }],
      status: findingsOf(analysis, 'overlap').find((f) => f.aspect.id === 'opvang')?.status,
    })
    // Agreed overlaps list the pairs the agreement covers.
    expect(analysis.groups.agreedOverlaps[0]?.pairs).toEqual([
      { parties: ['arbeidsinspectie', 'politie'], findings: 1 },
    ])
  })

  it('ranks the pair that occurs in most findings first', () => {
    const base = knownDataset()
    const d = {
      ...base,
      responsibilities: [
        ...base.responsibilities,
        resp('gemeente-signaleren', 'gemeente', 'signaleren'),
        resp('kmar-signaleren', 'kmar', 'signaleren', { nationalityGroup: ['third-country'] }),
      ],
      parties: [...base.parties, party('gemeente'), party('kmar')],
    }
    const a = analyse(buildAnalysisIndex(d), '2021-06-01').analysis
    const signaleren = a.groups.overlaps.find((g) => g.aspect.id === 'signaleren')
    expect(signaleren?.findings).toBeGreaterThan(1)
    // gemeente + politie meet everywhere without an agreement; kmar only for third-country victims.
    expect(signaleren?.pairs[0]).toEqual({ parties: ['gemeente', 'politie'], findings: signaleren?.findings })
    expect(signaleren?.parties.map((p) => p.id).slice(0, 2)).toEqual(['gemeente', 'politie'])
  })
})

describe('shared duty', () => {
  it('marks overlaps under a shared required aspect as expected but keeps them in overlaps and the counts', () => {
    const base = knownDataset()
    const plain = {
      ...base,
      responsibilities: [...base.responsibilities, resp('zc-signaleren', 'zorgcoordinator', 'signaleren')],
    }
    const shared = {
      ...plain,
      requiredAspects: base.requiredAspects.map((r) => (r.id === 'signaleren-iedereen' ? { ...r, shared: true } : r)),
    }

    const without = analyse(buildAnalysisIndex(plain), '2021-06-01').analysis
    const withShared = analyse(buildAnalysisIndex(shared), '2021-06-01').analysis
    // Ids of shared findings carry a mark; without it the lists are the same.
    const ids = (fs: readonly { id: string }[]) => fs.map((f) => f.id.replace('#gedeeld', '')).sort()
    // Same findings, same kinds, same totals: the definition of an overlap does not change.
    expect(ids(findingsOf(withShared, 'overlap'))).toEqual(ids(findingsOf(without, 'overlap')))
    expect(withShared.summary.overlaps).toBe(without.summary.overlaps)
    expect(without.summary.sharedDutyOverlaps).toBe(0)
    const signaleren = findingsOf(withShared, 'overlap').filter((f) => f.aspect.id === 'signaleren')
    expect(signaleren.length).toBeGreaterThan(0)
    expect(signaleren.every((f) => f.sharedDuty === true && f.severity === 'expected')).toBe(true)
    expect(
      findingsOf(withShared, 'overlap')
        .filter((f) => f.aspect.id !== 'signaleren')
        .some((f) => f.sharedDuty === true),
    ).toBe(false)
    // Expected overlaps rank below every actionable finding and stay out of the top.
    const firstExpected = withShared.findings.findIndex((f) => f.severity === 'expected')
    expect(withShared.findings.slice(firstExpected).every((f) => ['expected', 'agreed'].includes(f.severity))).toBe(
      true,
    )
    expect(withShared.top.some((id) => id.includes('#gedeeld'))).toBe(false)
    expect(withShared.summary.severities.expected).toBe(signaleren.length)
    expect(withShared.summary.sharedDutyOverlaps).toBe(signaleren.length)
    expect(withShared.groups.overlaps.find((g) => g.aspect.id === 'signaleren')?.sharedDuty).toBe(signaleren.length)
  })
})
