// SPDX-License-Identifier: EUPL-1.2
// The reference reading of conditions: no masks, no shortcuts. Lists every situation the facet
// table and its rules allow, and reads a condition set against each. Slow on purpose; the property
// test holds the fast path (masks.ts, facts.ts) to it, and the analysis baseline uses it.
import { FACETS, FACET_RULES, breaksRule, type Conditions } from '../facets.ts'
import type { Facts } from './facts.ts'
import { MASK_FACETS, RESIDENCE_NOT_APPLICABLE, type MaskFacet, type Verdict } from './masks.ts'

/** A situation with a value for every mask facet (residence 'not-applicable' for Dutch nationals). */
export interface Situation {
  readonly ageGroup: string
  readonly unaccompanied: boolean
  readonly nationalityGroup: string
  readonly residence: string
  readonly gender: string
  readonly recruitment: string
  readonly cooperation: string
}

const FLAGS = [true, false] as const

/** Every situation the rules allow, in a fixed order. */
export function allSituations(): Situation[] {
  const out: Situation[] = []
  for (const ageGroup of FACETS.ageGroup.values) {
    for (const unaccompanied of FLAGS) {
      for (const nationalityGroup of FACETS.nationalityGroup.values) {
        for (const residence of [...FACETS.residence.values, RESIDENCE_NOT_APPLICABLE]) {
          for (const gender of FACETS.gender.values) {
            for (const recruitment of FACETS.recruitment.values) {
              for (const cooperation of FACETS.cooperation.values) {
                const s = { ageGroup, unaccompanied, nationalityGroup, residence, gender, recruitment, cooperation }
                if (isPossible(s)) {
                  out.push(s)
                }
              }
            }
          }
        }
      }
    }
  }
  return out
}

/** The rules of the facet table, read for a fully known situation. */
function isPossible(s: Situation): boolean {
  const residence = s.residence === RESIDENCE_NOT_APPLICABLE ? undefined : s.residence
  // Non-Dutch nationals always have a residence situation; Dutch nationals never do.
  if (s.nationalityGroup !== 'nl' && residence === undefined) {
    return false
  }
  return FACET_RULES.every((rule) => !breaksRule(rule.id, { ...s, residence }))
}

const SITUATIONS = allSituations()

function listedOrAbsent(list: readonly (string | boolean)[] | undefined, value: string | boolean | undefined): boolean {
  return list === undefined || (value !== undefined && list.includes(value))
}

/**
 * A plain reading of conditions against known values: every listed facet must have a value and
 * that value must be listed; exploitation holds when one of the forms is listed, regions when the
 * municipality lies in one of them. Values left out count as not matching a listed facet.
 */
export function conditionsHold(
  c: Conditions,
  s: Partial<Situation> & { readonly exploitation?: readonly string[] },
  regions: ReadonlySet<string> | undefined,
): boolean {
  return (
    MASK_FACETS.every((f) => listedOrAbsent(listOf(c, f), s[f])) &&
    (c.exploitation === undefined ||
      (s.exploitation !== undefined && c.exploitation.some((f) => s.exploitation?.includes(f) === true))) &&
    (c.regions === undefined || (regions !== undefined && c.regions.some((r) => regions.has(r))))
  )
}

function listOf(c: Conditions, f: MaskFacet): readonly (string | boolean)[] | undefined {
  return f === 'unaccompanied' ? (c.unaccompanied === undefined ? undefined : [c.unaccompanied]) : c[f]
}

/** The situations that agree with every known fact. */
function completions(facts: Facts): Situation[] {
  return SITUATIONS.filter((s) => MASK_FACETS.every((f) => facts[f] === undefined || s[f] === facts[f]))
}

/**
 * The three-valued verdict by enumeration: excluded when no situation that agrees with the facts
 * satisfies the conditions; otherwise the facets on which some agreeing situation fails them
 * (and the municipality, when regions are asked and it is unknown).
 */
export function evaluateReference(c: Conditions | undefined, facts: Facts): Verdict {
  if (c === undefined) {
    return { kind: 'included', dependsOn: [] }
  }
  if (c.exploitation !== undefined && facts.exploitation !== undefined) {
    if (!c.exploitation.some((f) => facts.exploitation?.includes(f) === true)) {
      return { kind: 'excluded' }
    }
  }
  if (c.regions !== undefined && facts.regions !== undefined && !c.regions.some((r) => facts.regions?.has(r))) {
    return { kind: 'excluded' }
  }
  const agreeing = completions(facts)
  const masksOnly: Conditions = { ...c, exploitation: undefined, regions: undefined }
  if (!agreeing.some((s) => conditionsHold(masksOnly, s, undefined))) {
    return { kind: 'excluded' }
  }
  const dependsOn: string[] = MASK_FACETS.filter(
    (f) => listOf(c, f) !== undefined && agreeing.some((s) => !listedOrAbsent(listOf(c, f), s[f])),
  )
  if (c.regions !== undefined && facts.regions === undefined) {
    dependsOn.push('municipality')
  }
  return { kind: 'included', dependsOn }
}

/** True when some situation satisfies both (forms and regions: when the lists share a value). */
export function overlapReference(a: Conditions, b: Conditions): boolean {
  const share = (x: readonly string[] | undefined, y: readonly string[] | undefined) =>
    x === undefined || y === undefined || x.some((v) => y.includes(v))
  const strip = (c: Conditions): Conditions => ({ ...c, exploitation: undefined, regions: undefined })
  return (
    share(a.exploitation, b.exploitation) &&
    share(a.regions, b.regions) &&
    SITUATIONS.some((s) => conditionsHold(strip(a), s, undefined) && conditionsHold(strip(b), s, undefined))
  )
}

/** True when some situation satisfies the conditions (forms and regions aside). */
export function satisfiableReference(c: Conditions): boolean {
  const strip: Conditions = { ...c, exploitation: undefined, regions: undefined }
  return SITUATIONS.some((s) => conditionsHold(strip, s, undefined))
}
