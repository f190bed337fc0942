// SPDX-License-Identifier: EUPL-1.2
// Schemas of the B8 trajectory data: the steps of the residence scheme and doorstroom (with their
// parties, rights and time limits) and the versioned rules the planner applies by date.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'
import { LIMIT_KINDS, TIME_UNITS } from './right.ts'

/** Which part of the trajectory a step belongs to; the planner orders and filters by it. */
export const TRAJECTORY_TRACKS = [
  'signal',
  'reflection',
  'permit',
  'continued',
  'doorstroom',
  'return',
  'parallel',
] as const
export type TrajectoryTrack = (typeof TRAJECTORY_TRACKS)[number]

/**
 * Limits the planner turns into dated deadlines. The engine knows what each key is counted from
 * (see domain/trajectory/deadlines.ts); the value, unit and legal basis come from the data.
 */
export const LIMIT_KEYS = [
  'reflection-max',
  'reflection-reporting',
  'ind-decision-target',
  'permit-max',
  'renewal-max',
  'noncoop-permit',
  'noncoop-continued-after',
  'continued-three-years',
  'continued-permit-max',
  'cjib-advance-after',
] as const
export type LimitKey = (typeof LIMIT_KEYS)[number]

export const StepLimit = strictObject(
  {
    key: literalUnion(LIMIT_KEYS, 'What the planner counts this limit from.'),
    label: ShortText,
    value: Type.Number({ exclusiveMinimum: 0 }),
    unit: literalUnion(TIME_UNITS),
    kind: literalUnion(
      LIMIT_KINDS,
      'max: at most; min: at least; target: aimed-for time; after: not before; within: must happen within.',
    ),
    renewable: Type.Optional(Type.Boolean()),
    legalBasis: ShortText,
    en: Type.Optional(ShortText),
  },
  { description: 'A legal or policy time limit of a step, keyed for the planner.' },
)
export type StepLimit = Static<typeof StepLimit>

export const Bottleneck = strictObject(
  {
    name: ShortText,
    description: NonEmptyText,
    status: literalUnion(['sourced', 'derived', 'unverified'] as const),
    sources: Type.Array(Id, { minItems: 1, uniqueItems: true, description: 'Ids of records in data/sources.' }),
    en: Type.Optional(English),
  },
  { description: 'A known problem in practice at this step (e.g. shelter outflow stalls for lack of housing).' },
)
export type Bottleneck = Static<typeof Bottleneck>

export const Duty = strictObject(
  {
    party: { ...Id, description: 'The party that has the obligation (id in data/parties).' },
    text: NonEmptyText,
    legalBasis: Type.Optional(ShortText),
    en: Type.Optional(NonEmptyText),
  },
  { description: 'An obligation a party has at this step.' },
)
export type Duty = Static<typeof Duty>

export const TrajectoryStep = strictObject(
  {
    id: Id,
    code: Type.String({
      pattern: '^(T\\d{2}[a-z]?x?|P\\d{2})$',
      description: 'Step code of the reference (T01–T15, T06x, T12b, P01).',
    }),
    order: Type.Integer({ minimum: 1, maximum: 100, description: 'Position in the timeline.' }),
    track: literalUnion(TRAJECTORY_TRACKS, 'Part of the trajectory.'),
    name: ShortText,
    summary: NonEmptyText,
    parties: Type.Array(Id, {
      minItems: 1,
      uniqueItems: true,
      description: 'Responsible parties (ids in data/parties).',
    }),
    rights: Type.Array(Id, {
      uniqueItems: true,
      description: 'Rights that hold during this step (ids in data/rights).',
    }),
    onlyFor: Type.Optional(
      strictObject(
        {
          victim: Type.Optional(Type.Array(Id, { uniqueItems: true })),
          witness: Type.Optional(Type.Array(Id, { uniqueItems: true })),
        },
        {
          description:
            'Rights of this step that hold only for victims or only for witnesses who reported (getuige-aangevers); they must also be listed in rights.',
        },
      ),
    ),
    legalBasis: ShortText,
    limits: Type.Array(StepLimit, { description: 'Time limits the planner turns into deadlines.' }),
    next: Type.Array(Id, { uniqueItems: true, description: 'Steps that can follow (ids in data/trajectory-steps).' }),
    duties: Type.Optional(Type.Array(Duty)),
    bottlenecks: Type.Optional(Type.Array(Bottleneck)),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'TrajectoryStep',
    title: 'Trajectory step',
    description: 'A step of the B8 residence trajectory or the doorstroom to housing.',
  },
)
export type TrajectoryStep = Static<typeof TrajectoryStep>

/** The rules the planner implements; a record gives each its legal basis and period of validity. */
export const RULE_KINDS = [
  'scope-dutch-nationals',
  'scope-eu-citizens',
  'reflection-only-without-lawful-stay',
  'reflection-for-presumed-victims',
  'reflection-dublin-shorter',
  'reflection-not-for-witnesses',
  'reflection-detention-consent',
  'reflection-refused-entry',
  'permit-grounds',
  'permit-withdrawal',
  'continued-conviction',
  'continued-three-years',
  'continued-prosecution-decision',
  'continued-special-circumstances',
  'dublin-presence-needed',
] as const
export type RuleKind = (typeof RULE_KINDS)[number]

export const TrajectoryRule = strictObject(
  {
    id: Id,
    rule: literalUnion(RULE_KINDS, 'The rule of the planner this record switches on for its period of validity.'),
    name: ShortText,
    summary: NonEmptyText,
    steps: Type.Array(Id, {
      minItems: 1,
      uniqueItems: true,
      description: 'Steps the rule decides about (ids in data/trajectory-steps).',
    }),
    decisiveDate: NonEmptyText,
    alternatives: Type.Optional(
      Type.Array(Id, {
        uniqueItems: true,
        description: 'Scope rules: rights that apply instead of the scheme (ids in data/rights).',
      }),
    ),
    limits: Type.Optional(
      Type.Array(StepLimit, {
        description:
          "Time limits the rule sets while it applies; they replace the step's limit with the same key (e.g. a shorter reflection period).",
      }),
    ),
    legalBasis: ShortText,
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'TrajectoryRule',
    title: 'Trajectory rule',
    description: 'A versioned rule of the B8 scheme, applied by the planner for the dates it is valid.',
  },
)
export type TrajectoryRule = Static<typeof TrajectoryRule>
