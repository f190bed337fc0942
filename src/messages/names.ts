// SPDX-License-Identifier: EUPL-1.2
// Dataset names by id, in the reader's language. Engine messages carry ids of parties, aspects and
// rights (never names, which are Dutch in the engine); the catalogue texts word them through
// `f.name(kind, id)`, which asks a Names resolver handed to render() at the edge (issue 22 item 3).
import type { Catalog } from '../domain/catalog/index.ts'
import type { Locale } from './format.ts'

export type NameKind = 'party' | 'aspect' | 'right'

/** The name of a record in the reader's language; undefined when the resolver does not know it. */
export type Names = (kind: NameKind, id: string) => string | undefined

/** A route item a message names: a party (under an aspect, when it has one) or a right. */
export type NamedItem = { readonly party: string; readonly aspect?: string } | { readonly right: string }

const ENTITY = { party: 'parties', aspect: 'aspects', right: 'rights' } as const

type Named = { readonly name: string; readonly shortName?: string; readonly en?: Readonly<Record<string, unknown>> }

const MEMO = new Map<Locale, WeakMap<object, Names>>()

/**
 * Names from the dataset: a party by its short name (else its name), the record's `en` in English.
 * One resolver per catalogue and language, so renderers can keep what they worded per resolver.
 */
export function catalogNames(catalog: Pick<Catalog, 'byId'>, locale: Locale): Names {
  let memo = MEMO.get(locale)
  if (memo === undefined) {
    memo = new WeakMap()
    MEMO.set(locale, memo)
  }
  let names = memo.get(catalog)
  if (names === undefined) {
    names = (kind, id) => {
      const r = catalog.byId(ENTITY[kind], id) as Named | undefined
      if (r === undefined) {
        return undefined
      }
      const en = locale === 'en' ? r.en : undefined
      const name = (typeof en?.['name'] === 'string' ? en['name'] : undefined) ?? r.name
      if (kind !== 'party' || r.shortName === undefined) {
        return name
      }
      return (typeof en?.['shortName'] === 'string' ? en['shortName'] : undefined) ?? r.shortName
    }
    memo.set(catalog, names)
  }
  return names
}
