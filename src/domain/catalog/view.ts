// SPDX-License-Identifier: EUPL-1.2
// The catalogue on one date: only the records valid then, with the relations the pages walk.
// Each list is worked out on first use and kept with the view (the catalogue keeps a few dates).
import { conditionsOverlap } from '../conditions/index.ts'
import type { Dataset, EntityKey, EntityRecord } from '../entities.ts'
import type { Aspect, Phase } from '../phase.ts'
import type { Party } from '../party.ts'
import type { Responsibility } from '../responsibility.ts'
import type { Right } from '../right.ts'
import type { Source } from '../source.ts'
import { isValidOn, type Dated } from '../validity.ts'
import type { VictimCategory } from '../victim.ts'
import type { Catalog } from './catalog.ts'
import { groupBy, partyRoles, type PartyRole } from './relations.ts'

export class CatalogView {
  readonly #valid = new Map<EntityKey, readonly unknown[]>()
  #phases: readonly Phase[] | undefined
  #aspectsOfPhase: ReadonlyMap<string, readonly Aspect[]> | undefined
  #ofParty: ReadonlyMap<string, readonly Responsibility[]> | undefined
  #ofAspect: ReadonlyMap<string, readonly Responsibility[]> | undefined
  #rightsByProvider: ReadonlyMap<string, readonly Right[]> | undefined

  constructor(
    readonly catalog: Catalog,
    readonly asOf: string,
  ) {}

  get dataset(): Dataset {
    return this.catalog.dataset
  }

  /** Records valid on asOf, per entity type, in dataset order. */
  valid<K extends EntityKey>(key: K): readonly EntityRecord<K>[] {
    let list = this.#valid.get(key)
    if (list === undefined) {
      list = (this.dataset[key] as readonly EntityRecord<K>[]).filter((r) => isValidOn(r as Dated, this.asOf))
      this.#valid.set(key, list)
    }
    return list as readonly EntityRecord<K>[]
  }

  /** Any record by id, also when not valid on asOf (history pages link to predecessors). */
  byId<K extends EntityKey>(key: K, id: string): EntityRecord<K> | undefined {
    return this.catalog.byId(key, id)
  }

  source(id: string): Source | undefined {
    return this.catalog.byId('sources', id)
  }

  /** Phases valid on asOf, by order. */
  get phases(): readonly Phase[] {
    this.#phases ??= this.catalog.phases.filter((p) => isValidOn(p, this.asOf))
    return this.#phases
  }

  aspectsOf(phase: string): readonly Aspect[] {
    this.#aspectsOfPhase ??= groupBy(
      this.catalog.phases.flatMap((p) => this.catalog.aspectsOf(p.id)).filter((a) => isValidOn(a, this.asOf)),
      (a) => a.phase,
    )
    return this.#aspectsOfPhase.get(phase) ?? []
  }

  responsibilitiesOfParty(party: string): readonly Responsibility[] {
    this.#ofParty ??= groupBy(this.valid('responsibilities'), (r) => r.party)
    return this.#ofParty.get(party) ?? []
  }

  responsibilitiesOfAspect(aspect: string): readonly Responsibility[] {
    this.#ofAspect ??= groupBy(this.valid('responsibilities'), (r) => r.aspect)
    return this.#ofAspect.get(aspect) ?? []
  }

  rightsProvidedBy(party: string): readonly Right[] {
    if (this.#rightsByProvider === undefined) {
      const map = new Map<string, Right[]>()
      for (const right of this.valid('rights')) {
        for (const p of right.providers) {
          map.set(p, [...(map.get(p) ?? []), right])
        }
      }
      this.#rightsByProvider = map
    }
    return this.#rightsByProvider.get(party) ?? []
  }

  /** A party's roles valid on asOf, in phase and aspect order. */
  rolesOf(party: string): PartyRole[] {
    return partyRoles(
      this.phases,
      (p) => this.aspectsOf(p),
      (a) => this.responsibilitiesOfAspect(a),
      party,
    )
  }

  /**
   * The victim categories a party's roles can serve on asOf; undefined when one of its roles has
   * no conditions (it serves everyone).
   */
  categoriesServedBy(party: string): readonly VictimCategory[] | undefined {
    const own = this.responsibilitiesOfParty(party)
    if (own.some((r) => r.conditions === undefined || Object.keys(r.conditions).length === 0)) {
      return undefined
    }
    return this.valid('victimCategories').filter((c) => own.some((r) => conditionsOverlap(r.conditions, c.facets)))
  }

  /** The party name for display: its short name when it has one. */
  partyLabel(party: Party): string {
    return party.shortName ?? party.name
  }
}
