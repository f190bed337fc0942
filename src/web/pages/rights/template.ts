// SPDX-License-Identifier: EUPL-1.2
// Rights list and right page: who it is for, who carries it out, time limits, legal basis.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { conditionsText } from '../../components/conditions.ts'
import { link, unorderedList } from '../../components/link.ts'
import { recordMeta } from '../../components/record-meta.ts'
import { dataList, table, type DataListItem } from '../../components/table.ts'
import { heading, localField, localized, localizedParagraph, paragraph } from '../../components/text.ts'
import { localText, optionalLocalText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { Right, TimeLimit } from '../../../domain/right.ts'
import { partyLink } from '../parties/template.ts'

export function limitText(ctx: PageContext, limit: TimeLimit): SafeHtml {
  const label =
    ctx.locale === 'en' && limit.en !== undefined
      ? html`${limit.en}`
      : localized({ text: limit.label, lang: 'nl' }, ctx.locale)
  return html`${label}: ${ctx.t.labels.limitKinds[limit.kind]} ${ctx.t.labels.timeUnits[limit.unit](limit.value)}${
    limit.renewable === true ? html` (${ctx.t.rights.renewable})` : ''
  }${limit.legalBasis === undefined ? '' : html` – <span lang="nl">${limit.legalBasis}</span>`}`
}

export function rightsListPage(ctx: PageContext, rights: readonly Right[]): SafeHtml {
  const t = ctx.t.rights
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${table({
  caption: t.title,
  head: [t.title, t.kind, ctx.t.parties.conditions],
  rows: rights.map((r) => [
    link(ctx.url(`/rechten/${r.id}`), localField(ctx, r, 'name')),
    t.kinds[r.kind],
    conditionsText(ctx, r.conditions),
  ]),
})}`
  return renderPage(ctx, { title: t.title, body, nav: 'rights' })
}

export function rightPage(ctx: PageContext, right: Right): SafeHtml {
  const t = ctx.t.rights
  const name = localText(right, 'name', ctx.locale)
  const facts: DataListItem[] = [
    { key: t.kind, value: t.kinds[right.kind] },
    { key: ctx.t.parties.conditions, value: conditionsText(ctx, right.conditions) },
    { key: t.legalBasis, value: html`<span lang="nl">${right.legalBasis}</span>` },
  ]
  if (right.amount !== undefined) {
    facts.push({ key: t.amount, value: localField(ctx, right, 'amount') })
  }
  const description = optionalLocalText(right, 'description', ctx.locale)
  const providers = right.providers.flatMap((id) => {
    const p = ctx.data.byId('parties', id)
    return p === undefined ? [] : [partyLink(ctx, p)]
  })
  const body = html`${heading(1, localized(name, ctx.locale))}
${localizedParagraph(localText(right, 'summary', ctx.locale), ctx.locale, { lead: true })}
${description === undefined ? '' : localizedParagraph(description, ctx.locale)}
${dataList(facts)}
${right.eligibility === undefined ? '' : html`${heading(2, t.eligibility)}${localizedParagraph(localText(right, 'eligibility', ctx.locale), ctx.locale)}`}
${heading(2, t.providers)}
${unorderedList(providers)}
${right.limits === undefined || right.limits.length === 0 ? '' : html`${heading(2, t.limits)}${unorderedList(right.limits.map((l) => limitText(ctx, l)))}`}
${recordMeta(ctx, right)}`
  return renderPage(ctx, {
    title: name.text,
    body,
    nav: 'rights',
    breadcrumbs: [
      { href: ctx.url('/'), label: ctx.t.nav.home },
      { href: ctx.url('/rechten'), label: t.title },
    ],
  })
}
