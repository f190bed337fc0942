// SPDX-License-Identifier: EUPL-1.2
// Analysis per region (issue 20 item 9): regional parties of different regions are no overlap, and
// a run for one region keeps only the parties that work there (on data/: test/analysis/regions.test.ts).
import { describe, expect, it } from 'vitest'
import { party, resp, skeleton } from '../../../test/helpers/analysis-dataset.ts'
import { analyse, buildAnalysisIndex, findingsOf } from './index.ts'

/** A shelter in Twente, one elsewhere, and the national police, all sheltering everyone. */
function twoRegions() {
  const d = skeleton()
  d.parties = [
    party('opvang-twente', { level: 'regional' }),
    party('opvang-elders', { level: 'regional' }),
    party('politie'),
  ]
  d.regions = d.regions.map((r) =>
    r.id === 'zc-twente'
      ? { ...r, parties: ['opvang-twente'] }
      : r.id === 'zc-elders'
        ? { ...r, parties: ['opvang-elders'] }
        : r,
  )
  d.responsibilities = [
    resp('t', 'opvang-twente', 'opvang'),
    resp('e', 'opvang-elders', 'opvang'),
    resp('p', 'politie', 'opvang'),
  ]
  return d
}

describe('regional parties', () => {
  const index = buildAnalysisIndex(twoRegions())

  it('are no pair when their regions differ, nationally', () => {
    const [overlap, ...rest] = findingsOf(analyse(index, '2024-01-01').analysis, 'overlap')
    expect(rest).toEqual([])
    // All three shelter the same victims somewhere, but the two shelters never in the same place.
    expect(overlap?.parties.map((p) => p.id)).toEqual(['opvang-elders', 'opvang-twente', 'politie'])
    expect(overlap?.unresolvedPairs).toEqual([
      ['opvang-elders', 'politie'],
      ['opvang-twente', 'politie'],
    ])
  })

  it('are not an overlap at all when they are the only ones', () => {
    const d = twoRegions()
    d.responsibilities = d.responsibilities.filter((r) => r.party !== 'politie')
    expect(analyse(buildAnalysisIndex(d), '2024-01-01').analysis.findings).toEqual([])
  })

  it('drop out of the analysis of another region', () => {
    const a = analyse(index, '2024-01-01', 'zc-twente').analysis
    expect(a.region).toEqual({ id: 'zc-twente', name: 'Zorgcoördinatie Twente', municipalities: 2 })
    expect(a.summary.municipalities).toBe(2)
    expect(findingsOf(a, 'overlap').map((f) => f.parties.map((p) => p.id))).toEqual([['opvang-twente', 'politie']])
  })

  it('count only the municipalities of the region in a regional finding', () => {
    const d = twoRegions()
    d.responsibilities = [
      ...d.responsibilities,
      resp('z', 'politie', 'zorgcoordinatie', { regions: ['zc-twente'] }),
      resp('z2', 'opvang-twente', 'zorgcoordinatie'),
    ]
    const a = analyse(buildAnalysisIndex(d), '2024-01-01', 'zc-twente').analysis
    const zc = findingsOf(a, 'overlap').find((f) => f.aspect.id === 'zorgcoordinatie')
    expect(zc?.municipalities).toBe(2)
    expect(zc?.parties.map((p) => p.id)).toEqual(['opvang-twente', 'politie'])
    expect(
      analyse(buildAnalysisIndex(d), '2024-01-01', 'zc-elders').analysis.findings.some(
        (f) => f.aspect.id === 'zorgcoordinatie',
      ),
    ).toBe(false)
  })
})
