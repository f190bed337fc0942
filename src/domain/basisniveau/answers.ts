// SPDX-License-Identifier: EUPL-1.2
// The answers of a self-scan: per question niet / deels / voldoet, n.v.t. (with its reason) or weet
// niet (or not yet answered) plus evidence. One schema for the API bodies, the CLI answer file and
// the stored scan.
import { Type, type Static } from '@sinclair/typebox'
import { strictObject } from '../common.ts'
import { MunicipalityCode } from '../region.ts'
import type { BasisniveauElement } from '../basisniveau.ts'

/** nvt: does not apply here (the evidence gives the reason); weet-niet: not known. Both stay out of the score. */
export const ANSWER_VALUES = ['niet', 'deels', 'voldoet', 'nvt', 'weet-niet'] as const
export type AnswerValue = (typeof ANSWER_VALUES)[number]

export const ScanAnswer = strictObject(
  {
    answer: Type.Unsafe<AnswerValue | null>({
      type: 'string',
      nullable: true,
      enum: [...ANSWER_VALUES, null],
      description:
        'niet, deels or voldoet; nvt (does not apply, give the reason as evidence) or weet-niet (not known), both left out of the score; null while the question is still open.',
    }),
    evidence: Type.Optional(
      Type.String({ maxLength: 2000, description: 'What shows this, e.g. a council decision or a protocol.' }),
    ),
    question: Type.Optional(
      Type.String({ maxLength: 400, description: 'Copy of the question text, as in the template; ignored.' }),
    ),
    carriedFrom: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description:
          'Set when the answer was copied from the municipality’s published scan of this date and nobody has confirmed it yet. Send the answer without it to confirm it; a scan with unconfirmed answers cannot be published.',
      }),
    ),
  },
  { description: 'The answer to one question of the scan.' },
)
export type ScanAnswer = Static<typeof ScanAnswer>

export const ScanAnswers = Type.Record(Type.String({ pattern: '^bn\\d{2}-\\d{1,2}$' }), ScanAnswer, {
  description: 'Answers keyed by question id (see GET /api/v1/basisniveau). Unanswered questions may be left out.',
  maxProperties: 300,
})
export type ScanAnswers = Static<typeof ScanAnswers>

/** The answer file of `wegwijzer scan --answers`, as printed by `wegwijzer scan --template`. */
export const AnswerFile = strictObject(
  {
    municipality: Type.Optional(MunicipalityCode),
    answers: ScanAnswers,
  },
  { $id: 'ScanAnswerFile', title: 'Scan answer file', description: 'Answers of a basisniveau self-scan.' },
)
export type AnswerFile = Static<typeof AnswerFile>

export interface AnswerProblem {
  /** JSON pointer into the answers object, e.g. /answers/bn01-9. */
  readonly path: string
  readonly message: string
}

/**
 * Checks answers against the current elements: every key must be a known question id, and an
 * answer n.v.t. needs its reason in the evidence (a reader must see why a question was left out).
 */
export function answerProblems(
  elements: readonly BasisniveauElement[],
  answers: ScanAnswers,
  base = '/answers',
): AnswerProblem[] {
  const known = new Set(elements.flatMap((e) => e.questions.map((q) => q.id)))
  const out: AnswerProblem[] = []
  for (const id of Object.keys(answers).sort()) {
    if (!known.has(id)) {
      out.push({ path: `${base}/${id}`, message: `unknown question id '${id}'; see the template for the valid ids` })
    } else if (answers[id]?.answer === 'nvt' && (answers[id]?.evidence ?? '').trim() === '') {
      out.push({ path: `${base}/${id}/evidence`, message: NVT_NEEDS_REASON })
    }
  }
  return out
}

export const NVT_NEEDS_REASON = 'an answer nvt needs the reason why the question does not apply, in evidence'

/**
 * Most a scan's answers may take as stored JSON, in characters: every question of the national
 * template with its full 2000 characters of evidence fits twice; the cap keeps one scan (and so
 * the database) from growing without bound.
 */
export const MAX_SCAN_ANSWERS_CHARS = 200_000

