// SPDX-License-Identifier: EUPL-1.2
// Request schemas of the barrier-model API, derived from the domain vocabulary.
import { Type, type Static } from '@sinclair/typebox'
import { BARRIER_TYPES, Facilitator, PracticeExample } from '../../../domain/barrier.ts'
import { English, Id, IsoDate, Status, literalUnion } from '../../../domain/common.ts'
import { EXPLOITATION_FORMS, RECRUITMENT_METHODS } from '../../../domain/facets.ts'

export const BarriersQuery = Type.Object(
  {
    form: Type.Optional(literalUnion(EXPLOITATION_FORMS, 'Exploitation form; absent: every form.')),
    path: Type.Optional(
      literalUnion(RECRUITMENT_METHODS, 'Recruitment path; loverboy shows the loverboy recruitment stage only.'),
    ),
    municipal: Type.Optional(
      Type.Boolean({ description: 'true: only barriers the municipality raises itself ("wat kan de gemeente doen").' }),
    ),
    asOf: Type.Optional({ ...IsoDate, description: 'Only records valid on this date.' }),
  },
  { additionalProperties: false },
)
export type BarriersQuery = Static<typeof BarriersQuery>

export const BarrierParams = Type.Object({ id: Id }, { additionalProperties: false })
export type BarrierParams = Static<typeof BarrierParams>

const PartyRef = Type.Object(
  { id: Id, name: Type.String(), en: Type.Optional(English) },
  { additionalProperties: false },
)
const Forms = Type.Array(literalUnion(EXPLOITATION_FORMS))
const Recruitment = Type.Array(literalUnion(RECRUITMENT_METHODS))

/** A barrier as the model shows it: the record's fields with its parties named. */
export const BarrierView = Type.Object(
  {
    id: Id,
    name: Type.String(),
    instrument: Type.String({ description: 'How the barrier disrupts the step.' }),
    instrumentTypes: Type.Array(literalUnion(BARRIER_TYPES)),
    legalBasis: Type.Array(Type.String()),
    forms: Forms,
    recruitment: Type.Optional(Recruitment),
    municipal: Type.Boolean({ description: 'true when the municipality (or the mayor) raises it itself.' }),
    parties: Type.Array(PartyRef, { description: 'Who raises the barrier.' }),
    signals: Type.Array(Type.String()),
    examples: Type.Array(PracticeExample, { description: 'Public practice examples, each with its source id.' }),
    status: Status,
    sources: Type.Array(Id),
    en: Type.Optional(English),
  },
  { title: 'Barrier in the model', additionalProperties: false },
)

export const StageView = Type.Object(
  {
    id: Id,
    order: Type.Integer({ description: 'Position left to right; stages of alternative paths share one.' }),
    name: Type.String(),
    description: Type.String(),
    forms: Forms,
    recruitment: Type.Optional(Recruitment),
    opportunities: Type.Array(Type.String(), { description: 'Opportunities offenders use at this step.' }),
    signals: Type.Array(Type.String()),
    facilitators: Type.Array(Facilitator, { description: 'Who makes the step possible, knowingly or not.' }),
    status: Status,
    sources: Type.Array(Id),
    barriers: Type.Array(BarrierView),
    en: Type.Optional(English),
  },
  { title: 'Stage of the barrier model', additionalProperties: false },
)

export const BarrierModelResponse = Type.Object(
  {
    form: Type.Union([literalUnion(EXPLOITATION_FORMS), Type.Null()]),
    path: Type.Union([literalUnion(RECRUITMENT_METHODS), Type.Null()]),
    municipalOnly: Type.Boolean(),
    stages: Type.Array(StageView, { description: 'The stages in process order, each with its barriers.' }),
  },
  { title: 'Barrier model', additionalProperties: false },
)

export const BarrierDetail = Type.Object(
  {
    ...BarrierView.properties,
    stage: Type.Object(
      { id: Id, name: Type.String(), order: Type.Integer(), en: Type.Optional(English) },
      { additionalProperties: false },
    ),
    note: Type.Union([Type.String(), Type.Null()], { description: 'Editorial note, e.g. why the barrier is derived.' }),
  },
  { title: 'Barrier', additionalProperties: false },
)

const tags = ['municipal-instruments']

export const barrierModelSchema = {
  summary: 'Barrièremodel per vorm van uitbuiting of wervingsroute',
  description:
    'The barrier model: the steps of the criminal process in order, per step the opportunities offenders use, signals, facilitating parties and the barriers (who disrupts the step and how, with practice examples). `path=loverboy` is the loverboy path with its own steps; `form=sexual&path=other` the general path of a form.',
  tags,
  querystring: BarriersQuery,
  response: { 200: BarrierModelResponse },
  examples: ['/barriers?path=loverboy', '/barriers?form=organ-removal', '/barriers?form=labour&municipal=true'],
} as const

export const barrierSchema = {
  summary: 'Eén barrière',
  description: 'One barrier with its step, instrument, parties, signals, practice examples and sources.',
  tags,
  params: BarrierParams,
  response: { 200: BarrierDetail },
  examples: ['/barriers/hotels-certificering'],
} as const
