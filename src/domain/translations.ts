// SPDX-License-Identifier: EUPL-1.2
// Which texts of the dataset lack a translation (issue 15): findings for `wegwijzer validate`
// (warnings, with the pointer of the Dutch text) and coverage per language for `wegwijzer stats`.
import type { EnglishListField, EnglishTextField } from './common.ts'
import { ENTITY_KEYS, type Dataset, type EntityKey } from './entities.ts'
import { VICTIM_LANGUAGES, type TextLanguage } from './languages.ts'
import type { PartyPlain } from './party.ts'
import { CONTACT_PARTIES, plainPartyIds } from './public-contacts.ts'

export interface TranslationFinding {
  readonly entity: EntityKey
  readonly id: string
  /** JSON pointer of the text that has no translation (or of the record when the text is missing). */
  readonly pointer: string
  readonly lang: TextLanguage
  readonly message: string
}

/** Texts a language should have, counted once per text: `have` of `need`. */
export interface Coverage {
  readonly need: number
  readonly have: number
  /** Of `have`, how many a fluent reader checked. */
  readonly reviewed: number
}

/** Missing plain texts: nl and en for every party shown to victims or bystanders, every victim language for the victim page's parties. */
export function plainTextFindings(dataset: Dataset): TranslationFinding[] {
  const out: TranslationFinding[] = []
  const byId = new Map(dataset.parties.map((p) => [p.id, p]))
  const victimParties = new Set<string>(CONTACT_PARTIES.victim)
  for (const id of plainPartyIds()) {
    const party = byId.get(id)
    if (party === undefined) {
      continue
    }
    const langs: readonly TextLanguage[] = victimParties.has(id) ? ['nl', ...VICTIM_LANGUAGES] : ['nl', 'en']
    for (const lang of langs) {
      if (party.plain?.[lang as keyof PartyPlain] === undefined) {
        out.push({
          entity: 'parties',
          id,
          pointer: party.plain === undefined ? '/description' : '/plain',
          lang,
          message: `party '${id}' is shown on the ${victimParties.has(id) ? 'victim' : 'bystander'} page but has no plain text in '${lang}' (plain.${lang})`,
        })
      }
    }
  }
  return out
}

/**
 * The user-facing Dutch texts of each record type and where their English lives (issue 15):
 * top-level fields → `en.<english>` (with `en.translation.<english>` as status); list items →
 * the item's `en` (a string, or an English block with `english`); lists of strings → `en.<list>`,
 * item by item in the same order (`en.translation.<list>` for the list). Names of municipalities and
 * titles of sources are proper names and not translated; legal citations neither.
 */
export interface TopText {
  readonly dutch: string
  readonly english: EnglishTextField
}
export interface ListText {
  readonly list: string
  readonly dutch: string
  /** Absent: the item's `en` is the English string itself. */
  readonly english?: EnglishTextField
}
export interface StringListText {
  readonly strings: EnglishListField
}
type TextSpec = readonly (TopText | ListText | StringListText)[]

const named: TextSpec = [
  { dutch: 'name', english: 'name' },
  { dutch: 'description', english: 'description' },
]
/** The editorial note (why a record is derived, what was not checked): shown under every record. */
const note: TopText = { dutch: 'note', english: 'note' }

