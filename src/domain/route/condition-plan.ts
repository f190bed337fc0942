// SPDX-License-Identifier: EUPL-1.2
// A record's compiled conditions laid out for the per-request loop: only the facets it tests, as
// parallel arrays (a MaskPlan, checked by openBits in src/domain/conditions), with the reasons
// that do not depend on the scenario already made.
import type { Dated } from '../validity.ts'
import { MASK_FACETS, MUNICIPALITY_BIT, type CompiledConditions, type MaskPlan } from '../conditions/index.ts'
import { openReason, validityReason, type Reason } from './explain.ts'

const FACET_INDEX: ReadonlyMap<string, number> = new Map(MASK_FACETS.map((f, i) => [f, i]))

export class ConditionPlan implements MaskPlan {
  readonly exploitation: number
  /** Indices (into MASK_FACETS) of the facets the conditions test, and their masks. */
  readonly facets: readonly number[]
  readonly masks: readonly number[]
  /** Per tested facet, the "why" when that facet is still unknown. */
  readonly open: readonly Reason[]
  readonly regions: ReadonlySet<string> | undefined
  /** No condition at all: the why says it applies to everyone. */
  readonly unconditional: boolean
  readonly validity: Reason | undefined

  constructor(
    readonly conditions: CompiledConditions,
    validity: Dated,
  ) {
    const facets: number[] = []
    const masks: number[] = []
    const open: Reason[] = []
    MASK_FACETS.forEach((f, i) => {
      const mask = conditions.masks[f]
      if (mask !== 0) {
        facets.push(i)
        masks.push(mask)
        open.push(openReason(f, mask))
      }
    })
    this.exploitation = conditions.exploitation
    this.facets = facets
    this.masks = masks
    this.open = open
    this.regions = conditions.regions
    this.unconditional = conditions.exploitation === 0 && facets.length === 0 && conditions.regions === undefined
    this.validity =
      validity.validFrom !== undefined || validity.validTo !== undefined
        ? validityReason(validity.validFrom, validity.validTo)
        : undefined
  }
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
