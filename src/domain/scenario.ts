// SPDX-License-Identifier: EUPL-1.2
// The scenario a route is asked for: the input schema (one source for request validation, OpenAPI
// and the parser) and the normalised form the route engine works on.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDate, literalUnion } from './common.ts'
import { AGE_OF_MAJORITY, FACETS, facetValue } from './facets.ts'

export { EU_EEA_CH, EU_MEMBER_STATES, ISO_3166_ALPHA2, isIsoCountryCode, nationalityGroupOf } from './countries.ts'

/** Highest age a scenario may give. */
export const MAX_AGE = 120
/** Age from which a person counts as an adult (kept in the facet table, with the derivation). */
export { AGE_OF_MAJORITY }

const descriptions = {
  age: 'Age in years (0–120). Alternative to ageGroup; under 18 counts as minor.',
  ageGroup: 'Age group, when the exact age is not known.',
  nationality: 'Nationality as an ISO 3166-1 alpha-2 code, e.g. NL, RO, NG.',
  nationalityGroup: 'Nationality group, when the country is not known. EU includes EEA and Swiss nationals.',
  residence:
    'Residence situation of a non-Dutch victim: lawful stay, none, asylum procedure, Dublin claimant, immigration detention.',
  gender: 'Gender of the victim.',
  exploitation: 'Form(s) of exploitation (art. 273f Sr); at least one.',
  recruitment: 'How the victim was recruited, where known (loverboy/pooierboy method or other).',
  unaccompanied: 'True for a minor without a parent or guardian in the Netherlands.',
  cooperation:
    'Stance towards the criminal process: undecided, reporting (aangifte), cooperating otherwise, unable (threat or medical), declined.',
  municipality: 'CBS municipality code (GM followed by four digits) where the victim is found or stays.',
  asOf: 'Date on which the route must be valid (YYYY-MM-DD); default today.',
} as const

/** The scenario as a client sends it (JSON body). Only `exploitation` is required. */
export const ScenarioInput = Type.Object(
  {
    age: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_AGE, description: descriptions.age })),
    ageGroup: Type.Optional(facetValue('ageGroup', descriptions.ageGroup)),
    nationality: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: descriptions.nationality })),
    nationalityGroup: Type.Optional(facetValue('nationalityGroup', descriptions.nationalityGroup)),
    residence: Type.Optional(facetValue('residence', descriptions.residence)),
    gender: Type.Optional(facetValue('gender', descriptions.gender)),
    exploitation: Type.Array(literalUnion(FACETS.exploitation.values), {
      minItems: 1,
      uniqueItems: true,
      description: descriptions.exploitation,
    }),
    recruitment: Type.Optional(facetValue('recruitment', descriptions.recruitment)),
    unaccompanied: Type.Optional(Type.Boolean({ description: descriptions.unaccompanied })),
    cooperation: Type.Optional(facetValue('cooperation', descriptions.cooperation)),
    municipality: Type.Optional(Type.String({ pattern: '^[Gg][Mm]\\d{4}$', description: descriptions.municipality })),
    asOf: Type.Optional({ ...IsoDate, description: descriptions.asOf }),
  },
  {
    $id: 'ScenarioInput',
    title: 'Scenario',
    additionalProperties: false,
    description:
      'A victim situation, described by facets. Missing facets are unknown; the route says what would change once they are known.',
  },
)
export type ScenarioInput = Static<typeof ScenarioInput>

/**
 * The same scenario as query-string fields: every value arrives as text. `exploitation` may be
 * repeated or comma-separated; empty fields count as absent (an untouched form field).
 */
export const ScenarioQuery = Type.Object(
  {
    age: Type.Optional(Type.String({ pattern: '^(\\d{1,3})?$', description: descriptions.age })),
    ageGroup: Type.Optional(Type.String({ description: descriptions.ageGroup })),
    nationality: Type.Optional(Type.String({ description: descriptions.nationality })),
    nationalityGroup: Type.Optional(Type.String({ description: descriptions.nationalityGroup })),
    residence: Type.Optional(Type.String({ description: descriptions.residence })),
    gender: Type.Optional(Type.String({ description: descriptions.gender })),
    exploitation: Type.Union([Type.String(), Type.Array(Type.String())], {
      description: `${descriptions.exploitation} Repeat the field or separate with commas.`,
    }),
    recruitment: Type.Optional(Type.String({ description: descriptions.recruitment })),
    unaccompanied: Type.Optional(Type.String({ description: `${descriptions.unaccompanied} "true" or "false".` })),
    cooperation: Type.Optional(Type.String({ description: descriptions.cooperation })),
    municipality: Type.Optional(Type.String({ description: descriptions.municipality })),
    asOf: Type.Optional(Type.String({ description: descriptions.asOf })),
  },
  { $id: 'ScenarioQuery', title: 'Scenario (query string)', additionalProperties: false },
)
export type ScenarioQuery = Static<typeof ScenarioQuery>

/** The facets a scenario may leave unknown (exploitation is required, asOf defaults to today). */
export const OPEN_FACETS = [
  'ageGroup',
  'nationalityGroup',
  'residence',
  'unaccompanied',
  'gender',
  'recruitment',
  'cooperation',
  'municipality',
] as const
export type OpenFacet = (typeof OPEN_FACETS)[number]

/** The scenario after parsing: codes upper-cased, groups derived, forms in canonical order. */
export const Scenario = Type.Object(
  {
    age: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_AGE })),
    ageGroup: Type.Optional(facetValue('ageGroup')),
    nationality: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    nationalityGroup: Type.Optional(facetValue('nationalityGroup')),
    residence: Type.Optional(facetValue('residence')),
    gender: Type.Optional(facetValue('gender')),
    exploitation: Type.Array(literalUnion(FACETS.exploitation.values), { minItems: 1 }),
    recruitment: Type.Optional(facetValue('recruitment')),
    unaccompanied: Type.Optional(Type.Boolean()),
    cooperation: Type.Optional(facetValue('cooperation')),
    municipality: Type.Optional(Type.String({ pattern: '^GM\\d{4}$' })),
    asOf: IsoDate,
    derived: Type.Array(Type.String(), {
      description: 'Fields the engine derived from others (e.g. ageGroup from age).',
    }),
    unknown: Type.Array(literalUnion(OPEN_FACETS), { description: 'Facets the scenario leaves unknown.' }),
  },
  { $id: 'Scenario', title: 'Normalised scenario', additionalProperties: false },
)
export type Scenario = Static<typeof Scenario>
