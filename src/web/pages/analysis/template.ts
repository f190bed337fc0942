// SPDX-License-Identifier: EUPL-1.2
// The analysis page: a heatmap (aspects × scenario groups) as a real table with the counts in every
// cell, so colour is never the only carrier, then the gaps and overlaps linked to aspects and parties.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { link } from '../../components/link.ts'
import { heading, paragraph } from '../../components/text.ts'
import type { PageContext } from '../../page-context.ts'
import type { Analysis, Finding } from '../../../domain/analysis/index.ts'

const TEXT = {
  nl: {
    title: 'Overlappen en hiaten',
    intro: 'Voor elke combinatie van leeftijd, alleenstaand of niet, nationaliteit, verblijfssituatie en vorm van uitbuiting – en per gemeente waar dat uitmaakt – kijkt de wegwijzer welke partijen een aspect leiden of uitvoeren. Een hiaat is een vereist aspect zonder zo’n partij; een overlap zijn twee of meer partijen zonder vastgelegde taakverdeling.',
    date: 'Datum', show: 'Toon', badDate: (v: string) => `De datum '${v}' bestaat niet. Gebruik JJJJ-MM-DD; hieronder staat de analyse van vandaag.`,
    summary: (a: Analysis) => `Op ${a.asOf}: ${a.summary.gaps} hiaten, ${a.summary.overlaps} overlappen zonder afspraak en ${a.summary.agreedOverlaps} overlappen met een afspraak, over ${a.summary.aspects} aspecten en ${a.summary.combinations} combinaties van kenmerken.`,
    heatmap: 'Hittekaart: aspecten × groepen slachtoffers',
    heatmapHelp: 'Elk vak telt de combinaties van kenmerken in die groep met een hiaat (H), een overlap zonder afspraak (O) en een overlap met afspraak (A). Oranje vakken hebben hiaten, blauwe alleen overlappen; hoe donkerder, hoe groter het deel van de groep.',
    aspect: 'Aspect', gaps: 'Hiaten', overlaps: 'Overlappen zonder afspraak', agreed: 'Overlappen met afspraak',
    none: 'Geen.', for: 'Voor', parties: 'Partijen', sources: 'Bronnen', records: 'Vastgelegd in', municipalities: (n: number) => `${n} gemeenten`,
    combos: (n: number) => `${n} ${n === 1 ? 'combinatie' : 'combinaties'}`, csv: 'Download als CSV', print: 'Druk deze pagina af met de afdrukfunctie van uw browser; de kleuren en alle lijsten komen mee.',
    abbr: { H: 'hiaten', O: 'overlappen zonder afspraak', A: 'overlappen met afspraak' },
  },
  en: {
    title: 'Overlaps and gaps',
    intro: 'For every combination of age, unaccompanied or not, nationality, residence situation and form of exploitation – and per municipality where it matters – the wegwijzer checks which parties lead or carry out an aspect. A gap is a required aspect without such a party; an overlap is two or more parties without a documented division of roles.',
    date: 'Date', show: 'Show', badDate: (v: string) => `The date '${v}' does not exist. Use YYYY-MM-DD; below is today's analysis.`,
    summary: (a: Analysis) => `On ${a.asOf}: ${a.summary.gaps} gaps, ${a.summary.overlaps} overlaps without agreement and ${a.summary.agreedOverlaps} overlaps with an agreement, over ${a.summary.aspects} aspects and ${a.summary.combinations} facet combinations.`,
    heatmap: 'Heatmap: aspects × groups of victims',
    heatmapHelp: 'Each cell counts the facet combinations in that group with a gap (G), an overlap without agreement (O) and an overlap with agreement (A). Orange cells have gaps, blue cells only overlaps; the darker, the larger the share of the group.',
    aspect: 'Aspect', gaps: 'Gaps', overlaps: 'Overlaps without agreement', agreed: 'Overlaps with agreement',
    none: 'None.', for: 'For', parties: 'Parties', sources: 'Sources', records: 'Recorded in', municipalities: (n: number) => `${n} municipalities`,
    combos: (n: number) => `${n} ${n === 1 ? 'combination' : 'combinations'}`, csv: 'Download as CSV', print: 'Print this page with your browser’s print function; colours and all lists are included.',
    abbr: { H: 'gaps', O: 'overlaps without agreement', A: 'overlaps with agreement' },
  },
} as const

function level(count: number, total: number): number {
  if (count === 0 || total === 0) {
    return 0
  }
  const share = count / total
  return share > 0.5 ? 3 : share > 0.2 ? 2 : 1
}

