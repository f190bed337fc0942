// SPDX-License-Identifier: EUPL-1.2
// Schemas of the aspect endpoints: aspects of the phases, and one aspect with who holds which role.
import { Type, type Static } from '@sinclair/typebox'
import { literalUnion } from '../../../domain/common.ts'
import { Aspect, PHASE_IDS } from '../../../domain/phase.ts'
import { Responsibility } from '../../../domain/responsibility.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import { IdParams, PartyRef, PhaseRef, QueryOf, StatusFilter, withResolvedSources } from '../refs.ts'

export const AspectsQuery = QueryOf({
  phase: Type.Optional(literalUnion(PHASE_IDS, 'Only the aspects of this phase.')),
  status: StatusFilter,
  ...paginationQuery,
})
export type AspectsQuery = Static<typeof AspectsQuery>

const { party: _party, aspect: _aspect, ...responsibilityFields } = withResolvedSources(Responsibility.properties)
export const AspectResponsibility = Type.Object(
  { ...responsibilityFields, party: PartyRef },
  { additionalProperties: false, description: 'A responsibility on the aspect, with the party that holds it.' },
)

export const AspectDetail = Type.Object(
  {
    ...withResolvedSources(Aspect.properties),
    phaseRef: PhaseRef,
    responsibilities: Type.Array(AspectResponsibility, {
      description: 'Who holds which role on this aspect, lead roles first.',
    }),
  },
  { title: 'Aspect with responsibilities', additionalProperties: false },
)

const tags = ['phases']

export const listAspectsSchema = {
  summary: 'Aspecten binnen de fasen',
  description: 'The aspects within the phases, in phase and display order.',
  tags,
  querystring: AspectsQuery,
  response: { 200: PageOf(Aspect, 'Page of aspects') },
} as const

export const getAspectSchema = {
  summary: 'Eén aspect met de verantwoordelijkheden',
  description: 'One aspect with every responsibility on it and the party that holds it.',
  tags,
  params: IdParams,
  response: { 200: AspectDetail },
} as const
