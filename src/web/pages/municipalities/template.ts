// SPDX-License-Identifier: EUPL-1.2
// Municipality search (a GET form, works without JavaScript) and the municipality page with its
// regions and regional contacts.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { contactDetails } from '../../components/contact.ts'
import { errorSummary, submitButton, textField } from '../../components/form.ts'
import { link, unorderedList } from '../../components/link.ts'
import { recordMeta } from '../../components/record-meta.ts'
import { heading, localized, paragraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { Municipality } from '../../../domain/region.ts'
import type { RegionEntry } from './view-model.ts'

export interface MunicipalitySearch {
  readonly query?: string
  readonly error?: string
  readonly results: readonly Municipality[]
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
${unorderedList(search.results.map((m) => link(ctx.url(`/gemeenten/${m.id}`), m.name)))}`
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
  ({ region, parties }) => html`<section class="wgw-card">
${heading(3, html`${ctx.t.labels.regionKinds[region.kind]}: ${localized(localText(region, 'name', ctx.locale), ctx.locale)}`)}
${
  parties.length === 0
    ? ''
    : html`<ul class="utrecht-unordered-list">${parties.map(
        (p) => html`<li class="utrecht-unordered-list__item">
${link(ctx.url(`/organisaties/${p.id}`), localized(localText(p, 'name', ctx.locale), ctx.locale))}
${contactDetails(ctx, p.contact)}</li>`,
      )}</ul>`
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
