// SPDX-License-Identifier: EUPL-1.2
// computeRoute reuses the work that depends only on asOf across requests (one plan per validity
// bucket). A route from a long-lived index, after routes for many other dates, must equal the
// route from a fresh index, for dates on and around every validFrom/validTo in the data.
import { describe, expect, it } from 'vitest'
import { buildRouteIndex, computeRoute, parseScenario } from '../../src/domain/route/index.ts'
import { fixtureDir, loadRouteData } from './route-data.ts'

const { dataset, index: shared } = loadRouteData(fixtureDir)

function dayBefore(d: string): string {
  const t = new Date(`${d}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() - 1)
  return t.toISOString().slice(0, 10)
}

const boundaries = new Set<string>()
for (const r of [
  ...dataset.phases,
  ...dataset.aspects,
  ...dataset.responsibilities,
  ...dataset.rights,
  ...dataset.parties,
  ...dataset.regions,
]) {
  for (const d of [r.validFrom, r.validTo]) {
    if (d !== undefined) {
      boundaries.add(d)
      boundaries.add(dayBefore(d))
    }
  }
}
// Interleave early and late dates so consecutive requests hit different buckets.
const sorted = [...boundaries, '1990-01-01', '2040-01-01'].sort()
const dates = sorted.flatMap((d, i) => [d, sorted[sorted.length - 1 - i] ?? d])

const inputs: Record<string, unknown>[] = [
  { exploitation: ['labour'] },
  { nationality: 'NG', residence: 'none', cooperation: 'reporting', exploitation: ['sexual'], municipality: 'GM0344' },
  { age: 16, nationality: 'NL', exploitation: ['sexual', 'criminal'], recruitment: 'loverboy' },
]

describe('route plans per validity bucket', () => {
  it('the fixture has dated records, so the check covers several buckets', () => {
    expect(boundaries.size).toBeGreaterThan(4)
  })

  it('a shared index gives the same route as a fresh one for every date', () => {
    for (const asOf of dates) {
      for (const input of inputs) {
        const parsed = parseScenario({ ...input, asOf }, { municipalities: shared.municipalities, today: '2025-01-01' })
        if (!parsed.ok) {
          throw new Error(JSON.stringify(parsed.errors))
        }
        expect(computeRoute(shared, parsed.scenario), `${asOf} ${JSON.stringify(input)}`).toStrictEqual(
          computeRoute(buildRouteIndex(dataset), parsed.scenario),
        )
      }
    }
  })
})
