// SPDX-License-Identifier: EUPL-1.2
// A public source that records cite: a law, Kamerstuk, policy rule, web page, report or news item.
import { Type, type Static } from '@sinclair/typebox'
import { Id, IsoDate, ShortText, literalUnion, strictObject } from './common.ts'

export const SOURCE_KINDS = ['kamerstuk', 'law', 'policy-rule', 'webpage', 'report', 'news', 'dataset'] as const

export const Source = strictObject(
  {
    id: Id,
    url: Type.String({ format: 'uri', pattern: '^https?://', description: 'Public address of the source.' }),
    title: ShortText,
    publisher: Type.Optional(ShortText),
    date: Type.Optional({ ...IsoDate, description: 'Publication date, where known.' }),
    kind: literalUnion(SOURCE_KINDS, 'What kind of document this is.'),
    accessed: Type.Optional({ ...IsoDate, description: 'When the source was last read by an editor.' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { $id: 'Source', title: 'Source', description: 'A public document that supports records in the dataset.' },
)
export type Source = Static<typeof Source>
