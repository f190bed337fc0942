// SPDX-License-Identifier: EUPL-1.2
// The catalogue over the fixture dataset: indexes built on first use and once, views on a date,
// relations and shared queries, memo slots that belong to one catalogue.
import { describe, expect, it } from 'vitest'
import { analysisIndexBuilds } from '../analysis/index.ts'
import { routeIndexBuilds } from '../route/index.ts'
import { buildCatalog, memoSlot } from './index.ts'
import { fixtureDataset } from '../../../test/helpers/fixture.ts'

const dataset = fixtureDataset()

describe('catalogue', () => {
  it('builds the route and analysis indexes on first use, once, the analysis over the same route index', () => {
    const routes = routeIndexBuilds()
    const analyses = analysisIndexBuilds()
    const catalog = buildCatalog(dataset, { version: 'v1' })
    expect(routeIndexBuilds() - routes).toBe(0)
    expect(catalog.analysisIndex.route).toBe(catalog.routeIndex)
    expect(catalog.analysis('2025-06-01')).toBe(catalog.analysis('2025-06-01'))
    expect(catalog.routeIndex).toBe(catalog.routeIndex)
    expect(routeIndexBuilds() - routes).toBe(1)
    expect(analysisIndexBuilds() - analyses).toBe(1)
  })

  it('answers lookups and relations over records of every date', () => {
    const catalog = buildCatalog(dataset)
    expect(catalog.byId('parties', 'inspectie-szw')?.successor).toBe('arbeidsinspectie')
    expect(catalog.byId('parties', 'nobody')).toBeUndefined()
    expect(catalog.predecessorsOf('arbeidsinspectie').map((p) => p.id)).toEqual(['inspectie-szw'])
    expect(catalog.responsibilitiesOfParty('inspectie-szw').map((r) => r.id)).toEqual(['inspectie-szw-opsporing'])
    expect(catalog.rolesOf('comensha').map((r) => `${r.phase.id}/${r.aspect.id}`)).toEqual(
      catalog
        .rolesOf('comensha')
        .map((r) => `${r.phase.id}/${r.aspect.id}`)
        .sort(),
    )
  })

  it('shows on a date only what is valid then', () => {
    const catalog = buildCatalog(dataset)
    const before = catalog.on('2021-06-01')
    const after = catalog.on('2025-06-01')
    expect(before.valid('parties').map((p) => p.id)).toContain('inspectie-szw')
    expect(after.valid('parties').map((p) => p.id)).not.toContain('inspectie-szw')
    expect(after.rolesOf('inspectie-szw')).toEqual([])
    expect(before.rolesOf('inspectie-szw').map((r) => r.responsibility.id)).toEqual(['inspectie-szw-opsporing'])
    expect(catalog.on('2025-06-01')).toBe(after)
    // IND's roles are bound to non-Dutch victims: they serve every fixture category but the two
    // Dutch ones; the police has a role without conditions and serves everyone.
    const dutch = ['nl-adult', 'nl-minor']
    expect(after.categoriesServedBy('ind')?.map((c) => c.id)).toEqual(
      dataset.victimCategories.map((c) => c.id).filter((id) => !dutch.includes(id)),
    )
    expect(after.categoriesServedBy('politie')).toBeUndefined()
  })

  it('keeps memo slots per catalogue: a new version starts empty', () => {
    const slot = memoSlot<{ n: number }>('test')
    const v1 = buildCatalog(dataset, { version: 'v1' })
    const v2 = buildCatalog(dataset, { version: 'v2' })
    const first = v1.memo(slot, () => ({ n: 1 }))
    expect(v1.memo(slot, () => ({ n: 2 }))).toBe(first)
    expect(v2.memo(slot, () => ({ n: 3 })).n).toBe(3)
  })
})
