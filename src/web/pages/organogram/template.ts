// SPDX-License-Identifier: EUPL-1.2
// The organogram page: highlight form (GET, no JavaScript needed), the diagram as inline SVG, an
// equivalent table, phase focus links, a legend, and downloads.
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

/** The query string for this highlight and phase focus (`phase: null` drops the focus). */
function downloadQuery(h: ParsedHighlight, phase: string | null | undefined = h.query.phase): string {
  const p = new URLSearchParams()
  if (h.query.form !== undefined) {
    p.set('form', h.query.form)
  }
  if (h.query.category !== undefined) {
    p.set('category', h.query.category)
  }
  if (phase !== undefined && phase !== null) {
    p.set('fase', phase)
  }
  const s = p.toString()
  return s === '' ? '' : `?${s}`
}

/** Small SVG samples of the diagram's marks, so the legend looks like what it explains. */
function swatch(kind: 'phase' | 'aspect' | 'party' | 'highlighted' | 'edge'): SafeHtml {
  const shapes = {
    phase: '<rect x="1" y="1" width="38" height="14" rx="3" fill="#e9eef3" stroke="#1f4e79" stroke-width="1.5"/>',
    aspect: '<rect x="1" y="1" width="38" height="14" rx="3" fill="#ffffff" stroke="#1f4e79"/>',
    party: '<rect x="1" y="1" width="38" height="14" rx="3" fill="#ffffff" stroke="#505a5f"/>',
    highlighted:
      '<rect x="1.5" y="1.5" width="37" height="13" rx="3" fill="#fff4ce" stroke="#b3261e" stroke-width="2.5"/><rect x="1.5" y="1.5" width="5" height="13" fill="#b3261e"/>',
    edge: '<path d="M1 11 L39 5" stroke="#b9bfc3" fill="none"/><path d="M1 15 L39 9" stroke="#b3261e" stroke-width="2.5" fill="none"/>',
  } as const
  return trustedHtml(
    `<svg class="wgw-og-swatch" viewBox="0 0 40 16" aria-hidden="true" focusable="false">${shapes[kind]}</svg>`,
  )
}

export function organogramPage(ctx: PageContext, view: OrganogramView): SafeHtml {
  const t = ctx.t.organogram
  const h = view.highlight
  const fieldError = (field: 'form' | 'category' | 'phase'): { error?: string } => {
    const e = h.errors.find((x) => x.field === field)
    return e === undefined ? {} : { error: e.message }
  }
  const phaseLabel = (id: string): string => {
    const p = ctx.data.phases.find((x) => x.id === id)
    return p === undefined
      ? ctx.t.phases.phase(id)
      : `${ctx.t.phases.phase(id)}: ${localText(p, 'name', ctx.locale).text}`
  }
  const phases = ctx.data.phases.filter((p) => h.query.phase === undefined || p.id === h.query.phase)
  // Counted over the phases shown, so the number matches the diagram under a phase focus.
  const highlightedParties = new Set<string>()
  for (const r of phases
    .flatMap((p) => ctx.data.aspectsOf(p.id))
    .flatMap((a) => ctx.data.responsibilitiesOfAspect(a.id))) {
    if (view.highlightedResponsibilities.has(r.id)) {
      highlightedParties.add(r.party)
    }
  }
  const rows = phases.flatMap((phase) =>
    ctx.data.aspectsOf(phase.id).map((aspect) => {
      const parties = [
        ...new Map(
          ctx.data.responsibilitiesOfAspect(aspect.id).flatMap((r) => {
            const p = ctx.data.byId('parties', r.party)
            return p === undefined ? [] : [[p.id, p] as [string, Party]]
          }),
        ).values(),
      ]
      return [
        html`${ctx.t.phases.phase(phase.id)}`,
        link(ctx.url(`/aspecten/${aspect.id}`), localized(localText(aspect, 'name', ctx.locale), ctx.locale)),
        html`<ul class="utrecht-unordered-list">${parties.map(
          (p) =>
            html`<li class="utrecht-unordered-list__item${highlightedParties.has(p.id) ? ' wgw-highlight-row' : ''}">${link(
              ctx.url(`/organisaties/${p.id}`),
              localized(localText(p, 'name', ctx.locale), ctx.locale),
            )}${highlightedParties.has(p.id) ? html` <strong>(${t.highlightedMark})</strong>` : ''}</li>`,
        )}</ul>`,
      ]
    }),
  )
  const q = downloadQuery(h)
  const highlighting = h.query.form !== undefined || h.query.category !== undefined
  const phaseOnly = h.query.phase === undefined ? '' : `?fase=${h.query.phase}`
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
    ...ctx.data.phases.map((p) => ({ value: p.id, label: phaseLabel(p.id) })),
  ],
  ...(h.raw.phase === undefined ? {} : { selected: h.raw.phase }),
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
  ...(h.raw.form === undefined ? {} : { selected: h.raw.form }),
})}
${selectField({
  id: 'og-category',
  name: 'category',
  label: t.category,
  ...fieldError('category'),
  options: [
    { value: '', label: t.any },
    ...ctx.data
      .valid('victimCategories')
      .map((c) => ({ value: c.id, label: localized(localText(c, 'name', ctx.locale), ctx.locale) })),
  ],
  ...(h.raw.category === undefined ? {} : { selected: h.raw.category }),
})}
<div class="wgw-actions">${submitButton(t.apply)}${highlighting ? link(ctx.url(`/organogram${phaseOnly}`), t.reset) : ''}</div>
</div>
</form>
${!highlighting ? '' : html`<p class="utrecht-paragraph" role="status">${t.highlighted(highlightedParties.size)}</p>`}
${heading(2, t.diagramHeading)}
<p class="utrecht-paragraph wgw-og-phases wgw-no-print">${t.phaseNav}: ${link(
    ctx.url(`/organogram${downloadQuery(h, null)}`),
    t.allPhases,
    { current: h.query.phase === undefined },
  )}${ctx.data.phases.map(
    (p) =>
      html` · ${link(ctx.url(`/organogram${downloadQuery(h, p.id)}`), html`<abbr title="${phaseLabel(p.id)}">${p.id}</abbr>`, { current: h.query.phase === p.id })}`,
  )}</p>
<section class="wgw-organogram" aria-label="${t.diagramLabel}" tabindex="0">${trustedHtml(view.svg)}</section>
${heading(3, t.legendHeading)}
<ul class="wgw-og-legend">
<li>${swatch('phase')}${t.legendPhase}</li>
<li>${swatch('aspect')}${t.legendAspect}</li>
<li>${swatch('party')}${t.legendParty}</li>
<li>${swatch('highlighted')}${t.legendHighlighted}</li>
<li>${swatch('edge')}${t.legendEdge}</li>
</ul>
<p class="utrecht-paragraph wgw-no-print">${t.download}: ${link(`/organogram.svg${q === '' ? `?lang=${ctx.locale}` : `${q}&lang=${ctx.locale}`}`, t.downloadSvg, { download: true })}${
    view.pngAvailable
      ? html` · ${link(`/organogram.png${q === '' ? `?lang=${ctx.locale}` : `${q}&lang=${ctx.locale}`}`, t.downloadPng, { download: true })}`
      : ''
  }</p>
${heading(2, t.tableHeading, { id: 'tabel' })}
${table({ caption: t.tableCaption, head: [t.phaseColumn, t.aspectColumn, t.partiesColumn], rows })}`
  return renderPage(ctx, { title: t.title, body, nav: 'organogram' })
}
