// SPDX-License-Identifier: EUPL-1.2
// Who holds which responsibility on which aspect, for whom: the core of organogram and wegwijzer.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'
import { Conditions } from './facets.ts'

export const ROLE_TYPES = [
  'lead',
  'executes',
  'decides',
  'funds',
  'supports',
  'advises',
  'registers',
  'refers',
] as const
export type RoleType = (typeof ROLE_TYPES)[number]

export const Responsibility = strictObject(
  {
    id: Id,
    party: { ...Id, description: 'Id of the party that holds the responsibility.' },
    aspect: { ...Id, description: 'Id of the aspect the responsibility concerns.' },
    roleType: literalUnion(ROLE_TYPES, 'Kind of role the party plays on the aspect.'),
    role: ShortText,
    description: NonEmptyText,
    legalBasis: Type.Optional(ShortText),
    conditions: Type.Optional(Conditions),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'Responsibility',
    title: 'Responsibility',
    description: 'A party × aspect responsibility with the conditions under which it applies.',
  },
)
export type Responsibility = Static<typeof Responsibility>
