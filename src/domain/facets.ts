// SPDX-License-Identifier: EUPL-1.2
// The facet table: the dimensions over which responsibilities, rights and victim categories are
// conditioned, with their values, the key their labels live under, how a group is derived from a
// finer input (age → minor/adult, country → nl/eu/third-country) and the rules that tie facets
// together. Conditions, the scenario schemas, every input parser and src/domain/conditions read
// this one table; nothing else lists facet values.
import { Type, type Static, type TUnsafe } from '@sinclair/typebox'
import { Id, literalUnion } from './common.ts'
import { nationalityGroupOf } from './countries.ts'

export const AGE_GROUPS = ['minor', 'adult'] as const
export const NATIONALITY_GROUPS = ['nl', 'eu', 'third-country'] as const
export const RESIDENCE_STATUSES = ['lawful', 'none', 'asylum', 'dublin', 'detained'] as const
export const GENDERS = ['female', 'male', 'x'] as const
export const EXPLOITATION_FORMS = ['sexual', 'labour', 'criminal', 'organ-removal'] as const
export const RECRUITMENT_METHODS = ['loverboy', 'other'] as const
export const COOPERATION = ['undecided', 'reporting', 'cooperating-otherwise', 'unable', 'declined'] as const

export type AgeGroup = (typeof AGE_GROUPS)[number]
export type NationalityGroup = (typeof NATIONALITY_GROUPS)[number]
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number]
export type Gender = (typeof GENDERS)[number]
export type ExploitationFormId = (typeof EXPLOITATION_FORMS)[number]
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number]
export type Cooperation = (typeof COOPERATION)[number]

/** Age from which a person counts as an adult. */
export const AGE_OF_MAJORITY = 18

/** The age group of an age in years: the derivation every parser and form uses. */
export function ageGroupOfAge(age: number): AgeGroup {
  return age < AGE_OF_MAJORITY ? 'minor' : 'adult'
}

export { nationalityGroupOf }

interface FacetEntry {
  /** The closed list of values, or undefined for an open list of ids (regions). */
  readonly values: readonly string[] | undefined
  /** one: a situation has one value; many: one or more (exploitation forms); flag: true/false. */
  readonly arity: 'one' | 'many' | 'flag'
  /** The key under which message catalogues keep the facet's label and its value labels. */
  readonly labels: string
  /** What the facet means; also its description in the data-file schema. */
  readonly description: string
  /** The finer input a parser may take instead, and how the group follows from it. */
  readonly derivedFrom?: { readonly field: 'age' | 'nationality'; readonly derive: (input: never) => string }
}

/**
 * One entry per facet, in the order conditions are shown and checked. `regions` is the region
 * membership of the municipality (a scenario gives the municipality; conditions name regions).
 */
export const FACETS = {
  ageGroup: {
    values: AGE_GROUPS,
    arity: 'one',
    labels: 'ageGroup',
    description: 'Age groups for which it applies.',
    derivedFrom: { field: 'age', derive: ageGroupOfAge },
  },
  nationalityGroup: {
    values: NATIONALITY_GROUPS,
    arity: 'one',
    labels: 'nationalityGroup',
    description: 'Nationality groups (EU includes EEA and Swiss nationals).',
    derivedFrom: { field: 'nationality', derive: nationalityGroupOf },
  },
  residence: {
    values: RESIDENCE_STATUSES,
    arity: 'one',
    labels: 'residence',
    description: 'Residence statuses of non-Dutch victims for which it applies.',
  },
  unaccompanied: {
    values: undefined,
    arity: 'flag',
    labels: 'unaccompanied',
    description: 'Only for (true) or never for (false) unaccompanied minors.',
  },
  gender: { values: GENDERS, arity: 'one', labels: 'gender', description: 'Genders for which it applies.' },
  exploitation: {
    values: EXPLOITATION_FORMS,
    arity: 'many',
    labels: 'exploitation',
    description: 'Exploitation forms for which it applies.',
  },
  recruitment: {
    values: RECRUITMENT_METHODS,
    arity: 'one',
    labels: 'recruitment',
    description: 'Recruitment methods for which it applies.',
  },
  cooperation: {
    values: COOPERATION,
    arity: 'one',
    labels: 'cooperation',
    description: 'Stances towards the criminal process for which it applies.',
  },
  regions: {
    values: undefined,
    arity: 'many',
    labels: 'regions',
    description: 'Only in these regions (ids in data/regions).',
  },
} as const satisfies Record<string, FacetEntry>

