// SPDX-License-Identifier: EUPL-1.2
// The one description of a case that every instrument takes: the person and the situation (route,
// wizard, barrier filter, B8 planner) and the events of the case so far (what the planner counts its
// deadlines from). One input schema is the source of request validation, the OpenAPI component
// `Scenario` and the parser (ADR 0013); the normalised form below is what the route engine works on.
import { Type, type Static, type TProperties } from '@sinclair/typebox'
import { IsoDate, literalUnion } from './common.ts'
import { AGE_OF_MAJORITY, FACETS, facetValue } from './facets.ts'
import { ASKERS } from './asker.ts'

export { EU_EEA_CH, EU_MEMBER_STATES, ISO_3166_ALPHA2, isIsoCountryCode, nationalityGroupOf } from './countries.ts'

/** Highest age a scenario may give. */
export const MAX_AGE = 120
/** Age from which a person counts as an adult (kept in the facet table, with the derivation). */
export { AGE_OF_MAJORITY }

/** Why a reflection period ended (the planner's event vocabulary). */
export const REFLECTION_END_REASONS = [
  'reported',
  'cooperating',
  'declined',
  'disappeared',
  'other-application',
] as const
export type ReflectionEndReason = (typeof REFLECTION_END_REASONS)[number]

export const CASE_OUTCOMES = ['pending', 'conviction', 'acquittal', 'dismissal'] as const
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]

/** The most renewals a case may list. */
export const MAX_RENEWALS = 20

const d = {
  age: 'Age in years (0–120). Alternative to ageGroup; under 18 counts as minor.',
  ageGroup: 'Age group, when the exact age is not known.',
  nationality:
    'Nationality: an ISO 3166-1 alpha-2 code (NL, RO, NG) or a country name or adjective in Dutch or English ("China", "Chinees", "Roemenië", "Romanian").',
  nationalityGroup: 'Nationality group, when the country is not known. EU includes EEA and Swiss nationals.',
  residence:
    'Residence situation of a non-Dutch victim: lawful stay, none, asylum procedure, Dublin claimant, immigration detention.',
  gender: 'Gender of the victim.',
  exploitation: 'Form(s) of exploitation (art. 273f Sr). The route needs at least one; the planner uses labour.',
  recruitment: 'How the victim was recruited, where known (loverboy/pooierboy method or other).',
  unaccompanied: 'True for a minor without a parent or guardian in the Netherlands.',
  cooperation:
    'Stance towards the criminal process: undecided, reporting (aangifte), cooperating otherwise, unable (threat or medical), declined. A report date or being a witness who reported implies reporting.',
  municipality:
    'Municipality where the victim is found or stays: a CBS code (GM followed by four digits) or a municipality name.',
  euResidenceRight:
    'EU/EEA/Swiss citizens only: false when the person derives no residence right from EU law (then the B8 scheme can apply). Default true.',
  witness: 'True for a witness who reported (getuige-aangever), who is not the victim.',
  refusedEntry: 'True when the person was refused entry at the border (KMar decides on the reflection period).',
  detentionConsent: 'In immigration detention: true when the OM and the police agreed to a reflection period.',
  presenceNeeded: 'Dublin claimants: true when the OM finds presence in the Netherlands needed for the investigation.',
  firstSignal: 'Date of the first signal of trafficking.',
  reflectionStart: 'First day of the reflection period.',
  reflectionEnd: 'Day the reflection period ended.',
  reflectionEndReason: 'Why the reflection period ended.',
  report: 'Date of the report (aangifte) or the start of other cooperation.',
  permitGranted: 'Date the temporary B8 permit was granted.',
  renewals: 'Dates on which the permit was renewed, oldest first.',
  prosecutionDecision: 'Date the public prosecutor (OM) decided to prosecute.',
  caseOutcome: 'Outcome of the criminal case so far.',
  caseOutcomeDate: 'Date of that outcome (the day a conviction became final).',
  asker:
    'Who is asking: police, education, health-care, youth-care, municipality, aid-organisation, citizen, or self (the person themself). The summary orders and words its actions for that reader and never sends them to their own kind of organisation; leave it out for a professional in general.',
  asOf: 'The date the answer is for (YYYY-MM-DD), default today: the route valid on it, the plan as it stands on it. Event dates may not lie after it.',
} as const

export type ScenarioFieldName = keyof typeof d

const date = (description: string) => Type.Optional({ ...IsoDate, description })

/** The person: who the victim is. */
const personFields = {
  age: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_AGE, description: d.age })),
  ageGroup: Type.Optional(facetValue('ageGroup', d.ageGroup)),
  nationality: Type.Optional(Type.String({ minLength: 2, maxLength: 60, description: d.nationality })),
  nationalityGroup: Type.Optional(facetValue('nationalityGroup', d.nationalityGroup)),
  gender: Type.Optional(facetValue('gender', d.gender)),
  unaccompanied: Type.Optional(Type.Boolean({ description: d.unaccompanied })),
} satisfies TProperties

