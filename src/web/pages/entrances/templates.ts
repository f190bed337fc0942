// SPDX-License-Identifier: EUPL-1.2
// The entrance pages behind the home page: professional, citizen, and the note on browsing safely.
// The possible victim's pages (plain language, B1, in many languages) are in ../victim/.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { link, linkList, orderedList, unorderedList } from '../../components/link.ts'
import { heading, paragraph } from '../../components/text.ts'
import type { PageContext } from '../../page-context.ts'
import { contactCards, contactParties, emergencyNote, plainContactCards } from './contacts.ts'

export function professionalPage(ctx: PageContext): SafeHtml {
  const t = ctx.t.professional
  const home = ctx.t.home.instruments
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${emergencyNote(ctx)}
${heading(2, t.stepsHeading)}
${orderedList(t.steps)}
${linkList([
  { href: ctx.url('/signalen'), title: ctx.t.signals.title, text: ctx.t.signals.intro },
  { href: ctx.url('/fasen'), title: home.phases.title, text: home.phases.text },
  { href: ctx.url('/organogram'), title: home.organogram.title, text: home.organogram.text },
  { href: ctx.url('/gemeenten'), title: home.municipalities.title, text: home.municipalities.text },
  { href: ctx.url('/rechten'), title: home.rights.title, text: home.rights.text },
])}
${heading(2, t.contactsHeading)}
${contactCards(ctx, contactParties(ctx, 'professional'))}`
  return renderPage(ctx, { title: t.title, body, breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }] })
}

export function citizenPage(ctx: PageContext): SafeHtml {
  const t = ctx.t.citizen
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${emergencyNote(ctx, { source: false })}
${heading(2, t.whatHeading)}
${orderedList(t.what)}
<p class="utrecht-paragraph">${link(ctx.url('/signalen'), ctx.t.signals.title)}</p>
${heading(2, t.contactsHeading)}
${plainContactCards(ctx, contactParties(ctx, 'citizen'))}`
  return renderPage(ctx, { title: t.title, body, breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }] })
}

export function safeBrowsingPage(ctx: PageContext): SafeHtml {
  const t = ctx.t.safeBrowsing
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${unorderedList(t.tips)}
${paragraph(t.noCookies)}`
  return renderPage(ctx, { title: t.title, body, breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }] })
}
