// SPDX-License-Identifier: EUPL-1.2
// A record's compiled conditions laid out for the per-request loop: only the facets it tests, as
// parallel arrays, with the "why" fragments that do not depend on the scenario already written.
import type { Dated } from '../validity.ts'
import { MASK_FACETS, type CompiledConditions } from './facet-space.ts'
import { openLabel, validityLabel } from './explain.ts'

/** Open-facet bit for an unknown municipality; bits 0–6 are MASK_FACETS in order. */
export const MUNICIPALITY_BIT = 1 << MASK_FACETS.length
/** openBits result for a record whose conditions rule the scenario out. */
export const EXCLUDED = -1

const FACET_INDEX: ReadonlyMap<string, number> = new Map(MASK_FACETS.map((f, i) => [f, i]))

export class ConditionPlan {
  readonly exploitation: number
  /** Indices (into MASK_FACETS) of the facets the conditions test, and their masks. */
  readonly facets: readonly number[]
  readonly masks: readonly number[]
  /** Per tested facet, the "why" when that facet is still unknown. */
  readonly openNl: readonly string[]
  readonly openEn: readonly string[]
  readonly regions: ReadonlySet<string> | undefined
  /** No condition at all: the why says it applies to everyone. */
  readonly unconditional: boolean
  readonly validityNl: string | undefined
  readonly validityEn: string | undefined

  constructor(
    readonly conditions: CompiledConditions,
    validity: Dated,
  ) {
    const facets: number[] = []
    const masks: number[] = []
    const openNl: string[] = []
    const openEn: string[] = []
    MASK_FACETS.forEach((f, i) => {
      const mask = conditions.masks[f]
      if (mask !== 0) {
        const label = openLabel(f, mask)
        facets.push(i)
        masks.push(mask)
        openNl.push(label.nl)
        openEn.push(label.en)
      }
    })
    this.exploitation = conditions.exploitation
    this.facets = facets
    this.masks = masks
    this.openNl = openNl
    this.openEn = openEn
    this.regions = conditions.regions
    this.unconditional = conditions.exploitation === 0 && facets.length === 0 && conditions.regions === undefined
    const v =
      validity.validFrom !== undefined || validity.validTo !== undefined
        ? validityLabel(validity.validFrom, validity.validTo)
        : undefined
    this.validityNl = v?.nl
    this.validityEn = v?.en
  }
}

/**
 * The same three-valued check as `evaluate`, without allocating: EXCLUDED, or the facets that are
 * still open as bits (0 = the conditions hold). `possible` is indexed like MASK_FACETS.
 */
export function openBits(
  c: ConditionPlan,
  possible: readonly number[],
  forms: number,
  regions: ReadonlySet<string> | undefined,
): number {
  if (c.exploitation !== 0 && (c.exploitation & forms) === 0) {
    return EXCLUDED
  }
  let bits = maskBits(c, possible)
  if (bits !== EXCLUDED && c.regions !== undefined) {
    if (regions === undefined) {
      bits |= MUNICIPALITY_BIT
    } else if (!intersects(c.regions, regions)) {
      return EXCLUDED
    }
  }
  return bits
}

/** Only the mask facets: what narrowing one facet can change (exploitation and region stay as they were). */
export function maskBits(c: ConditionPlan, possible: readonly number[]): number {
  let bits = 0
  const { facets, masks } = c
  for (let k = 0; k < facets.length; k++) {
    const f = facets[k] ?? 0
    const cond = masks[k] ?? 0
    const p = possible[f] ?? 0
    if ((cond & p) === 0) {
      return EXCLUDED
    }
    if ((p & ~cond) !== 0) {
      bits |= 1 << f
    }
  }
  return bits
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) {
    if (b.has(x)) {
      return true
    }
  }
  return false
}

const DEPENDS_ON: (readonly string[] | undefined)[] = []

/** The facet names for open bits, in the order `evaluate` reports them; a fresh array each time. */
export function dependsOnOf(bits: number): string[] {
  let names = DEPENDS_ON[bits]
  if (names === undefined) {
    names = [
      ...MASK_FACETS.filter((_, i) => (bits & (1 << i)) !== 0),
      ...((bits & MUNICIPALITY_BIT) !== 0 ? ['municipality'] : []),
    ]
    DEPENDS_ON[bits] = names
  }
  return names.slice()
}

/** Index of an open facet in MASK_FACETS, or -1 for municipality. */
export function facetIndex(facet: string): number {
  return FACET_INDEX.get(facet) ?? -1
}
