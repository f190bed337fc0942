// SPDX-License-Identifier: EUPL-1.2
// Signals (indicators) of possible trafficking, per form and domain, with their audience.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, literalUnion, provenanceFields, strictObject } from './common.ts'
import { EXPLOITATION_FORMS, RECRUITMENT_METHODS } from './facets.ts'

export const INDICATOR_DOMAINS = [
  'appearance',
  'self-image',
  'behaviour',
  'school',
  'social',
  'work',
  'housing',
  'finance',
  'documents',
  'control',
  'health',
  'online',
] as const
export const AUDIENCES = ['professional', 'school', 'health', 'municipality', 'employer', 'citizen', 'victim'] as const

export const Indicator = strictObject(
  {
    id: Id,
    text: NonEmptyText,
    forms: Type.Optional(
      Type.Array(literalUnion(EXPLOITATION_FORMS), {
        minItems: 1,
        uniqueItems: true,
        description: 'Forms the signal points to; absent means a general signal.',
      }),
    ),
    recruitment: Type.Optional(Type.Array(literalUnion(RECRUITMENT_METHODS), { minItems: 1, uniqueItems: true })),
    domain: literalUnion(INDICATOR_DOMAINS, 'Where the signal shows.'),
    audience: Type.Array(literalUnion(AUDIENCES), {
      minItems: 1,
      uniqueItems: true,
      description: 'Who is in a position to notice it.',
    }),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'Indicator', title: 'Indicator', description: 'A signal of possible trafficking.' },
)
export type Indicator = Static<typeof Indicator>

export const GlossaryTerm = strictObject(
  {
    id: Id,
    term: Type.String({ minLength: 1, maxLength: 120 }),
    definition: NonEmptyText,
    synonyms: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { uniqueItems: true })),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'GlossaryTerm', title: 'Glossary term', description: 'A term of the domain explained in plain words.' },
)
export type GlossaryTerm = Static<typeof GlossaryTerm>
