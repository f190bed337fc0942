// SPDX-License-Identifier: EUPL-1.2
// The fast path: facet values as bit masks, so a condition is checked with two AND operations per
// facet. What is known about a situation becomes, per facet, the values still possible; a compiled
// condition says which values it accepts. Checked against reference.ts by a property test.
import { EXPLOITATION_FORMS, FACETS, type Conditions } from '../facets.ts'
import type { Facts } from './facts.ts'

/** Facets a condition tests by mask (exploitation and regions are handled apart). */
export const MASK_FACETS = [
  'ageGroup',
  'nationalityGroup',
  'residence',
  'unaccompanied',
  'gender',
  'recruitment',
  'cooperation',
] as const
export type MaskFacet = (typeof MASK_FACETS)[number]

/** Residence does not apply to Dutch nationals: a value no condition lists. */
export const RESIDENCE_NOT_APPLICABLE = 'not-applicable'
const FLAG_VALUES = ['true', 'false'] as const

export const FACET_VALUES: { readonly [F in MaskFacet]: readonly string[] } = {
  ageGroup: FACETS.ageGroup.values,
  nationalityGroup: FACETS.nationalityGroup.values,
  residence: [...FACETS.residence.values, RESIDENCE_NOT_APPLICABLE],
  unaccompanied: FLAG_VALUES,
  gender: FACETS.gender.values,
  recruitment: FACETS.recruitment.values,
  cooperation: FACETS.cooperation.values,
}

export function bitOf(facet: MaskFacet, value: string): number {
  const i = FACET_VALUES[facet].indexOf(value)
  if (i < 0) {
    throw new Error(`unknown value '${value}' for facet ${facet}`)
  }
  return 1 << i
}

export function allBits(facet: MaskFacet): number {
  return (1 << FACET_VALUES[facet].length) - 1
}

export function valuesOf(facet: MaskFacet, mask: number): string[] {
  return FACET_VALUES[facet].filter((_, i) => (mask & (1 << i)) !== 0)
}

const maskOfList = (facet: MaskFacet, values: readonly string[]): number =>
  values.reduce((m, v) => m | bitOf(facet, v), 0)

export const FORM_BITS: Readonly<Record<string, number>> = Object.fromEntries(
  EXPLOITATION_FORMS.map((f, i) => [f, 1 << i]),
)

/** The forms as a mask (0 for none). */
export function formBits(forms: readonly string[]): number {
  return forms.reduce((m, f) => m | (FORM_BITS[f] ?? 0), 0)
}

/** A record's conditions compiled to masks; 0 means "no condition on this facet". */
export interface CompiledConditions {
  readonly masks: { readonly [F in MaskFacet]: number }
  readonly exploitation: number
  readonly regions: ReadonlySet<string> | undefined
}

export function compileConditions(c: Conditions | undefined): CompiledConditions {
  const masks = {
    ageGroup: c?.ageGroup === undefined ? 0 : maskOfList('ageGroup', c.ageGroup),
    nationalityGroup: c?.nationalityGroup === undefined ? 0 : maskOfList('nationalityGroup', c.nationalityGroup),
    residence: c?.residence === undefined ? 0 : maskOfList('residence', c.residence),
    unaccompanied: c?.unaccompanied === undefined ? 0 : bitOf('unaccompanied', String(c.unaccompanied)),
    gender: c?.gender === undefined ? 0 : maskOfList('gender', c.gender),
    recruitment: c?.recruitment === undefined ? 0 : maskOfList('recruitment', c.recruitment),
    cooperation: c?.cooperation === undefined ? 0 : maskOfList('cooperation', c.cooperation),
  }
  const exploitation = c?.exploitation === undefined ? 0 : formBits(c.exploitation)
  return { masks, exploitation, regions: c?.regions === undefined ? undefined : new Set(c.regions) }
}

/** Per facet, the values still possible. A known facet has one bit. */
export type Possible = { [F in MaskFacet]: number }

/** The values still possible given what is known (unknown facets: every value the rules allow). */
export function possibleValues(s: Facts): Possible {
  const known = <F extends MaskFacet>(facet: F, value: string | boolean | undefined): number =>
    value === undefined ? allBits(facet) : bitOf(facet, String(value))
  return restrict({
    ageGroup: known('ageGroup', s.ageGroup),
    nationalityGroup: known('nationalityGroup', s.nationalityGroup),
    residence: known('residence', s.residence),
    unaccompanied: known('unaccompanied', s.unaccompanied),
    gender: known('gender', s.gender),
    recruitment: known('recruitment', s.recruitment),
    cooperation: known('cooperation', s.cooperation),
  })
}

/** Fixes one facet to one value and lets the consequences follow (used for open questions). */
export function narrow(p: Possible, facet: MaskFacet, value: string): Possible {
  return restrict({ ...p, [facet]: bitOf(facet, value) })
}

