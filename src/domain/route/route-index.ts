// SPDX-License-Identifier: EUPL-1.2
// Everything about the dataset that does not depend on the scenario, computed once: conditions as
// bit masks, responsibilities grouped by aspect in display order, lookups by id, region membership.
import type { Dataset } from '../entities.ts'
import type { Aspect, Phase } from '../phase.ts'
import type { Party } from '../party.ts'
import type { Region, Municipality } from '../region.ts'
import type { Responsibility } from '../responsibility.ts'
import type { Right } from '../right.ts'
import { ROLE_TYPES } from '../responsibility.ts'
import { RIGHT_KINDS } from '../right.ts'
import { MUNICIPALITY_REGION_KINDS } from '../region.ts'
import { municipalityNames, type MunicipalityNames } from '../municipality-names.ts'
import { compileConditions, type CompiledConditions } from '../conditions/index.ts'
import { RoutePlans } from './route-plan.ts'
import { ASKERS, ownPartyIds, type Asker } from '../asker.ts'

export interface IndexedResponsibility {
  readonly record: Responsibility
  readonly conditions: CompiledConditions
}

export interface IndexedRight {
  readonly record: Right
  readonly conditions: CompiledConditions
}

export interface IndexedAspect {
  readonly record: Aspect
  readonly responsibilities: readonly IndexedResponsibility[]
}

export interface IndexedPhase {
  readonly record: Phase
  readonly aspects: readonly IndexedAspect[]
}

export interface IndexedMunicipality {
  readonly record: Municipality
  /** Region ids in a fixed kind order (police unit, RIEC, Veilig Thuis, …). */
  readonly regionIds: readonly string[]
  readonly regionSet: ReadonlySet<string>
  /**
   * The region ids as one key: municipalities with the same key get the same route apart from
   * their own name and code (the 342 municipalities share 25 keys).
   */
  readonly regionKey: string
}

export interface RouteIndex {
  readonly phases: readonly IndexedPhase[]
  readonly rights: readonly IndexedRight[]
  readonly parties: ReadonlyMap<string, Party>
  /** successor id → parties it replaced, so an old date can show the name valid then. */
  readonly predecessors: ReadonlyMap<string, readonly Party[]>
  readonly regions: ReadonlyMap<string, Region>
  readonly municipalities: ReadonlyMap<string, IndexedMunicipality>
  /** Municipalities by CBS name, common name, former municipality or place ("Den Haag" → GM0518). */
  readonly municipalityNames: MunicipalityNames
  readonly responsibilityCount: number
  /** Per reader, the parties of the reader's own kind (the summary never sends them there). */
  readonly ownParties: ReadonlyMap<Asker, ReadonlySet<string>>
  /** Per validity bucket of asOf, what computeRoute needs from the records valid then (built on first use). */
  readonly plans: RoutePlans
}

/** Order in which a municipality's regions are shown: the contacts a professional needs first. */
export const REGION_KEY_ORDER = [
  'policeUnit',
  'riec',
  'veiligThuis',
  'zorgcoordinatie',
  'centrumgemeenteVo',
  'safetyRegion',
  'province',
] as const satisfies readonly (keyof typeof MUNICIPALITY_REGION_KINDS)[]

const roleRank = (t: string): number => ROLE_TYPES.indexOf(t as (typeof ROLE_TYPES)[number])
const kindRank = (k: string): number => RIGHT_KINDS.indexOf(k as (typeof RIGHT_KINDS)[number])
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

let builds = 0

/**
 * How many route indexes this process has built. Instrumentation for the read model: the
 * catalogue builds one per dataset version, and a test holds every path (API, pages, CLI) to that.
 */
export function routeIndexBuilds(): number {
  return builds
}

export function buildRouteIndex(dataset: Dataset): RouteIndex {
  builds += 1
  const parties = new Map(dataset.parties.map((p) => [p.id, p]))
  const predecessors = new Map<string, Party[]>()
  for (const p of dataset.parties) {
    if (p.successor !== undefined) {
      const list = predecessors.get(p.successor) ?? []
      list.push(p)
      predecessors.set(p.successor, list)
    }
  }
  const partyName = (id: string): string => parties.get(id)?.name ?? id

  const byAspect = new Map<string, IndexedResponsibility[]>()
  for (const r of dataset.responsibilities) {
    const list = byAspect.get(r.aspect) ?? []
    list.push({ record: r, conditions: compileConditions(r.conditions) })
    byAspect.set(r.aspect, list)
  }
  // A first order by role and name; the plan per date refines it (party-order.ts).
  for (const list of byAspect.values()) {
    list.sort(
      (a, b) =>
        roleRank(a.record.roleType) - roleRank(b.record.roleType) ||
        byText(partyName(a.record.party), partyName(b.record.party)) ||
        byText(a.record.id, b.record.id),
    )
  }

  const phases = [...dataset.phases]
    .sort((a, b) => a.order - b.order)
    .map((phase) => ({
      record: phase,
      aspects: dataset.aspects
        .filter((a) => a.phase === phase.id)
        .sort((a, b) => a.order - b.order || byText(a.id, b.id))
        .map((aspect) => ({ record: aspect, responsibilities: byAspect.get(aspect.id) ?? [] })),
    }))

  const rights = [...dataset.rights]
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || byText(a.name, b.name) || byText(a.id, b.id))
    .map((record) => ({ record, conditions: compileConditions(record.conditions) }))

  const municipalities = new Map<string, IndexedMunicipality>()
  for (const m of dataset.municipalities) {
    const regionIds = REGION_KEY_ORDER.map((k) => m.regions[k]).filter((id): id is string => id !== undefined)
    municipalities.set(m.id, { record: m, regionIds, regionSet: new Set(regionIds), regionKey: regionIds.join(' ') })
  }

  return {
    phases,
    rights,
    parties,
    predecessors,
    regions: new Map(dataset.regions.map((r) => [r.id, r])),
    municipalities,
    municipalityNames: municipalityNames(dataset.municipalities),
    responsibilityCount: dataset.responsibilities.length,
    ownParties: new Map(ASKERS.map((a) => [a, ownPartyIds(a, dataset.parties)])),
    plans: new RoutePlans([
      ...dataset.phases,
      ...dataset.aspects,
      ...dataset.responsibilities,
      ...dataset.rights,
      ...dataset.parties,
      ...dataset.regions,
    ]),
  }
}
