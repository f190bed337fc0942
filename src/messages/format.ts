// SPDX-License-Identifier: EUPL-1.2
// Formatters a catalogue text uses for its parameters, bound to one language: counts with the
// language's plural rules (Intl.PluralRules), lists with its "and"/"or" (Intl.ListFormat), facet
// names and value labels from the catalogue's one label set per facet.
import type { FacetKey } from './facet-labels.ts'
import type { NamedItem, NameKind } from './names.ts'

export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Plural forms of a count; `{n}` stands for the number. `other` is required, the rest per language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string }

export interface Format {
  readonly locale: Locale
  /** "1 onderdeel" / "3 onderdelen": the form the language's plural rules pick for n. */
  count(n: number, forms: PluralForms): string
  /** "a, b en c" (and) or "a, b of c" (or) in the language. */
  list(items: readonly string[], kind?: 'and' | 'or'): string
  /** The facet's name, lower case: "verblijfsstatus". */
  facet(facet: FacetKey): string
  /** The label of a facet value: "geen rechtmatig verblijf"; the value itself when it has none. */
  value(facet: FacetKey, value: string): string
  /** A record's name by id in the language (names.ts); the id when not at hand. */
  name(kind: NameKind, id: string): string
  /** A route item by ids: "CoMensha (Nazorg)" for a party under an aspect, else the name alone. */
  item(item: NamedItem): string
}

const pluralRules = new Map<Locale, Intl.PluralRules>()
const listFormats = new Map<string, Intl.ListFormat>()

export function countText(locale: Locale, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale)
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale)
    pluralRules.set(locale, rules)
  }
  const form = forms[rules.select(n)] ?? forms.other
  return form.replaceAll('{n}', String(n))
}

export function listText(locale: Locale, items: readonly string[], kind: 'and' | 'or' = 'and'): string {
  const key = `${locale}:${kind}`
  let format = listFormats.get(key)
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: kind === 'and' ? 'conjunction' : 'disjunction' })
    listFormats.set(key, format)
  }
  return format.format(items)
}

/** First letter upper case, for a label at the start of a line or heading. */
export function sentenceCase(text: string): string {
  return text.length === 0 ? text : text[0]?.toLocaleUpperCase('nl') + text.slice(1)
}
