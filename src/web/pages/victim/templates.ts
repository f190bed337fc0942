// SPDX-License-Identifier: EUPL-1.2
// The victim pages (issue 15) in every language: am I being exploited (with who helps you), your
// rights with the reflection period, what happens when you report, browsing safely, and the
// printable referral card. One template per page for all languages: texts from the victim
// catalogue, parties and numbers from the dataset. Dutch and English sit in the site's layout;
// the other languages in the victim layout.
import type { Party } from '../../../domain/party.ts'
import type { TextLanguage } from '../../../domain/languages.ts'
import { victimMessages, type VictimMessages } from '../../../messages/victim/index.ts'
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { renderVictimPage } from '../../layouts/victim-page.ts'
import { link, linkList, orderedList, unorderedList } from '../../components/link.ts'
import { plainPartyCard, plainText, linkedNumbers, type PlainPartyText } from '../../components/plain-party.ts'
import { heading, paragraph } from '../../components/text.ts'
import { localePath, localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import { contactCard, contactParties, emergencyLine } from '../entrances/contacts.ts'
import { languageChooser } from './chooser.ts'
import { victimPath, type VictimPage } from './paths.ts'

/** The parties on the referral card, in this order; 112 comes first on its own line. */
export const CARD_PARTIES = ['comensha', 'fairwork', 'veilig-thuis', 'politie'] as const

function navItems(v: VictimMessages): { page: VictimPage; label: string }[] {
  return [
    { page: 'help', label: v.help.title },
    { page: 'rights', label: v.rights.title },
    { page: 'report', label: v.report.title },
    { page: 'safe', label: v.safe.title },
    { page: 'card', label: v.card.title },
  ]
}

/** The honest line under the title of a page nobody fluent has checked yet. */
function statusNote(v: VictimMessages): SafeHtml {
  return v.status === 'machine'
    ? html`<p class="utrecht-paragraph wgw-translation-note" data-translation="machine">${v.machineNote}</p>`
    : html``
}

/** The party's plain text in the page language, else English, else Dutch (marked with its language). */
function partyTexts(p: Party, lang: TextLanguage): PlainPartyText | undefined {
  return plainText(p, lang) ?? plainText(p, 'en') ?? plainText(p, 'nl')
}

function partyName(p: Party, lang: TextLanguage): { name: string; nameLang?: string } {
  if (lang === 'en') {
    return { name: localText(p, 'name', 'en').text }
  }
  return lang === 'nl' ? { name: p.name } : { name: p.name, nameLang: 'nl' }
}

function partyCards(ctx: PageContext, lang: TextLanguage, parties: readonly Party[]): SafeHtml {
  return html`<ul class="wgw-cards">${parties.map((p) => {
    const texts = partyTexts(p, lang)
    if (texts === undefined) {
      // No plain text at all (validate warns): the professional card rather than nothing.
      return contactCard(ctx, p)
    }
    return plainPartyCard(p, texts, {
      ...partyName(p, lang),
      href: localePath(lang === 'nl' ? 'nl' : 'en', `/organisaties/${p.id}`),
      pageLang: lang,
    })
  })}</ul>`
}

/** Page head shared by every victim page: title, language chooser, translation status. */
function top(v: VictimMessages, page: VictimPage, title: string): SafeHtml {
  return html`${heading(1, title)}
${languageChooser(v.lang, page, v.chooser.label)}
${statusNote(v)}`
}

/** Links to the other victim pages, at the end of the page (not above the first action on a phone). */
function otherPages(v: VictimMessages, page: VictimPage): SafeHtml {
  return html`<nav aria-label="${v.nav.label}">${linkList(
    navItems(v)
      .filter((n) => n.page !== page)
      .map((n) => ({ href: victimPath(v.lang, n.page), title: n.label })),
  )}</nav>`
}

/** Wraps a body in the layout of its language. */
export function victimDocument(
  ctx: PageContext,
  v: VictimMessages,
  page: VictimPage,
  title: string,
  body: SafeHtml,
): SafeHtml {
  const full = html`${body}
${otherPages(v, page)}`
  if (v.lang === 'nl' || v.lang === 'en') {
    return renderPage(ctx, { title, body: full, breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }] })
  }
  return renderVictimPage(ctx, v, { page, title, body: full })
}

