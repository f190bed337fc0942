// SPDX-License-Identifier: EUPL-1.2
// Facet values as bit masks, so a condition is checked with two AND operations: the scenario says
// which values are still possible per facet, a condition says which values it accepts.
import {
  AGE_GROUPS,
  COOPERATION,
  EXPLOITATION_FORMS,
  GENDERS,
  NATIONALITY_GROUPS,
  RECRUITMENT_METHODS,
  RESIDENCE_STATUSES,
  type Conditions,
} from '../facets.ts'
import type { Scenario } from '../scenario.ts'

/** Facets a condition can test by mask (exploitation and regions are handled apart). */
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
const UNACCOMPANIED_VALUES = ['true', 'false'] as const

export const FACET_VALUES: { readonly [F in MaskFacet]: readonly string[] } = {
  ageGroup: AGE_GROUPS,
  nationalityGroup: NATIONALITY_GROUPS,
  residence: [...RESIDENCE_STATUSES, RESIDENCE_NOT_APPLICABLE],
  unaccompanied: UNACCOMPANIED_VALUES,
  gender: GENDERS,
  recruitment: RECRUITMENT_METHODS,
  cooperation: COOPERATION,
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
  const exploitation = c?.exploitation === undefined ? 0 : c.exploitation.reduce((m, f) => m | (FORM_BITS[f] ?? 0), 0)
  return { masks, exploitation, regions: c?.regions === undefined ? undefined : new Set(c.regions) }
}

/** Per facet, the values the scenario still allows. Known facets have one bit. */
export type Possible = { [F in MaskFacet]: number }

export function possibleValues(s: Scenario): Possible {
  const p: Possible = {
    ageGroup: s.ageGroup === undefined ? allBits('ageGroup') : bitOf('ageGroup', s.ageGroup),
    nationalityGroup:
      s.nationalityGroup === undefined ? allBits('nationalityGroup') : bitOf('nationalityGroup', s.nationalityGroup),
    residence: s.residence === undefined ? allBits('residence') : bitOf('residence', s.residence),
    unaccompanied:
      s.unaccompanied === undefined ? allBits('unaccompanied') : bitOf('unaccompanied', String(s.unaccompanied)),
    gender: s.gender === undefined ? allBits('gender') : bitOf('gender', s.gender),
    recruitment: s.recruitment === undefined ? allBits('recruitment') : bitOf('recruitment', s.recruitment),
    cooperation: s.cooperation === undefined ? allBits('cooperation') : bitOf('cooperation', s.cooperation),
  }
  return propagate(p)
}

/** Fixes one facet to one value and lets the consequences follow (used for open questions). */
export function narrow(p: Possible, facet: MaskFacet, value: string): Possible {
  return propagate({ ...p, [facet]: bitOf(facet, value) })
}

/** The bits the consistency rules below test, looked up once. */
const RULE_BITS = {
  na: bitOf('residence', RESIDENCE_NOT_APPLICABLE),
  nl: bitOf('nationalityGroup', 'nl'),
  adult: bitOf('ageGroup', 'adult'),
  minor: bitOf('ageGroup', 'minor'),
  yes: bitOf('unaccompanied', 'true'),
  no: bitOf('unaccompanied', 'false'),
}

/**
 * The facets are not independent: residence is "not applicable" exactly for Dutch nationals, and
 * only minors can be unaccompanied. Applying these rules keeps the possible values consistent.
 */
function propagate(p: Possible): Possible {
  const { na, nl, adult, yes, no, minor } = RULE_BITS
  const q = { ...p }
  if (q.nationalityGroup === nl) {
    q.residence = na
  } else if ((q.nationalityGroup & nl) === 0) {
    q.residence &= ~na
  }
  if ((q.residence & na) === 0) {
    q.nationalityGroup &= ~nl
  } else if (q.residence === na) {
    q.nationalityGroup = nl
  }
  if (q.ageGroup === adult) {
    q.unaccompanied = no
  }
  if (q.unaccompanied === yes) {
    q.ageGroup = minor
  }
  return q
}

export type Verdict =
  { readonly kind: 'excluded' } | { readonly kind: 'included'; readonly dependsOn: readonly string[] }

const HOLDS: Verdict = { kind: 'included', dependsOn: [] }
const EXCLUDED: Verdict = { kind: 'excluded' }

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
    return EXCLUDED
  }
  let depends: string[] | undefined
  for (const f of MASK_FACETS) {
    const cond = c.masks[f]
    if (cond === 0) {
      continue
    }
    const possible = p[f]
    if ((cond & possible) === 0) {
      return EXCLUDED
    }
    if ((possible & ~cond) !== 0) {
      ;(depends ??= []).push(f)
    }
  }
  if (c.regions !== undefined) {
    if (regions === undefined) {
      ;(depends ??= []).push('municipality')
    } else if (!intersects(c.regions, regions)) {
      return EXCLUDED
    }
  }
  return depends === undefined ? HOLDS : { kind: 'included', dependsOn: depends }
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) {
    if (b.has(x)) {
      return true
    }
  }
  return false
}
