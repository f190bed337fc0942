// SPDX-License-Identifier: EUPL-1.2
// Scores a self-scan (docs/basisniveau.md). Per question: niet 0, deels 0.5, voldoet 1; "n.v.t."
// (with its reason) and "weet niet" are left out of the score and listed; an unanswered question
// counts as 0 and is listed as open. An element's score is the mean over its scored questions; the
// overall score is the mean over elements, so every element weighs the same however many questions
// it has. The basisniveau proper — the questions marked `minimum` (what the 2014 letter and the CCV
// define as the least a municipality needs) — gets its own score and a verdict; the questions beyond
// it are scored apart and never dilute the verdict.
import type { BasisniveauElement } from '../basisniveau.ts'
import { orderedElements, type AnswerValue, type ScanAnswers } from './answers.ts'

/** The answers that carry a score; n.v.t. and weet niet do not. */
export const ANSWER_WEIGHTS = { niet: 0, deels: 0.5, voldoet: 1 } as const satisfies Partial<
  Record<AnswerValue, number>
>
export type ScoredAnswer = keyof typeof ANSWER_WEIGHTS

export const isScored = (a: AnswerValue | null | undefined): a is ScoredAnswer =>
  a !== null && a !== undefined && Object.hasOwn(ANSWER_WEIGHTS, a)

/**
 * An element's level from its score: voldoet when everything scored is in place (100 %), deels from
 * half (50 %) up, niet below half; onbekend when nothing in it could be scored (all n.v.t. or weet niet).
 */
export type ElementLevel = 'voldoet' | 'deels' | 'niet' | 'onbekend'

/** At or above this share an element (or the minimum) is partly met; below it, not met. */
export const PARTLY_MET_FROM = 0.5

export function levelOf(score: number | null): ElementLevel {
  return score === null ? 'onbekend' : score >= 1 ? 'voldoet' : score >= PARTLY_MET_FROM ? 'deels' : 'niet'
}

export interface PartScore {
  /** 0..1, null when no question of the part could be scored. */
  readonly score: number | null
  /** 0..100 rounded, null as score. */
  readonly percent: number | null
  readonly level: ElementLevel
  readonly questions: number
}

export interface ElementScore {
  readonly id: string
  readonly code: string
  readonly name: string
  /** 0..1 over the scored questions; null when none could be scored. */
  readonly score: number | null
  /** 0..100, rounded; null as score. */
  readonly percent: number | null
  readonly level: ElementLevel
  readonly answered: number
  readonly questions: number
  /** Ids of questions without an answer. */
  readonly open: readonly string[]
  /** Ids of questions answered n.v.t. (left out of the score). */
  readonly notApplicable: readonly string[]
  /** Ids of questions answered weet niet (left out of the score). */
  readonly unknown: readonly string[]
  /** The element's questions of the basisniveau proper; absent when it has none. */
  readonly minimum?: PartScore
  /** The element's questions beyond the minimum; absent when it has none. */
  readonly beyond?: PartScore
}

export const VERDICTS = ['voldoet', 'voldoet-deels', 'voldoet-niet'] as const
export type Verdict = (typeof VERDICTS)[number]

/** The verdict on the basisniveau proper (docs/basisniveau.md, "Verdict"). */
export interface MinimumVerdict {
  readonly verdict: Verdict
  /** Open or weet-niet questions in the minimum: the verdict is provisional and never voldoet. */
  readonly provisional: boolean
  /** 0..1 mean over the minimum elements' minimum scores; null when none could be scored. */
  readonly score: number | null
  readonly percent: number | null
  readonly questions: number
  /** Minimum questions answered voldoet or n.v.t. */
  readonly met: number
  /** Minimum elements below half (PARTLY_MET_FROM): each one alone makes the verdict voldoet niet. */
  readonly elementsBelowHalf: readonly string[]
  readonly open: readonly string[]
  readonly unknown: readonly string[]
}

export interface ScanScore {
  readonly elements: readonly ElementScore[]
  readonly overall: {
    /** 0..1 mean over the elements that could be scored. */
    readonly score: number
    readonly percent: number
    readonly answered: number
    readonly questions: number
    readonly complete: boolean
  }
  readonly minimum: MinimumVerdict
  /** Everything beyond the minimum, scored apart: mean over the elements' beyond parts. */
  readonly beyond: { readonly score: number | null; readonly percent: number | null; readonly questions: number }
}

const percentOf = (score: number | null): number | null => (score === null ? null : Math.round(score * 100))

