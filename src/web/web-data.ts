// SPDX-License-Identifier: EUPL-1.2
// The dataset as the pages need it: records valid on a date, indexed by id and by the relations
// pages walk (party → responsibilities, aspect → responsibilities). Built once per dataset and date.
import type { Dataset, EntityKey, EntityRecord } from '../domain/entities.ts'
import { isValidOn, type Dated } from '../domain/validity.ts'
import type { Aspect, Phase } from '../domain/phase.ts'
import type { Party } from '../domain/party.ts'
import type { Responsibility } from '../domain/responsibility.ts'
import type { Right } from '../domain/right.ts'
import type { Source } from '../domain/source.ts'

export interface WebData {
  readonly asOf: string
  readonly dataset: Dataset
  /** Records valid on asOf, per entity type, in dataset order. */
  valid<K extends EntityKey>(key: K): readonly EntityRecord<K>[]
  /** Any record by id, also when no longer valid (history pages link to predecessors). */
  byId<K extends EntityKey>(key: K, id: string): EntityRecord<K> | undefined
  readonly phases: readonly Phase[]
  aspectsOf(phase: string): readonly Aspect[]
  responsibilitiesOfParty(party: string): readonly Responsibility[]
  responsibilitiesOfAspect(aspect: string): readonly Responsibility[]
  rightsProvidedBy(party: string): readonly Right[]
  source(id: string): Source | undefined
  /** The party name for display: its short name when it has one. */
  partyLabel(party: Party): string
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list === undefined) {
      map.set(k, [item])
    } else {
      list.push(item)
    }
  }
  return map
}

const cache = new WeakMap<Dataset, Map<string, WebData>>()

export function webData(dataset: Dataset, asOf: string): WebData {
  let perDate = cache.get(dataset)
  if (perDate === undefined) {
    perDate = new Map()
    cache.set(dataset, perDate)
  }
  const hit = perDate.get(asOf)
  if (hit !== undefined) {
    return hit
  }
  const built = buildWebData(dataset, asOf)
  perDate.clear() // one date at a time is all the pages use; keeps memory flat across midnight
  perDate.set(asOf, built)
  return built
}

function buildWebData(dataset: Dataset, asOf: string): WebData {
  const validLists = new Map<EntityKey, readonly unknown[]>()
  const indexes = new Map<EntityKey, Map<string, unknown>>()
  const valid = <K extends EntityKey>(key: K): readonly EntityRecord<K>[] => {
    let list = validLists.get(key)
    if (list === undefined) {
      list = (dataset[key] as readonly EntityRecord<K>[]).filter((r) => isValidOn(r as Dated, asOf))
      validLists.set(key, list)
    }
    return list as readonly EntityRecord<K>[]
  }
  const byId = <K extends EntityKey>(key: K, id: string): EntityRecord<K> | undefined => {
    let index = indexes.get(key)
    if (index === undefined) {
      index = new Map()
      // Prefer the record valid on asOf when several versions share an id.
      for (const r of dataset[key] as readonly (EntityRecord<K> & { id: string })[]) {
        if (!index.has(r.id) || isValidOn(r as Dated, asOf)) {
          index.set(r.id, r)
        }
      }
      indexes.set(key, index)
    }
    return index.get(id) as EntityRecord<K> | undefined
  }
  const phases = [...valid('phases')].sort((a, b) => a.order - b.order)
  const aspectsByPhase = groupBy(
    [...valid('aspects')].sort((a, b) => a.order - b.order),
    (a) => a.phase,
  )
  const respByParty = groupBy(valid('responsibilities'), (r) => r.party)
  const respByAspect = groupBy(valid('responsibilities'), (r) => r.aspect)
  const rightsByProvider = new Map<string, Right[]>()
  for (const right of valid('rights')) {
    for (const p of right.providers) {
      rightsByProvider.set(p, [...(rightsByProvider.get(p) ?? []), right])
    }
  }
  return {
    asOf,
    dataset,
    valid,
    byId,
    phases,
    aspectsOf: (phase) => aspectsByPhase.get(phase) ?? [],
    responsibilitiesOfParty: (party) => respByParty.get(party) ?? [],
    responsibilitiesOfAspect: (aspect) => respByAspect.get(aspect) ?? [],
    rightsProvidedBy: (party) => rightsByProvider.get(party) ?? [],
    source: (id) => byId('sources', id),
    partyLabel: (party) => party.shortName ?? party.name,
  }
}