export type FacetName = keyof typeof FACETS
export const FACET_NAMES = Object.keys(FACETS) as FacetName[]

/**
 * The rules that tie facets together. Residence (a status under aliens law) exists only for
 * non-Dutch nationals; only a minor can be unaccompanied. A situation, a scenario and a condition
 * set that breaks one of these describes nobody.
 */
export const FACET_RULES = [
  {
    id: 'unaccompanied-only-minor',
    facets: ['ageGroup', 'unaccompanied'],
    /** Conditions that break the rule: what `wegwijzer validate` says. */
    conditionsMessage: 'conditions require an unaccompanied minor but exclude minors',
  },
  {
    id: 'residence-only-non-dutch',
    facets: ['nationalityGroup', 'residence'],
    conditionsMessage: 'conditions set a residence status but only allow Dutch nationals',
  },
] as const
export type FacetRuleId = (typeof FACET_RULES)[number]['id']

/** Residence applies unless the person is known to be Dutch (so forms ask it only then). */
export function residenceApplies(nationalityGroup: string | undefined): boolean {
  return nationalityGroup !== 'nl'
}

/** Being unaccompanied applies unless the person is known to be an adult. */
export function unaccompaniedApplies(ageGroup: string | undefined): boolean {
  return ageGroup !== 'adult'
}

/** True when the known values of a situation break the rule (unknown values break nothing). */
export function breaksRule(
  rule: FacetRuleId,
  s: {
    readonly nationalityGroup?: string | undefined
    readonly residence?: string | undefined
    readonly ageGroup?: string | undefined
    readonly unaccompanied?: boolean | undefined
  },
): boolean {
  return rule === 'residence-only-non-dutch'
    ? s.residence !== undefined && !residenceApplies(s.nationalityGroup)
    : s.unaccompanied === true && !unaccompaniedApplies(s.ageGroup)
}

type ValueFacet = 'ageGroup' | 'nationalityGroup' | 'residence' | 'gender' | 'recruitment' | 'cooperation'

/** One value of a facet as a field of a TypeBox schema (scenario and planner inputs). */
export function facetValue<F extends ValueFacet>(
  facet: F,
  description?: string,
): TUnsafe<(typeof FACETS)[F]['values'][number]> {
  return literalUnion<(typeof FACETS)[F]['values']>(FACETS[facet].values, description)
}

function facetList<const T extends readonly string[]>(values: T, description: string) {
  return Type.Optional(Type.Array(literalUnion(values), { minItems: 1, uniqueItems: true, description }))
}

/**
 * Conditions under which a responsibility or right applies. Every facet is optional; an absent
 * facet means "any value". A listed facet holds when the situation's value is one of the listed
 * values (for exploitation: when at least one of the situation's forms is listed).
 */
export const Conditions = Type.Object(
  {
    ageGroup: facetList(FACETS.ageGroup.values, FACETS.ageGroup.description),
    nationalityGroup: facetList(FACETS.nationalityGroup.values, FACETS.nationalityGroup.description),
    residence: facetList(FACETS.residence.values, FACETS.residence.description),
    unaccompanied: Type.Optional(Type.Boolean({ description: FACETS.unaccompanied.description })),
    gender: facetList(FACETS.gender.values, FACETS.gender.description),
    exploitation: facetList(FACETS.exploitation.values, FACETS.exploitation.description),
    recruitment: facetList(FACETS.recruitment.values, FACETS.recruitment.description),
    cooperation: facetList(FACETS.cooperation.values, FACETS.cooperation.description),
    regions: Type.Optional(Type.Array(Id, { minItems: 1, uniqueItems: true, description: FACETS.regions.description })),
  },
  { additionalProperties: false, description: 'Scenario facets that must hold; absent facets impose nothing.' },
)
export type Conditions = Static<typeof Conditions>
