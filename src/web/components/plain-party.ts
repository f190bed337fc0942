// SPDX-License-Identifier: EUPL-1.2
// A party as a possible victim or a bystander meets it (issue 21, item 3): its name, a plain text
// (B1, second person) and one line on when to call which number, with the numbers as tap-to-call
// links. No sources, dates or professional descriptions here: those stay on the party page.
import type { Party, PartyPlain, TranslatedPlainText } from '../../domain/party.ts'
import type { TextLanguage, TranslationStatus } from '../../domain/languages.ts'
import { EMERGENCY_NUMBER, numbersIn, phoneDigits } from '../../domain/public-contacts.ts'
import { html, joinHtml, type SafeHtml } from '../html.ts'
import { link, phoneLink } from './link.ts'
import { heading } from './text.ts'

export interface PlainPartyText {
  readonly text: string
  readonly whenToCall: string
  readonly lang: TextLanguage
  /** Absent for Dutch, the source language. */
  readonly translation?: TranslationStatus
}

/** The party's plain text in the language, or undefined when it has none in that language. */
export function plainText(party: Party, lang: TextLanguage): PlainPartyText | undefined {
  const texts = party.plain?.[lang as keyof PartyPlain]
  if (texts === undefined) {
    return undefined
  }
  const translation = lang === 'nl' ? undefined : (texts as TranslatedPlainText).translation
  return { text: texts.text, whenToCall: texts.whenToCall, lang, ...(translation === undefined ? {} : { translation }) }
}

/** A "when to call" line with every checked number of the party (and 112) as a tel: link. */
export function linkedNumbers(party: Party, line: string): SafeHtml {
  const known = new Set([EMERGENCY_NUMBER, ...(party.contact?.phones ?? []).map((p) => phoneDigits(p.number))])
  const parts: SafeHtml[] = []
  let rest = line
  for (const n of numbersIn(line)) {
    const at = rest.indexOf(n)
    if (at === -1 || !known.has(phoneDigits(n))) {
      continue
    }
    parts.push(html`${rest.slice(0, at)}`, phoneLink(n))
    rest = rest.slice(at + n.length)
  }
  parts.push(html`${rest}`)
  return joinHtml(parts, html``)
}

export interface PlainCardOptions {
  /** The party's name as shown, with its language when it differs from the page's. */
  readonly name: string
  readonly nameLang?: string
  /** Link to the party page (sources, dates, all numbers); none on pages without one in the language. */
  readonly href?: string
  /** The page's language: a text in another language (a fallback) is marked with its own. */
  readonly pageLang?: string
}

/** One card: name, plain text, when to call, website. */
export function plainPartyCard(party: Party, texts: PlainPartyText, options: PlainCardOptions): SafeHtml {
  const name =
    options.nameLang === undefined
      ? html`${options.name}`
      : html`<span lang="${options.nameLang}">${options.name}</span>`
  const website = party.contact?.website
  const lang = options.pageLang === undefined || options.pageLang === texts.lang ? html`` : html` lang="${texts.lang}"`
  return html`<li class="wgw-card" data-party="${party.id}"${
    texts.translation === undefined ? '' : html` data-translation="${texts.translation}"`
  }>
${heading(3, options.href === undefined ? name : link(options.href, name))}
<p class="utrecht-paragraph"${lang}>${texts.text}</p>
<p class="utrecht-paragraph wgw-when-to-call"${lang}>${linkedNumbers(party, texts.whenToCall)}</p>${
    website === undefined
      ? ''
      : html`
<p class="utrecht-paragraph">${link(website, website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))}</p>`
  }
</li>`
}
