// SPDX-License-Identifier: EUPL-1.2
// The analysis page, the ranked top first (counts per severity, the findings to act on first with
// their action), then the summary: counts, the gaps and the largest overlap groups; then a heatmap
// (aspects × scenario groups) with counts in every cell; then per aspect a <details> with its
// overlaps, so the page stays short. Print shows what is open; ?uitklappen=ja opens everything.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { link } from '../../components/link.ts'
import { heading, paragraph } from '../../components/text.ts'
import type { PageContext } from '../../page-context.ts'
import { messages, render } from '../../../messages/catalogue.ts'
import { actionText, severityCount, severityLabel } from '../../../messages/localise-analysis.ts'
import { localText } from '../../i18n.ts'
import {
  SEVERITIES,
  findingsOf,
  isActionable,
  type FullAnalysis as Analysis,
  type Finding,
  type FindingGroup,
} from '../../../domain/analysis/index.ts'

const TEXT = {
  nl: {
    title: 'Overlappen en hiaten',
    intro:
      'Voor elke combinatie van leeftijd, alleenstaand of niet, nationaliteit, verblijfssituatie en vorm van uitbuiting – en per gemeente waar dat uitmaakt – kijkt de wegwijzer welke partijen een aspect leiden of uitvoeren. Een hiaat is een vereist aspect zonder zo’n partij; een overlap zijn twee of meer partijen zonder vastgelegde taakverdeling.',
    date: 'Datum',
    show: 'Toon',
    badDate: (v: string) => `De datum '${v}' bestaat niet. Gebruik JJJJ-MM-DD; hieronder staat de analyse van vandaag.`,
    summary: (a: Analysis) =>
      `Op ${a.asOf}: ${a.summary.gaps} hiaten, ${a.summary.overlaps} overlappen zonder afspraak en ${a.summary.agreedOverlaps} overlappen met een afspraak, over ${a.summary.aspects} aspecten en ${a.summary.combinations} combinaties van kenmerken.`,
    heatmap: 'Hittekaart: aspecten × groepen slachtoffers',
    heatmapTitle: 'Hittekaart',
    heatmapHelp:
      'Elk vak telt de combinaties van kenmerken in die groep met een hiaat (H), een overlap zonder afspraak (O) en een overlap met afspraak (A). Oranje vakken hebben hiaten, blauwe alleen overlappen; hoe donkerder, hoe groter het deel van de groep.',
    aspect: 'Aspect',
    gaps: 'Hiaten',
    overlaps: 'Overlappen zonder afspraak',
    agreed: 'Overlappen met afspraak',
    none: 'Geen.',
    for: 'Voor',
    parties: 'Partijen',
    sources: 'Bronnen',
    records: 'Vastgelegd in',
    municipalities: (n: number) => `${n} gemeenten`,
    combos: (n: number) => `${n} ${n === 1 ? 'combinatie' : 'combinaties'}`,
    csv: 'Download als CSV (alle overlappen los, met bronnen per regel)',
    print: 'Afdrukken: de afdruk bevat wat op het scherm openstaat. Klap eerst alles uit om alle lijsten mee te nemen.',
    expand: 'Alles uitklappen',
    collapse: 'Alles inklappen',
    badExpand: (v: string) => `'${v}' is geen geldige waarde voor uitklappen; gebruik ja of nee.`,
    summaryTitle: 'Samenvatting',
    firstTitle: 'Eerst doen',
    region: 'Regio',
    wholeCountry: 'Heel Nederland',
    zcRegions: 'Zorgcoördinatieregio',
    regionIntro: (name: string, n: number) =>
      `Alleen ${name} (${n} gemeenten): alleen partijen die hier werken tellen mee. Regionale partijen uit andere regio's vallen weg, en twee partijen overlappen alleen waar hun werkgebieden elkaar raken.`,
    badRegion: (v: string) => `'${v}' is geen regio; hieronder staat de analyse voor heel Nederland.`,
    firstIntro: (shown: number, of: number) =>
      `De ${shown} bevindingen met de hoogste ernst en het grootste bereik, van ${of} waarop actie nodig is, elk met wat te doen. Ernst: een hiaat gaat voor twee partijen die allebei de regie voeren, en dat gaat voor partijen die naast elkaar uitvoeren zonder afspraak.`,
    counts: 'Bevindingen naar ernst',
    hidden:
      'Verwachte overlappen (gedeelde taak) en overlappen met afspraak staan niet in de top; ze staan verderop en in de CSV.',
    action: 'Actie',
    none2: 'Geen hiaten of overlappen zonder afspraak.',
    largest: 'Grootste groepen overlappen zonder afspraak',
    shared: (n: number) =>
      `${n} daarvan vallen onder een gedeelde taak (zoals signaleren): daar werken partijen bewust naast elkaar, dus is overlap verwacht. Ze blijven zichtbaar, met het label ‘gedeelde taak’.`,
    sharedLabel: 'gedeelde taak',
    sets: (n: number) => `${n} ${n === 1 ? 'set' : 'sets'} van partijen`,
    groupLine: (g: FindingGroup) =>
      `${g.findings} ${g.findings === 1 ? 'set' : 'sets'} van partijen in ${g.combinations} combinaties`,
    mostOften: 'Vaakst zonder afspraak',
    mostOftenAgreed: 'Door een afspraak gedekt',
    involved: 'Betrokken partijen (aantal sets)',
    perSet: 'Per set van partijen, met waar die geldt',
    groupsHelp:
      'Klik op een aspect om de sets van partijen te zien. Een set is een groep partijen die voor dezelfde slachtoffers allemaal leiden of uitvoeren; het getal tussen haakjes is in hoeveel sets een partij of paar voorkomt.',
  },
  en: {
    title: 'Overlaps and gaps',
    intro:
      'For every combination of age, unaccompanied or not, nationality, residence situation and form of exploitation – and per municipality where it matters – the wegwijzer checks which parties lead or carry out an aspect. A gap is a required aspect without such a party; an overlap is two or more parties without a documented division of roles.',
    date: 'Date',
    show: 'Show',
    badDate: (v: string) => `The date '${v}' does not exist. Use YYYY-MM-DD; below is today's analysis.`,
    summary: (a: Analysis) =>
      `On ${a.asOf}: ${a.summary.gaps} gaps, ${a.summary.overlaps} overlaps without agreement and ${a.summary.agreedOverlaps} overlaps with an agreement, over ${a.summary.aspects} aspects and ${a.summary.combinations} facet combinations.`,
    heatmap: 'Heatmap: aspects × groups of victims',
    heatmapTitle: 'Heatmap',
    heatmapHelp:
      'Each cell counts the facet combinations in that group with a gap (G), an overlap without agreement (O) and an overlap with agreement (A). Orange cells have gaps, blue cells only overlaps; the darker, the larger the share of the group.',
    aspect: 'Aspect',
    gaps: 'Gaps',
    overlaps: 'Overlaps without agreement',
    agreed: 'Overlaps with agreement',
    none: 'None.',
    for: 'For',
    parties: 'Parties',
    sources: 'Sources',
    records: 'Recorded in',
    municipalities: (n: number) => `${n} municipalities`,
    combos: (n: number) => `${n} ${n === 1 ? 'combination' : 'combinations'}`,
    csv: 'Download as CSV (every overlap separately, with sources per row)',
    print: 'Printing: the printout contains what is open on screen. Expand everything first to include all lists.',
    expand: 'Expand everything',
    collapse: 'Collapse everything',
    badExpand: (v: string) => `'${v}' is not a valid value for uitklappen; use ja or nee.`,
    summaryTitle: 'Summary',
    firstTitle: 'Act first',
    region: 'Region',
    wholeCountry: 'The whole country',
    zcRegions: 'Care coordination region',
    regionIntro: (name: string, n: number) =>
      `Only ${name} (${n} municipalities): only parties working here count. Regional parties of other regions drop out, and two parties overlap only where their areas meet.`,
    badRegion: (v: string) => `'${v}' is not a region; below is the analysis for the whole country.`,
    firstIntro: (shown: number, of: number) =>
      `The ${shown} findings with the highest severity and widest reach, of ${of} that need action, each with what to do. Severity: a gap comes before two parties that both lead, which comes before parties executing side by side without an agreement.`,
    counts: 'Findings by severity',
    hidden:
      'Expected overlaps (shared task) and agreed overlaps are not in the top; they are further down and in the CSV.',
    action: 'Action',
    none2: 'No gaps and no overlaps without agreement.',
    largest: 'Largest groups of overlaps without agreement',
    shared: (n: number) =>
      `${n} of them fall under a shared duty (such as signalling): there parties deliberately work side by side, so overlap is expected. They stay visible, labelled ‘shared duty’.`,
    sharedLabel: 'shared duty',
    sets: (n: number) => `${n} ${n === 1 ? 'set' : 'sets'} of parties`,
    groupLine: (g: FindingGroup) =>
      `${g.findings} ${g.findings === 1 ? 'set' : 'sets'} of parties in ${g.combinations} combinations`,
    mostOften: 'Most often without agreement',
    mostOftenAgreed: 'Covered by an agreement',
    involved: 'Parties involved (number of sets)',
    perSet: 'Per set of parties, with where it holds',
    groupsHelp:
      'Open an aspect to see its sets of parties. A set is a group of parties that all lead or carry out the aspect for the same victims; the number in brackets is in how many sets a party or pair occurs.',
  },
} as const

