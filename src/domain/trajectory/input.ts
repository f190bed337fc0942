// SPDX-License-Identifier: EUPL-1.2
// What the trajectory planner is asked: the facets of the person and the dates known so far.
// One TypeBox schema for the JSON body, OpenAPI and the parser; a second for query-string input
// (every value is text there), so the whole plan fits in a URL and nothing is stored.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDate, literalUnion } from '../common.ts'
import { facetValue } from '../facets.ts'

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

const d = {
  nationalityGroup: 'Nationality group: nl (Dutch), eu (EU, EEA or Swiss), third-country.',
  euResidenceRight:
    'EU/EEA/Swiss citizens only: false when the person derives no residence right from EU law (then the scheme can apply). Default true.',
  residence: 'Residence situation: lawful stay, none, asylum procedure, Dublin claimant, immigration detention.',
  ageGroup: 'Age group.',
  unaccompanied: 'True for a minor without a parent or guardian in the Netherlands.',
  cooperation:
    'Stance towards the criminal process: undecided, reporting, cooperating-otherwise, unable (threat or medical), declined.',
  witness: 'True for a witness who reported (getuige-aangever), who is not the victim.',
  labourExploitation: 'True when the exploitation was labour exploitation (opens the employer-sanctions ground).',
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
  asOf: 'The plan date (YYYY-MM-DD); default today. Later dates are not allowed in the input.',
} as const

const date = (description: string) => Type.Optional({ ...IsoDate, description })

export const TrajectoryInput = Type.Object(
  {
    nationalityGroup: facetValue('nationalityGroup', d.nationalityGroup),
    euResidenceRight: Type.Optional(Type.Boolean({ description: d.euResidenceRight })),
    residence: Type.Optional(facetValue('residence', d.residence)),
    ageGroup: Type.Optional(facetValue('ageGroup', d.ageGroup)),
    unaccompanied: Type.Optional(Type.Boolean({ description: d.unaccompanied })),
    cooperation: Type.Optional(facetValue('cooperation', d.cooperation)),
    witness: Type.Optional(Type.Boolean({ description: d.witness })),
    labourExploitation: Type.Optional(Type.Boolean({ description: d.labourExploitation })),
    refusedEntry: Type.Optional(Type.Boolean({ description: d.refusedEntry })),
    detentionConsent: Type.Optional(Type.Boolean({ description: d.detentionConsent })),
    presenceNeeded: Type.Optional(Type.Boolean({ description: d.presenceNeeded })),
    firstSignal: date(d.firstSignal),
    reflectionStart: date(d.reflectionStart),
    reflectionEnd: date(d.reflectionEnd),
    reflectionEndReason: Type.Optional(literalUnion(REFLECTION_END_REASONS, d.reflectionEndReason)),
    report: date(d.report),
    permitGranted: date(d.permitGranted),
    renewals: Type.Optional(Type.Array(IsoDate, { maxItems: 20, description: d.renewals })),
    prosecutionDecision: date(d.prosecutionDecision),
    caseOutcome: Type.Optional(literalUnion(CASE_OUTCOMES, d.caseOutcome)),
    caseOutcomeDate: date(d.caseOutcomeDate),
    asOf: date(d.asOf),
  },
  {
    $id: 'TrajectoryInput',
    title: 'Trajectory planner input',
    additionalProperties: false,
    description: 'The facts known so far about one person. Nothing is stored: the plan is computed and returned.',
  },
)
export type TrajectoryInput = Static<typeof TrajectoryInput>

export const TRAJECTORY_FIELDS = Object.keys(TrajectoryInput.properties) as (keyof TrajectoryInput)[]

/** The same input as query-string fields: all text; renewals repeated or comma-separated. */
export const TrajectoryQuery = Type.Object(
  Object.fromEntries(
    TRAJECTORY_FIELDS.map((f) => [
      f,
      f === 'renewals'
        ? Type.Optional(
            Type.Union([Type.String(), Type.Array(Type.String())], {
              description: `${d.renewals} Repeat the field or separate with commas.`,
            }),
          )
        : f === 'nationalityGroup'
          ? Type.String({ description: d.nationalityGroup })
          : Type.Optional(Type.String({ description: d[f] })),
    ]),
  ),
  { $id: 'TrajectoryQuery', title: 'Trajectory planner input (query string)', additionalProperties: false },
)

/** Input after parsing: asOf filled in, renewals sorted as given. */
export type ParsedTrajectoryInput = TrajectoryInput & { readonly asOf: string }
