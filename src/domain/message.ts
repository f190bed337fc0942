// SPDX-License-Identifier: EUPL-1.2
// A text the engine means, as a code with parameters. The domain decides WHAT to say and returns
// these; src/messages says it in a language (web, CLI and API render at the edge, ADR 0011).
// Parameters are plain JSON (numbers, strings, lists of strings, ids of facets and values) so the
// API can hand them out beside the rendered message.

export type MessageParam = string | number | boolean | readonly string[] | undefined

export interface Message<C extends string = string, P extends object = object> {
  readonly code: C
  readonly params: P
}

/** The message union of a module, from its map of code → parameters. */
export type MessageOf<M> = { [C in keyof M & string]: Message<C, M[C] & object> }[keyof M & string]