export const TEXT_FIELDS: Partial<Record<EntityKey, TextSpec>> = {
  phases: [...named, note],
  aspects: [...named, note],
  parties: [...named, note],
  responsibilities: [{ dutch: 'role', english: 'role' }, { dutch: 'description', english: 'description' }, note],
  victimCategories: [...named, { dutch: 'routingNotes', english: 'routingNotes' }, note],
  exploitationForms: [...named, { list: 'subtypes', dutch: 'name' }, note],
  recruitmentMethods: [...named, note],
  rights: [
    { dutch: 'name', english: 'name' },
    { dutch: 'summary', english: 'summary' },
    { dutch: 'description', english: 'description' },
    { dutch: 'eligibility', english: 'eligibility' },
    { dutch: 'amount', english: 'amount' },
    { list: 'limits', dutch: 'label' },
    note,
  ],
  indicators: [{ dutch: 'text', english: 'text' }, note],
  glossary: [{ dutch: 'term', english: 'name' }, { dutch: 'definition', english: 'definition' }, note],
  regions: [...named, note],
  // A municipality's name is a proper name; its note says where code and regions come from.
  municipalities: [note],
  barrierStages: [
    ...named,
    { strings: 'opportunities' },
    { strings: 'signals' },
    { list: 'facilitators', dutch: 'name', english: 'name' },
    { list: 'facilitators', dutch: 'how', english: 'how' },
    note,
  ],
  barriers: [
    { dutch: 'name', english: 'name' },
    { dutch: 'instrument', english: 'instrument' },
    { strings: 'signals' },
    { list: 'examples', dutch: 'title', english: 'title' },
    { list: 'examples', dutch: 'text', english: 'text' },
    note,
  ],
  basisniveau: [
    { dutch: 'name', english: 'name' },
    { dutch: 'requirement', english: 'requirement' },
    { list: 'questions', dutch: 'text' },
    { list: 'actionPerspectives', dutch: 'text' },
    { strings: 'evidenceExamples' },
    note,
  ],
  agreements: [...named, note],
  requiredAspects: [{ dutch: 'name', english: 'name' }, { dutch: 'why', english: 'why' }, note],
  trajectorySteps: [
    { dutch: 'name', english: 'name' },
    { dutch: 'summary', english: 'summary' },
    { dutch: 'description', english: 'description' },
    { list: 'limits', dutch: 'label' },
    { list: 'duties', dutch: 'text' },
    { list: 'bottlenecks', dutch: 'name', english: 'name' },
    { list: 'bottlenecks', dutch: 'description', english: 'description' },
    note,
  ],
  trajectoryRules: [
    { dutch: 'name', english: 'name' },
    { dutch: 'summary', english: 'summary' },
    { dutch: 'decisiveDate', english: 'decisiveDate' },
    { list: 'limits', dutch: 'label' },
    note,
  ],
  // A source's title and publisher are names; its note (how it was read, what it does not say) is
  // prose the API gives with every source.
  sources: [note],
}

type Rec = Record<string, unknown> & { id: string; en?: Record<string, unknown> }

/** One Dutch text of a record and its English counterpart, if any. */
export interface TextPair {
  readonly entity: EntityKey
  readonly id: string
  readonly pointer: string
  readonly english: string | undefined
  readonly reviewed: boolean
}

/** Texts of a party's checked phones (hours, cost, note); their English sits in the phone's `en`. */
export const PHONE_TEXT_FIELDS = ['hours', 'cost', 'note'] as const

function phonePairs(party: Rec, out: TextPair[]): void {
  const phones = (party['contact'] as { phones?: readonly Record<string, unknown>[] } | undefined)?.phones ?? []
  phones.forEach((phone, i) => {
    const en = phone['en'] as Record<string, unknown> | undefined
    const status = en?.['translation'] as Record<string, string> | undefined
    for (const field of PHONE_TEXT_FIELDS) {
      if (typeof phone[field] !== 'string') {
        continue
      }
      const english = en?.[field]
      out.push({
        entity: 'parties',
        id: party.id,
        pointer: `/contact/phones/${i}/${field}`,
        english: typeof english === 'string' ? english : undefined,
        reviewed: status?.[field] === 'reviewed',
      })
    }
  })
}

type Status = Record<string, string>

/** A Dutch list of strings: item i's English is `en.<list>[i]`. */
function stringListPairs(entity: EntityKey, record: Rec, list: EnglishListField, out: TextPair[]): void {
  const items = record[list]
  if (!Array.isArray(items)) {
    return
  }
  const english = record.en?.[list]
  const reviewed = (record.en?.['translation'] as Status | undefined)?.[list] === 'reviewed'
  items.forEach((_, i) => {
    const text = Array.isArray(english) ? english[i] : undefined
    out.push({
      entity,
      id: record.id,
      pointer: `/${list}/${i}`,
      english: typeof text === 'string' ? text : undefined,
      reviewed,
    })
  })
}

/**
 * English lists that do not match their Dutch list item for item (a problem, not a warning: with
 * a different count nobody can tell which English belongs to which Dutch text).
 */
export function englishListMismatches(
  dataset: Dataset,
): { entity: EntityKey; id: string; pointer: string; message: string }[] {
  const out: { entity: EntityKey; id: string; pointer: string; message: string }[] = []
  for (const entity of ENTITY_KEYS) {
    for (const f of TEXT_FIELDS[entity] ?? []) {
      if (!('strings' in f)) {
        continue
      }
      for (const record of dataset[entity] as unknown as readonly Rec[]) {
        const english = record.en?.[f.strings]
        const dutch = record[f.strings]
        const n = Array.isArray(dutch) ? dutch.length : 0
        if (Array.isArray(english) && english.length !== n) {
          out.push({
            entity,
            id: record.id,
            pointer: `/en/${f.strings}`,
            message: `${entity} '${record.id}': en.${f.strings} has ${english.length} items but ${f.strings} has ${n}`,
          })
        }
      }
    }
  }
  return out
}