function level(count: number, total: number): number {
  if (count === 0 || total === 0) {
    return 0
  }
  const share = count / total
  return share > 0.5 ? 3 : share > 0.2 ? 2 : 1
}

/** An aspect's name in the page language (the analysis carries the Dutch one); Dutch when no English exists. */
function aspectName(ctx: PageContext, aspect: { readonly id: string; readonly name: string }): SafeHtml | string {
  const record = ctx.data.byId('aspects', aspect.id)
  if (record === undefined) {
    return aspect.name
  }
  const name = localText(record, 'name', ctx.locale)
  return name.lang === ctx.locale ? name.text : html`<span lang="${name.lang}">${name.text}</span>`
}

function heatmap(ctx: PageContext, a: Analysis): SafeHtml {
  const t = TEXT[ctx.locale]
  const g = ctx.locale === 'en' ? 'G' : 'H'
  return html`<div class="utrecht-table-container utrecht-table-container--overflow-inline"><table class="utrecht-table utrecht-table--html-table wgw-heatmap">
<caption class="utrecht-table__caption">${t.heatmap}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">${t.aspect}</th>${a.heatmap.slices.map(
    (s) =>
      html`<th class="utrecht-table__header-cell" scope="col">${(messages(ctx.locale).analysis.slices as Readonly<Record<string, string>>)[s.id] ?? s.id} <span class="wgw-heatmap__total">(${s.combinations})</span></th>`,
  )}</tr></thead>
<tbody class="utrecht-table__body">${a.heatmap.rows.map(
    (row) =>
      html`<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">${link(ctx.url(`/aspecten/${row.aspect.id}`), aspectName(ctx, row.aspect))}</th>${row.cells.map(
        (c) => {
          const total = a.heatmap.slices.find((s) => s.id === c.slice)?.combinations ?? 0
          const cls =
            c.gaps > 0
              ? `wgw-heat--gap-${level(c.gaps, total)}`
              : c.overlaps > 0
                ? `wgw-heat--overlap-${level(c.overlaps, total)}`
                : 'wgw-heat--none'
          // The letters are explained once, in the text above the table; an <abbr> in each of 234 cells cost 30 KB.
          return html`<td class="utrecht-table__cell wgw-heat ${cls}">${g} ${c.gaps} · O ${c.overlaps} · A ${c.agreed}</td>`
        },
      )}</tr>`,
  )}</tbody>
</table></div>`
}

