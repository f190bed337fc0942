// SPDX-License-Identifier: EUPL-1.2
// A route from the template of its scenario and region set is byte for byte the route computed and
// written for its own municipality: for every municipality, in both languages, on an old date, for
// a reader, without a municipality, and for names that JSON has to escape (national data).
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../../data/dataset/load.ts'
import type { Dataset } from '../../../domain/entities.ts'
import { buildCatalog, type Catalog } from '../../../domain/catalog/index.ts'
import { computeRoute, parseContextOf, parseScenario, type Scenario } from '../../../domain/route/index.ts'
import type { Locale } from '../../../messages/catalogue.ts'
import { routeJson } from './route-json.ts'
import { templatedRoute } from './route-template.ts'

const DATA_DIR = fileURLToPath(new URL('../../../../data', import.meta.url))

let dataset: Dataset
let catalog: Catalog
beforeAll(() => {
  const loaded = loadDataset(DATA_DIR)
  expect(loaded.problems).toEqual([])
  dataset = loaded.dataset
  catalog = buildCatalog(dataset)
})

function scenarioOf(c: Catalog, input: Record<string, unknown>): Scenario {
  const index = c.routeIndex
  const parsed = parseScenario(input, parseContextOf(index, '2026-12-07'), { fromQuery: false })
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  return parsed.scenario
}

/**
 * The template's bytes and the bytes written for the municipality itself. Asked twice: a template
 * is made the second time a scenario and region set are asked (the first is written directly).
 */
function both(c: Catalog, input: Record<string, unknown>, locale: Locale): [string, string] {
  const scenario = scenarioOf(c, input)
  templatedRoute(c, scenario, locale)
  return [
    templatedRoute(c, scenario, locale).join().toString('utf8'),
    routeJson(c, computeRoute(c.routeIndex, scenario), locale).toString('utf8'),
  ]
}

const municipalities = (): string[] => [...catalog.routeIndex.municipalities.keys()]

describe('templatedRoute', () => {
  it('gives every municipality the route written for it, in Dutch and in English', () => {
    const cases: [Record<string, unknown>, Locale, number][] = [
      [{ exploitation: ['sexual'], age: 17 }, 'nl', 1],
      [{ exploitation: ['sexual'], age: 15, unaccompanied: true, nationality: 'NG' }, 'en', 3],
    ]
    let regional = 0
    for (const [input, locale, step] of cases) {
      for (const municipality of municipalities().filter((_, i) => i % step === 0)) {
        const [fromTemplate, own] = both(catalog, { ...input, municipality }, locale)
        expect(fromTemplate, `${municipality} ${locale}`).toBe(own)
        const name = catalog.routeIndex.municipalities.get(municipality)?.record.name ?? ''
        regional += fromTemplate.includes(`gemeente ${name} `) || fromTemplate.includes(`municipality ${name} `) ? 1 : 0
      }
    }
    // The municipality's name stands in region reasons: the marks were found and filled.
    expect(regional).toBeGreaterThan(150)
  })

  it('keeps to the scenario: dates, readers, open facets and no municipality', () => {
    const inputs: Record<string, unknown>[] = [
      { exploitation: ['labour'], asOf: '2020-05-01' },
      { exploitation: ['sexual', 'labour', 'criminal'], asOf: '2016-01-01' },
      { exploitation: ['sexual'], age: 16, asker: 'education' },
      { exploitation: ['labour'], nationality: 'VN', residence: 'none', cooperation: 'undecided' },
      { exploitation: ['organ-removal'], ageGroup: 'adult' },
    ]
    const some = municipalities().filter((_, i) => i % 31 === 0)
    for (const input of inputs) {
      for (const locale of ['nl', 'en'] as const) {
        for (const municipality of [undefined, ...some]) {
          const [fromTemplate, own] = both(catalog, { ...input, municipality }, locale)
          expect(fromTemplate, `${JSON.stringify(input)} ${municipality} ${locale}`).toBe(own)
        }
      }
    }
  })

  it('writes names that JSON must escape as JSON does', () => {
    const odd = 'Quote"Back\\slash\ttab'
    const changed = buildCatalog({
      ...dataset,
      municipalities: dataset.municipalities.map((m, i) => (i === 0 ? { ...m, name: odd } : m)),
    })
    const code = dataset.municipalities[0]?.id
    const [fromTemplate, own] = both(changed, { exploitation: ['sexual'], age: 17, municipality: code }, 'nl')
    expect(fromTemplate).toBe(own)
    expect(fromTemplate).toContain(JSON.stringify(odd).slice(1, -1))
    expect(() => JSON.parse(fromTemplate) as unknown).not.toThrow()
  })

  it('writes each route itself when a dataset text holds the character of the marks', () => {
    const marked = buildCatalog({
      ...dataset,
      parties: dataset.parties.map((p) => (p.id === 'politie' ? { ...p, name: `${p.name} \uE000gemeente\uE000` } : p)),
    })
    for (const m of dataset.municipalities.slice(0, 3)) {
      const [fromTemplate, own] = both(marked, { exploitation: ['sexual'], age: 17, municipality: m.id }, 'nl')
      expect(fromTemplate).toBe(own)
    }
  })
})
