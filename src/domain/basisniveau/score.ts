// SPDX-License-Identifier: EUPL-1.2
// Scores a self-scan. Per question: niet 0, deels 0.5, voldoet 1, unanswered 0 (open). An
// element's score is the mean over its questions; the overall score is the mean over elements,
// so every element weighs the same however many questions it has (docs/basisniveau.md).
import type { BasisniveauElement } from '../basisniveau.ts'
import { orderedElements, type AnswerValue, type ScanAnswers } from './answers.ts'

export const ANSWER_WEIGHTS: Readonly<Record<AnswerValue, number>> = { niet: 0, deels: 0.5, voldoet: 1 }

/** niet: nothing in place · deels: partly · voldoet: everything answered voldoet. */
export type ElementLevel = AnswerValue

export interface ElementScore {
  readonly id: string
  readonly code: string
  readonly name: string
  /** 0..1 */
  readonly score: number
  /** 0..100, rounded */
  readonly percent: number
  readonly level: ElementLevel
  readonly answered: number
  readonly questions: number
  /** Ids of questions without an answer. */
  readonly open: readonly string[]
}

export interface ScanScore {
  readonly elements: readonly ElementScore[]
  readonly overall: {
    readonly score: number
    readonly percent: number
    readonly answered: number
    readonly questions: number
    readonly complete: boolean
  }
}

export function levelOf(score: number): ElementLevel {
  return score >= 1 ? 'voldoet' : score <= 0 ? 'niet' : 'deels'
}

const percentOf = (score: number): number => Math.round(score * 100)

export function scoreElement(element: BasisniveauElement, answers: ScanAnswers): ElementScore {
  let sum = 0
  const open: string[] = []
  for (const q of element.questions) {
    const a = answers[q.id]?.answer ?? null
    if (a === null) {
      open.push(q.id)
    } else {
      sum += ANSWER_WEIGHTS[a]
    }
  }
  const score = element.questions.length === 0 ? 0 : sum / element.questions.length
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
  }
}

export function scoreScan(elements: readonly BasisniveauElement[], answers: ScanAnswers): ScanScore {
  const scored = orderedElements(elements).map((e) => scoreElement(e, answers))
  const score = scored.length === 0 ? 0 : scored.reduce((s, e) => s + e.score, 0) / scored.length
  const questions = scored.reduce((s, e) => s + e.questions, 0)
  const answered = scored.reduce((s, e) => s + e.answered, 0)
  return {
    elements: scored,
    overall: { score, percent: percentOf(score), answered, questions, complete: answered === questions },
  }
}
