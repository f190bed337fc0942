// SPDX-License-Identifier: EUPL-1.2
// The words around the chart, shared by the page, the table and the downloads: what a chip says on
// hover and focus, the scenario line under the title, and the legend.
import type { Messages } from '../../../messages/nl.ts'
import type { Locale } from '../../i18n.ts'
import type { ChartEntry, OrganogramChart } from './chart.ts'
import type { HighlightQuery } from './highlight.ts'
import type { ChartSource } from './source.ts'
import type { SvgTexts } from './svg.ts'
import { localText } from '../../i18n.ts'

/** "heeft de regie, voert uit" or "geen rol in deze situatie". */
export function roleText(e: ChartEntry, t: Messages): string {
  if (e.state === 'none') {
    return t.organogram.noRole
  }
  return e.roles.map((r, i) => (i === 0 ? t.labels.roleTypes[r] : t.labels.roleTypes[r].toLocaleLowerCase())).join(', ')
}

/** What a regional stand-in stands in for, with its status when that is not sourced. */
export function standInText(e: ChartEntry, t: Messages): string | undefined {
  const s = e.standsInFor
  if (s === undefined) {
    return undefined
  }
  const base = t.organogram.standsInFor(s.name, s.region)
  return s.status === 'sourced' ? base : `${base} (${t.labels.statuses[s.status].toLocaleLowerCase()})`
}

/** The full description of a chip: name, role, and what it stands in for. */
export function chipDescription(e: ChartEntry, t: Messages): string {
  const standIn = standInText(e, t)
  return `${e.fullName} — ${roleText(e, t)}${standIn === undefined ? '' : `; ${standIn}`}`
}

/** "Situatie: Arbeidsuitbuiting · Utrecht" or "Alle organisaties, landelijk". */
export function scenarioText(source: ChartSource, q: HighlightQuery, t: Messages, locale: Locale): string {
  const parts: string[] = []
  if (q.form !== undefined) {
    parts.push(t.labels.forms[q.form])
  }
  if (q.category !== undefined) {
    const c = source.victimCategories().find((x) => x.id === q.category)
    parts.push(c === undefined ? q.category : localText(c, 'name', locale).text)
  }
  if (q.municipality !== undefined) {
    parts.push(`${t.organogram.municipality} ${source.municipality(q.municipality)?.name ?? q.municipality}`)
  }
  return parts.length === 0 ? t.organogram.national : `${t.organogram.scenario}: ${parts.join(' · ')}`
}

/** Whether any shown stand-in comes from a derived or unverified region (the legend then explains "*"). */
export function hasUnsureStandIn(chart: OrganogramChart): boolean {
  return chart.phases.some((p) =>
    p.aspects.some((a) => a.entries.some((e) => e.standsInFor !== undefined && e.standsInFor.status !== 'sourced')),
  )
}

export function svgTexts(
  chart: OrganogramChart,
  source: ChartSource,
  q: HighlightQuery,
  t: Messages,
  locale: Locale,
  date: string,
): SvgTexts {
  return {
    title: t.organogram.title,
    subtitle: `${scenarioText(source, q, t, locale)} — ${t.organogram.validOn(date)} — Wegwijzer mensenhandel`,
    legend: {
      lead: t.organogram.legendLead,
      other: t.organogram.legendOther,
      ...(chart.active ? { none: t.organogram.legendNone } : {}),
      ...(hasUnsureStandIn(chart) ? { unsure: t.organogram.legendUnsure } : {}),
    },
    chipTitle: (e) => chipDescription(e, t),
    locale,
    lang: (e) => (e.lang === locale ? undefined : e.lang),
  }
}
