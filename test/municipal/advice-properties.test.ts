// SPDX-License-Identifier: EUPL-1.2
// Advice follows the answers (issue #20 item 2): over every question of the real basisniveau and
// every answer it can take, the report never advises what was answered "voldoet", names the
// question each piece of advice is for, and gives every question answered niet or deels advice.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import {
  ADVISED_ANSWERS,
  ANSWER_VALUES,
  buildScanReport,
  type AnswerValue,
  type ScanAnswers,
} from '../../src/domain/basisniveau/index.ts'

const real = loadDataset(new URL('../../data', import.meta.url).pathname).dataset
const questions = real.basisniveau.flatMap((e) => e.questions.map((q) => q.id))

/** Any answer a question can have, including none at all (left out) and an explicit open (null). */
const anyAnswer = fc.option(fc.option(fc.constantFrom<AnswerValue>(...ANSWER_VALUES), { nil: null }), {
  nil: undefined,
})
const anyAnswers: fc.Arbitrary<ScanAnswers> = fc.tuple(...questions.map(() => anyAnswer)).map((values) => {
  const out: ScanAnswers = {}
  values.forEach((v, i) => {
    if (v !== undefined) {
      out[questions[i] as string] = { answer: v }
    }
  })
  return out
})

function checkAdvice(answers: ScanAnswers): void {
  const report = buildScanReport(real, { municipality: 'GM0307', answers })
  const advised = report.nextSteps.flatMap((s) => s.actionPerspectives)
  for (const a of advised) {
    const given = answers[a.question]?.answer ?? null
    // Never advice for what is in place, nor for what was not answered.
    expect(given).not.toBe('voldoet')
    expect(given !== null && ADVISED_ANSWERS.has(given)).toBe(true)
    expect(a.answer).toBe(given)
  }
  // Every question answered niet or deels gets at least one piece of advice of its own.
  const advisedQuestions = new Set(advised.map((a) => a.question))
  for (const q of questions) {
    const given = answers[q]?.answer ?? null
    expect(advisedQuestions.has(q)).toBe(given !== null && ADVISED_ANSWERS.has(given))
  }
  // A step lists only advice for its own element's questions.
  for (const step of report.nextSteps) {
    const own = new Set(step.questions.map((q) => q.id))
    expect(step.actionPerspectives.every((a) => own.has(a.question))).toBe(true)
    expect(step.actionPerspectives.length).toBeGreaterThan(0)
  }
}

describe('advice is tied to questions and answers', () => {
  it('for every single question and every answer value (the rest voldoet)', () => {
    for (const q of questions) {
      for (const value of [...ANSWER_VALUES, null]) {
        const answers: ScanAnswers = Object.fromEntries(questions.map((id) => [id, { answer: 'voldoet' as const }]))
        answers[q] = { answer: value }
        checkAdvice(answers)
      }
    }
  })

  it('for random answers over all questions', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => checkAdvice(answers)),
      { numRuns: 300 },
    )
  })

  it('names no question answered voldoet anywhere in an advice item', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const report = buildScanReport(real, { answers })
        for (const a of report.nextSteps.flatMap((s) => s.actionPerspectives)) {
          const named = JSON.stringify(a).match(/bn\d{2}-\d{1,2}/g) ?? []
          expect(named.filter((q) => answers[q]?.answer === 'voldoet')).toEqual([])
        }
      }),
      { numRuns: 200 },
    )
  })
})
