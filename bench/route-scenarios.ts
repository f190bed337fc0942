// SPDX-License-Identifier: EUPL-1.2
// The route benches' scenarios, in one place so the load bench and the in-process route-json bench
// measure the same requests: eight realistic cases (the same eight as bench/api-route.bench.ts),
// the cycle over all 342 municipalities that makes every request new to the route caches (the
// routes kept per scenario; the templates per scenario and region set do recur, ADR 0040), and the
// cycle that also moves `asOf` a day per request, so that nothing is kept at all.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

export const MUNICIPALITIES: readonly string[] = readdirSync(join(ROOT, 'data/municipalities'))
  .filter((f) => /^GM\d{4}\.yaml$/.test(f))
  .map((f) => f.slice(0, 6))
  .sort()

export const SCENARIOS: readonly Record<string, unknown>[] = [
  { exploitation: ['sexual'], age: 17, municipality: 'GM0344' },
  { exploitation: ['labour'], nationality: 'RO', age: 34, gender: 'male' },
  { exploitation: ['criminal'], age: 16, nationality: 'NL', recruitment: 'loverboy' },
  { exploitation: ['sexual'], nationalityGroup: 'third-country', residence: 'asylum', gender: 'female' },
  { exploitation: ['labour', 'criminal'], nationality: 'PL', cooperation: 'reporting', municipality: 'GM0363' },
  { exploitation: ['sexual'], age: 15, unaccompanied: true, nationality: 'NG' },
  { exploitation: ['organ-removal'], ageGroup: 'adult' },
  { exploitation: ['labour'], nationality: 'VN', residence: 'none', cooperation: 'undecided', municipality: 'GM0599' },
]

/** The i-th request of the cycle: scenario i mod 8 in a new municipality every eight requests. */
export const withMunicipality = (i: number): Record<string, unknown> => ({
  ...SCENARIOS[i % SCENARIOS.length],
  municipality: MUNICIPALITIES[Math.floor(i / SCENARIOS.length) % MUNICIPALITIES.length],
})

/** Days before 2026-12-07 that `withNewScenario` sets `asOf` to (a prime, so it never falls in step with the municipalities). */
const DAYS = 997

/**
 * The i-th request of a cycle in which every request is new to every cache, the route templates per
 * scenario and region set included (route-template.ts): `withMunicipality` with `asOf` a different
 * day each time, so the route is computed and written afresh.
 */
export const withNewScenario = (i: number): Record<string, unknown> => {
  const day = new Date(Date.UTC(2026, 11, 7) - (Math.floor(i / SCENARIOS.length) % DAYS) * 86_400_000)
  return { ...withMunicipality(i), asOf: day.toISOString().slice(0, 10) }
}