/** Every user-facing Dutch text of the dataset with its English, in file order per record. */
export function englishPairs(dataset: Dataset): TextPair[] {
  const out: TextPair[] = []
  for (const entity of ENTITY_KEYS) {
    const spec = TEXT_FIELDS[entity]
    if (spec === undefined) {
      continue
    }
    for (const record of dataset[entity] as unknown as readonly Rec[]) {
      for (const f of spec) {
        if ('strings' in f) {
          stringListPairs(entity, record, f.strings, out)
          continue
        }
        if ('list' in f) {
          const items = record[f.list]
          if (!Array.isArray(items)) {
            continue
          }
          items.forEach((item: Record<string, unknown>, i) => {
            if (typeof item[f.dutch] !== 'string') {
              return
            }
            const en = item['en']
            const block = typeof en === 'object' && en !== null ? (en as Record<string, unknown>) : undefined
            const english =
              f.english === undefined
                ? typeof en === 'string'
                  ? en
                  : undefined
                : (block?.[f.english] as string | undefined)
            const status =
              f.english === undefined ? undefined : (block?.['translation'] as Status | undefined)?.[f.english]
            out.push({
              entity,
              id: record.id,
              pointer: `/${f.list}/${i}/${f.dutch}`,
              english,
              reviewed: status === 'reviewed',
            })
          })
          continue
        }
        if (typeof record[f.dutch] !== 'string') {
          continue
        }
        const english = record.en?.[f.english]
        const status = (record.en?.['translation'] as Record<string, string> | undefined)?.[f.english]
        out.push({
          entity,
          id: record.id,
          pointer: `/${f.dutch}`,
          english: typeof english === 'string' ? english : undefined,
          reviewed: status === 'reviewed',
        })
      }
      if (entity === 'parties') {
        phonePairs(record, out)
      }
    }
  }
  return out
}

/** Dutch texts without an English counterpart. */
export function englishFindings(dataset: Dataset): TranslationFinding[] {
  return englishPairs(dataset)
    .filter((p) => p.english === undefined)
    .map((p) => ({
      entity: p.entity,
      id: p.id,
      pointer: p.pointer,
      lang: 'en' as const,
      message: `${p.entity} '${p.id}': ${p.pointer.slice(1).replace(/\//g, '.')} has no English text`,
    }))
}

/** English coverage of the dataset's user-facing texts. */
export function englishCoverage(dataset: Dataset): Coverage {
  const pairs = englishPairs(dataset)
  return {
    need: pairs.length,
    have: pairs.filter((p) => p.english !== undefined).length,
    reviewed: pairs.filter((p) => p.english !== undefined && p.reviewed).length,
  }
}

/** English coverage per record type. */
export function englishCoverageByEntity(dataset: Dataset): Partial<Record<EntityKey, Coverage>> {
  const out: Partial<Record<EntityKey, { need: number; have: number; reviewed: number }>> = {}
  for (const p of englishPairs(dataset)) {
    const c = (out[p.entity] ??= { need: 0, have: 0, reviewed: 0 })
    c.need += 1
    if (p.english !== undefined) {
      c.have += 1
      if (p.reviewed) {
        c.reviewed += 1
      }
    }
  }
  return out
}

export function translationFindings(dataset: Dataset): TranslationFinding[] {
  return [...plainTextFindings(dataset), ...englishFindings(dataset)]
}

/** Coverage of the plain texts the victim and bystander pages show, per language. */
export function plainTextCoverage(dataset: Dataset): Record<TextLanguage, Coverage> {
  const byId = new Map(dataset.parties.map((p) => [p.id, p]))
  const victimParties = new Set<string>(CONTACT_PARTIES.victim)
  const out = {} as Record<TextLanguage, { need: number; have: number; reviewed: number }>
  for (const lang of ['nl', ...VICTIM_LANGUAGES] as const) {
    const c = (out[lang] = { need: 0, have: 0, reviewed: 0 })
    for (const id of plainPartyIds()) {
      const party = byId.get(id)
      if (party === undefined || (lang !== 'nl' && lang !== 'en' && !victimParties.has(id))) {
        continue
      }
      c.need += 1
      const texts = party.plain?.[lang as keyof PartyPlain]
      if (texts !== undefined) {
        c.have += 1
        if (lang === 'nl' || ('translation' in texts && texts.translation === 'reviewed')) {
          c.reviewed += 1
        }
      }
    }
  }
  return out
}
