// SPDX-License-Identifier: EUPL-1.2
// What the self-scan pages show: the questions per element with the values to put in the form
// (stored, typed, or both after a version conflict), and the parsed overview grouping.
import { orderedElements, type AnswerValue, type ScanAnswers } from '../../../domain/basisniveau/answers.ts'
import type { BasisniveauElement } from '../../../domain/basisniveau.ts'
import type { OverviewGrouping } from '../../../domain/basisniveau/overview.ts'
import type { Municipality } from '../../../domain/region.ts'
import { localText, type LocalText, type Locale } from '../../i18n.ts'
import type { FieldError, RawAnswer } from './form-input.ts'

export interface QuestionView {
  readonly id: string
  readonly text: LocalText
  readonly raw: RawAnswer | undefined
  readonly answerError?: string
  readonly evidenceError?: string
  /** After a conflict: what is stored now, when it differs from what the person typed. */
  readonly storedAnswer?: AnswerValue | null
  /** The date of the published scan this stored answer was copied from, while nobody confirmed it. */
  readonly carriedFrom?: string
}

export interface ElementView {
  readonly element: BasisniveauElement
  readonly name: LocalText
  readonly questions: readonly QuestionView[]
}

/**
 * The questions per element with the values to show. `stored` (after a conflict) is what is stored
 * now; `carried` are the stored answers whose carried-over mark is shown.
 */
export function elementViews(
  elements: readonly BasisniveauElement[],
  locale: Locale,
  raw: ReadonlyMap<string, RawAnswer>,
  errors: readonly FieldError[] = [],
  stored?: ScanAnswers,
  carried: ScanAnswers = {},
): ElementView[] {
  return orderedElements(elements).map((element) => ({
    element,
    name: localText(element, 'name', locale),
    questions: element.questions.map((q) => {
      const answerError = errors.find((e) => e.question === q.id && e.kind === 'answer')?.message
      const evidenceError = errors.find((e) => e.question === q.id && e.kind === 'evidence')?.message
      const mine = raw.get(q.id)
      const storedAnswer = stored === undefined ? undefined : (stored[q.id]?.answer ?? null)
      const differs =
        storedAnswer !== undefined && storedAnswer !== ((mine?.answer === '' ? undefined : mine?.answer) ?? null)
      return {
        id: q.id,
        text:
          locale === 'en' && q.en !== undefined
            ? { text: q.en, lang: 'en' as const }
            : { text: q.text, lang: 'nl' as const },
        raw: mine,
        ...(answerError === undefined ? {} : { answerError }),
        ...(evidenceError === undefined ? {} : { evidenceError }),
        ...(differs ? { storedAnswer } : {}),
        ...(carried[q.id]?.carriedFrom === undefined ? {} : { carriedFrom: carried[q.id]?.carriedFrom }),
      }
    }),
  }))
}

/** The overview's query values in Dutch, mapped to the engine's groupings. */
export const GROUPING_PARAMS = {
  riec: 'riec',
  zorgcoordinatie: 'zorgcoordinatie',
  'politie-eenheid': 'police-unit',
  veiligheidsregio: 'safety-region',
} as const satisfies Record<string, OverviewGrouping>
export type GroupingParam = keyof typeof GROUPING_PARAMS

export function parseGrouping(
  raw: string | undefined,
): { ok: true; param: GroupingParam } | { ok: false; raw: string } {
  if (raw === undefined) {
    return { ok: true, param: 'riec' }
  }
  return Object.hasOwn(GROUPING_PARAMS, raw) ? { ok: true, param: raw as GroupingParam } : { ok: false, raw }
}

/** Municipalities for the start form, by name (Dutch collation). */
export function municipalityOptions(municipalities: readonly Municipality[]): Municipality[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' })
  return [...municipalities].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
}

/** One section of the form (one element) with how far it is filled in. */
export interface SectionProgress {
  readonly slug: string
  readonly code: string
  readonly name: LocalText
  readonly questions: number
  readonly answered: number
  /** Answers carried over from a published scan that nobody confirmed yet. */
  readonly unconfirmed: number
  /** Our own derivation, not a literal part of the basisniveau (marked wherever it appears). */
  readonly derived: boolean
}

export interface ScanProgress {
  readonly sections: readonly SectionProgress[]
  readonly questions: number
  readonly answered: number
  readonly unconfirmed: number
  /** Sections with every question answered and nothing left to confirm. */
  readonly complete: number
}

/** The slug of an element's section in the address: its code in lower case (bn03). */
export const sectionSlug = (code: string): string => code.toLowerCase()

export function scanProgress(
  elements: readonly BasisniveauElement[],
  locale: Locale,
  answers: ScanAnswers,
): ScanProgress {
  const sections = orderedElements(elements).map((e) => ({
    slug: sectionSlug(e.code),
    code: e.code,
    name: localText(e, 'name', locale),
    questions: e.questions.length,
    answered: e.questions.filter((q) => (answers[q.id]?.answer ?? null) !== null).length,
    unconfirmed: e.questions.filter((q) => answers[q.id]?.carriedFrom !== undefined).length,
    derived: e.status === 'derived',
  }))
  const sum = (f: (s: SectionProgress) => number): number => sections.reduce((n, s) => n + f(s), 0)
  return {
    sections,
    questions: sum((s) => s.questions),
    answered: sum((s) => s.answered),
    unconfirmed: sum((s) => s.unconfirmed),
    complete: sections.filter((s) => s.answered === s.questions && s.unconfirmed === 0).length,
  }
}