function partScore(
  questions: readonly { id: string }[],
  answers: ScanAnswers,
): { sum: number; scored: number; total: number } {
  let sum = 0
  let scored = 0
  for (const q of questions) {
    const a = answers[q.id]?.answer ?? null
    if (a === null) {
      scored += 1 // open counts as 0
    } else if (isScored(a)) {
      sum += ANSWER_WEIGHTS[a]
      scored += 1
    }
  }
  return { sum, scored, total: questions.length }
}

function part(questions: readonly { id: string }[], answers: ScanAnswers): PartScore | undefined {
  if (questions.length === 0) {
    return undefined
  }
  const { sum, scored } = partScore(questions, answers)
  const score = scored === 0 ? null : sum / scored
  return { score, percent: percentOf(score), level: levelOf(score), questions: questions.length }
}

export function scoreElement(element: BasisniveauElement, answers: ScanAnswers): ElementScore {
  const open: string[] = []
  const notApplicable: string[] = []
  const unknown: string[] = []
  for (const q of element.questions) {
    const a = answers[q.id]?.answer ?? null
    if (a === null) {
      open.push(q.id)
    } else if (a === 'nvt') {
      notApplicable.push(q.id)
    } else if (a === 'weet-niet') {
      unknown.push(q.id)
    }
  }
  const all = part(element.questions, answers)
  const minimum = part(
    element.questions.filter((q) => q.minimum === true),
    answers,
  )
  const beyond = part(
    element.questions.filter((q) => q.minimum !== true),
    answers,
  )
  const score = all?.score ?? null
  return {
    id: element.id,
    code: element.code,
    name: element.name,
    score,
    percent: percentOf(score),
    level: levelOf(score),
    answered: element.questions.length - open.length,
    questions: element.questions.length,
    open,
    notApplicable,
    unknown,
    ...(minimum === undefined ? {} : { minimum }),
    ...(beyond === undefined ? {} : { beyond }),
  }
}

const meanOf = (values: readonly (number | null | undefined)[]): number | null => {
  const known = values.filter((v): v is number => typeof v === 'number')
  return known.length === 0 ? null : known.reduce((s, v) => s + v, 0) / known.length
}

/**
 * The verdict on the minimum: voldoet when every minimum question is answered voldoet (or n.v.t.
 * with a reason) and none is open or weet niet; voldoet niet when any minimum element scores below
 * half, or the minimum as a whole does; voldoet deels otherwise.
 */
export function minimumVerdict(
  elements: readonly BasisniveauElement[],
  scored: readonly ElementScore[],
  answers: ScanAnswers,
): MinimumVerdict {
  const questions = elements.flatMap((e) => e.questions.filter((q) => q.minimum === true).map((q) => q.id))
  const open = questions.filter((id) => (answers[id]?.answer ?? null) === null)
  const unknown = questions.filter((id) => answers[id]?.answer === 'weet-niet')
  const met = questions.filter((id) => answers[id]?.answer === 'voldoet' || answers[id]?.answer === 'nvt').length
  const withMinimum = scored.filter((e) => e.minimum !== undefined)
  const score = meanOf(withMinimum.map((e) => e.minimum?.score))
  const elementsBelowHalf = withMinimum
    .filter((e) => e.minimum?.score !== null && e.minimum?.score !== undefined && e.minimum.score < PARTLY_MET_FROM)
    .map((e) => e.code)
  const provisional = open.length > 0 || unknown.length > 0
  const verdict: Verdict =
    elementsBelowHalf.length > 0 || (score !== null && score < PARTLY_MET_FROM)
      ? 'voldoet-niet'
      : !provisional && met === questions.length
        ? 'voldoet'
        : 'voldoet-deels'
  return {
    verdict,
    provisional,
    score,
    percent: percentOf(score),
    questions: questions.length,
    met,
    elementsBelowHalf,
    open,
    unknown,
  }
}

export function scoreScan(elements: readonly BasisniveauElement[], answers: ScanAnswers): ScanScore {
  const ordered = orderedElements(elements)
  const scored = ordered.map((e) => scoreElement(e, answers))
  const score = meanOf(scored.map((e) => e.score)) ?? 0
  const questions = scored.reduce((s, e) => s + e.questions, 0)
  const answered = scored.reduce((s, e) => s + e.answered, 0)
  const beyond = meanOf(scored.map((e) => e.beyond?.score))
  return {
    elements: scored,
    overall: { score, percent: Math.round(score * 100), answered, questions, complete: answered === questions },
    minimum: minimumVerdict(ordered, scored, answers),
    beyond: {
      score: beyond,
      percent: percentOf(beyond),
      questions: ordered.reduce((s, e) => s + e.questions.filter((q) => q.minimum !== true).length, 0),
    },
  }
}
