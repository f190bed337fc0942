// SPDX-License-Identifier: EUPL-1.2
// Victim categories, exploitation forms and recruitment methods: the vocabulary of a scenario.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'
import { Conditions, EXPLOITATION_FORMS, RECRUITMENT_METHODS } from './facets.ts'

export const VictimCategory = strictObject(
  {
    id: Id,
    name: ShortText,
    description: NonEmptyText,
    facets: Conditions,
    routingNotes: Type.Optional(NonEmptyText),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'VictimCategory',
    title: 'Victim category',
    description: 'A group of victims with the same routing, defined by scenario facets.',
  },
)
export type VictimCategory = Static<typeof VictimCategory>

export const Subtype = strictObject({ id: Id, name: ShortText, en: Type.Optional(ShortText) })

export const ExploitationForm = strictObject(
  {
    id: literalUnion(EXPLOITATION_FORMS, 'Form of exploitation.'),
    name: ShortText,
    description: NonEmptyText,
    legalBasis: ShortText,
    subtypes: Type.Optional(
      Type.Array(Subtype, { description: 'Named sub-forms, e.g. forced begging under criminal exploitation.' }),
    ),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'ExploitationForm', title: 'Exploitation form', description: 'A form of exploitation under art. 273f Sr.' },
)
export type ExploitationForm = Static<typeof ExploitationForm>

export const RecruitmentMethodRecord = strictObject(
  {
    id: literalUnion(RECRUITMENT_METHODS, 'Recruitment method.'),
    name: ShortText,
    description: NonEmptyText,
    forms: Type.Array(literalUnion(EXPLOITATION_FORMS), {
      minItems: 1,
      uniqueItems: true,
      description: 'Forms this method typically leads to.',
    }),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'RecruitmentMethod',
    title: 'Recruitment method',
    description: 'A way victims are recruited, e.g. the loverboy (pooierboy) method.',
  },
)
export type RecruitmentMethodRecord = Static<typeof RecruitmentMethodRecord>
