// SPDX-License-Identifier: EUPL-1.2
// Analysis per region (issue 20 item 9): regional parties of different regions are no overlap, and
// a run for one region keeps only the parties that work there — on a small dataset and on data/.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { party, resp, skeleton } from '../../../test/helpers/analysis-dataset.ts'
import { loadDataset } from '../../data/dataset/load.ts'
import { analyse, buildAnalysisIndex, findingsOf } from './index.ts'
import { meet } from './areas.ts'

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

describe('regions on the national dataset', () => {
  const { dataset } = loadDataset(fileURLToPath(new URL('../../../data', import.meta.url)))
  const index = buildAnalysisIndex(dataset)
  const national = analyse(index, '2026-12-07').analysis

  it('flags no pair of regional parties whose areas do not meet (the shelters were flagged 20 times)', () => {
    const apart = national.findings.flatMap((f) =>
      f.unresolvedPairs.filter(
        ([p = '', q = '']) => !meet(index.areas.municipalitiesOf(p), index.areas.municipalitiesOf(q)),
      ),
    )
    expect(apart).toEqual([])
  })

  it('analyses one zorgcoördinatie region with its own parties only', () => {
    const utrecht = analyse(index, '2026-12-07', 'zorgcoordinatie-utrecht').analysis
    expect(utrecht.region?.municipalities).toBe(26)
    const ids = new Set(utrecht.findings.flatMap((f) => f.parties.map((p) => p.id)))
    expect(ids.has('moviera')).toBe(true)
    // HVO-Querido (Amsterdam, Noord-Holland) and Blijf Groep (Flevoland) work elsewhere.
    expect(ids.has('hvo-querido')).toBe(false)
    expect(ids.has('blijf-groep')).toBe(false)
    expect(utrecht.findings.every((f) => f.municipalities === undefined || f.municipalities <= 26)).toBe(true)
  })

  it('analyses a RIEC, whose area cuts across zorgcoördinatie regions', () => {
    const riec = analyse(index, '2026-12-07', 'riec-midden-nederland').analysis
    const zc = riec.findings.filter((f) => f.aspect.id === 'zorgcoordinatie')
    const total = (id: string) =>
      zc.filter((f) => f.parties.some((p) => p.id === id)).reduce((n, f) => n + (f.municipalities ?? 0), 0)
    // Utrecht (Moviera), Flevoland (Blijf Groep) and Gooi en Vechtstreek (HVO-Querido) lie in it.
    expect(total('moviera')).toBeGreaterThan(0)
    expect(total('blijf-groep')).toBeGreaterThan(0)
    expect(total('pmw-humanitas')).toBe(0)
    expect(riec.summary.municipalities).toBeLessThan(national.summary.municipalities)
  })
})
