// SPDX-License-Identifier: EUPL-1.2
// The organogram page: the situation form (GET, no JavaScript needed), the chart as HTML (phases as
// columns, aspects as blocks, parties as chips ordered by role), its legend, the downloads and the
// equivalent table. On a phone the chart shows one phase at a time (tabs are in-page links).
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { errorSummary, selectField, submitButton } from '../../components/form.ts'
import { link } from '../../components/link.ts'
import { table } from '../../components/table.ts'
import { heading, localField, localized, paragraph } from '../../components/text.ts'
import { formatDate } from '../../components/record-meta.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import { EXPLOITATION_FORMS } from '../../../domain/facets.ts'
import { chipText, type ChartAspect, type ChartEntry, type ChartPhase, type OrganogramChart } from './chart.ts'
import { highlightSearch, type HighlightField, type ParsedHighlight } from './highlight.ts'
import type { ChartSource } from './source.ts'
import { chipDescription, hasUnsureStandIn, roleText, scenarioText, standInText } from './texts.ts'

export interface OrganogramView {
  readonly highlight: ParsedHighlight
  readonly chart: OrganogramChart
  /** Grid tracks per phase (of 24), from the shared layout; one phase takes all. */
  readonly spans: readonly number[]
  /** Zoom that fits the chart on one A3 landscape page (print CSS class wgw-og-print-NN). */
  readonly printZoom: number
  readonly source: ChartSource
  readonly pngAvailable: boolean
}

function chip(ctx: PageContext, e: ChartEntry): SafeHtml {
  const cls = [e.lead ? 'is-lead' : '', e.state === 'none' ? 'is-none' : ''].filter((c) => c !== '').join(' ')
  const lang = e.lang === ctx.locale ? '' : html` lang="${e.lang}"`
  // The label is the link's name; the title (full name, role, stand-in) is its description, shown
  // by the browser on hover and by CSS in place of the label on keyboard focus.
  return html`<li><a${cls === '' ? '' : html` class="${cls}"`} href="${ctx.url(e.href)}" title="${chipDescription(e, ctx.t)}"${lang}><span>${chipText(e)}</span></a></li>`
}

// Block titles are plain text: the parties are the chart's links (the table links the aspects).
function block(ctx: PageContext, a: ChartAspect): SafeHtml {
  return html`<div class="wgw-og-block" id="aspect-${a.id}"><h4 class="wgw-og-block__title">${localized(a.name, ctx.locale)}</h4>
<ul class="wgw-og-chips">${a.entries.map((e) => chip(ctx, e))}</ul></div>`
}

function phaseColumn(ctx: PageContext, p: ChartPhase, span: number): SafeHtml {
  return html`<div class="wgw-og-phase wgw-og-span-${span}" id="fase-${p.id}">
<h3 class="wgw-og-phase__title"><span class="wgw-og-badge">${p.id}</span> ${localized(p.name, ctx.locale)}</h3>
<div class="wgw-og-blocks">${p.aspects.map((a) => block(ctx, a))}</div></div>`
}

function chartHtml(ctx: PageContext, view: OrganogramView): SafeHtml {
  const t = ctx.t.organogram
  const chart = view.chart
  const focus = view.highlight.query.phase !== undefined
  const printClass = view.printZoom < 1 ? `wgw-og-print-${Math.round(view.printZoom * 100)}` : ''
  const classes = ['wgw-og-chart', focus ? 'wgw-og-chart--focus' : '', chart.active ? 'is-active' : '', printClass]
    .filter((c) => c !== '')
    .join(' ')
  // Tabs only when all phases are on the page: on a phone CSS shows the targeted phase (or A).
  const tabs = focus
    ? ''
    : html`<nav class="wgw-og-tabs" aria-label="${t.tabsLabel}">${chart.phases.map(
        (p) =>
          html`<a class="wgw-og-tab wgw-og-tab--${p.id}" href="#fase-${p.id}"><span class="wgw-og-badge">${p.id}</span> ${localized(p.name, ctx.locale)}</a>`,
      )}</nav>`
  return html`<div class="${classes}">
<a class="utrecht-link wgw-og-skip" href="#tabel">${t.skipChart}</a>
${tabs}
<div class="wgw-og-grid">${chart.phases.map((p, i) => phaseColumn(ctx, p, view.spans[i] ?? 6))}</div>
</div>`
}

function legend(ctx: PageContext, chart: OrganogramChart): SafeHtml {
  const t = ctx.t.organogram
  const sample = (cls: string, text: string): SafeHtml =>
    html`<span class="wgw-og-chips wgw-og-sample"><span class="${cls}">${text}</span></span>`
  return html`${heading(3, t.legendHeading)}
<ul class="wgw-og-legend">
<li>${sample('is-lead', 'Aa')}${t.legendLead}</li>
<li>${sample('', 'Aa')}${t.legendOther}</li>
${chart.active ? html`<li>${sample('is-none', 'Aa')}${t.legendNone}</li>` : ''}
${hasUnsureStandIn(chart) ? html`<li><span class="wgw-og-sample">*</span>${t.legendUnsure}</li>` : ''}
</ul>
<p class="utrecht-paragraph wgw-no-print">${t.legendHover}</p>`
}

