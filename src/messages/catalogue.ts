// SPDX-License-Identifier: EUPL-1.2
// The message catalogue: one typed file per language (nl.ts, en.ts) holding every user-facing text
// (page texts, one label set per facet, the engine's codes), and render() that turns an engine
// message (code + params) into text. Web, CLI and API all read texts from here (ADR 0011).
import type { EngineMessage, Message } from './codes.ts'
import { en } from './en.ts'
import { countText, listText, LOCALES, type Format, type Locale } from './format.ts'
import type { Names } from './names.ts'
import { nl, type Messages } from './nl.ts'

export { LOCALES, type Locale, type Messages, type Names }

const CATALOGUES: Readonly<Record<Locale, Messages>> = { nl, en }

export function messages(locale: Locale): Messages {
  return CATALOGUES[locale]
}

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value)
}

const formats = new Map<Locale, Format>()
const named = new Map<Locale, WeakMap<Names, Format>>()

/**
 * The formatters of a language (see format.ts). `names` words the ids of dataset records that
 * messages carry (names.ts); without it they show as their ids.
 */
export function formatFor(locale: Locale, names?: Names): Format {
  if (names !== undefined) {
    let memo = named.get(locale)
    if (memo === undefined) {
      memo = new WeakMap()
      named.set(locale, memo)
    }
    let format = memo.get(names)
    if (format === undefined) {
      format = makeFormat(locale, names)
      memo.set(names, format)
    }
    return format
  }
  let format = formats.get(locale)
  if (format === undefined) {
    format = makeFormat(locale, undefined)
    formats.set(locale, format)
  }
  return format
}

function makeFormat(locale: Locale, names: Names | undefined): Format {
  const labels = CATALOGUES[locale].facets as Readonly<
    Record<string, { readonly name: string; readonly values: Readonly<Record<string, string>> }>
  >
  const name: Format['name'] = (kind, id) => names?.(kind, id) ?? id
  return {
    locale,
    count: (n, forms) => countText(locale, n, forms),
    list: (items, kind) => listText(locale, items, kind),
    facet: (facet) => labels[facet]?.name ?? facet,
    value: (facet, value) => labels[facet]?.values[value] ?? value,
    name,
    item: (i) =>
      'right' in i
        ? name('right', i.right)
        : i.aspect === undefined
          ? name('party', i.party)
          : `${name('party', i.party)} (${name('aspect', i.aspect)})`,
  }
}

/** The text of an engine message in a language. */
export function render(locale: Locale, message: EngineMessage | Message, names?: Names): string {
  const { code, params } = message
  const texts = CATALOGUES[locale].codes as Readonly<Record<string, (params: object, f: Format) => string>>
  const say = texts[code]
  if (say === undefined) {
    // Only a message built outside the typed code maps can get here.
    throw new Error(`no text for message code '${code}' in ${locale}`)
  }
  return say(params, formatFor(locale, names))
}

/** An engine message as the API hands it out: code and params for programs, message for people. */
export interface RenderedMessage {
  readonly code: string
  readonly params: object
  readonly message: string
}

export function rendered(locale: Locale, message: EngineMessage | Message, names?: Names): RenderedMessage {
  const { code, params } = message
  return { code, params, message: render(locale, message, names) }
}