/** The situation: what happened and where the person stands now. */
const situationFields = {
  residence: Type.Optional(facetValue('residence', d.residence)),
  exploitation: Type.Optional(
    Type.Array(literalUnion(FACETS.exploitation.values), {
      minItems: 1,
      uniqueItems: true,
      description: d.exploitation,
    }),
  ),
  recruitment: Type.Optional(facetValue('recruitment', d.recruitment)),
  cooperation: Type.Optional(facetValue('cooperation', d.cooperation)),
  municipality: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: d.municipality })),
  euResidenceRight: Type.Optional(Type.Boolean({ description: d.euResidenceRight })),
  witness: Type.Optional(Type.Boolean({ description: d.witness })),
  refusedEntry: Type.Optional(Type.Boolean({ description: d.refusedEntry })),
  detentionConsent: Type.Optional(Type.Boolean({ description: d.detentionConsent })),
  presenceNeeded: Type.Optional(Type.Boolean({ description: d.presenceNeeded })),
} satisfies TProperties

/** The events of the case so far: the dates the planner counts from (the route ignores them). */
const eventFields = {
  firstSignal: date(d.firstSignal),
  reflectionStart: date(d.reflectionStart),
  reflectionEnd: date(d.reflectionEnd),
  reflectionEndReason: Type.Optional(literalUnion(REFLECTION_END_REASONS, d.reflectionEndReason)),
  report: date(d.report),
  permitGranted: date(d.permitGranted),
  renewals: Type.Optional(Type.Array(IsoDate, { maxItems: MAX_RENEWALS, description: d.renewals })),
  prosecutionDecision: date(d.prosecutionDecision),
  caseOutcome: Type.Optional(literalUnion(CASE_OUTCOMES, d.caseOutcome)),
  caseOutcomeDate: date(d.caseOutcomeDate),
} satisfies TProperties

/** Who reads the answer (not a fact of the case): the summary is worded for them. */
const readerFields = {
  asker: Type.Optional(literalUnion(ASKERS, d.asker)),
} satisfies TProperties

/** Fields of the person and the situation (what the wizard asks). */
export const PERSON_FIELDS = [
  ...(Object.keys(personFields) as (keyof typeof personFields)[]),
  ...(Object.keys(situationFields) as (keyof typeof situationFields)[]),
]
/** Fields of the case's events (what the planner adds). */
export const EVENT_FIELDS = Object.keys(eventFields) as (keyof typeof eventFields)[]

/**
 * The scenario as a client sends it (JSON body, CLI file): one object for the route and the
 * planner. Every field is optional in the schema; each instrument says what it cannot do without
 * (the route: exploitation) with an error naming the field.
 */
export const ScenarioInput = Type.Object(
  { ...personFields, ...situationFields, ...eventFields, ...readerFields, asOf: date(d.asOf) },
  {
    $id: 'Scenario',
    title: 'Scenario',
    additionalProperties: false,
    description:
      'One case: the person, the situation and the events so far. Missing facets are unknown; the answer says what would change once they are known. The same object drives the route (POST /route) and the B8 planner (POST /trajectory).',
  },
)
export type ScenarioInput = Static<typeof ScenarioInput>

/** Every field of the scenario, in schema order. */
export const SCENARIO_FIELDS = Object.keys(ScenarioInput.properties) as ScenarioFieldName[]

/**
 * The same scenario as query-string fields: every value arrives as text. `exploitation` and
 * `renewals` may be repeated or comma-separated; empty fields count as absent (an untouched form field).
 */
export const ScenarioQuery = Type.Object(
  Object.fromEntries(
    SCENARIO_FIELDS.map((f) => [
      f,
      f === 'exploitation' || f === 'renewals'
        ? Type.Optional(
            Type.Union([Type.String(), Type.Array(Type.String())], {
              description: `${d[f]} Repeat the field or separate with commas.`,
            }),
          )
        : Type.Optional(Type.String({ description: d[f] })),
    ]),
  ),
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
    asker: Type.Optional(literalUnion(ASKERS, 'Who is asking; the summary is worded for them.')),
    asOf: IsoDate,
    derived: Type.Array(Type.String(), {
      description: 'Fields the engine derived from others (e.g. ageGroup from age).',
    }),
    unknown: Type.Array(literalUnion(OPEN_FACETS), { description: 'Facets the scenario leaves unknown.' }),
  },
  {
    $id: 'NormalisedScenario',
    title: 'Normalised scenario',
    additionalProperties: false,
    description: 'The scenario as the route read it: codes, derived groups and the facets still unknown.',
  },
)
export type Scenario = Static<typeof Scenario>

/** The case's situation flags and events after parsing (what the planner adds to a Scenario). */
export interface CaseFacts {
  readonly euResidenceRight?: boolean
  readonly witness?: boolean
  readonly refusedEntry?: boolean
  readonly detentionConsent?: boolean
  readonly presenceNeeded?: boolean
  readonly firstSignal?: string
  readonly reflectionStart?: string
  readonly reflectionEnd?: string
  readonly reflectionEndReason?: ReflectionEndReason
  readonly report?: string
  readonly permitGranted?: string
  readonly renewals?: readonly string[]
  readonly prosecutionDecision?: string
  readonly caseOutcome?: CaseOutcome
  readonly caseOutcomeDate?: string
}
