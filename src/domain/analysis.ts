// SPDX-License-Identifier: EUPL-1.2
// Agreements and required aspects: the two record types the overlap and gap analysis needs besides
// responsibilities. An agreement resolves an overlap; a required aspect turns "nobody" into a gap.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, provenanceFields, strictObject } from './common.ts'
import { Conditions } from './facets.ts'

export const Agreement = strictObject(
  {
    id: Id,
    name: ShortText,
    aspect: { ...Id, description: 'Id of the aspect on which the parties divide their roles.' },
    parties: Type.Array(Id, {
      minItems: 2,
      uniqueItems: true,
      description: 'Ids of the parties the agreement divides roles between (at least two).',
    }),
    scope: {
      ...Conditions,
      description: 'For which scenarios the role division holds; an empty object means every scenario.',
    },
    description: { ...NonEmptyText, description: 'Who does what under the agreement, in the words of the editor.' },
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'Agreement',
    title: 'Agreement',
    description:
      'A documented role division between parties on an aspect for a scope: it resolves an overlap in the analysis.',
  },
)
export type Agreement = Static<typeof Agreement>

export const RequiredAspect = strictObject(
  {
    id: Id,
    name: ShortText,
    aspect: { ...Id, description: 'Id of the aspect that must be covered.' },
    scope: {
      ...Conditions,
      description:
        'For which scenarios some party must lead or execute the aspect; an empty object means every scenario.',
    },
    why: { ...NonEmptyText, description: 'Why the aspect must be covered for this scope.' },
    shared: Type.Optional(
      Type.Boolean({
        description:
          "A shared duty (for example signalling): several parties are expected to do it side by side. Overlaps stay in the analysis but are marked as expected, not as a role conflict. Set only where a source says the duty is everyone's.",
      }),
    ),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'RequiredAspect',
    title: 'Required aspect',
    description:
      'An aspect that some party must lead or execute for every scenario in the scope; where none does, the analysis reports a gap.',
  },
)
export type RequiredAspect = Static<typeof RequiredAspect>