/** A problem when the answers are larger than MAX_SCAN_ANSWERS_CHARS once stored. */
export function answersSizeProblem(answers: ScanAnswers, base = '/answers'): AnswerProblem | undefined {
  const size = JSON.stringify(answers).length
  return size > MAX_SCAN_ANSWERS_CHARS
    ? { path: base, message: `the answers take ${size} characters; at most ${MAX_SCAN_ANSWERS_CHARS} are kept` }
    : undefined
}

/** Drops the informational question texts, so only answers, evidence and the carried-over mark are stored. */
export function normaliseAnswers(answers: ScanAnswers): ScanAnswers {
  const out: ScanAnswers = {}
  for (const id of Object.keys(answers).sort()) {
    const a = answers[id]
    if (a === undefined) {
      continue
    }
    const evidence = a.evidence?.trim()
    out[id] = {
      answer: a.answer,
      ...(evidence === undefined || evidence === '' ? {} : { evidence }),
      ...(a.carriedFrom === undefined ? {} : { carriedFrom: a.carriedFrom }),
    }
  }
  return out
}

/**
 * A new scan's answers from a published one: every answered question that still exists, with its
 * evidence, marked as carried over (the publication date) until someone confirms it. Questions
 * dropped from the template since are left out, new ones stay open.
 */
export function carryOver(
  elements: readonly BasisniveauElement[],
  published: ScanAnswers,
  publishedAt: string,
): ScanAnswers {
  const from = publishedAt.slice(0, 10)
  const out: ScanAnswers = {}
  for (const e of orderedElements(elements)) {
    for (const q of e.questions) {
      const a = published[q.id]
      if (a === undefined || a.answer === null) {
        continue
      }
      out[q.id] = { answer: a.answer, ...(a.evidence === undefined ? {} : { evidence: a.evidence }), carriedFrom: from }
    }
  }
  return out
}

/** Questions whose carried-over answer nobody confirmed yet, in scan order: publishing needs none. */
export function unconfirmedQuestions(elements: readonly BasisniveauElement[], answers: ScanAnswers): string[] {
  return orderedElements(elements).flatMap((e) =>
    e.questions.filter((q) => answers[q.id]?.carriedFrom !== undefined).map((q) => q.id),
  )
}

/**
 * The stored answers with `changes` applied to the questions in `replaced`: a question in `replaced`
 * takes its new answer, or becomes open when `changes` has none; every other question is kept. A
 * saved question counts as confirmed, so its carried-over mark goes.
 */
export function replaceAnswers(stored: ScanAnswers, replaced: Iterable<string>, changes: ScanAnswers): ScanAnswers {
  const out: ScanAnswers = { ...stored }
  for (const id of replaced) {
    const a = changes[id]
    if (a === undefined) {
      delete out[id]
    } else {
      out[id] = { answer: a.answer, ...(a.evidence === undefined ? {} : { evidence: a.evidence }) }
    }
  }
  return normaliseAnswers(out)
}

/** Questions without an answer yet, in scan order: publishing needs this list to be empty. */
export function unansweredQuestions(elements: readonly BasisniveauElement[], answers: ScanAnswers): string[] {
  return orderedElements(elements).flatMap((e) =>
    e.questions.filter((q) => (answers[q.id]?.answer ?? null) === null).map((q) => q.id),
  )
}

export function orderedElements(elements: readonly BasisniveauElement[]): BasisniveauElement[] {
  return elements.slice().sort((a, b) => a.order - b.order || a.code.localeCompare(b.code))
}

/** An answer template: every question with its id, open, its text copied in for the person filling it in. */
export function answerTemplate(elements: readonly BasisniveauElement[], municipality?: string): AnswerFile {
  const answers: ScanAnswers = {}
  for (const e of orderedElements(elements)) {
    for (const q of e.questions) {
      answers[q.id] = { question: `${e.code} ${e.name}: ${q.text}`, answer: null, evidence: '' }
    }
  }
  return { ...(municipality === undefined ? {} : { municipality }), answers }
}