/** The bits the rules of FACET_RULES test, looked up once. */
const RULE_BITS = {
  na: bitOf('residence', RESIDENCE_NOT_APPLICABLE),
  nl: bitOf('nationalityGroup', 'nl'),
  adult: bitOf('ageGroup', 'adult'),
  minor: bitOf('ageGroup', 'minor'),
  yes: bitOf('unaccompanied', 'true'),
  no: bitOf('unaccompanied', 'false'),
}

/**
 * Removes the values no situation can have under FACET_RULES: residence is "not applicable"
 * exactly for Dutch nationals, and only minors can be unaccompanied. Each rule ties two facets,
 * and no facet is in two rules, so keeping per pair only the values that have a partner is exact:
 * afterwards every value left is part of some situation, and a facet left empty means none exists.
 */
export function restrict(p: Possible): Possible {
  const { na, nl, adult, minor, yes, no } = RULE_BITS
  const q = { ...p }
  // nationalityGroup × residence: (nl, not-applicable) or (non-Dutch, a residence status)
  const dutch = (p.nationalityGroup & nl) !== 0 && (p.residence & na) !== 0
  const foreign = (p.nationalityGroup & ~nl) !== 0 && (p.residence & ~na) !== 0
  q.nationalityGroup = (dutch ? nl : 0) | (foreign ? p.nationalityGroup & ~nl : 0)
  q.residence = (dutch ? na : 0) | (foreign ? p.residence & ~na : 0)
  // ageGroup × unaccompanied: (minor, either) or (adult, not unaccompanied)
  const minorOk = (p.ageGroup & minor) !== 0 && p.unaccompanied !== 0
  const adultOk = (p.ageGroup & adult) !== 0 && (p.unaccompanied & no) !== 0
  q.ageGroup = (minorOk ? minor : 0) | (adultOk ? adult : 0)
  q.unaccompanied =
    ((p.unaccompanied & yes) !== 0 && (p.ageGroup & minor) !== 0 ? yes : 0) |
    ((p.unaccompanied & no) !== 0 && p.ageGroup !== 0 ? no : 0)
  return q
}

/** True when every facet still has a value: some situation fits. */
export function anyPossible(p: Possible): boolean {
  for (const f of MASK_FACETS) {
    if (p[f] === 0) {
      return false
    }
  }
  return true
}

export type Verdict =
  { readonly kind: 'excluded' } | { readonly kind: 'included'; readonly dependsOn: readonly string[] }

const HOLDS: Verdict = { kind: 'included', dependsOn: [] }
const EXCLUDED_VERDICT: Verdict = { kind: 'excluded' }

/**
 * Three-valued check: excluded when no possible value satisfies a condition; included with an
 * empty dependsOn when every possible value does; otherwise included but depending on the facets
 * that are still open. `regions` is the municipality's region set, or undefined when unknown.
 */
export function evaluate(
  c: CompiledConditions,
  p: Possible,
  forms: number,
  regions: ReadonlySet<string> | undefined,
): Verdict {
  if (c.exploitation !== 0 && (c.exploitation & forms) === 0) {
    return EXCLUDED_VERDICT
  }
  let depends: string[] | undefined
  for (const f of MASK_FACETS) {
    const cond = c.masks[f]
    if (cond === 0) {
      continue
    }
    const possible = p[f]
    if ((cond & possible) === 0) {
      return EXCLUDED_VERDICT
    }
    if ((possible & ~cond) !== 0) {
      ;(depends ??= []).push(f)
    }
  }
  if (c.regions !== undefined) {
    if (regions === undefined) {
      ;(depends ??= []).push('municipality')
    } else if (!intersects(c.regions, regions)) {
      return EXCLUDED_VERDICT
    }
  }
  return depends === undefined ? HOLDS : { kind: 'included', dependsOn: depends }
}

// ── The same check without allocating, for the per-request loop of the route engine ───────────

/** A compiled condition laid out as parallel arrays of only the facets it tests. */
export interface MaskPlan {
  readonly exploitation: number
  /** Indices into MASK_FACETS of the facets tested, and their masks. */
  readonly facets: readonly number[]
  readonly masks: readonly number[]
  readonly regions: ReadonlySet<string> | undefined
}

export function maskPlan(c: CompiledConditions): MaskPlan {
  const facets: number[] = []
  const masks: number[] = []
  MASK_FACETS.forEach((f, i) => {
    if (c.masks[f] !== 0) {
      facets.push(i)
      masks.push(c.masks[f])
    }
  })
  return { exploitation: c.exploitation, facets, masks, regions: c.regions }
}

/** Open-facet bit for an unknown municipality; bits 0–6 are MASK_FACETS in order. */
export const MUNICIPALITY_BIT = 1 << MASK_FACETS.length
/** openBits result for a condition that rules the situation out. */
export const EXCLUDED = -1

/**
 * The same three-valued check as `evaluate`: EXCLUDED, or the facets that are still open as bits
 * (0 = the conditions hold). `possible` is indexed like MASK_FACETS.
 */
export function openBits(
  c: MaskPlan,
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
export function maskBits(c: MaskPlan, possible: readonly number[]): number {
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

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) {
    if (b.has(x)) {
      return true
    }
  }
  return false
}
