// SPDX-License-Identifier: EUPL-1.2
// The route written from kept fragments is the route the response schema serialises whole: same
// JSON for every scenario, language and date, whether its fragments are new or reused, and in
// whatever order routes were written before (national data, so every kind of item occurs).
import { fileURLToPath } from 'node:url'
import fastJson from 'fast-json-stringify'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../../data/dataset/load.ts'
import { buildCatalog, type Catalog } from '../../../domain/catalog/index.ts'
import { computeRoute, parseContextOf, parseScenario, Route } from '../../../domain/route/index.ts'
import { localiseRoute } from '../../../messages/localise-route.ts'
import type { Locale } from '../../../messages/catalogue.ts'
import { routeJson } from './route-json.ts'

const DATA_DIR = fileURLToPath(new URL('../../../../data', import.meta.url))
const whole = fastJson(Route) as (route: unknown) => string

const SCENARIOS: readonly Record<string, unknown>[] = [
  { exploitation: ['sexual'] },
  { exploitation: ['sexual'], age: 17, municipality: 'GM0344' },
  { exploitation: ['labour'], nationality: 'RO', age: 34, gender: 'male', municipality: 'GM0599' },
  { exploitation: ['criminal'], age: 16, nationality: 'NL', recruitment: 'loverboy', municipality: 'GM0363' },
  { exploitation: ['sexual'], nationalityGroup: 'third-country', residence: 'asylum', gender: 'female' },
  { exploitation: ['labour', 'criminal'], nationality: 'PL', cooperation: 'reporting', municipality: 'GM0363' },
  { exploitation: ['sexual'], age: 15, unaccompanied: true, nationality: 'NG', municipality: 'GM0014' },
  { exploitation: ['organ-removal'], ageGroup: 'adult' },
  { exploitation: ['labour'], nationality: 'VN', residence: 'none', cooperation: 'undecided', municipality: 'GM0599' },
  // An old date: party names of then (Inspectie SZW), records since withdrawn.
  { exploitation: ['labour'], asOf: '2020-05-01', municipality: 'GM0344' },
  { exploitation: ['sexual', 'labour', 'criminal'], asOf: '2016-01-01' },
]

let catalog: Catalog
beforeAll(() => {
  const { dataset, problems } = loadDataset(DATA_DIR)
  expect(problems).toEqual([])
  catalog = buildCatalog(dataset)
})

function both(input: Record<string, unknown>, locale: Locale): { written: string; expected: unknown } {
  const index = catalog.routeIndex
  const parsed = parseScenario(input, parseContextOf(index, '2026-12-07'), { fromQuery: false })
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  const route = computeRoute(index, parsed.scenario)
  const written = routeJson(catalog, route, locale).toString('utf8')
  return {
    written,
    expected: JSON.parse(whole(localiseRoute(computeRoute(index, parsed.scenario), locale, catalog))),
  }
}

describe('routeJson', () => {
  it('writes the JSON the Route schema gives for the whole route, new fragments and kept ones alike', () => {
    const first = new Map<string, string>()
    // Twice over, forwards then backwards: the second pass reads every item from kept fragments.
    for (const pass of [SCENARIOS, [...SCENARIOS].reverse()]) {
      for (const locale of ['nl', 'en'] as const) {
        for (const input of pass) {
          const { written, expected } = both(input, locale)
          expect(JSON.parse(written), JSON.stringify(input)).toEqual(expected)
          const key = `${locale}:${JSON.stringify(input)}`
          expect(written, `same bytes again: ${key}`).toBe(first.get(key) ?? written)
          first.set(key, written)
        }
      }
    }
  })

  it('keeps the same route across municipalities apart (regional branches and reasons per municipality)', () => {
    const municipalities = [...catalog.routeIndex.municipalities.keys()].slice(0, 40)
    for (const municipality of municipalities) {
      const { written, expected } = both({ exploitation: ['sexual'], age: 16, municipality }, 'nl')
      expect(JSON.parse(written), municipality).toEqual(expected)
    }
  })

  it('tells kept item variants apart by their reasons, also once older variants were dropped', () => {
    // Each age has its own reason object: more variants per item than are kept, then the first again.
    for (const age of [...Array.from({ length: 17 }, (_, i) => i), 0]) {
      const { written, expected } = both({ exploitation: ['labour'], age }, 'nl')
      expect(JSON.parse(written), `age ${age}`).toEqual(expected)
    }
  })
})