function partyName(a: Analysis, id: string): string {
  for (const g of [...a.groups.overlaps, ...a.groups.agreedOverlaps]) {
    const p = g.parties.find((x) => x.id === id)
    if (p !== undefined) {
      return p.shortName ?? p.name
    }
  }
  return id
}

function sourceLinks(ctx: PageContext, ids: readonly string[]): SafeHtml {
  return html`${ids.map((id, i) => {
    const source = ctx.data.source(id)
    return html`${i === 0 ? '' : ', '}${source === undefined ? id : link(source.url, source.title)}`
  })}`
}

function scopeText(ctx: PageContext, f: Finding): string {
  return f.scopes.map((s) => render(ctx.locale, s)).join('; ')
}

/** A gap in full: there are few, and each one is a missing service. */
function gapItem(ctx: PageContext, f: Finding): SafeHtml {
  const t = TEXT[ctx.locale]
  const records = [...f.requiredAspects, ...f.agreements]
  return html`<li class="wgw-finding">
<p class="utrecht-paragraph"><strong>${link(ctx.url(`/aspecten/${f.aspect.id}`), aspectName(ctx, f.aspect))}</strong></p>
<ul class="utrecht-unordered-list">${f.scopes.map((s) => html`<li class="utrecht-unordered-list__item">${t.for}: ${render(ctx.locale, s)}</li>`)}</ul>
<p class="utrecht-paragraph wgw-finding__meta">${t.combos(f.combinations)}${f.municipalities === undefined ? '' : html` · ${t.municipalities(f.municipalities)}`} · <span class="wgw-badge wgw-badge--${f.status}">${f.status}</span>${records.length === 0 ? '' : html` · ${t.records}: ${records.join(', ')}`} · ${t.sources}: ${sourceLinks(ctx, f.sources)}</p>
</li>`
}

