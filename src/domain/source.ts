// SPDX-License-Identifier: EUPL-1.2
// A public source that records cite: a law, Kamerstuk, policy rule, web page, report or news item.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, IsoDate, ShortText, literalUnion, strictObject } from './common.ts'

export const SOURCE_KINDS = [
  'kamerstuk',
  'law',
  'policy-rule',
  'webpage',
  'report',
  'news',
  'dataset',
  'judgment',
] as const
export const RETRIEVALS = ['live', 'stored-copy'] as const

export const Source = strictObject(
  {
    id: Id,
    url: Type.String({ format: 'uri', pattern: '^https?://', description: 'Public address of the source.' }),
    title: ShortText,
    publisher: Type.Optional(ShortText),
    date: Type.Optional({
      ...IsoDate,
      description:
        'Publication date, or for a consolidated law or policy text the date of the version read; absent when the source does not state it.',
    }),
    kind: literalUnion(SOURCE_KINDS, 'What kind of document this is.'),
    retrievedAt: Type.Optional({ ...IsoDate, description: 'The day an editor read the source.' }),
    retrieval: Type.Optional(
      literalUnion(
        RETRIEVALS,
        'How it was read: live (the page as published that day) or stored-copy (an archived copy whose own age may differ from retrievedAt).',
      ),
    ),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    en: Type.Optional(English),
  },
  { $id: 'Source', title: 'Source', description: 'A public document that supports records in the dataset.' },
)
export type Source = Static<typeof Source>
