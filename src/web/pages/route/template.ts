// SPDX-License-Identifier: EUPL-1.2
// The route page: the situation, a shareable address, warnings, next steps, regional contacts, per
// phase A–D the aspects with their parties (role, why, phone), rights with time limits and the
// open questions. Kept compact on purpose: a broad scenario lists 250+ roles within 100 KB.
import type { Status } from '../../../domain/common.ts'
import type { Contact } from '../../../domain/party.ts'
import type { TimeLimit } from '../../../domain/right.ts'
import type { RegionalParty, Route, RouteParty, RouteRight } from '../../../domain/route/index.ts'
import { phoneLine } from '../../components/contact.ts'
import { buttonLink } from '../../components/form.ts'
import { link, safeHref } from '../../components/link.ts'
import { statusBadge } from '../../components/record-meta.ts'
import { dataList } from '../../components/table.ts'
import { heading, localField, localized, paragraph } from '../../components/text.ts'
import { html, joinHtml, type SafeHtml } from '../../html.ts'
import { localText } from '../../i18n.ts'
import { renderPage } from '../../layouts/page.ts'
import type { PageContext } from '../../page-context.ts'
import { EVERYONE } from '../../../domain/route/explain.ts'
import type { Message } from '../../../domain/message.ts'
import { messageRenderer } from '../../../messages/localise-route.ts'
import { catalogNames } from '../../../messages/names.ts'
import { scenarioSearch, type ScenarioQueryValues } from '../wizard/scenario-query.ts'
import { instrumentLinks } from './instrument-links.ts'
import { openQuestions, routeWarnings, situation, type OpenQuestionView } from './view-model.ts'
import { summarySection } from './summary-section.ts'
import { TEXTS } from './texts.ts'

/** Warnings shown before "show all". */
const WARNINGS_SHOWN = 3

export interface RouteView {
  readonly route: Route
  readonly query: ScenarioQueryValues
  /** The full address of this route, for sharing. */
  readonly shareUrl: string
}

const SEP = html`; `

/** Badge only for weaker data: "sourced" is the norm, and leaving it out keeps the page small. */
function weakBadge(ctx: PageContext, status: Status): SafeHtml | '' {
  return status === 'sourced' ? '' : html` ${statusBadge(ctx, status)}`
}

/** The party's name; `short` (its short name, e.g. IND) for secondary mentions, to keep the page small. */
function partyName(ctx: PageContext, id: string, fallback: string, short = false): SafeHtml {
  const record = ctx.data.byId('parties', id)
  if (record === undefined) {
    return html`${fallback}`
  }
  return localized(
    localText(record, short && record.shortName !== undefined ? 'shortName' : 'name', ctx.locale),
    ctx.locale,
  )
}

/**
 * A link on the route page. No class: `.wgw-route a:not([class])` gives it the utrecht-link look from
 * the same design tokens, which saves some 9 KB on a route with 400 links.
 */
function a(href: string, content: SafeHtml | string): SafeHtml {
  return html`<a href="${safeHref(href)}">${content}</a>`
}