function tableRows(ctx: PageContext, chart: OrganogramChart): SafeHtml[][] {
  return chart.phases.flatMap((phase) =>
    phase.aspects.map((aspect) => [
      html`${ctx.t.phases.phase(phase.id)}`,
      link(ctx.url(`/aspecten/${aspect.id}`), localized(aspect.name, ctx.locale)),
      html`<ul class="utrecht-unordered-list">${aspect.entries.map((e) => {
        const standIn = standInText(e, ctx.t)
        const name = e.lang === ctx.locale ? html`${e.fullName}` : html`<span lang="${e.lang}">${e.fullName}</span>`
        return html`<li class="utrecht-unordered-list__item${e.state === 'none' ? ' wgw-og-none-row' : ''}">${link(ctx.url(e.href), name)}: ${
          e.lead ? html`<strong>${roleText(e, ctx.t)}</strong>` : roleText(e, ctx.t)
        }${standIn === undefined ? '' : html` (${standIn})`}</li>`
      })}</ul>`,
    ]),
  )
}

export function organogramPage(ctx: PageContext, view: OrganogramView): SafeHtml {
  const t = ctx.t.organogram
  const h = view.highlight
  const q = h.query
  const fieldError = (field: HighlightField): { error?: string } => {
    const e = h.errors.find((x) => x.field === field)
    return e === undefined ? {} : { error: e.message }
  }
  const selected = (field: HighlightField): { selected?: string } => {
    const v = field === 'municipality' ? (q.municipality ?? h.raw.municipality) : h.raw[field]
    return v === undefined ? {} : { selected: v }
  }
  const phaseLabel = (id: string): string => {
    const p = view.source.phases.find((x) => x.id === id)
    return p === undefined
      ? ctx.t.phases.phase(id)
      : `${ctx.t.phases.phase(id)}: ${localText(p, 'name', ctx.locale).text}`
  }
  const scenario = q.form !== undefined || q.category !== undefined || q.municipality !== undefined
  const search = highlightSearch(q)
  const downloadSearch = `${search === '' ? '?' : `${search}&`}lang=${ctx.locale}`
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${errorSummary(
  t.errorSummary,
  h.errors.map((e) => ({ fieldId: `og-${e.field}`, message: e.message })),
)}
<form method="get" action="${ctx.url('/organogram')}" class="wgw-no-print">
${heading(2, t.highlightHeading)}
${paragraph(t.highlightHelp)}
<div class="wgw-form-row">
${selectField({
  id: 'og-phase',
  name: 'fase',
  label: t.phase,
  ...fieldError('phase'),
  options: [
    { value: '', label: t.allPhases },
    ...view.source.phases.map((p) => ({ value: p.id, label: phaseLabel(p.id) })),
  ],
  ...selected('phase'),
})}
${selectField({
  id: 'og-form',
  name: 'form',
  label: t.form,
  ...fieldError('form'),
  options: [
    { value: '', label: t.any },
    ...EXPLOITATION_FORMS.map((f) => ({ value: f, label: ctx.t.labels.forms[f] })),
  ],
  ...selected('form'),
})}
${selectField({
  id: 'og-category',
  name: 'category',
  label: t.category,
  ...fieldError('category'),
  options: [
    { value: '', label: t.any },
    ...view.source.victimCategories().map((c) => ({ value: c.id, label: localField(ctx, c, 'name') })),
  ],
  ...selected('category'),
})}
${selectField({
  id: 'og-municipality',
  name: 'municipality',
  label: t.municipality,
  ...fieldError('municipality'),
  options: [
    { value: '', label: t.anyMunicipality },
    ...view.source.municipalities().map((m) => ({ value: m.id, label: m.name })),
  ],
  ...selected('municipality'),
})}
<div class="wgw-actions">${submitButton(t.apply)}${
    scenario ? link(ctx.url(`/organogram${highlightSearch({}, { phase: q.phase ?? null })}`), t.reset) : ''
  }</div>
</div>
</form>
${heading(2, t.diagramHeading, { id: 'kaart' })}
<p class="utrecht-paragraph wgw-og-scenario">${scenarioText(view.source, q, ctx.t, ctx.locale)} — ${t.validOn(formatDate(ctx, view.source.asOf))}</p>
${view.chart.active ? html`<p class="utrecht-paragraph" role="status">${t.withRole(view.chart.withRole)}</p>` : ''}
<p class="utrecht-paragraph wgw-og-phases wgw-no-print">${t.phaseNav}: ${link(
    ctx.url(`/organogram${highlightSearch(q, { phase: null })}`),
    t.allPhases,
    { current: q.phase === undefined },
  )}${view.source.phases.map(
    (p) =>
      html` · ${link(ctx.url(`/organogram${highlightSearch(q, { phase: p.id })}`), html`<abbr title="${phaseLabel(p.id)}">${p.id}</abbr>`, { current: q.phase === p.id })}`,
  )}</p>
${chartHtml(ctx, view)}
${legend(ctx, view.chart)}
<p class="utrecht-paragraph wgw-print-only">${t.printNote}</p>
<p class="utrecht-paragraph wgw-no-print">${t.download}: ${link(`/organogram.svg${downloadSearch}`, t.downloadSvg, { download: true })}${
    view.pngAvailable ? html` · ${link(`/organogram.png${downloadSearch}`, t.downloadPng, { download: true })}` : ''
  }</p>
<div class="wgw-og-table">
${heading(2, t.tableHeading, { id: 'tabel' })}
${table({ caption: t.tableCaption, head: [t.phaseColumn, t.aspectColumn, t.partiesColumn], rows: tableRows(ctx, view.chart) })}
</div>`
  return renderPage(ctx, { title: t.title, body, nav: 'organogram' })
}
