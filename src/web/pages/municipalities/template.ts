// SPDX-License-Identifier: EUPL-1.2
// Municipality search (a GET form, works without JavaScript) and the municipality page with its
// regions and regional contacts.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { contactDetails } from '../../components/contact.ts'
import { errorSummary, submitButton, textField } from '../../components/form.ts'
import { link, unorderedList } from '../../components/link.ts'
import { formatDate, recordMeta, statusBadge } from '../../components/record-meta.ts'
import { heading, localField, localizedParagraph, paragraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { Municipality } from '../../../domain/region.ts'
import type { MunicipalityHit } from '../../../domain/municipality-names.ts'
import type { RegionEntry } from './view-model.ts'

export interface MunicipalitySearch {
  readonly query?: string
  readonly error?: string
  readonly results: readonly MunicipalityHit[]
}

export function municipalitySearchPage(ctx: PageContext, search: MunicipalitySearch): SafeHtml {
  const t = ctx.t.municipalities
  const errors = search.error === undefined ? [] : [{ fieldId: 'naam', message: search.error }]
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${errorSummary(ctx.t.badRequest.title, errors)}
<form method="get" action="${ctx.url('/gemeenten')}" role="search">
<div class="wgw-form-row">
${textField({ id: 'naam', name: 'naam', type: 'search', label: t.searchLabel, autocomplete: 'off', ...(search.query === undefined ? {} : { value: search.query }), ...(search.error === undefined ? {} : { error: search.error }) })}
<div class="wgw-actions">${submitButton(t.searchButton)}</div>
</div>
</form>
${
  search.error === undefined
    ? html`<p class="utrecht-paragraph" role="status">${search.results.length === 0 ? t.noResults : t.results(search.results.length)}</p>
${unorderedList(
  search.results.map(({ municipality: m, alias }) =>
    alias === undefined
      ? link(ctx.url(`/gemeenten/${m.id}`), m.name)
      : html`${link(ctx.url(`/gemeenten/${m.id}`), m.name)} <span lang="nl">(${alias.name})</span>`,
  ),
)}`
    : ''
}`
  return renderPage(ctx, { title: t.title, body, nav: 'municipalities' })
}

export function municipalityPage(ctx: PageContext, m: Municipality, regions: readonly RegionEntry[]): SafeHtml {
  const t = ctx.t.municipalities
  const body = html`${heading(1, m.name)}
<p class="utrecht-paragraph">${t.code}: ${m.id}</p>
${heading(2, t.regionsHeading)}
${regions.map(
  ({ region, parties, fallback }) => html`<section class="wgw-card">
${heading(3, html`${ctx.t.labels.regionKinds[region.kind]}: ${localField(ctx, region, 'name')}`)}
<p class="utrecht-paragraph">${statusBadge(ctx, region.status)} ${
    region.verifiedAt === undefined
      ? ctx.t.record.notChecked
      : html`${ctx.t.record.verifiedAt}: <time datetime="${region.verifiedAt}">${formatDate(ctx, region.verifiedAt)}</time>`
  }</p>
${region.description === undefined ? '' : localizedParagraph(localText(region, 'description', ctx.locale), ctx.locale)}
${
  parties.length === 0
    ? ''
    : html`<ul class="utrecht-unordered-list">${parties.map(
        (p) => html`<li class="utrecht-unordered-list__item">
${link(ctx.url(`/organisaties/${p.id}`), localField(ctx, p, 'name'))}
${contactDetails(ctx, p.contact)}</li>`,
      )}</ul>`
}
${
  fallback === undefined
    ? ''
    : html`<div class="wgw-fallback">${heading(4, html`${ctx.t.contacts.fallback}: ${link(ctx.url(`/organisaties/${fallback.id}`), localField(ctx, fallback, 'name'))}`)}
${paragraph(ctx.t.contacts.fallbackNote)}
${contactDetails(ctx, fallback.contact)}</div>`
}
</section>`,
)}
${recordMeta(ctx, m)}`
  return renderPage(ctx, {
    title: m.name,
    body,
    nav: 'municipalities',
    breadcrumbs: [
      { href: ctx.url('/'), label: ctx.t.nav.home },
      { href: ctx.url('/gemeenten'), label: t.title },
    ],
  })
}
