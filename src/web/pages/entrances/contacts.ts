// SPDX-License-Identifier: EUPL-1.2
// Who to contact, taken from the dataset: the entrance pages list these parties with their
// public contact details, so phone numbers and sites keep their sources and stay current.
import { html, type SafeHtml } from '../../html.ts'
import type { Party } from '../../../domain/party.ts'
import { contactDetails } from '../../components/contact.ts'
import { link, phoneLink } from '../../components/link.ts'
import { heading, localizedParagraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import { CONTACT_PARTIES, EMERGENCY_NUMBER, type ContactAudience } from '../../../domain/public-contacts.ts'
import { plainPartyCard, plainText } from '../../components/plain-party.ts'

export { CONTACT_PARTIES }

/** The source that states "112 in acute danger" (domain reference §9.1). */
export const EMERGENCY_SOURCE_ID = 'riec-noord-ogen-op-mensenhandel'

export function contactParties(ctx: PageContext, audience: ContactAudience): Party[] {
  return CONTACT_PARTIES[audience]
    .map((id) => ctx.data.byId('parties', id))
    .filter((p): p is Party => p !== undefined && ctx.data.valid('parties').includes(p))
}

/** One party for professionals: name, description and every checked contact route with its check. */
export function contactCard(ctx: PageContext, p: Party): SafeHtml {
  return html`<li class="wgw-card">
${heading(3, link(ctx.url(`/organisaties/${p.id}`), localText(p, 'name', ctx.locale).text))}
${localizedParagraph(localText(p, 'description', ctx.locale), ctx.locale)}
${contactDetails(ctx, p.contact)}
</li>`
}

export function contactCards(ctx: PageContext, parties: readonly Party[]): SafeHtml {
  return html`<ul class="wgw-cards">${parties.map((p) => contactCard(ctx, p))}</ul>`
}

/**
 * The cards a possible victim or a bystander reads: plain text and when to call (issue 21, item 3).
 * A party without a plain text in the page language (validate requires nl and en for every
 * listed party) falls back to its professional card rather than vanishing.
 */
export function plainContactCards(ctx: PageContext, parties: readonly Party[]): SafeHtml {
  return html`<ul class="wgw-cards">${parties.map((p) => {
    const texts = plainText(p, ctx.locale)
    if (texts === undefined) {
      return contactCard(ctx, p)
    }
    return plainPartyCard(p, texts, {
      name: localText(p, 'name', ctx.locale).text,
      href: ctx.url(`/organisaties/${p.id}`),
    })
  })}</ul>`
}

/** "In immediate danger? Call 112." with 112 as a tap-to-call link and no source (issue 21, item 3). */
export function emergencyLine(text: string): SafeHtml {
  const at = text.indexOf(EMERGENCY_NUMBER)
  const body =
    at === -1
      ? html`${text}`
      : html`${text.slice(0, at)}${phoneLink(EMERGENCY_NUMBER)}${text.slice(at + EMERGENCY_NUMBER.length)}`
  return html`<p class="utrecht-paragraph wgw-emergency">${body}</p>`
}

/** The 112 line; on victim and bystander pages without a source link (the party page has the sources). */
export function emergencyNote(ctx: PageContext, options: { source?: boolean } = {}): SafeHtml {
  if (options.source === false) {
    return emergencyLine(ctx.t.emergency.text)
  }
  const source = ctx.data.source(EMERGENCY_SOURCE_ID)
  return html`<p class="utrecht-paragraph wgw-emergency">${ctx.t.emergency.text}${
    source === undefined
      ? ''
      : html` <small>(${link(source.url, ctx.t.emergency.source, { lang: ctx.locale })})</small>`
  }</p>`
}