function heatmap(ctx: PageContext, a: Analysis): SafeHtml {
  const t = TEXT[ctx.locale]
  const g = ctx.locale === 'en' ? 'G' : 'H'
  return html`<div class="utrecht-table-container utrecht-table-container--overflow-inline"><table class="utrecht-table utrecht-table--html-table wgw-heatmap">
<caption class="utrecht-table__caption">${t.heatmap}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">${t.aspect}</th>${a.heatmap.slices.map((s) =>
    html`<th class="utrecht-table__header-cell" scope="col">${ctx.locale === 'en' ? s.nameEn : s.name} <span class="wgw-heatmap__total">(${s.combinations})</span></th>`)}</tr></thead>
<tbody class="utrecht-table__body">${a.heatmap.rows.map((row) => html`<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">${link(ctx.url(`/aspecten/${row.aspect.id}`), row.aspect.name)}</th>${row.cells.map((c) => {
    const total = a.heatmap.slices.find((s) => s.id === c.slice)?.combinations ?? 0
    const cls = c.gaps > 0 ? `wgw-heat--gap-${level(c.gaps, total)}` : c.overlaps > 0 ? `wgw-heat--overlap-${level(c.overlaps, total)}` : 'wgw-heat--none'
    return html`<td class="utrecht-table__cell wgw-heat ${cls}"><abbr title="${t.abbr.H}">${g}</abbr> ${c.gaps} · <abbr title="${t.abbr.O}">O</abbr> ${c.overlaps} · <abbr title="${t.abbr.A}">A</abbr> ${c.agreed}</td>`
  })}</tr>`)}</tbody>
</table></div>`
}

function findingItem(ctx: PageContext, f: Finding): SafeHtml {
  const t = TEXT[ctx.locale]
  const parties = f.parties.map((p) => link(ctx.url(`/organisaties/${p.id}`), p.shortName ?? p.name))
  const records = [...f.requiredAspects, ...f.agreements]
  return html`<li class="wgw-finding">
<p class="utrecht-paragraph"><strong>${link(ctx.url(`/aspecten/${f.aspect.id}`), f.aspect.name)}</strong>${parties.length === 0 ? '' : html` – ${parties.map((p, i) => html`${i === 0 ? '' : ', '}${p}`)}`}</p>
<ul class="utrecht-unordered-list">${f.scopes.map((s) => html`<li class="utrecht-unordered-list__item">${t.for}: ${ctx.locale === 'en' ? s.en : s.nl}</li>`)}</ul>
<p class="utrecht-paragraph wgw-finding__meta">${t.combos(f.combinations)}${f.municipalities === undefined ? '' : html` · ${t.municipalities(f.municipalities)}`} · <span class="wgw-badge wgw-badge--${f.status}">${f.status}</span>${records.length === 0 ? '' : html` · ${t.records}: ${records.join(', ')}`} · ${t.sources}: ${f.sources.map((id, i) => {
    const source = ctx.data.source(id)
    return html`${i === 0 ? '' : ', '}${source === undefined ? id : link(source.url, source.title)}`
  })}</p>
</li>`
}

function findingList(ctx: PageContext, title: string, findings: readonly Finding[], id: string): SafeHtml {
  const t = TEXT[ctx.locale]
  return html`${heading(2, `${title} (${findings.length})`, { id })}
${findings.length === 0 ? paragraph(t.none) : html`<ul class="utrecht-unordered-list wgw-findings">${findings.map((f) => findingItem(ctx, f))}</ul>`}`
}

export function analysisPage(ctx: PageContext, a: Analysis, badDate: string | undefined): SafeHtml {
  const t = TEXT[ctx.locale]
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${badDate === undefined ? '' : html`<p class="utrecht-paragraph utrecht-form-field-error-message" role="alert">${t.badDate(badDate)}</p>`}
<form method="get" action="${ctx.url('/analyse')}" class="wgw-form-row wgw-no-print">
<div class="utrecht-form-field"><label class="utrecht-form-label" for="datum">${t.date}</label>
<input class="utrecht-textbox utrecht-textbox--html-input" type="date" id="datum" name="datum" value="${a.asOf}"></div>
<button class="utrecht-button utrecht-button--primary-action" type="submit">${t.show}</button>
</form>
${paragraph(t.summary(a))}
<p class="utrecht-paragraph wgw-no-print">${link(`/api/v1/analysis.csv?asOf=${a.asOf}`, t.csv)} · ${t.print}</p>
${paragraph(t.heatmapHelp)}
${heatmap(ctx, a)}
${findingList(ctx, t.gaps, a.gaps, 'hiaten')}
${findingList(ctx, t.overlaps, a.overlaps, 'overlappen')}
${findingList(ctx, t.agreed, a.agreedOverlaps, 'afspraken')}`
  return renderPage(ctx, { title: t.title, body, description: t.intro })
}