/** The numbers to call from within the Netherlands, each with what it is for; details are on the party page. */
function phone(ctx: PageContext, contact: Contact | undefined): SafeHtml | '' {
  const phones = (contact?.phones ?? []).filter((p) => p.purpose !== 'abroad').slice(0, 2)
  return phones.length === 0
    ? ''
    : html` ${joinHtml(
        phones.map(
          (p) =>
            html`${a(`tel:${p.number.replace(/[^0-9+]/g, '')}`, p.number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011'))} (${ctx.t.contacts.purposes[p.purpose].toLowerCase()})`,
        ),
        SEP,
      )}`
}

/** Why an item is in the route; nothing for "applies to everyone" (the page intro says so once). */
function why(ctx: PageContext, item: { why: readonly Message[] }, before: SafeHtml = html``): SafeHtml | '' {
  if (item.why.length === 1 && item.why[0]?.code === EVERYONE.code) {
    return ''
  }
  return html`${before}<span class="wgw-w">${ctx.t.route.why}: ${reasonsText(ctx, item.why)}</span>`
}

/** The reasons in the page language, each shared reason worded once. */
function reasonsText(ctx: PageContext, reasons: readonly Message[]): string {
  const text = messageRenderer(ctx.locale, catalogNames(ctx.data.catalog, ctx.locale))
  return reasons.map((m) => text(m).message).join('; ')
}

function partyLink(ctx: PageContext, p: RouteParty, short = false): SafeHtml {
  return a(ctx.url(`/organisaties/${p.currentId ?? p.id}`), partyName(ctx, p.id, p.name, short))
}

/** A role that certainly applies: who, what kind of role, phone, the role itself and why. */
function partyItem(ctx: PageContext, p: RouteParty): SafeHtml {
  // The route carries the Dutch role; its English lives on the responsibility record.
  const record = ctx.data.byId('responsibilities', p.responsibility)
  const role = record === undefined ? { text: p.role, lang: 'nl' as const } : localText(record, 'role', ctx.locale)
  return html`<li>${partyLink(ctx, p)} <span class="wgw-t">${ctx.t.labels.roleTypes[p.roleType]}</span>${weakBadge(ctx, p.status)}${phone(ctx, p.contact)}<br>${localized(
    role,
    ctx.locale,
  )}${why(ctx, p, html`<br>`)}${
    // The regional branch's details stand once under "Contacts in your region"; here a link to them.
    p.regional === undefined || p.regional.length === 0
      ? ''
      : html`<br><span class="wgw-w">${ctx.t.route.regionalBranch}: ${joinHtml(
          p.regional.map((r) => a(`#r-${r.id}`, r.shortName ?? r.name)),
          SEP,
        )}</span>`
  }</li>`
}

/**
 * Items that apply only for some answers to the open questions, grouped by their condition, so a
 * condition shared by several parties is written once ("only if …: A, B, C").
 */
function maybeList<T extends { why: readonly Message[] }>(
  ctx: PageContext,
  items: readonly T[],
  itemLink: (item: T) => SafeHtml,
): SafeHtml | '' {
  if (items.length === 0) {
    return ''
  }
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = reasonsText(ctx, item.why)
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return html`<p class="utrecht-paragraph wgw-w">${ctx.t.route.maybe}</p><ul class="wgw-route-list wgw-route-list--maybe">${[
    ...groups.values(),
  ].map((group) => {
    const first = group[0] as T
    return html`<li>${reasonsText(ctx, first.why)}: ${joinHtml(group.map(itemLink), SEP)}</li>`
  })}</ul>`
}

function phaseSection(ctx: PageContext, phase: Route['phases'][number]): SafeHtml {
  const record = ctx.data.byId('phases', phase.id)
  const name = record === undefined ? phase.name : localText(record, 'name', ctx.locale).text
  // Folded below the summary. The id sits on the contents, so following a link to #fase-X opens the
  // fold (browsers open a closed <details> around a fragment target); print expands it.
  return html`<details class="wgw-fold"><summary>${heading(2, ctx.t.route.phaseHeading(phase.id, name))}</summary><div id="fase-${phase.id}">
${
  phase.aspects.length === 0
    ? paragraph(ctx.t.route.noAspects)
    : phase.aspects.map((a) => {
        const aspect = ctx.data.byId('aspects', a.id)
        const aspectName = aspect === undefined ? html`${a.name}` : localField(ctx, aspect, 'name')
        const certain = a.parties.filter((p) => p.conditional !== true)
        const maybe = a.parties.filter((p) => p.conditional === true)
        return html`${heading(3, html`${link(ctx.url(`/aspecten/${a.id}`), aspectName)}${weakBadge(ctx, a.status)}`)}
${certain.length === 0 ? '' : html`<ul class="wgw-route-list">${certain.map((p) => partyItem(ctx, p))}</ul>`}${maybeList(ctx, maybe, (p) => html`${partyLink(ctx, p, true)}${weakBadge(ctx, p.status)}`)}`
      })
}</div></details>`
}

function rightLink(ctx: PageContext, r: RouteRight): SafeHtml {
  const record = ctx.data.byId('rights', r.id)
  return a(ctx.url(`/rechten/${r.id}`), record === undefined ? html`${r.name}` : localField(ctx, record, 'name'))
}

