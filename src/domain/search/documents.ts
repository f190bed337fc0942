// SPDX-License-Identifier: EUPL-1.2
// Which records are searchable and which of their texts count how much: turns the dataset into
// search sources (title, weighted fields, the plain body that snippets are cut from).
import type { Dataset } from '../entities.ts'

export const SEARCH_TYPES = ['party', 'responsibility', 'right', 'indicator', 'glossary'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** Dutch group headings, in the order groups are shown. */
export const SEARCH_TYPE_LABELS: Readonly<Record<SearchType, string>> = {
  party: 'Organisaties',
  responsibility: 'Verantwoordelijkheden',
  right: 'Rechten en regelingen',
  indicator: 'Signalen',
  glossary: 'Begrippen',
}

/**
 * Reads a comma-separated list of types (`party,right`). Returns them in the fixed group order, or
 * an error message naming the allowed values. Undefined means every type.
 */
export function parseSearchTypes(value: string | undefined): { types: readonly SearchType[] } | { error: string } {
  if (value === undefined) {
    return { types: SEARCH_TYPES }
  }
  const asked = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')
  const unknown = asked.filter((t) => !(SEARCH_TYPES as readonly string[]).includes(t))
  if (asked.length === 0 || unknown.length > 0) {
    const what = asked.length === 0 ? 'is empty' : `has unknown type ${unknown.map((t) => `'${t}'`).join(', ')}`
    return { error: `${what}; use one or more of: ${SEARCH_TYPES.join(', ')}` }
  }
  return { types: SEARCH_TYPES.filter((t) => asked.includes(t)) }
}

/** Where the API serves records; search results link into it. */
export const API_BASE = '/api/v1'

/** Field weights: a word in a title says more about a record than a word in its explanation. */
export const FIELD_WEIGHT = { title: 3, alias: 2, body: 1 } as const

export interface SearchField {
  readonly text: string
  readonly weight: number
}

export interface SearchSource {
  readonly type: SearchType
  readonly recordId: string
  readonly title: string
  /** Plain text that snippets are taken from (never HTML; the web layer escapes it). */
  readonly body: string
  /** Web page of the record, or null when no page shows it yet. */
  readonly page: string | null
  /** API path that returns the record, or null when the API has no endpoint for the type. */
  readonly link: string | null
  readonly fields: readonly SearchField[]
}

const field = (text: string | undefined, weight: number): SearchField[] =>
  text === undefined || text.trim() === '' ? [] : [{ text, weight }]

const joinText = (...parts: (string | undefined)[]): string =>
  parts.filter((p): p is string => p !== undefined && p.trim() !== '').join(' ')

const TITLE_MAX = 120

/** Long texts (indicators are one sentence) get a title cut at a word boundary. */
export function shortTitle(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= TITLE_MAX) {
    return clean
  }
  const cut = clean.slice(0, TITLE_MAX)
  const space = cut.lastIndexOf(' ')
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/** All searchable records of the dataset, in a fixed order (type, then id). */
export function searchSources(dataset: Dataset): SearchSource[] {
  const partyNames = new Map(dataset.parties.map((p) => [p.id, p.name]))
  const sources: SearchSource[] = []
  for (const p of dataset.parties) {
    sources.push({
      type: 'party',
      recordId: p.id,
      title: p.name,
      body: p.description,
      page: `/organisaties/${p.id}`,
      link: `${API_BASE}/parties/${p.id}`,
      fields: [
        ...field(p.name, FIELD_WEIGHT.title),
        ...field(p.shortName, FIELD_WEIGHT.title),
        ...field(p.description, FIELD_WEIGHT.body),
      ],
    })
  }
  for (const r of dataset.responsibilities) {
    const partyName = partyNames.get(r.party) ?? r.party
    sources.push({
      type: 'responsibility',
      recordId: r.id,
      title: `${r.role} — ${partyName}`,
      body: joinText(r.description, r.legalBasis),
      // A responsibility has no page or endpoint of its own: its party's shows it.
      page: `/organisaties/${r.party}`,
      link: `${API_BASE}/parties/${r.party}`,
      fields: [
        ...field(r.role, FIELD_WEIGHT.title),
        ...field(partyName, FIELD_WEIGHT.alias),
        ...field(r.description, FIELD_WEIGHT.body),
        ...field(r.legalBasis, FIELD_WEIGHT.body),
      ],
    })
  }
  for (const r of dataset.rights) {
    sources.push({
      type: 'right',
      recordId: r.id,
      title: r.name,
      body: joinText(r.summary, r.description, r.eligibility),
      page: `/rechten/${r.id}`,
      link: `${API_BASE}/rights/${r.id}`,
      fields: [
        ...field(r.name, FIELD_WEIGHT.title),
        ...field(r.summary, FIELD_WEIGHT.body),
        ...field(r.description, FIELD_WEIGHT.body),
        ...field(r.eligibility, FIELD_WEIGHT.body),
        ...field(r.amount, FIELD_WEIGHT.body),
        ...field(r.legalBasis, FIELD_WEIGHT.body),
      ],
    })
  }
  for (const i of dataset.indicators) {
    sources.push({
      type: 'indicator',
      recordId: i.id,
      title: shortTitle(i.text),
      body: i.text,
      page: indicatorPage(i.forms, i.recruitment),
      link: `${API_BASE}/indicators/${i.id}`,
      // The text is both title and body of an indicator: weigh it once, as a title.
      fields: field(i.text, FIELD_WEIGHT.title),
    })
  }
  for (const g of dataset.glossary) {
    sources.push({
      type: 'glossary',
      recordId: g.id,
      title: g.term,
      body: g.definition,
      page: null,
      link: null,
      fields: [
        ...field(g.term, FIELD_WEIGHT.title),
        ...(g.synonyms ?? []).flatMap((s) => field(s, FIELD_WEIGHT.alias)),
        ...field(g.definition, FIELD_WEIGHT.body),
      ],
    })
  }
  return sources
}

/** Indicators are shown on the signal page of their form (or of loverboys); general ones on /signalen. */
function indicatorPage(forms: readonly string[] | undefined, recruitment: readonly string[] | undefined): string {
  if (forms !== undefined && forms.length === 1) {
    return `/signalen/${forms[0] ?? ''}`
  }
  if (recruitment?.includes('loverboy') === true) {
    return '/signalen/loverboy'
  }
  return '/signalen'
}
