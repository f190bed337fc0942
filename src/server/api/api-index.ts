// SPDX-License-Identifier: EUPL-1.2
// Lookups the API needs on every request, built once per dataset object (a re-import swaps the
// dataset, so a WeakMap keyed by it drops stale indexes by itself).
import type { Dataset, EntityRecord } from '../../domain/entities.ts'
import type { Party } from '../../domain/party.ts'
import type { Responsibility } from '../../domain/responsibility.ts'
import { buildRouteIndex, type RouteIndex } from '../../domain/route/index.ts'

type ById<K extends keyof Dataset> = ReadonlyMap<string, EntityRecord<K>>

export interface ApiIndex {
  readonly dataset: Dataset
  readonly route: RouteIndex
  readonly parties: ById<'parties'>
  readonly phases: ById<'phases'>
  readonly aspects: ById<'aspects'>
  readonly responsibilities: ById<'responsibilities'>
  readonly rights: ById<'rights'>
  readonly indicators: ById<'indicators'>
  readonly sources: ById<'sources'>
  readonly regions: ById<'regions'>
  readonly municipalities: ById<'municipalities'>
  readonly victimCategories: ById<'victimCategories'>
  readonly exploitationForms: ById<'exploitationForms'>
  readonly responsibilitiesByParty: ReadonlyMap<string, readonly Responsibility[]>
  readonly responsibilitiesByAspect: ReadonlyMap<string, readonly Responsibility[]>
  /** Parties that serve a region: listed by the region, or with a responsibility bound to it. */
  readonly partiesByRegion: ReadonlyMap<string, ReadonlySet<string>>
  /** Regions that list a party. */
  readonly regionsByParty: ReadonlyMap<string, readonly string[]>
  /** Parties whose successor is the key. */
  readonly predecessors: ReadonlyMap<string, readonly Party[]>
  readonly children: ReadonlyMap<string, readonly Party[]>
}

function byId<K extends keyof Dataset>(key: K, dataset: Dataset): ReadonlyMap<string, EntityRecord<K>> {
  return new Map((dataset[key] as readonly EntityRecord<K>[]).map((r) => [(r as { id: string }).id, r]))
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k !== undefined) {
      const list = groups.get(k) ?? []
      list.push(item)
      groups.set(k, list)
    }
  }
  return groups
}

const cache = new WeakMap<Dataset, ApiIndex>()

export function apiIndex(dataset: Dataset): ApiIndex {
  let index = cache.get(dataset)
  if (index === undefined) {
    index = buildApiIndex(dataset)
    cache.set(dataset, index)
  }
  return index
}

function buildApiIndex(dataset: Dataset): ApiIndex {
  const partiesByRegion = new Map<string, Set<string>>()
  const regionsByParty = new Map<string, string[]>()
  const addServing = (region: string, party: string): void => {
    const set = partiesByRegion.get(region) ?? new Set<string>()
    set.add(party)
    partiesByRegion.set(region, set)
  }
  for (const region of dataset.regions) {
    for (const party of region.parties ?? []) {
      addServing(region.id, party)
      regionsByParty.set(party, [...(regionsByParty.get(party) ?? []), region.id])
    }
  }
  for (const r of dataset.responsibilities) {
    for (const region of r.conditions?.regions ?? []) {
      addServing(region, r.party)
    }
  }
  return {
    dataset,
    route: buildRouteIndex(dataset),
    parties: byId('parties', dataset),
    phases: byId('phases', dataset),
    aspects: byId('aspects', dataset),
    responsibilities: byId('responsibilities', dataset),
    rights: byId('rights', dataset),
    indicators: byId('indicators', dataset),
    sources: byId('sources', dataset),
    regions: byId('regions', dataset),
    municipalities: byId('municipalities', dataset),
    victimCategories: byId('victimCategories', dataset),
    exploitationForms: byId('exploitationForms', dataset),
    responsibilitiesByParty: groupBy(dataset.responsibilities, (r) => r.party),
    responsibilitiesByAspect: groupBy(dataset.responsibilities, (r) => r.aspect),
    partiesByRegion,
    regionsByParty,
    predecessors: groupBy(dataset.parties, (p) => p.successor),
    children: groupBy(dataset.parties, (p) => p.parent),
  }
}

/** Lower case without diacritics, so `q=coordinatie` finds "Zorgcoördinatie". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** True when every word of the query occurs in one of the texts. */
export function matchesQuery(q: string | undefined, texts: readonly (string | undefined)[]): boolean {
  if (q === undefined || q.trim() === '') {
    return true
  }
  const haystack = foldText(texts.filter((t): t is string => t !== undefined).join(' \u0000 '))
  return foldText(q)
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => haystack.includes(w))
}
