// SPDX-License-Identifier: EUPL-1.2
// Who to contact, taken from the dataset: the entrance pages list these parties with their
// public contact details, so phone numbers and sites keep their sources and stay current.
import { html, type SafeHtml } from '../../html.ts'
import type { Party } from '../../../domain/party.ts'
import { contactDetails } from '../../components/contact.ts'
import { link } from '../../components/link.ts'
import { heading, localizedParagraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'

/** Reporting and advice channels per audience, by party id (docs/dev/ids.md); missing ids are skipped. */
export const CONTACT_PARTIES = {
  victim: ['comensha', 'fairwork', 'politie', 'veilig-thuis', 'slachtofferhulp'],
  citizen: ['politie', 'meld-misdaad-anoniem', 'arbeidsinspectie', 'veilig-thuis', 'comensha'],
  professional: ['comensha', 'politie', 'arbeidsinspectie', 'veilig-thuis', 'kmar', 'zorgcoordinator'],
} as const satisfies Record<string, readonly string[]>

/** The source that states "112 in acute danger" (domain reference §9.1). */
export const EMERGENCY_SOURCE_ID = 'riec-noord-ogen-op-mensenhandel'

export function contactParties(ctx: PageContext, audience: keyof typeof CONTACT_PARTIES): Party[] {
  return CONTACT_PARTIES[audience]
    .map((id) => ctx.data.byId('parties', id))
    .filter((p): p is Party => p !== undefined && ctx.data.valid('parties').includes(p))
}

export function contactCards(ctx: PageContext, parties: readonly Party[]): SafeHtml {
  return html`<ul class="wgw-cards">${parties.map(
    (p) => html`<li class="wgw-card">
${heading(3, link(ctx.url(`/organisaties/${p.id}`), localText(p, 'name', ctx.locale).text))}
${localizedParagraph(localText(p, 'description', ctx.locale), ctx.locale)}
${contactDetails(ctx, p.contact)}
</li>`,
  )}</ul>`
}

export function emergencyNote(ctx: PageContext): SafeHtml {
  const source = ctx.data.source(EMERGENCY_SOURCE_ID)
  return html`<p class="utrecht-paragraph wgw-emergency">${ctx.t.emergency.text}${
    source === undefined
      ? ''
      : html` <small>(${link(source.url, ctx.t.emergency.source, { lang: ctx.locale })})</small>`
  }</p>`
}
