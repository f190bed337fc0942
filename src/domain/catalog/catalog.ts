// SPDX-License-Identifier: EUPL-1.2
// The read model of one published dataset version: the catalogue. Lookups by id, the relations
// the API and the pages walk, views valid on a date, the route and analysis indexes (built on
// first use, once), and shared queries such as a party's roles. The composition root builds one
// per version and hands it to the API, the pages and the CLI; a new version replaces it whole, so
// everything derived from the old one (memo slots included) goes with it.
import { analyse, buildAnalysisIndex, type AnalysisIndex, type AnalysisResult } from '../analysis/index.ts'
import type { Dataset, EntityKey, EntityRecord } from '../entities.ts'
import type { Aspect, Phase } from '../phase.ts'
import type { Party } from '../party.ts'
import type { Responsibility } from '../responsibility.ts'
import { buildRouteIndex, type RouteIndex } from '../route/index.ts'
import { groupBy, partyRoles, type PartyRole } from './relations.ts'
import { CatalogView } from './view.ts'

export interface CatalogOptions {
  /** Which dataset version this is (the dataset hash of the import); shown in logs. */
  readonly version?: string
}

/** A named place for something derived from a catalogue that only one layer needs (see memo). */
export interface MemoSlot<T> {
  readonly name: string
  /** Type carrier only. */
  readonly type?: T
}

export function memoSlot<T>(name: string): MemoSlot<T> {
  return { name }
}

/** Analyses kept per date: the last few asked for (one takes tens of milliseconds). */
const ANALYSIS_DATES = 8
/** Views kept per date: pages ask for today, a few links ask for other dates. */
const VIEW_DATES = 4

/** Where the current catalogue comes from when a new version can replace it (see LiveCatalog). */
export interface CatalogSource {
  current(): Catalog
}

export function buildCatalog(dataset: Dataset, options: CatalogOptions = {}): Catalog {
  return new Catalog(dataset, options.version ?? 'local')
}

export class Catalog {
  readonly #byId = new Map<EntityKey, ReadonlyMap<string, unknown>>()
  readonly #responsibilitiesOfParty: ReadonlyMap<string, readonly Responsibility[]>
  readonly #responsibilitiesOfAspect: ReadonlyMap<string, readonly Responsibility[]>
  readonly #predecessors: ReadonlyMap<string, readonly Party[]>
  readonly #children: ReadonlyMap<string, readonly Party[]>
  readonly #regionsListing: ReadonlyMap<string, readonly string[]>
  readonly #partiesServing: ReadonlyMap<string, ReadonlySet<string>>
  readonly #phases: readonly Phase[]
  readonly #aspectsOfPhase: ReadonlyMap<string, readonly Aspect[]>
  #routeIndex: RouteIndex | undefined
  #analysisIndex: AnalysisIndex | undefined
  readonly #analyses = new Map<string, AnalysisResult>()
  readonly #views = new Map<string, CatalogView>()
  readonly #memo = new Map<MemoSlot<unknown>, unknown>()

