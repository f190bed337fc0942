// SPDX-License-Identifier: EUPL-1.2
// The planner's answer as a TypeBox schema: the API's response schema, the OpenAPI document and
// the TypeScript type all come from here.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDate, literalUnion } from '../common.ts'
import { MessageSchema } from '../message.ts'
import { LIMIT_KINDS } from '../right.ts'
import { Route } from '../route/route-schema.ts'
import { TRAJECTORY_TRACKS } from '../trajectory.ts'

export const STEP_STATUSES = ['done', 'current', 'overdue', 'upcoming', 'possible', 'not-applicable'] as const
export type StepStatus = (typeof STEP_STATUSES)[number]

export const DEADLINE_KINDS = [...LIMIT_KINDS, 'event'] as const

const Ref = Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false })

export const PlanDeadline = Type.Object(
  {
    id: Type.String({ description: 'Stable id of this deadline within the plan (used as calendar UID).' }),
    label: {
      ...MessageSchema,
      description: 'What the date is, as code and params (a limit from the data, or an event of the case).',
    },
    date: { ...IsoDate, description: 'Europe/Amsterdam calendar date.' },
    legalBasis: Type.String(),
    kind: literalUnion(
      DEADLINE_KINDS,
      'max/within: last day; target: aimed-for day; after/min: first day on which it is possible; event: a date from the input.',
    ),
    passed: Type.Boolean({ description: 'True when the date lies before the plan date.' }),
  },
  { additionalProperties: false },
)
export type PlanDeadline = Static<typeof PlanDeadline>

export const PlanStep = Type.Object(
  {
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    nameEn: Type.Optional(Type.String()),
    track: literalUnion(TRAJECTORY_TRACKS),
    status: literalUnion(STEP_STATUSES),
    summary: Type.String(),
    parties: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          regional: Type.Optional(
            Type.Array(Ref, {
              description:
                "The party's regional branch(es) for the scenario's municipality (e.g. the zorgcoördinator).",
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    rights: Type.Array(Ref),
    deadlines: Type.Array(PlanDeadline),
    notes: Type.Array(MessageSchema, { description: 'Why the step has this status, as code and params.' }),
    rules: Type.Array(Ref, { description: 'Versioned rules applied to this step.' }),
    legalBasis: Type.String(),
    next: Type.Array(Type.String(), { description: 'Ids of the steps in this plan that can follow.' }),
    recordStatus: literalUnion(['sourced', 'derived', 'unverified'] as const),
    sources: Type.Array(Type.String()),
  },
  { additionalProperties: false },
)
export type PlanStep = Static<typeof PlanStep>

export const TrajectoryPlan = Type.Object(
  {
    applicable: Type.Boolean({ description: 'False when the B8 scheme does not apply to this person.' }),
    reason: Type.Optional({ ...MessageSchema, description: 'Why the scheme does not apply.' }),
    alternatives: Type.Optional(
      Type.Array(
        Type.Object(
          { id: Type.String(), name: Type.String(), summary: Type.String() },
          { additionalProperties: false },
        ),
        { description: 'Rights and routes that apply instead.' },
      ),
    ),
    asOf: IsoDate,
    permitGrounds: Type.Array(Type.String(), {
      description: 'Grounds of Vb 2000 art. 3.48 lid 1 that fit (a, b, c, d, g).',
    }),
    steps: Type.Array(PlanStep),
    regional: Type.Optional({
      ...Route.properties.regional,
      description:
        "With a municipality: its regions and the regional parties with their contacts, the zorgcoördinatie region's first.",
    }),
    warnings: Type.Array(MessageSchema, { description: 'What to check in the facts or the data, as code and params.' }),
    rules: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          legalBasis: Type.String(),
          status: Type.String(),
          validFrom: Type.Optional(IsoDate),
          validTo: Type.Optional(IsoDate),
          decisiveDate: Type.String(),
        },
        { additionalProperties: false },
      ),
      { description: 'Every versioned rule the plan applied.' },
    ),
  },
  { $id: 'TrajectoryPlan', title: 'Trajectory plan', additionalProperties: false },
)
export type TrajectoryPlan = Static<typeof TrajectoryPlan>
