// SPDX-License-Identifier: EUPL-1.2
// Party list and party page: role per phase and aspect, categories served, contact, sources.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { conditionsText } from '../../components/conditions.ts'
import { contactDetails } from '../../components/contact.ts'
import { link, unorderedList } from '../../components/link.ts'
import { recordMeta } from '../../components/record-meta.ts'
import { dataList, table, type DataListItem } from '../../components/table.ts'
import { heading, localField, localized, localizedParagraph, paragraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { Party } from '../../../domain/party.ts'
import type { PartyView } from './view-model.ts'

function partyName(ctx: PageContext, p: Party): SafeHtml {
  return localField(ctx, p, 'name')
}

export function partyLink(ctx: PageContext, p: Party): SafeHtml {
  return link(ctx.url(`/organisaties/${p.id}`), partyName(ctx, p))
}

export function partyListPage(ctx: PageContext, parties: readonly Party[]): SafeHtml {
  const t = ctx.t.parties
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${table({
  caption: t.count(parties.length),
  head: [t.title, t.kind, t.level],
  rows: parties.map((p) => [
    html`${partyLink(ctx, p)}${p.shortName === undefined ? '' : html` (${p.shortName})`}`,
    ctx.t.labels.partyKinds[p.kind],
    ctx.t.labels.partyLevels[p.level],
  ]),
})}`
  return renderPage(ctx, { title: t.title, body, nav: 'parties' })
}

export function partyPage(ctx: PageContext, view: PartyView): SafeHtml {
  const t = ctx.t.parties
  const { party } = view
  const name = localText(party, 'name', ctx.locale)
  const facts: DataListItem[] = [
    { key: t.kind, value: ctx.t.labels.partyKinds[party.kind] },
    { key: t.level, value: ctx.t.labels.partyLevels[party.level] },
  ]
  if (view.parent !== undefined) {
    facts.push({ key: t.parent, value: partyLink(ctx, view.parent) })
  }
  if (view.successor !== undefined) {
    facts.push({ key: t.successor, value: partyLink(ctx, view.successor) })
  }
  for (const p of view.predecessors) {
    facts.push({ key: t.predecessor, value: partyLink(ctx, p) })
  }
  const services = party.serviceTypes ?? []
  const body = html`${heading(1, html`${localized(name, ctx.locale)}${party.shortName === undefined ? '' : html` (${party.shortName})`}`)}
${localizedParagraph(localText(party, 'description', ctx.locale), ctx.locale, { lead: true })}
${dataList(facts)}
${heading(2, t.contact)}
${contactDetails(ctx, party.contact)}
${services.length === 0 ? '' : html`${heading(2, t.services)}${unorderedList(services.map((s) => ctx.t.labels.serviceTypes[s]))}`}
${heading(2, t.rolesHeading)}
${
  view.roles.length === 0
    ? paragraph(t.noRoles)
    : table({
        caption: t.rolesHeading,
        head: [t.aspect, t.role, t.roleType, t.conditions],
        rows: view.roles.map((r) => [
          html`${ctx.t.phases.phase(r.phase.id)}: ${link(ctx.url(`/aspecten/${r.aspect.id}`), localField(ctx, r.aspect, 'name'))}`,
          localField(ctx, r.responsibility, 'role'),
          ctx.t.labels.roleTypes[r.responsibility.roleType],
          conditionsText(ctx, r.responsibility.conditions),
        ]),
      })
}
${heading(2, t.categoriesHeading)}
${
  view.categories === undefined
    ? paragraph(t.always)
    : unorderedList(view.categories.map((c) => localField(ctx, c, 'name')))
}
${view.rights.length === 0 ? '' : html`${heading(2, t.rightsHeading)}${unorderedList(view.rights.map((r) => link(ctx.url(`/rechten/${r.id}`), localField(ctx, r, 'name'))))}`}
${recordMeta(ctx, party)}`
  return renderPage(ctx, {
    title: name.text,
    body,
    nav: 'parties',
    breadcrumbs: [
      { href: ctx.url('/'), label: ctx.t.nav.home },
      { href: ctx.url('/organisaties'), label: t.title },
    ],
  })
}