  constructor(
    readonly dataset: Dataset,
    readonly version: string,
  ) {
    this.#responsibilitiesOfParty = groupBy(dataset.responsibilities, (r) => r.party)
    this.#responsibilitiesOfAspect = groupBy(dataset.responsibilities, (r) => r.aspect)
    this.#predecessors = groupBy(dataset.parties, (p) => p.successor)
    this.#children = groupBy(dataset.parties, (p) => p.parent)
    const regionsListing = new Map<string, string[]>()
    const serving = new Map<string, Set<string>>()
    const addServing = (region: string, party: string): void => {
      const set = serving.get(region) ?? new Set<string>()
      set.add(party)
      serving.set(region, set)
    }
    for (const region of dataset.regions) {
      for (const party of region.parties ?? []) {
        addServing(region.id, party)
        regionsListing.set(party, [...(regionsListing.get(party) ?? []), region.id])
      }
    }
    for (const r of dataset.responsibilities) {
      for (const region of r.conditions?.regions ?? []) {
        addServing(region, r.party)
      }
    }
    this.#regionsListing = regionsListing
    this.#partiesServing = serving
    this.#phases = [...dataset.phases].sort((a, b) => a.order - b.order)
    this.#aspectsOfPhase = groupBy(
      [...dataset.aspects].sort((a, b) => a.order - b.order || byText(a.id, b.id)),
      (a) => a.phase,
    )
  }

  /** Any record by id, whatever its validity (history pages link to predecessors). */
  byId<K extends EntityKey>(key: K, id: string): EntityRecord<K> | undefined {
    let index = this.#byId.get(key)
    if (index === undefined) {
      index = new Map((this.dataset[key] as readonly { id: string }[]).map((r) => [r.id, r]))
      this.#byId.set(key, index)
    }
    return index.get(id) as EntityRecord<K> | undefined
  }

  has(key: EntityKey, id: string): boolean {
    return this.byId(key, id) !== undefined
  }

  /** Phases by order, and the aspects of a phase by order (records of every date). */
  get phases(): readonly Phase[] {
    return this.#phases
  }

  aspectsOf(phase: string): readonly Aspect[] {
    return this.#aspectsOfPhase.get(phase) ?? []
  }

  responsibilitiesOfParty(party: string): readonly Responsibility[] {
    return this.#responsibilitiesOfParty.get(party) ?? []
  }

  responsibilitiesOfAspect(aspect: string): readonly Responsibility[] {
    return this.#responsibilitiesOfAspect.get(aspect) ?? []
  }

  /** Parties whose successor is this party. */
  predecessorsOf(party: string): readonly Party[] {
    return this.#predecessors.get(party) ?? []
  }

  childrenOf(party: string): readonly Party[] {
    return this.#children.get(party) ?? []
  }

  /** Regions that list the party among their parties. */
  regionsListing(party: string): readonly string[] {
    return this.#regionsListing.get(party) ?? []
  }

  /** Parties that serve a region: listed by it, or with a responsibility bound to it. */
  servesRegion(party: string, region: string): boolean {
    return this.#partiesServing.get(region)?.has(party) === true
  }

  /** A party's roles in phase and aspect order (records of every date). */
  rolesOf(party: string): PartyRole[] {
    return partyRoles(
      this.#phases,
      (p) => this.aspectsOf(p),
      (a) => this.responsibilitiesOfAspect(a),
      party,
    )
  }

  /** The records valid on a date, with the same questions answered for that date. */
  on(asOf: string): CatalogView {
    let view = this.#views.get(asOf)
    if (view === undefined) {
      view = new CatalogView(this, asOf)
      remember(this.#views, asOf, view, VIEW_DATES)
    }
    return view
  }

  /** The route engine's index of this version, built on first use. */
  get routeIndex(): RouteIndex {
    this.#routeIndex ??= buildRouteIndex(this.dataset)
    return this.#routeIndex
  }

  /** The analysis index of this version, built on first use over the same route index. */
  get analysisIndex(): AnalysisIndex {
    this.#analysisIndex ??= buildAnalysisIndex(this.dataset, this.routeIndex)
    return this.#analysisIndex
  }

  /** The overlap and gap analysis on a date, optionally for one region (the last few are kept). */
  analysis(asOf: string, region?: string): AnalysisResult {
    const key = region === undefined ? asOf : `${asOf}|${region}`
    let result = this.#analyses.get(key)
    if (result === undefined) {
      result = analyse(this.analysisIndex, asOf, region)
      remember(this.#analyses, key, result, ANALYSIS_DATES)
    }
    return result
  }

  /**
   * Something derived from this version that one layer keeps for itself (serialised API routes,
   * organogram layouts): built once per slot, and dropped with the catalogue.
   */
  memo<T>(slot: MemoSlot<T>, build: () => T): T {
    if (!this.#memo.has(slot)) {
      this.#memo.set(slot, build())
    }
    return this.#memo.get(slot) as T
  }
}

/** Keeps at most `max` entries, dropping the oldest. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  if (map.size >= max) {
    const oldest = map.keys().next().value
    if (oldest !== undefined) {
      map.delete(oldest)
    }
  }
  map.set(key, value)
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
