// SPDX-License-Identifier: EUPL-1.2
// Which records are searchable and which of their texts count how much: turns the dataset into
// search sources (title, weighted fields, the plain body that snippets are cut from).
import type { Dataset } from '../entities.ts'
import type { SearchLanguage } from './language.ts'

export const SEARCH_TYPES = ['party', 'responsibility', 'right', 'indicator', 'glossary'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** Group headings per language, in the order groups are shown. */
export const SEARCH_TYPE_LABELS: Readonly<Record<SearchLanguage, Readonly<Record<SearchType, string>>>> = {
  nl: {
    party: 'Organisaties',
    responsibility: 'Verantwoordelijkheden',
    right: 'Rechten en regelingen',
    indicator: 'Signalen',
    glossary: 'Begrippen',
  },
  en: {
    party: 'Organisations',
    responsibility: 'Responsibilities',
    right: 'Rights and schemes',
    indicator: 'Signals',
    glossary: 'Terms',
  },
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
  /** The language the source is analysed and searched in. */
  readonly lang: SearchLanguage
  /** Languages of title and body: an English source shows Dutch text where a record has no English. */
  readonly titleLang: SearchLanguage
  readonly bodyLang: SearchLanguage
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

/** A record's texts in one language, before they become a source. */
interface RecordTexts {
  readonly type: SearchType
  readonly recordId: string
  readonly page: string | null
  readonly link: string | null
  /** Dutch texts (always there). */
  readonly nl: { readonly title: string; readonly body: string; readonly fields: readonly SearchField[] }
  /** English texts where the record has them. */
  readonly en: { readonly title?: string; readonly body: string; readonly fields: readonly SearchField[] }
}

/**
 * One Dutch and one English source per record. The Dutch source also holds the English names
 * (people type "Safe at Home" on Dutch pages too). The English source holds the English texts and
 * the Dutch ones as well, as much of the dataset has no English yet and Dutch names are what people
 * in the Netherlands type; its title and snippet fall back to Dutch.
 */
function bothLanguages(r: RecordTexts): SearchSource[] {
  const common = { type: r.type, recordId: r.recordId, page: r.page, link: r.link }
  const englishNames = r.en.fields.filter((f) => f.weight >= FIELD_WEIGHT.alias)
  const dutchNames = r.nl.fields.filter((f) => f.weight >= FIELD_WEIGHT.alias)
  const dutchRest = r.nl.fields.filter((f) => f.weight < FIELD_WEIGHT.alias)
  const nl: SearchSource = {
    ...common,
    lang: 'nl',
    titleLang: 'nl',
    bodyLang: 'nl',
    title: r.nl.title,
    body: r.nl.body,
    fields: [...r.nl.fields, ...englishNames.map((f) => ({ text: f.text, weight: FIELD_WEIGHT.alias }))],
  }
  const en: SearchSource = {
    ...common,
    lang: 'en',
    titleLang: r.en.title === undefined ? 'nl' : 'en',
    bodyLang: r.en.body === '' ? 'nl' : 'en',
    title: r.en.title ?? r.nl.title,
    body: r.en.body === '' ? r.nl.body : r.en.body,
    fields: [...r.en.fields, ...dutchNames.map((f) => ({ text: f.text, weight: FIELD_WEIGHT.alias })), ...dutchRest],
  }
  return [nl, en]
}

/** All searchable records of the dataset, in a fixed order (type, then id), each in both languages. */
export function searchSources(dataset: Dataset): SearchSource[] {
  const partyNames = new Map(dataset.parties.map((p) => [p.id, p]))
  const records: RecordTexts[] = []
  for (const p of dataset.parties) {
    records.push({
      type: 'party',
      recordId: p.id,
      page: `/organisaties/${p.id}`,
      link: `${API_BASE}/parties/${p.id}`,
      nl: {
        title: p.name,
        body: p.description,
        fields: [
          ...field(p.name, FIELD_WEIGHT.title),
          ...field(p.shortName, FIELD_WEIGHT.title),
          ...field(p.description, FIELD_WEIGHT.body),
        ],
      },
      en: {
        ...(p.en?.name === undefined ? {} : { title: p.en.name }),
        body: p.en?.description ?? '',
        fields: [
          ...field(p.en?.name, FIELD_WEIGHT.title),
          ...field(p.en?.shortName, FIELD_WEIGHT.title),
          ...(p.en?.synonyms ?? []).flatMap((s) => field(s, FIELD_WEIGHT.alias)),
          ...field(p.en?.description, FIELD_WEIGHT.body),
        ],
      },
    })
  }
  for (const r of dataset.responsibilities) {
    const party = partyNames.get(r.party)
    const partyName = party?.name ?? r.party
    records.push({
      type: 'responsibility',
      recordId: r.id,
      // A responsibility has no page or endpoint of its own: its party's shows it.
      page: `/organisaties/${r.party}`,
      link: `${API_BASE}/parties/${r.party}`,
      nl: {
        title: `${r.role} — ${partyName}`,
        body: joinText(r.description, r.legalBasis),
        fields: [
          ...field(r.role, FIELD_WEIGHT.title),
          ...field(partyName, FIELD_WEIGHT.alias),
          ...field(r.description, FIELD_WEIGHT.body),
          ...field(r.legalBasis, FIELD_WEIGHT.body),
        ],
      },
      en: {
        ...(r.en?.role === undefined ? {} : { title: `${r.en.role} — ${party?.en?.name ?? partyName}` }),
        body: r.en?.description ?? '',
        fields: [
          ...field(r.en?.role, FIELD_WEIGHT.title),
          ...field(party?.en?.name, FIELD_WEIGHT.alias),
          ...field(r.en?.description, FIELD_WEIGHT.body),
        ],
      },
    })
  }
  for (const r of dataset.rights) {
    records.push({
      type: 'right',
      recordId: r.id,
      page: `/rechten/${r.id}`,
      link: `${API_BASE}/rights/${r.id}`,
      nl: {
        title: r.name,
        body: joinText(r.summary, r.description, r.eligibility),
        fields: [
          ...field(r.name, FIELD_WEIGHT.title),
          ...field(r.summary, FIELD_WEIGHT.body),
          ...field(r.description, FIELD_WEIGHT.body),
          ...field(r.eligibility, FIELD_WEIGHT.body),
          ...field(r.amount, FIELD_WEIGHT.body),
          ...field(r.legalBasis, FIELD_WEIGHT.body),
        ],
      },
      en: {
        ...(r.en?.name === undefined ? {} : { title: r.en.name }),
        body: joinText(r.en?.summary, r.en?.description),
        fields: [
          ...field(r.en?.name, FIELD_WEIGHT.title),
          ...(r.en?.synonyms ?? []).flatMap((s) => field(s, FIELD_WEIGHT.alias)),
          ...field(r.en?.summary, FIELD_WEIGHT.body),
          ...field(r.en?.description, FIELD_WEIGHT.body),
        ],
      },
    })
  }
  for (const i of dataset.indicators) {
    records.push({
      type: 'indicator',
      recordId: i.id,
      page: indicatorPage(i.forms, i.recruitment),
      link: `${API_BASE}/indicators/${i.id}`,
      // The text is both title and body of an indicator: weigh it once, as a title.
      nl: { title: shortTitle(i.text), body: i.text, fields: field(i.text, FIELD_WEIGHT.title) },
      en: {
        ...(i.en?.text === undefined ? {} : { title: shortTitle(i.en.text) }),
        body: i.en?.text ?? '',
        fields: field(i.en?.text, FIELD_WEIGHT.title),
      },
    })
  }
  for (const g of dataset.glossary) {
    records.push({
      type: 'glossary',
      recordId: g.id,
      page: null,
      link: null,
      nl: {
        title: g.term,
        body: g.definition,
        fields: [
          ...field(g.term, FIELD_WEIGHT.title),
          ...(g.synonyms ?? []).flatMap((s) => field(s, FIELD_WEIGHT.alias)),
          ...field(g.definition, FIELD_WEIGHT.body),
        ],
      },
      en: {
        ...(g.en?.name === undefined ? {} : { title: g.en.name }),
        body: g.en?.definition ?? '',
        fields: [
          ...field(g.en?.name, FIELD_WEIGHT.title),
          ...(g.en?.synonyms ?? []).flatMap((s) => field(s, FIELD_WEIGHT.alias)),
          ...field(g.en?.definition, FIELD_WEIGHT.body),
        ],
      },
    })
  }
  return records.flatMap(bothLanguages)
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