/** One set of parties on one line: names, size, then where it holds. Sources are per aspect, and so
 *  is the status badge: a set shows its own only when it differs from the aspect's. */
function setItem(ctx: PageContext, f: Finding, groupStatus: Finding['status']): SafeHtml {
  const t = TEXT[ctx.locale]
  return html`<li><strong>${f.parties.map((p) => p.shortName ?? p.name).join(', ')}</strong> <span class="wgw-finding__meta">(${t.combos(f.combinations)}${
    f.municipalities === undefined ? '' : html`, ${t.municipalities(f.municipalities)}`
  }${f.sharedDuty === true ? html`, ${t.sharedLabel}` : ''}${
    f.status === groupStatus ? '' : html`, <span class="wgw-badge wgw-badge--${f.status}">${f.status}</span>`
  })</span>: ${scopeText(ctx, f)}</li>`
}

const TOP_PAIRS = 5

function pairList(a: Analysis, g: FindingGroup, limit: number): string {
  return g.pairs
    .slice(0, limit)
    .map((p) => `${p.parties.map((id) => partyName(a, id)).join(' + ')} (${p.findings})`)
    .join(', ')
}

function groupDetails(
  ctx: PageContext,
  a: Analysis,
  g: FindingGroup,
  findings: ReadonlyMap<string, Finding[]>,
  kind: 'o' | 'a',
  open: boolean,
): SafeHtml {
  const t = TEXT[ctx.locale]
  const list = findings.get(g.aspect.id) ?? []
  const records = [...new Set(list.flatMap((f) => [...f.requiredAspects, ...f.agreements]))].sort()
  const shared = g.sharedDuty === g.findings ? html` · ${t.sharedLabel}` : ''
  return html`<details class="wgw-details wgw-analysis-group" id="${kind}-${g.aspect.id}"${open ? html` open` : ''}><summary>${aspectName(ctx, g.aspect)} – ${t.groupLine(g)}${shared}</summary>
<p class="utrecht-paragraph">${link(ctx.url(`/aspecten/${g.aspect.id}`), aspectName(ctx, g.aspect))} · ${t.involved}: ${g.parties.map((p, i) => html`${i === 0 ? '' : ', '}${link(ctx.url(`/organisaties/${p.id}`), p.shortName ?? p.name)} (${p.findings})`)}</p>
<p class="utrecht-paragraph">${kind === 'o' ? t.mostOften : t.mostOftenAgreed}: ${pairList(a, g, TOP_PAIRS)}${g.pairs.length > TOP_PAIRS ? ` … (${g.pairs.length})` : ''}</p>
<p class="utrecht-paragraph">${t.perSet}:</p>
<ul class="utrecht-unordered-list wgw-analysis-sets">${list.map((f) => setItem(ctx, f, g.status))}</ul>
<p class="utrecht-paragraph wgw-finding__meta"><span class="wgw-badge wgw-badge--${g.status}">${g.status}</span>${records.length === 0 ? '' : html` · ${t.records}: ${records.join(', ')}`} · ${t.sources}: ${sourceLinks(ctx, g.sources)}</p>
</details>`
}

