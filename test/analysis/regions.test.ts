// SPDX-License-Identifier: EUPL-1.2
// Analysis per region on the national dataset in data/ (issue 20 item 9): no pair of regional parties
// whose areas do not meet, and one zorgcoördinatie region or RIEC with its own parties only.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { analyse, buildAnalysisIndex } from '../../src/domain/analysis/index.ts'
import { meet } from '../../src/domain/analysis/areas.ts'

describe('regions on the national dataset', () => {
  const { dataset } = loadDataset(fileURLToPath(new URL('../../data', import.meta.url)))
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
