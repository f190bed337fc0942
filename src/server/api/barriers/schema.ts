// SPDX-License-Identifier: EUPL-1.2
// Request schemas of the barrier-model API, derived from the domain vocabulary.
import { Type, type Static } from '@sinclair/typebox'
import { Id, IsoDate, literalUnion } from '../../../domain/common.ts'
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