function byAspect(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>()
  for (const f of findings) {
    out.set(f.aspect.id, [...(out.get(f.aspect.id) ?? []), f])
  }
  return out
}

function groupSection(
  ctx: PageContext,
  a: Analysis,
  title: string,
  id: string,
  count: number,
  groups: readonly FindingGroup[],
  findings: readonly Finding[],
  kind: 'o' | 'a',
  open: boolean,
): SafeHtml {
  const t = TEXT[ctx.locale]
  const map = byAspect(findings)
  return html`${heading(2, `${title} (${count})`, { id })}
${groups.length === 0 ? paragraph(t.none) : html`${paragraph(t.groupsHelp)}${groups.map((g) => groupDetails(ctx, a, g, map, kind, open))}`}`
}

const TOP_GROUPS = 5

/** The ranked top: severity, aspect, parties, where, and the action in the page's language. */
function topSection(ctx: PageContext, a: Analysis): SafeHtml {
  const t = TEXT[ctx.locale]
  const byId = new Map(a.findings.map((f) => [f.id, f]))
  const top = a.top.map((id) => byId.get(id)).filter((f): f is Finding => f !== undefined)
  const actionable = a.findings.filter((f) => isActionable(f.severity)).length
  return html`${heading(2, t.firstTitle, { id: 'eerst-doen' })}
<p class="utrecht-paragraph">${t.counts}: ${SEVERITIES.map((s, i) => html`${i === 0 ? '' : ' · '}<span class="wgw-badge wgw-badge--${s}">${severityCount(ctx.locale, s, a.summary.severities[s])}</span>`)}.</p>
${
  top.length === 0
    ? paragraph(t.none2)
    : html`${paragraph(t.firstIntro(top.length, actionable))}
<ol class="utrecht-ordered-list wgw-findings">${top.map(
        (f) =>
          html`<li class="utrecht-ordered-list__item wgw-finding"><p class="utrecht-paragraph"><span class="wgw-badge wgw-badge--${f.severity}">${severityLabel(ctx.locale, f.severity)}</span> <strong>${link(ctx.url(`/aspecten/${f.aspect.id}`), aspectName(ctx, f.aspect))}</strong>${f.parties.length === 0 ? '' : html`: ${f.parties.map((p) => p.shortName ?? p.name).join(', ')}`}</p>
<p class="utrecht-paragraph">${t.for}: ${scopeText(ctx, f)}</p>
<p class="utrecht-paragraph"><strong>${t.action}:</strong> ${actionText(f, ctx.locale)}</p></li>`,
      )}</ol>`
}
${paragraph(t.hidden)}`
}

