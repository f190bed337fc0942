// SPDX-License-Identifier: EUPL-1.2
// Rights and regulations a victim can rely on, with eligibility, providers and legal time limits.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'
import { Conditions } from './facets.ts'

export const RIGHT_KINDS = [
  'residence',
  'income',
  'health',
  'shelter',
  'legal',
  'procedural',
  'compensation',
  'return',
  'work',
  'protection',
] as const
export const TIME_UNITS = ['hours', 'days', 'weeks', 'months', 'years'] as const
export const LIMIT_KINDS = ['max', 'min', 'target', 'after', 'within'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]

export const TimeLimit = strictObject(
  {
    label: ShortText,
    value: Type.Number({ exclusiveMinimum: 0 }),
    unit: literalUnion(TIME_UNITS),
    kind: literalUnion(
      LIMIT_KINDS,
      'max: at most; min: at least; target: aimed-for time; after: not before; within: must happen within.',
    ),
    renewable: Type.Optional(Type.Boolean()),
    legalBasis: Type.Optional(ShortText),
    en: Type.Optional(ShortText),
  },
  { description: 'A legal or policy time limit.' },
)
export type TimeLimit = Static<typeof TimeLimit>

export const Right = strictObject(
  {
    id: Id,
    name: ShortText,
    kind: literalUnion(RIGHT_KINDS, 'Area of the right or regulation.'),
    summary: NonEmptyText,
    description: Type.Optional(NonEmptyText),
    conditions: Type.Optional(Conditions),
    eligibility: Type.Optional(NonEmptyText),
    providers: Type.Array(Id, {
      minItems: 1,
      uniqueItems: true,
      description: 'Ids of parties that grant or deliver it.',
    }),
    limits: Type.Optional(Type.Array(TimeLimit)),
    amount: Type.Optional(ShortText),
    legalBasis: ShortText,
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'Right',
    title: 'Right or regulation',
    description: 'A right or regulation with eligibility conditions, providers and time limits.',
  },
)
export type Right = Static<typeof Right>