export function victimHelpPage(ctx: PageContext, lang: TextLanguage): SafeHtml {
  const v = victimMessages(lang)
  const t = v.help
  const parties = contactParties(ctx, 'victim')
  const body = html`${top(v, 'help', t.title)}
<p class="utrecht-paragraph">${t.safeNote} ${link(victimPath(lang, 'safe'), v.safe.title)}</p>
${paragraph(t.intro, { lead: true })}
${emergencyLine(v.emergency)}
${heading(2, t.questionsHeading)}
${unorderedList(t.questions)}
${heading(2, t.helpHeading)}
${paragraph(t.helpIntro)}
${partyCards(ctx, lang, parties)}
<p class="utrecht-paragraph">${t.moreInfo} ${link(localePath(lang === 'nl' ? 'nl' : 'en', '/organisaties'), lang === 'nl' ? ctx.t.nav.parties : 'Organisations', lang === 'nl' ? {} : { lang: 'en' })}</p>`
  return victimDocument(ctx, v, 'help', t.title, body)
}

export function victimRightsPage(ctx: PageContext, lang: TextLanguage): SafeHtml {
  const v = victimMessages(lang)
  const t = v.rights
  const body = html`${top(v, 'rights', t.title)}
${paragraph(t.intro, { lead: true })}
${unorderedList(t.items)}
${heading(2, t.reflectionHeading, { id: 'bedenktijd' })}
${unorderedList(t.reflection)}
${emergencyLine(v.emergency)}`
  return victimDocument(ctx, v, 'rights', t.title, body)
}

export function victimReportPage(ctx: PageContext, lang: TextLanguage): SafeHtml {
  const v = victimMessages(lang)
  const t = v.report
  const body = html`${top(v, 'report', t.title)}
${paragraph(t.intro, { lead: true })}
${orderedList(t.steps)}
${paragraph(t.choice)}
${emergencyLine(v.emergency)}`
  return victimDocument(ctx, v, 'report', t.title, body)
}

export function victimSafePage(ctx: PageContext, lang: TextLanguage): SafeHtml {
  const v = victimMessages(lang)
  const t = v.safe
  const body = html`${top(v, 'safe', t.title)}
${paragraph(t.intro, { lead: true })}
${unorderedList(t.tips)}
${paragraph(t.noCookies)}`
  return victimDocument(ctx, v, 'safe', t.title, body)
}

export type CardFormat = 'a4' | 'a6'

/**
 * The referral card (issue 15): what trafficking is, three rights, and whom to call, one page in
 * A4 or A6 when printed. Numbers come from the parties' checked phones through their plain
 * "when to call" lines; a party without a checked number shows its website instead.
 */
export function victimCardPage(ctx: PageContext, lang: TextLanguage, format: CardFormat): SafeHtml {
  const v = victimMessages(lang)
  const t = v.card
  const parties = CARD_PARTIES.map((id) => ctx.data.byId('parties', id)).filter(
    (p): p is Party => p !== undefined && ctx.data.valid('parties').includes(p),
  )
  const here = victimPath(lang, 'card')
  const body = html`<div class="wgw-referral wgw-referral--${format}" data-format="${format}">
${top(v, 'card', t.title)}
<p class="utrecht-paragraph wgw-no-print">${t.print}: ${link(here, t.a4, format === 'a4' ? { current: true } : {})} · ${link(`${here}?format=a6`, t.a6, format === 'a6' ? { current: true } : {})}</p>
${paragraph(t.what)}
${heading(2, t.rightsHeading)}
${unorderedList(t.rights)}
${heading(2, t.numbersHeading)}
${emergencyLine(v.emergency)}
<ul class="wgw-referral__numbers">${parties.map((p) => {
    const texts = partyTexts(p, lang)
    const name = partyName(p, lang)
    const site = p.contact?.website
    const hasPhone = (p.contact?.phones ?? []).length > 0
    return html`<li data-party="${p.id}"><strong${name.nameLang === undefined ? '' : html` lang="${name.nameLang}"`}>${name.name}</strong>: ${
      texts === undefined
        ? ''
        : html`<span${texts.lang === lang ? '' : html` lang="${texts.lang}"`}>${linkedNumbers(p, texts.whenToCall)}</span>`
    }${!hasPhone && site !== undefined && !(texts?.whenToCall.includes(site.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')) ?? false) ? html` ${t.website}: ${link(site, site.replace(/^https?:\/\/(www\.)?/, ''))}` : ''}</li>`
  })}</ul>
</div>`
  return victimDocument(ctx, v, 'card', t.title, body)
}

/**
 * The 404 page under a victim language's prefix (/ar/help, a mistyped /pl/…): in that language and
 * layout, with the quick exit, the emergency number and the way to the help page.
 */
export function victimNotFoundPage(ctx: PageContext, lang: TextLanguage): SafeHtml {
  const v = victimMessages(lang)
  const t = v.notFound
  const body = html`${heading(1, t.title)}
${paragraph(t.text)}
<p class="utrecht-paragraph">${link(victimPath(lang, 'help'), v.help.title)}</p>
${emergencyLine(v.emergency)}`
  return renderVictimPage(ctx, v, { page: 'help', title: t.title, body })
}