/** A time limit without its legal basis (the right's own page gives that). */
function shortLimit(ctx: PageContext, limit: TimeLimit): SafeHtml {
  // The English text of a limit states it whole; the Dutch label needs kind and duration added.
  if (ctx.locale === 'en' && limit.en !== undefined) {
    return html`${limit.en}`
  }
  return html`${localized({ text: limit.label, lang: 'nl' }, ctx.locale)}: ${ctx.t.labels.limitKinds[limit.kind]} ${ctx.t.labels.timeUnits[limit.unit](limit.value)}${
    limit.renewable === true ? html` (${ctx.t.rights.renewable})` : ''
  }`
}

function rightItem(ctx: PageContext, r: RouteRight): SafeHtml {
  return html`<li>${rightLink(ctx, r)}${weakBadge(ctx, r.status)}${
    r.limits.length === 0
      ? ''
      : html`<br>${ctx.t.route.limits}: ${joinHtml(
          r.limits.map((l) => shortLimit(ctx, l)),
          SEP,
        )}`
  }${
    r.providerParties.length === 0
      ? ''
      : html`<br><span class="wgw-w">${ctx.t.route.providers}: ${joinHtml(
          r.providerParties.map((p) => a(ctx.url(`/organisaties/${p.id}`), partyName(ctx, p.id, p.name, true))),
          SEP,
        )}</span>`
  }${why(ctx, r, html`<br>`)}</li>`
}

function regionalSection(ctx: PageContext, view: RouteView): SafeHtml {
  const t = ctx.t.route
  const m = view.route.regional.municipality
  const parties: readonly RegionalParty[] = view.route.regional.parties
  const content =
    m === null
      ? html`${paragraph(t.noMunicipality)}<p class="utrecht-paragraph">${buttonLink(ctx.url(`/situatie${scenarioSearch(view.query)}&stap=2#sc-municipality`), t.addMunicipality)}</p>`
      : html`${paragraph(t.regionalIntro(m.name))}${
          parties.length === 0
            ? paragraph(t.noRegional)
            : html`<ul class="wgw-route-list">${parties.map(
                (p) =>
                  html`<li id="r-${p.id}">${a(
                    ctx.url(`/organisaties/${p.id}`),
                    p.name,
                  )} <span class="wgw-t">${p.fallback === true ? ctx.t.contacts.fallback : ctx.t.labels.regionKinds[p.region.kind]}</span>${weakBadge(ctx, p.status)}${
                    p.fallback === true ? html`<br>${ctx.t.contacts.fallbackNote}` : ''
                  }${(p.contact?.phones ?? []).map((ph) => html`<br>${phoneLine(ctx, ph)}`)}${
                    p.contact?.website === undefined
                      ? ''
                      : html`<br>${link(p.contact.website, p.contact.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))}`
                  }</li>`,
              )}</ul>`
        }`
  return html`<section aria-labelledby="regio">${heading(2, t.regionalHeading, { id: 'regio' })}${content}</section>`
}

function openQuestionSection(ctx: PageContext, questions: readonly OpenQuestionView[]): SafeHtml {
  const t = ctx.t.route
  return html`<section aria-labelledby="open-vragen">${heading(2, t.openHeading, { id: 'open-vragen' })}
${
  questions.length === 0
    ? paragraph(t.noOpen)
    : html`${paragraph(t.openIntro)}${questions.map(
        (q) =>
          html`${heading(3, q.question, { id: `vraag-${q.facet}` })}${paragraph(q.effect)}${
            q.answers.length === 0
              ? ''
              : html`<ul class="wgw-route-list">${q.answers.map(
                  (answer) =>
                    html`<li>${a(answer.href, html`${t.ifAnswer(answer.label)}<span class="wgw-visually-hidden"> – ${t.showRoute}</span>`)}: ${
                      answer.confirms === 0 && answer.dropsOut === 0
                        ? t.noChange
                        : joinHtml(
                            [
                              answer.confirms === 0 ? '' : t.confirms(answer.confirms),
                              answer.dropsOut === 0 ? '' : t.dropsOut(answer.dropsOut),
                            ].filter((x) => x !== ''),
                            SEP,
                          )
                    }</li>`,
                )}</ul>`
          }`,
      )}`
}</section>`
}

