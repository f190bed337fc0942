// SPDX-License-Identifier: EUPL-1.2
// Builds the "why" of a route item from the conditions that matched, as message codes (ADR 0011;
// the catalogue words them). Reasons that depend only on a condition are made once
// (ConditionPlan); reasons that depend on a scenario value (an age, a nationality, a municipality's
// regions) are made once per value and kept, so every route that needs one shares the same
// immutable object: per item the work is pushing shared messages, and the API can keep each
// message's serialised form (server/api/route/route-json.ts).
import type { Scenario } from '../scenario.ts'
import type { Region } from '../region.ts'
import { EXPLOITATION_FORMS } from '../facets.ts'
import { MASK_FACETS, valuesOf, type MaskFacet } from '../conditions/index.ts'
import type { ConditionPlan } from './condition-plan.ts'
import type { RouteMessage } from './route-messages.ts'

/** One reason an item is in the route. */
export type Reason = RouteMessage

export const EVERYONE: Reason = Object.freeze({ code: 'route.reason.everyone', params: {} })
const REGIONS_UNKNOWN: Reason = Object.freeze({ code: 'route.reason.regions-unknown', params: {} })
const OPEN_REASONS = new Map<string, Reason>()
/** Per facet index, the reason for a set of possible values (indexed by its mask). */
const VALUE_SET_REASONS: Reason[][] = MASK_FACETS.map(() => [])
/** Matched exploitation forms (condition mask AND scenario forms) → reason. */
const FORM_REASONS: Reason[] = []
/** Age and nationality reasons by value (ages and nationality codes are bounded by validation). */
const VALUE_REASONS = new Map<string, Reason>()
/** Per municipality and region condition (the condition's set of region ids), the reason. */
const REGION_REASONS = new WeakMap<object, WeakMap<ReadonlySet<string>, Reason>>()

export class ReasonWriter {
  /** Per MASK_FACETS index, the why when the scenario satisfies that facet's condition. */
  private readonly held: Reason[] = []
  private readonly regionSet: ReadonlySet<string> | undefined

  constructor(
    scenario: Scenario,
    possible: readonly number[],
    private readonly forms: number,
    /** The scenario's municipality: the index's own object, so reasons are kept per municipality. */
    private readonly municipality:
      { readonly record: { readonly name: string }; readonly regionSet: ReadonlySet<string> } | undefined,
    private readonly regions: ReadonlyMap<string, Region>,
  ) {
    this.regionSet = municipality?.regionSet
    for (let i = 0; i < MASK_FACETS.length; i++) {
      this.held.push(heldReason(scenario, i, possible[i] ?? 0))
    }
  }

  /** The why of an item whose open facets are `bits` (see openBits). */
  reasons(c: ConditionPlan, bits: number): Reason[] {
    const out: Reason[] = []
    if (c.exploitation !== 0) {
      out.push(formReason(c.exploitation & this.forms))
    }
    const { facets } = c
    for (let k = 0; k < facets.length; k++) {
      const f = facets[k] ?? 0
      const reason = (bits & (1 << f)) !== 0 ? c.open[k] : this.held[f]
      if (reason !== undefined) {
        out.push(reason)
      }
    }
    if (c.regions !== undefined) {
      out.push(this.regionReason(c.regions))
    } else if (c.unconditional) {
      out.push(EVERYONE)
    }
    if (c.validity !== undefined) {
      out.push(c.validity)
    }
    return out
  }

  private regionReason(ids: ReadonlySet<string>): Reason {
    const m = this.municipality
    if (m === undefined || this.regionSet === undefined) {
      return REGIONS_UNKNOWN
    }
    let kept = REGION_REASONS.get(m)
    if (kept === undefined) {
      kept = new WeakMap()
      REGION_REASONS.set(m, kept)
    }
    let reason = kept.get(ids)
    if (reason === undefined) {
      const names: string[] = []
      for (const id of ids) {
        if (this.regionSet.has(id)) {
          names.push(this.regions.get(id)?.name ?? id)
        }
      }
      reason = Object.freeze({ code: 'route.reason.regions', params: { municipality: m.record.name, regions: names } })
      kept.set(ids, reason)
    }
    return reason
  }
}

/**
 * The why for a facet whose condition the scenario satisfies: the scenario's own value when known
 * ("minderjarig (16 jaar)"), else the values still possible (all of which the condition accepts).
 */
function heldReason(s: Scenario, i: number, possible: number): Reason {
  const f = MASK_FACETS[i] ?? 'ageGroup'
  if (f === 'ageGroup' && s.ageGroup !== undefined && s.age !== undefined) {
    const { ageGroup: value, age } = s
    return kept(`age:${value}:${age}`, () => ({ code: 'route.reason.age', params: { value, age } }))
  }
  if (f === 'nationalityGroup' && s.nationalityGroup !== undefined && s.nationality !== undefined) {
    const { nationalityGroup: value, nationality } = s
    return kept(`nationality:${value}:${nationality}`, () => ({
      code: 'route.reason.nationality',
      params: { value, nationality },
    }))
  }
  const cache = VALUE_SET_REASONS[i] ?? []
  let reason = cache[possible]
  if (reason === undefined) {
    reason = Object.freeze({ code: 'route.reason.values', params: { facet: f, values: valuesOf(f, possible) } })
    cache[possible] = reason
  }
  return reason
}

function kept(key: string, make: () => Reason): Reason {
  let reason = VALUE_REASONS.get(key)
  if (reason === undefined) {
    reason = Object.freeze(make())
    VALUE_REASONS.set(key, reason)
  }
  return reason
}

/** The forms a condition lists that the scenario has ("seksuele uitbuiting en arbeidsuitbuiting"). */
function formReason(matched: number): Reason {
  let reason = FORM_REASONS[matched]
  if (reason === undefined) {
    const forms = EXPLOITATION_FORMS.filter((_, i) => (matched & (1 << i)) !== 0)
    reason = Object.freeze({ code: 'route.reason.forms', params: { forms } })
    FORM_REASONS[matched] = reason
  }
  return reason
}

/** "Only if …, facet not yet known": the why of a facet the scenario leaves open. */
export function openReason(f: MaskFacet, mask: number): Reason {
  const key = `${f}:${mask}`
  let reason = OPEN_REASONS.get(key)
  if (reason === undefined) {
    reason = Object.freeze({ code: 'route.reason.only-if', params: { facet: f, values: valuesOf(f, mask) } })
    OPEN_REASONS.set(key, reason)
  }
  return reason
}

export function validityReason(from: string | undefined, to: string | undefined): Reason {
  return Object.freeze({
    code: 'route.reason.valid',
    params: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
  })
}
