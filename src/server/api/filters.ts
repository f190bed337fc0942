// SPDX-License-Identifier: EUPL-1.2
// Turns id filters of list endpoints into the records they name, or a 400 that names the filter:
// an unknown id is a typo the client should hear about, not an empty list.
import type { Conditions } from '../../domain/facets.ts'
import { invalid } from '../errors.ts'
import type { ApiIndex } from './api-index.ts'

export function categoryFacets(index: ApiIndex, id: string | undefined): Conditions | undefined {
  if (id === undefined) {
    return undefined
  }
  const category = index.victimCategories.get(id)
  if (category === undefined) {
    throw invalid([{ path: 'category', message: `no victim category '${id}'; see /api/v1/victim-categories` }])
  }
  return category.facets
}

export function knownAspect(index: ApiIndex, id: string | undefined): string | undefined {
  if (id !== undefined && !index.aspects.has(id)) {
    throw invalid([{ path: 'aspect', message: `no aspect '${id}'; see /api/v1/aspects` }])
  }
  return id
}

/** A region id, or a municipality code standing for all of its regions. */
export function regionSet(index: ApiIndex, value: string | undefined): ReadonlySet<string> | undefined {
  if (value === undefined) {
    return undefined
  }
  if (index.regions.has(value)) {
    return new Set([value])
  }
  const municipality = index.route.municipalities.get(value.toUpperCase())
  if (municipality !== undefined) {
    return municipality.regionSet
  }
  throw invalid([
    { path: 'region', message: `no region or municipality '${value}'; give a region id or a CBS code such as GM0344` },
  ])
}
