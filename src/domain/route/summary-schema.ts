// SPDX-License-Identifier: EUPL-1.2
// The summary at the top of a route: at most 7 ranked next actions and at most 3 questions to ask
// next. Each action is a message code with parameters; its words are in the message catalogue
// (`summaryActions` in src/messages), rendered at the edge in the language asked (ADR 0011).
import { MessageSchema } from '../message.ts'
import { Type, type Static } from '@sinclair/typebox'
import { Id, Status, literalUnion } from '../common.ts'
import { Phone } from '../party.ts'
import type { TimeUnit } from '../right.ts'

/** The kinds of next action, in the order of the ranking rule (docs/route-summary.md). */
export const SUMMARY_CODES = [
  'acute-danger',
  'care-coordinator',
  'veilig-thuis',
  'guardian-nidos',
  'police-report',
  'labour-inspectorate',
  'reflection-period',
  'register-comensha',
  // Actions for some readers only (issue 21 item 4: the citizen and the person themself).
  'victim-helpline',
  'fair-work',
  'victim-support',
  'report-anonymously',
] as const
export type SummaryCode = (typeof SUMMARY_CODES)[number]
/** The codes every reader may get, with a general wording (`summaryActions.general`). */
export type GeneralSummaryCode = Exclude<
  SummaryCode,
  'victim-helpline' | 'fair-work' | 'victim-support' | 'report-anonymously'
>

/** Parameters of an action's message; absent ones are left out of the sentence. */
export interface SummaryParams {
  /** The regional organisation (e.g. "Veilig Thuis Utrecht"). */
  readonly regional?: string
  /** The region's name (e.g. "Zorgcoördinatie mensenhandel Utrecht"). */
  readonly region?: string
  /** The party to call instead while the regional one is unconfirmed (CoMensha). */
  readonly fallback?: string
  /** The reflection period's limit, a whole number of `durationUnit`s (the catalogue words it). */
  readonly durationValue?: string
  readonly durationUnit?: TimeUnit
  /** 'criminal' when the case names criminal but not labour exploitation (the NLA's wider remit). */
  readonly scope?: 'criminal'
}

export const SummaryCall = Type.Object(
  {
    partyId: Id,
    name: Type.String({ description: 'Who answers this number.' }),
    phone: Phone,
    fallback: Type.Optional(
      Type.Boolean({
        description:
          'True when the number is the fallback (CoMensha) because the regional organisation is not confirmed.',
      }),
    ),
  },
  { additionalProperties: false, description: 'The number to call first for this action, with what it is for.' },
)
export type SummaryCall = Static<typeof SummaryCall>

export const SummaryParty = Type.Object(
  {
    id: Id,
    name: Type.String(),
    shortName: Type.Optional(Type.String()),
    status: Status,
    regional: Type.Optional(
      Type.Object(
        {
          id: Id,
          name: Type.String(),
          status: Status,
          region: Type.Object({ id: Id, name: Type.String() }, { additionalProperties: false }),
          confirmed: Type.Boolean({
            description: "False when the region's own organisation is not confirmed by a recent source.",
          }),
        },
        { additionalProperties: false, description: "The party's organisation in the scenario's region." },
      ),
    ),
  },
  { additionalProperties: false },
)
export type SummaryParty = Static<typeof SummaryParty>

export const SummaryAction = Type.Object(
  {
    rank: Type.Integer({ minimum: 1, description: 'Position in the summary, 1 first.' }),
    code: literalUnion(SUMMARY_CODES, 'Kind of action; the message code of `action` is `summary.<code>`.'),
    params: Type.Record(Type.String(), Type.String(), {
      description:
        'Parameters of the message: regional, region and fallback (names), durationValue and durationUnit (the reflection period), scope.',
    }),
    party: SummaryParty,
    call: Type.Optional(SummaryCall),
    action: Type.Optional(
      Type.String({
        description:
          'The action in one line, in the language asked (lang, else Accept-Language, else Dutch); set at the edge.',
      }),
    ),
    why: Type.Array(MessageSchema, {
      description: 'Why this action is in the summary: the facets that trigger it, as codes with parameters and text.',
    }),
    conditional: Type.Optional(
      Type.Boolean({ description: 'True when the action applies only for some answers to the open questions.' }),
    ),
    status: Status,
    basis: Type.Object(
      {
        kind: literalUnion(['responsibility', 'right'] as const),
        id: Id,
      },
      { additionalProperties: false, description: 'The route item the action rests on.' },
    ),
    sources: Type.Array(Id, { minItems: 1, description: 'Ids of the sources (data/sources) the action rests on.' }),
  },
  { additionalProperties: false },
)
export type SummaryAction = Static<typeof SummaryAction>

export const AskNext = Type.Object(
  {
    facet: Type.String(),
    question: Type.Optional(Type.String({ description: 'The question in the language asked (set at the edge).' })),
    affects: Type.Integer({
      minimum: 1,
      description: 'How many parties, rights and regional contacts of the route depend on the answer.',
    }),
  },
  { additionalProperties: false },
)
export type AskNext = Static<typeof AskNext>
