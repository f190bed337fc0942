// SPDX-License-Identifier: EUPL-1.2
// Languages of the web layer: Dutch at the root, English under /en with English words in the
// address (slugs.ts). Also picks a record's text in the page language, falling back to Dutch (and
// saying so with lang="nl").
// The texts themselves live in the one message catalogue, src/messages.
import type { EnglishListField, EnglishTextField } from '../domain/common.ts'
import type { Locale } from '../messages/catalogue.ts'
import { dutchPath, englishPath } from './slugs.ts'

export { LOCALES, messages, type Locale } from '../messages/catalogue.ts'

/**
 * The URL of a page in a language, from its Dutch path: `/organisaties?fase=A` →
 * `/en/organisations?fase=A` (the English words come from the slug table, slugs.ts).
 */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === 'nl') {
    return clean
  }
  const cut = clean.search(/[?#]/)
  const bare = cut === -1 ? clean : clean.slice(0, cut)
  const rest = cut === -1 ? '' : clean.slice(cut)
  return bare === '/' ? `/en/${rest}` : `/en${englishPath(bare)}${rest}`
}

/** Splits a request path into language and the Dutch (language-neutral) path. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  if (path === '/en' || path === '/en/') {
    return { locale: 'en', path: '/' }
  }
  if (path.startsWith('/en/')) {
    return { locale: 'en', path: dutchPath(path.slice(3)) }
  }
  return { locale: 'nl', path }
}

/** A text together with the language it is written in. */
export interface LocalText {
  readonly text: string
  readonly lang: Locale
}

/** Any Dutch text field with an English counterpart under `en` (src/domain/common.ts). */
export type EnglishField = EnglishTextField

/** A record with English beside its Dutch texts. */
export interface Translatable {
  readonly en?: Partial<Record<EnglishField, string>>
}

/** The record's text in the page language; Dutch when no English text exists. */
export function localText<R extends Translatable>(record: R, field: EnglishField & keyof R, locale: Locale): LocalText {
  const dutch = record[field]
  const english = record.en?.[field]
  if (locale === 'en' && english !== undefined) {
    return { text: english, lang: 'en' }
  }
  return { text: typeof dutch === 'string' ? dutch : '', lang: 'nl' }
}

/** Like localText for optional fields: undefined when the record has no such text. */
export function optionalLocalText<R extends Translatable>(
  record: R,
  field: EnglishField & keyof R,
  locale: Locale,
): LocalText | undefined {
  return typeof record[field] === 'string' ? localText(record, field, locale) : undefined
}

/**
 * Item `index` of a record's Dutch list of strings in the page language: its English is item
 * `index` of the list of the same name under `en` (ADR 0027); Dutch when there is none.
 */
export function localListItem(
  record: { readonly en?: Partial<Record<EnglishListField, readonly string[]>> },
  list: EnglishListField,
  dutch: readonly string[],
  index: number,
  locale: Locale,
): LocalText {
  const english = record.en?.[list]?.[index]
  return locale === 'en' && english !== undefined
    ? { text: english, lang: 'en' }
    : { text: dutch[index] ?? '', lang: 'nl' }
}
