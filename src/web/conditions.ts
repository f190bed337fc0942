// SPDX-License-Identifier: EUPL-1.2
// Reading scenario conditions for display: the facets a condition set restricts, in a fixed order.
// Whether conditions hold or overlap is src/domain/conditions' business.
import { FACETS, FACET_NAMES, type Conditions, type FacetName } from '../domain/facets.ts'

/** The facets with value lists, in the facet table's order; the unaccompanied flag comes last. */
const LIST_FACETS = FACET_NAMES.filter((f): f is Exclude<FacetName, 'unaccompanied'> => FACETS[f].arity !== 'flag')

export interface ConditionPart {
  readonly facet: FacetName
  readonly values: readonly string[]
}

/** The facets a condition set restricts, in a fixed order; empty means "applies to everyone". */
export function conditionParts(c: Conditions | undefined): ConditionPart[] {
  if (c === undefined) {
    return []
  }
  const parts: ConditionPart[] = []
  for (const facet of LIST_FACETS) {
    const values = c[facet]
    if (values !== undefined) {
      parts.push({ facet, values })
    }
  }
  if (c.unaccompanied !== undefined) {
    parts.push({ facet: 'unaccompanied', values: [String(c.unaccompanied)] })
  }
  return parts
}