function rightsLists(ctx: PageContext, rights: readonly RouteRight[]): SafeHtml {
  const certain = rights.filter((r) => r.conditional !== true)
  return html`${certain.length === 0 ? '' : html`<ul class="wgw-route-list">${certain.map((r) => rightItem(ctx, r))}</ul>`}${maybeList(
    ctx,
    rights.filter((r) => r.conditional === true),
    (r) => html`${rightLink(ctx, r)}${weakBadge(ctx, r.status)}`,
  )}`
}

export function routePage(ctx: PageContext, view: RouteView): SafeHtml {
  const t = ctx.t.route
  const route = view.route
  const warnings = routeWarnings(ctx, route)
  const items = situation(ctx, route)
  const more = TEXTS[ctx.locale]
  const contents: readonly [string, string][] = [
    ['situatie', t.situationHeading],
    ['regio', t.regionalHeading],
    ...route.phases.map((p): [string, string] => [`fase-${p.id}`, ctx.t.phases.phase(p.id)]),
    ['rechten', t.rightsHeading],
    ['open-vragen', t.openHeading],
  ]
  // Warnings grouped by kind (routeWarnings); the first few show, the rest behind "show all".
  const shown = warnings.slice(0, WARNINGS_SHOWN)
  const folded = warnings.slice(WARNINGS_SHOWN)
  const warningItem = (w: string): SafeHtml => html`<li class="utrecht-unordered-list__item">${w}</li>`
  const body = html`<div class="wgw-route">${heading(1, t.title)}
${summarySection(ctx, route)}
<nav class="wgw-route-contents wgw-no-print" aria-label="${t.contentsLabel}"><ul>${contents.map(([id, label]) => html`<li><a class="utrecht-link" href="#${id}">${label}</a></li>`)}</ul></nav>
<section aria-labelledby="situatie">${heading(2, t.situationHeading, { id: 'situatie' })}
${dataList(items.filter((i) => i.value !== undefined).map((i) => ({ key: i.label, value: i.derived ? html`${i.value} <span class="wgw-t">(${t.situation.derived})</span>` : i.value })))}
${
  items.some((i) => i.value === undefined)
    ? paragraph(
        t.situation.stillUnknown(
          items
            .filter((i) => i.value === undefined)
            .map((i) => i.label.toLowerCase())
            .join(', '),
        ),
      )
    : ''
}
<p class="utrecht-paragraph wgw-no-print">${buttonLink(ctx.url(`/situatie${scenarioSearch(view.query)}`), t.changeAnswers)}</p>
<p class="utrecht-paragraph">${t.shareText}</p>
<p class="utrecht-paragraph">${t.shareLabel}: <code class="wgw-share">${view.shareUrl}</code></p>
</section>
${
  warnings.length === 0
    ? ''
    : html`<div class="utrecht-alert utrecht-alert--warning" role="note" aria-labelledby="waarschuwingen"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
${heading(2, t.warningsHeading, { id: 'waarschuwingen' })}<ul class="utrecht-unordered-list">${shown.map(warningItem)}</ul>${
        folded.length === 0
          ? ''
          : html`<details class="wgw-details"><summary>${more.showAll(folded.length)}</summary><ul class="utrecht-unordered-list">${folded.map(warningItem)}</ul></details>`
      }</div></div></div>`
}
${regionalSection(ctx, view)}
${instrumentLinks(ctx, view.route)}
<p class="utrecht-paragraph" id="hele-route">${t.intro}</p>
${route.phases.map((p) => phaseSection(ctx, p))}
<details class="wgw-fold"><summary>${heading(2, t.rightsHeading)}</summary><div id="rechten">
${route.rights.length === 0 ? paragraph(t.noRights) : html`${rightsLists(ctx, route.rights)}`}</div></details>
${openQuestionSection(ctx, openQuestions(ctx, route, view.query))}</div>`
  return renderPage(ctx, {
    title: t.title,
    body,
    nav: 'route',
    description: t.intro,
    breadcrumbs: [
      { href: ctx.url('/'), label: ctx.t.nav.home },
      { href: ctx.url(`/situatie${scenarioSearch(view.query)}`), label: ctx.t.wizard.shortTitle },
    ],
  })
}
