// SPDX-License-Identifier: EUPL-1.2
// Reading scenario conditions for display: whether two sets of conditions can hold at once (a
// responsibility for a victim category, a highlight in the organogram) and a short description.
import type { Conditions, FacetName } from '../domain/facets.ts'

const LIST_FACETS = [
  'ageGroup',
  'nationalityGroup',
  'residence',
  'gender',
  'exploitation',
  'recruitment',
  'cooperation',
  'regions',
] as const

/**
 * True when some scenario satisfies both: every facet listed in both shares a value, and the
 * unaccompanied flag does not contradict. An absent facet imposes nothing.
 */
export function conditionsOverlap(a: Conditions | undefined, b: Conditions | undefined): boolean {
  if (a === undefined || b === undefined) {
    return true
  }
  for (const facet of LIST_FACETS) {
    const x: readonly string[] | undefined = a[facet]
    const y: readonly string[] | undefined = b[facet]
    if (x !== undefined && y !== undefined && !x.some((v) => y.includes(v))) {
      return false
    }
  }
  return a.unaccompanied === undefined || b.unaccompanied === undefined || a.unaccompanied === b.unaccompanied
}

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
    parts.push({ facet: 'unaccompanied', values: [c.unaccompanied ? 'yes' : 'no'] })
  }
  return parts
}
