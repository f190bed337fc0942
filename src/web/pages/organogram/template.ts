// SPDX-License-Identifier: EUPL-1.2
// The organogram page: highlight form (GET, no JavaScript needed), the diagram as inline SVG, an
// equivalent table, and downloads.
import { html, trustedHtml, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { errorSummary, selectField, submitButton } from '../../components/form.ts'
import { link } from '../../components/link.ts'
import { table } from '../../components/table.ts'
import { heading, localized, paragraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import { EXPLOITATION_FORMS } from '../../../domain/facets.ts'
import type { Party } from '../../../domain/party.ts'
import type { ParsedHighlight } from './highlight.ts'

export interface OrganogramView {
  readonly highlight: ParsedHighlight
  readonly highlightedResponsibilities: ReadonlySet<string>
  /** The inline SVG, built by organogramSvg from escaped parts. */
  readonly svg: string
  readonly pngAvailable: boolean
}

function downloadQuery(h: ParsedHighlight): string {
  const p = new URLSearchParams()
  if (h.query.form !== undefined) {
    p.set('form', h.query.form)
  }
  if (h.query.category !== undefined) {
    p.set('category', h.query.category)
  }
  const s = p.toString()
  return s === '' ? '' : `?${s}`
}

export function organogramPage(ctx: PageContext, view: OrganogramView): SafeHtml {
  const t = ctx.t.organogram
  const h = view.highlight
  const fieldError = (field: 'form' | 'category'): { error?: string } => {
    const e = h.errors.find((x) => x.field === field)
    return e === undefined ? {} : { error: e.message }
  }
  const highlightedParties = new Set<string>()
  for (const r of ctx.data.valid('responsibilities')) {
    if (view.highlightedResponsibilities.has(r.id)) {
      highlightedParties.add(r.party)
    }
  }
  const rows = ctx.data.phases.flatMap((phase) => ctx.data.aspectsOf(phase.id).map((aspect) => {
    const parties = [...new Map(ctx.data.responsibilitiesOfAspect(aspect.id).flatMap((r) => {
      const p = ctx.data.byId('parties', r.party)
      return p === undefined ? [] : [[p.id, p] as [string, Party]]
    })).values()]
    return [
      html`${ctx.t.phases.phase(phase.id)}`,
      link(ctx.url(`/aspecten/${aspect.id}`), localized(localText(aspect, 'name', ctx.locale), ctx.locale)),
      html`<ul class="utrecht-unordered-list">${parties.map((p) => html`<li class="utrecht-unordered-list__item${highlightedParties.has(p.id) ? ' wgw-highlight-row' : ''}">${
        link(ctx.url(`/organisaties/${p.id}`), localized(localText(p, 'name', ctx.locale), ctx.locale))}${
        highlightedParties.has(p.id) ? html` <strong>(${t.highlightedMark})</strong>` : ''}</li>`)}</ul>`,
    ]
  }))
  const q = downloadQuery(h)
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${errorSummary(t.errorSummary, h.errors.map((e) => ({ fieldId: `og-${e.field}`, message: e.message })))}
<form method="get" action="${ctx.url('/organogram')}" class="wgw-no-print">
${heading(2, t.highlightHeading)}
${paragraph(t.highlightHelp)}
<div class="wgw-form-row">
${selectField({
    id: 'og-form', name: 'form', label: t.form, ...fieldError('form'),
    options: [{ value: '', label: t.any }, ...EXPLOITATION_FORMS.map((f) => ({ value: f, label: ctx.t.labels.forms[f] }))],
    ...(h.raw.form === undefined ? {} : { selected: h.raw.form }),
  })}
${selectField({
    id: 'og-category', name: 'category', label: t.category, ...fieldError('category'),
    options: [{ value: '', label: t.any }, ...ctx.data.valid('victimCategories').map((c) => ({ value: c.id, label: localized(localText(c, 'name', ctx.locale), ctx.locale) }))],
    ...(h.raw.category === undefined ? {} : { selected: h.raw.category }),
  })}
<div class="wgw-actions">${submitButton(t.apply)}${q === '' ? '' : link(ctx.url('/organogram'), t.reset)}</div>
</div>
</form>
${q === '' ? '' : html`<p class="utrecht-paragraph" role="status">${t.highlighted(highlightedParties.size)}</p>`}
${heading(2, t.diagramHeading)}
<section class="wgw-organogram" aria-label="${t.diagramLabel}" tabindex="0">${trustedHtml(view.svg)}</section>
<p class="utrecht-paragraph wgw-no-print">${t.download}: ${link(`/organogram.svg${q === '' ? `?lang=${ctx.locale}` : `${q}&lang=${ctx.locale}`}`, t.downloadSvg, { download: true })}${
    view.pngAvailable ? html` · ${link(`/organogram.png${q === '' ? `?lang=${ctx.locale}` : `${q}&lang=${ctx.locale}`}`, t.downloadPng, { download: true })}` : ''}</p>
${heading(2, t.tableHeading, { id: 'tabel' })}
${table({ caption: t.tableCaption, head: [t.phaseColumn, t.aspectColumn, t.partiesColumn], rows })}`
  return renderPage(ctx, { title: t.title, body, nav: 'organogram' })
}
