// SPDX-License-Identifier: EUPL-1.2
// Turns id filters of list endpoints into the records they name, or a 400 that names the filter:
// an unknown id is a typo the client should hear about, not an empty list.
import type { Conditions } from '../../domain/facets.ts'
import { invalid } from '../errors.ts'
import type { Catalog } from '../../domain/catalog/index.ts'

export function categoryFacets(catalog: Catalog, id: string | undefined): Conditions | undefined {
  if (id === undefined) {
    return undefined
  }
  const category = catalog.byId('victimCategories', id)
  if (category === undefined) {
    throw invalid([{ path: 'category', message: `no victim category '${id}'; see /api/v1/victim-categories` }])
  }
  return category.facets
}

export function knownAspect(catalog: Catalog, id: string | undefined): string | undefined {
  if (id !== undefined && !catalog.has('aspects', id)) {
    throw invalid([{ path: 'aspect', message: `no aspect '${id}'; see /api/v1/aspects` }])
  }
  return id
}

/** A region id, or a municipality code standing for all of its regions. */
export function regionSet(catalog: Catalog, value: string | undefined): ReadonlySet<string> | undefined {
  if (value === undefined) {
    return undefined
  }
  if (catalog.has('regions', value)) {
    return new Set([value])
  }
  const municipality = catalog.routeIndex.municipalities.get(value.toUpperCase())
  if (municipality !== undefined) {
    return municipality.regionSet
  }
  throw invalid([
    { path: 'region', message: `no region or municipality '${value}'; give a region id or a CBS code such as GM0344` },
  ])
}
