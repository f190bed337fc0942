// SPDX-License-Identifier: EUPL-1.2
// Checks that span records and that no schema can express: cycles, self-references, consistency
// of conditions, and references that must be valid at the same time as the referring record.
import type { Dataset, EntityKey } from '../../domain/entities.ts'
import { contradictionMessage, contradictions } from '../../domain/conditions/index.ts'
import { basisniveauProblems } from '../../domain/basisniveau.ts'
import type { Problem } from './problem.ts'
import { PLAIN_TEXT_MAX_WORDS } from '../../domain/party.ts'
import { unknownNumbers, wordCount } from '../../domain/public-contacts.ts'
import { formTextMismatch } from '../../domain/form-texts.ts'
import { englishListMismatches } from '../../domain/translations.ts'

type Locate = (key: EntityKey, id: string, pointer: string) => { file: string; line: number; column: number }

export function semanticProblems(dataset: Dataset, locate: Locate): Problem[] {
  const out: Problem[] = []
  const parties = new Map(dataset.parties.map((p) => [p.id, p]))

  for (const party of dataset.parties) {
    if (party.parent === party.id) {
      out.push({ ...locate('parties', party.id, '/parent'), message: `party '${party.id}' names itself as parent` })
      continue
    }
    const seen = new Set<string>([party.id])
    let cursor = party.parent === undefined ? undefined : parties.get(party.parent)
    while (cursor !== undefined) {
      if (seen.has(cursor.id)) {
        out.push({
          ...locate('parties', party.id, '/parent'),
          message: `parent chain of '${party.id}' loops back on itself`,
        })
        break
      }
      seen.add(cursor.id)
      cursor = cursor.parent === undefined ? undefined : parties.get(cursor.parent)
    }
    if (party.successor !== undefined && party.validTo === undefined) {
      out.push({
        ...locate('parties', party.id, '/successor'),
        message: `party '${party.id}' has a successor but no validTo`,
        hint: 'set validTo to the day the successor took over',
      })
    }
  }

  out.push(...plainTextProblems(dataset, locate))
  out.push(...roleFormProblems(dataset, locate))
  for (const m of englishListMismatches(dataset)) {
    out.push({
      ...locate(m.entity, m.id, m.pointer),
      message: m.message,
      hint: 'translate the list item by item, in the same order as the Dutch',
    })
  }

  const conditional = [
    ...dataset.responsibilities.map((r) => ({ key: 'responsibilities' as const, id: r.id, conditions: r.conditions })),
    ...dataset.rights.map((r) => ({ key: 'rights' as const, id: r.id, conditions: r.conditions })),
    ...dataset.victimCategories.map((r) => ({
      key: 'victimCategories' as const,
      id: r.id,
      conditions: r.facets,
      pointer: '/facets',
    })),
    ...dataset.agreements.map((r) => ({
      key: 'agreements' as const,
      id: r.id,
      conditions: r.scope,
      pointer: '/scope',
    })),
    ...dataset.requiredAspects.map((r) => ({
      key: 'requiredAspects' as const,
      id: r.id,
      conditions: r.scope,
      pointer: '/scope',
    })),
  ]
  for (const item of conditional) {
    const base = 'pointer' in item ? item.pointer : '/conditions'
    for (const rule of contradictions(item.conditions)) {
      out.push({ ...locate(item.key, item.id, base), message: `${contradictionMessage(rule)} in '${item.id}'` })
    }
  }
  for (const p of basisniveauProblems(dataset.basisniveau)) {
    out.push({ ...locate('basisniveau', p.element, p.pointer), message: p.message })
  }
  return out
}

/**
 * Issue 21, item 3: a plain text in Dutch or English has at most 25 words, and its "when to call"
 * line names only the party's own checked numbers or 112. (A party shown to victims without a
 * plain text is a translation warning: see translation-warnings.ts.)
 */
function plainTextProblems(dataset: Dataset, locate: Locate): Problem[] {
  const out: Problem[] = []
  for (const party of dataset.parties) {
    for (const [lang, texts] of Object.entries(party.plain ?? {})) {
      if (texts === undefined) {
        continue
      }
      // Word counts only where words are separated as in Dutch; Vietnamese spaces syllables.
      if ((lang === 'nl' || lang === 'en') && wordCount(texts.text) > PLAIN_TEXT_MAX_WORDS) {
        out.push({
          ...locate('parties', party.id, `/plain/${lang}/text`),
          message: `plain.${lang}.text has ${wordCount(texts.text)} words, more than ${PLAIN_TEXT_MAX_WORDS}`,
          hint: 'shorten it: one or two short sentences, second person',
        })
      }
      for (const n of unknownNumbers(party, texts.whenToCall)) {
        out.push({
          ...locate('parties', party.id, `/plain/${lang}/whenToCall`),
          message: `plain.${lang}.whenToCall names '${n}', which is not one of the party's checked phones nor 112`,
          hint: 'add the number to contact.phones with its source, or leave it out',
        })
      }
    }
  }
  return out
}

/**
 * Issue 11: a role text that names one form of exploitation ("uitgebuite werknemers",
 * "schijnzelfstandigheid") must not be shown for another. The role is the line every route view
 * shows beside the party, so it is checked in Dutch and English; the description may name a form
 * as an example or a theme (SZW's knowledge of labour exploitation) and is not.
 */
function roleFormProblems(dataset: Dataset, locate: Locate): Problem[] {
  const out: Problem[] = []
  for (const r of dataset.responsibilities) {
    const texts: [string, string | undefined][] = [
      ['/role', r.role],
      ['/en/role', r.en?.role],
    ]
    for (const [pointer, text] of texts) {
      const m = text === undefined ? undefined : formTextMismatch(text, r.conditions?.exploitation)
      if (m === undefined) {
        continue
      }
      const field = pointer.slice(1).replace('/', '.')
      const named = m.named.map((n) => `${n.form} ('${n.word}')`).join(', ')
      out.push({
        ...locate('responsibilities', r.id, pointer),
        message: `${field} of '${r.id}' speaks of ${named} but ${[
          ...(m.excluded.length > 0 ? [`conditions.exploitation excludes ${m.excluded.join(', ')}`] : []),
          ...(m.unnamed.length > 0 ? [`the record is also shown for ${m.unnamed.join(', ')}`] : []),
        ].join(' and ')}`,
        hint: 'split the record per form (both parts keep sources and status) or reword the role so it fits every form it is shown for',
      })
    }
  }
  return out
}
