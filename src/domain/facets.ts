// SPDX-License-Identifier: EUPL-1.2
// The scenario facets: the dimensions over which responsibilities and rights are conditioned.
// The same vocabulary drives the route engine, the overlap analysis and the data files.
import { Type, type Static } from '@sinclair/typebox'
import { Id, literalUnion } from './common.ts'

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

function facetList<const T extends readonly string[]>(values: T, description: string) {
  return Type.Optional(Type.Array(literalUnion(values), { minItems: 1, uniqueItems: true, description }))
}

/**
 * Conditions under which a responsibility or right applies. Every facet is optional; an absent
 * facet means "any value". A listed facet holds when the scenario's value is one of the listed
 * values (for exploitation: when at least one of the scenario's forms is listed).
 */
export const Conditions = Type.Object(
  {
    ageGroup: facetList(AGE_GROUPS, 'Age groups for which it applies.'),
    nationalityGroup: facetList(NATIONALITY_GROUPS, 'Nationality groups (EU includes EEA and Swiss nationals).'),
    residence: facetList(RESIDENCE_STATUSES, 'Residence statuses of non-Dutch victims for which it applies.'),
    unaccompanied: Type.Optional(
      Type.Boolean({ description: 'Only for (true) or never for (false) unaccompanied minors.' }),
    ),
    gender: facetList(GENDERS, 'Genders for which it applies.'),
    exploitation: facetList(EXPLOITATION_FORMS, 'Exploitation forms for which it applies.'),
    recruitment: facetList(RECRUITMENT_METHODS, 'Recruitment methods for which it applies.'),
    cooperation: facetList(COOPERATION, 'Stances towards the criminal process for which it applies.'),
    regions: Type.Optional(
      Type.Array(Id, { minItems: 1, uniqueItems: true, description: 'Only in these regions (ids in data/regions).' }),
    ),
  },
  { additionalProperties: false, description: 'Scenario facets that must hold; absent facets impose nothing.' },
)
export type Conditions = Static<typeof Conditions>
export type FacetName = keyof Conditions
