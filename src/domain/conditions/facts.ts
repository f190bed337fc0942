// SPDX-License-Identifier: EUPL-1.2
// What is known about a situation, and the questions every caller asks of a condition set: can it
// hold for someone we know this much about, can two condition sets hold for one person, and does a
// condition set describe anybody at all. All answered on the fast path (masks.ts).
import { EXPLOITATION_FORMS, FACET_RULES, type Conditions, type FacetRuleId } from '../facets.ts'
import type {
  AgeGroup,
  Cooperation,
  ExploitationFormId,
  Gender,
  NationalityGroup,
  RecruitmentMethod,
  ResidenceStatus,
} from '../facets.ts'
import {
  MASK_FACETS,
  allBits,
  anyPossible,
  compileConditions,
  evaluate,
  formBits,
  possibleValues,
  restrict,
  type Possible,
} from './masks.ts'

/**
 * What is known about a situation; an absent facet is unknown (any value the rules allow). A
 * Scenario is one. `exploitation` lists the forms (a condition on forms holds when one of them is
 * listed); `regions` are the regions of the municipality.
 */
export interface Facts {
  readonly ageGroup?: AgeGroup | undefined
  readonly nationalityGroup?: NationalityGroup | undefined
  readonly residence?: ResidenceStatus | undefined
  readonly unaccompanied?: boolean | undefined
  readonly gender?: Gender | undefined
  readonly recruitment?: RecruitmentMethod | undefined
  readonly cooperation?: Cooperation | undefined
  readonly exploitation?: readonly ExploitationFormId[] | undefined
  readonly regions?: ReadonlySet<string> | undefined
}

/**
 * True when the conditions can hold for someone of whom these facts are known: no known fact
 * rules them out. This is the filter of the planner, the barrier model and the signal lists.
 */
export function mayHold(c: Conditions | undefined, facts: Facts): boolean {
  if (c === undefined) {
    return true
  }
  // Unknown forms: any form may be among them.
  const forms = formBits(facts.exploitation ?? EXPLOITATION_FORMS)
  return evaluate(compileConditions(c), possibleValues(facts), forms, facts.regions).kind !== 'excluded'
}

/** The masks a condition set allows per facet (a facet without a condition allows every value). */
function allowed(c: Conditions | undefined): Possible {
  const compiled = compileConditions(c)
  const p = {} as Possible
  for (const f of MASK_FACETS) {
    p[f] = compiled.masks[f] === 0 ? allBits(f) : compiled.masks[f]
  }
  return p
}

/**
 * True when one situation can satisfy both condition sets: a victim category and a responsibility
 * (the category filters of the API, the party page, the organogram). Per facet the allowed values
 * must meet, and the rules between facets must still leave a situation: a category of Dutch
 * adults does not meet a right for those without lawful stay. Exploitation forms and regions meet
 * when the lists share a value.
 */
export function conditionsOverlap(a: Conditions | undefined, b: Conditions | undefined): boolean {
  if (a === undefined || b === undefined) {
    return true
  }
  const x = allowed(a)
  const y = allowed(b)
  const both = {} as Possible
  for (const f of MASK_FACETS) {
    both[f] = x[f] & y[f]
  }
  return anyPossible(restrict(both)) && sharesValue(a.exploitation, b.exploitation) && sharesValue(a.regions, b.regions)
}

function sharesValue(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === undefined || b === undefined || a.some((v) => b.includes(v))
}

/** The rules of FACET_RULES a condition set breaks: then no situation satisfies it. */
export function contradictions(c: Conditions | undefined): FacetRuleId[] {
  if (c === undefined) {
    return []
  }
  const p = restrict(allowed(c))
  return FACET_RULES.filter((rule) => rule.facets.some((f) => p[f] === 0)).map((rule) => rule.id)
}

/** The `wegwijzer validate` message for a broken rule. */
export function contradictionMessage(rule: FacetRuleId): string {
  return FACET_RULES.find((r) => r.id === rule)?.conditionsMessage ?? rule
}
