// SPDX-License-Identifier: EUPL-1.2
// Which texts of the dataset lack a translation (issue 15): findings for `wegwijzer validate`
// (warnings, with the pointer of the Dutch text) and coverage per language for `wegwijzer stats`.
import type { Dataset, EntityKey } from './entities.ts'
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

export function translationFindings(dataset: Dataset): TranslationFinding[] {
  return plainTextFindings(dataset)
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
