// SPDX-License-Identifier: EUPL-1.2
// Schemas of the phase endpoints: the four phases of the organogram with the aspects within them.
import { Type, type Static } from '@sinclair/typebox'
import { Aspect, Phase, PhaseId } from '../../../domain/phase.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import { QueryOf, withResolvedSources } from '../refs.ts'

export const PhasesQuery = QueryOf({ ...paginationQuery })
export type PhasesQuery = Static<typeof PhasesQuery>

export const PhaseParams = Type.Object({ id: PhaseId }, { additionalProperties: false })
export type PhaseParams = Static<typeof PhaseParams>

export const PhaseWithAspects = Type.Object(
  { ...Phase.properties, aspects: Type.Array(Aspect, { description: 'The aspects of the phase, in order.' }) },
  { title: 'Phase with aspects', additionalProperties: false },
)

export const PhaseDetail = Type.Object(
  {
    ...withResolvedSources(Phase.properties),
    aspects: Type.Array(Aspect, { description: 'The aspects of the phase, in order.' }),
  },
  { title: 'Phase detail', additionalProperties: false },
)

const tags = ['phases']

export const listPhasesSchema = {
  summary: 'Fasen van het organogram met hun aspecten',
  description:
    'The four phases (A identification, B care and protection, C combating, D towards independence), each with its aspects.',
  tags,
  querystring: PhasesQuery,
  response: { 200: PageOf(PhaseWithAspects, 'Page of phases') },
} as const

export const getPhaseSchema = {
  summary: 'Eén fase met haar aspecten',
  description: 'One phase with its aspects and its sources resolved to URLs.',
  tags,
  params: PhaseParams,
  response: { 200: PhaseDetail },
} as const
