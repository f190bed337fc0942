// SPDX-License-Identifier: EUPL-1.2
// A text the engine means, as a code with parameters. The domain decides WHAT to say and returns
// these; src/messages says it in a language (web, CLI and API render at the edge, ADR 0011).
// Parameters are plain JSON (numbers, strings, lists of strings, ids of facets and values) so the
// API can hand them out beside the rendered message.

import { Type, type Static } from '@sinclair/typebox'

export type MessageParam = string | number | boolean | readonly string[] | undefined

export interface Message<C extends string = string, P extends object = object> {
  readonly code: C
  readonly params: P
}

/** The message union of a module, from its map of code → parameters. */
export type MessageOf<M> = { [C in keyof M & string]: Message<C, M[C] & object> }[keyof M & string]

/**
 * A message as the route's and analysis' schemas carry it: the domain fills code and params, the
 * edge (API, CLI --json) adds the text in the language asked.
 */
export const MessageSchema = Type.Object(
  {
    code: Type.String({ description: 'Stable code of the text (src/messages/codes.ts); program against this.' }),
    params: Type.Object(
      {},
      {
        additionalProperties: true,
        description: 'The values the text is made of: counts, facet and value ids, names.',
      },
    ),
    message: Type.Optional(
      Type.String({ description: 'The text in the language asked (lang, else Accept-Language, else Dutch).' }),
    ),
  },
  { additionalProperties: false },
)
export type MessageJson = Static<typeof MessageSchema>
