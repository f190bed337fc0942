// SPDX-License-Identifier: EUPL-1.2
// For every facet the scenario leaves open: what would change once it is known. Only the items that
// are conditional on that facet can change; each is re-checked per possible value with mask tests
// against the narrowed facet values (exploitation and region verdicts do not change by narrowing).
// The question and the labels of the answers are the facet's, in the catalogue (ADR 0011).
import type { Scenario } from '../scenario.ts'
import { facetIndex, type ConditionPlan } from './condition-plan.ts'
import {
  EXCLUDED,
  FACET_VALUES,
  MASK_FACETS,
  MUNICIPALITY_BIT,
  RESIDENCE_NOT_APPLICABLE,
  maskBits,
  narrow,
  type MaskFacet,
  type Possible,
} from '../conditions/index.ts'
import type { ItemRef, OpenQuestion } from './route-schema.ts'

/** The route's conditional items as parallel lists: reference, condition plan, open-facet bits. */
export interface ConditionalItems {
  readonly refs: readonly ItemRef[]
  readonly plans: readonly ConditionPlan[]
  readonly bits: readonly number[]
}

export function openQuestions(scenario: Scenario, possible: Possible, conditional: ConditionalItems): OpenQuestion[] {
  const out: OpenQuestion[] = []
  const { refs, plans, bits } = conditional
  for (const facet of scenario.unknown) {
    const fi = facetIndex(facet)
    const bit = fi < 0 ? MUNICIPALITY_BIT : 1 << fi
    const affected: number[] = []
    for (let k = 0; k < bits.length; k++) {
      if (((bits[k] ?? 0) & bit) !== 0) {
        affected.push(k)
      }
    }
    if (fi < 0) {
      const names: string[] = []
      for (const k of affected) {
        const name = refs[k]?.name ?? ''
        if (!names.includes(name)) {
          names.push(name)
        }
      }
      out.push({ facet, effect: { code: 'route.open.municipality', params: { items: names } }, options: [] })
      continue
    }
    const f = facet as MaskFacet
    const values = FACET_VALUES[f]
    const options: OpenQuestion['options'] = []
    for (let v = 0; v < values.length; v++) {
      const value = values[v] ?? ''
      if ((possible[f] & (1 << v)) === 0 || value === RESIDENCE_NOT_APPLICABLE) {
        continue
      }
      const n = narrow(possible, f, value)
      const narrowed = MASK_FACETS.map((g) => n[g])
      const confirms: ItemRef[] = []
      const dropsOut: ItemRef[] = []
      for (const k of affected) {
        const ref = refs[k]
        const plan = plans[k]
        if (ref === undefined || plan === undefined) {
          continue
        }
        const after = maskBits(plan, narrowed)
        if (after === EXCLUDED) {
          dropsOut.push(ref)
        } else if (after === 0 && ((bits[k] ?? 0) & MUNICIPALITY_BIT) === 0) {
          confirms.push(ref)
        }
      }
      options.push({ value, confirms, dropsOut })
    }
    out.push({ facet, effect: { code: 'route.open.effect', params: { count: affected.length } }, options })
  }
  return out
}
