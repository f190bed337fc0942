// SPDX-License-Identifier: EUPL-1.2
// The four phases of the 2014 organogram and the aspects within them. Phases are not a sequence:
// which parties act in which phase depends on the scenario.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'

export const PHASE_IDS = ['A', 'B', 'C', 'D'] as const
export type PhaseId = (typeof PHASE_IDS)[number]
export const PhaseId = literalUnion(
  PHASE_IDS,
  'Phase of the organogram: A identificatie, B zorg/steun/bescherming, C bestrijding, D hulp naar zelfstandigheid.',
)

export const Phase = strictObject(
  {
    id: PhaseId,
    name: ShortText,
    description: NonEmptyText,
    order: Type.Integer({ minimum: 1, maximum: 4 }),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'Phase',
    title: 'Phase',
    description: 'One of the four phases of the organogram in Kamerstuk 28 638 nr. 128.',
  },
)
export type Phase = Static<typeof Phase>

export const Aspect = strictObject(
  {
    id: Id,
    phase: PhaseId,
    name: ShortText,
    description: NonEmptyText,
    order: Type.Integer({ minimum: 1, maximum: 99, description: 'Position within the phase.' }),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'Aspect', title: 'Aspect', description: 'An area within a phase on which parties hold responsibility.' },
)
export type Aspect = Static<typeof Aspect>