function summarySection(ctx: PageContext, a: Analysis): SafeHtml {
  const t = TEXT[ctx.locale]
  // Largest by combinations, then by sets: where the most victims meet parties without a division of roles.
  const largest = [...a.groups.overlaps]
    .sort((x, y) => y.combinations - x.combinations || y.findings - x.findings)
    .slice(0, TOP_GROUPS)
  const gaps = findingsOf(a, 'gap')
  return html`${heading(2, t.summaryTitle, { id: 'samenvatting' })}
${paragraph(t.summary(a))}
${a.summary.sharedDutyOverlaps === 0 ? '' : paragraph(t.shared(a.summary.sharedDutyOverlaps))}
${heading(3, `${t.gaps} (${gaps.length})`, { id: 'hiaten' })}
${gaps.length === 0 ? paragraph(t.none) : html`<ul class="utrecht-unordered-list wgw-findings">${gaps.map((f) => gapItem(ctx, f))}</ul>`}
${heading(3, t.largest)}
${largest.length === 0 ? paragraph(t.none) : html`<ol class="utrecht-ordered-list">${largest.map((g) => html`<li class="utrecht-ordered-list__item">${link(`#o-${g.aspect.id}`, aspectName(ctx, g.aspect))}: ${t.groupLine(g)}${g.sharedDuty === g.findings ? ` (${t.sharedLabel})` : ''}. ${t.mostOften}: ${pairList(a, g, 3)}.</li>`)}</ol>`}`
}

export interface PageOptions {
  open: boolean
  bad?: string
  regions?: readonly { id: string; name: string; kind: string }[]
  badRegion?: string
}

function regionSelect(ctx: PageContext, a: Analysis, regions: PageOptions['regions']): SafeHtml {
  const t = TEXT[ctx.locale]
  if (regions === undefined || regions.length === 0) {
    return html``
  }
  const option = (r: { id: string; name: string }) =>
    html`<option value="${r.id}"${a.region?.id === r.id ? html` selected` : ''}>${r.name}</option>`
  return html`<div class="utrecht-form-field"><label class="utrecht-form-label" for="regio">${t.region}</label>
<select class="utrecht-select utrecht-select--html-select" id="regio" name="regio"><option value="">${t.wholeCountry}</option>
<optgroup label="${t.zcRegions}">${regions.filter((r) => r.kind === 'zorgcoordinatie').map(option)}</optgroup>
<optgroup label="RIEC">${regions.filter((r) => r.kind === 'riec').map(option)}</optgroup></select></div>`
}

export function analysisPage(
  ctx: PageContext,
  a: Analysis,
  badDate: string | undefined,
  expand: PageOptions,
): SafeHtml {
  const t = TEXT[ctx.locale]
  const regionQuery = a.region === undefined ? '' : `&regio=${encodeURIComponent(a.region.id)}`
  const toggle = `${ctx.url('/analyse')}?datum=${a.asOf}${regionQuery}${expand.open ? '' : '&uitklappen=ja'}`
  const title = a.region === undefined ? t.title : `${t.title}: ${a.region.name}`
  const body = html`${heading(1, title)}
${a.region === undefined ? '' : paragraph(t.regionIntro(a.region.name, a.region.municipalities))}
${paragraph(t.intro, { lead: true })}
${badDate === undefined ? '' : html`<p class="utrecht-paragraph utrecht-form-field-error-message" role="alert">${t.badDate(badDate)}</p>`}
${expand.bad === undefined ? '' : html`<p class="utrecht-paragraph utrecht-form-field-error-message" role="alert">${t.badExpand(expand.bad)}</p>`}
${expand.badRegion === undefined ? '' : html`<p class="utrecht-paragraph utrecht-form-field-error-message" role="alert">${t.badRegion(expand.badRegion)}</p>`}
<form method="get" action="${ctx.url('/analyse')}" class="wgw-form-row wgw-no-print">
<div class="utrecht-form-field"><label class="utrecht-form-label" for="datum">${t.date}</label>
<input class="utrecht-textbox utrecht-textbox--html-input" type="date" id="datum" name="datum" value="${a.asOf}"></div>
${regionSelect(ctx, a, expand.regions)}
<button class="utrecht-button utrecht-button--primary-action" type="submit">${t.show}</button>
</form>
${topSection(ctx, a)}
${summarySection(ctx, a)}
<p class="utrecht-paragraph wgw-no-print">${link(`/api/v1/analysis.csv?asOf=${a.asOf}${a.region === undefined ? '' : `&region=${encodeURIComponent(a.region.id)}`}`, t.csv)} · ${link(toggle, expand.open ? t.collapse : t.expand)} · ${t.print}</p>
${heading(2, t.heatmapTitle, { id: 'hittekaart' })}
${paragraph(t.heatmapHelp)}
${heatmap(ctx, a)}
${groupSection(ctx, a, t.overlaps, 'overlappen', a.summary.overlaps, a.groups.overlaps, findingsOf(a, 'overlap'), 'o', expand.open)}
${groupSection(ctx, a, t.agreed, 'afspraken', a.summary.agreedOverlaps, a.groups.agreedOverlaps, findingsOf(a, 'agreed-overlap'), 'a', expand.open)}`
  return renderPage(ctx, { title, body, description: t.intro })
}
