// SPDX-License-Identifier: EUPL-1.2
// Reads the posted self-scan form (application/x-www-form-urlencoded) into answers, the version
// the person edited and what they asked for (save or publish). Every problem is tied to the field
// it belongs to, and the raw values are kept so the page can show them again unchanged.
import {
  ANSWER_VALUES,
  orderedElements,
  type AnswerValue,
  type ScanAnswers,
} from '../../../domain/basisniveau/answers.ts'
import type { BasisniveauElement } from '../../../domain/basisniveau.ts'
import type { Messages } from '../../../messages/nl.ts'

/** Same limit as the ScanAnswer schema's evidence field. */
export const EVIDENCE_MAX = 2000

export const VERSION_FIELD = 'versie'
export const ACTION_FIELD = 'actie'
/** The id of the publish button, which a refused publication's error points at (ADR 0032). */
export const PUBLISH_KEY_ID = 'publiceren'
/** Save and stay, save and go to the next section, or (on the overview) publish. */
export const ACTIONS = ['opslaan', 'volgende', 'publiceren'] as const
export type ScanAction = (typeof ACTIONS)[number]

export const answerField = (questionId: string): string => `antwoord-${questionId}`
export const evidenceField = (questionId: string): string => `onderbouwing-${questionId}`
/** Element ids: the first radio of a question, and the evidence box. The summary links here. */
export const answerId = (questionId: string): string => `vraag-${questionId}`
export const evidenceId = (questionId: string): string => `onderbouwing-${questionId}`
/** Shown to people as BN01-1, matching the element codes. */
export const questionLabel = (questionId: string): string => questionId.toUpperCase()

/** What the person typed for one question, kept as sent so an error never loses it. */
export interface RawAnswer {
  readonly answer: string | undefined
  readonly evidence: string
}

export interface FieldError {
  /** The id of the control the error summary links to. */
  readonly fieldId: string
  /** Question id the error belongs to; undefined for form-level problems (version, action, unknown fields). */
  readonly question?: string
  readonly kind: 'answer' | 'evidence' | 'form'
  readonly message: string
}

export interface ParsedScanForm {
  readonly raw: ReadonlyMap<string, RawAnswer>
  readonly errors: readonly FieldError[]
  /** The answers to store; only meaningful when errors is empty. */
  readonly answers: ScanAnswers
  readonly version: number | undefined
  readonly action: ScanAction
  /** Questions the form sent a field for (answer or evidence): the ones a save replaces. */
  readonly present: ReadonlySet<string>
}

/** Textareas send CRLF; store and count plain LF. */
const normaliseNewlines = (s: string): string => s.replace(/\r\n?/g, '\n')

function isAnswerValue(v: string): v is AnswerValue {
  return (ANSWER_VALUES as readonly string[]).includes(v)
}

/**
 * Reads a posted scan form. `scope` limits the questions it may carry (one section's); a field of
 * any other question is an unknown field.
 */
export function parseScanForm(
  elements: readonly BasisniveauElement[],
  form: URLSearchParams,
  t: Messages['basisniveau'],
  formId: string,
  scope?: readonly string[],
): ParsedScanForm {
  const questions = scope ?? orderedElements(elements).flatMap((e) => e.questions.map((q) => q.id))
  const known = new Set<string>([
    VERSION_FIELD,
    ACTION_FIELD,
    ...questions.flatMap((q) => [answerField(q), evidenceField(q)]),
  ])
  const errors: FieldError[] = []
  for (const name of new Set(form.keys())) {
    if (!known.has(name)) {
      errors.push({ fieldId: formId, kind: 'form', message: t.unknownField(name.slice(0, 80)) })
    }
  }

  const versionText = form.get(VERSION_FIELD) ?? ''
  const version = /^[1-9]\d{0,9}$/.test(versionText) ? Number(versionText) : undefined
  if (version === undefined) {
    errors.push({ fieldId: formId, kind: 'form', message: t.badVersion })
  }

  const actionText = form.get(ACTION_FIELD)
  let action: ScanAction = 'opslaan'
  if (actionText !== null && (ACTIONS as readonly string[]).includes(actionText)) {
    action = actionText as ScanAction
  } else if (actionText !== null) {
    errors.push({ fieldId: formId, kind: 'form', message: t.badAction })
  }

  const raw = new Map<string, RawAnswer>()
  const answers: ScanAnswers = {}
  const present = new Set<string>()
  for (const q of questions) {
    if (form.has(answerField(q)) || form.has(evidenceField(q))) {
      present.add(q)
    }
    const values = form.getAll(answerField(q))
    const first = values[0]
    const evidence = normaliseNewlines(form.getAll(evidenceField(q)).join('\n'))
    raw.set(q, { answer: first, evidence })
    let answer: AnswerValue | null = null
    if (new Set(values).size > 1) {
      errors.push({ fieldId: answerId(q), question: q, kind: 'answer', message: t.repeatedAnswer(questionLabel(q)) })
    } else if (first !== undefined && first !== '') {
      if (isAnswerValue(first)) {
        answer = first
      } else {
        errors.push({
          fieldId: answerId(q),
          question: q,
          kind: 'answer',
          message: t.invalidAnswer(questionLabel(q), first.slice(0, 40)),
        })
      }
    }
    if (evidence.length > EVIDENCE_MAX) {
      errors.push({
        fieldId: evidenceId(q),
        question: q,
        kind: 'evidence',
        message: t.evidenceTooLong(questionLabel(q), EVIDENCE_MAX, evidence.length),
      })
    }
    const trimmed = evidence.trim()
    if (answer === 'nvt' && trimmed === '') {
      errors.push({
        fieldId: evidenceId(q),
        question: q,
        kind: 'evidence',
        message: t.nvtNeedsReason(questionLabel(q)),
      })
    }
    // Only questions with an answer or evidence are stored; an open question is simply absent.
    if (answer !== null || trimmed !== '') {
      answers[q] = { answer, ...(trimmed === '' ? {} : { evidence: trimmed }) }
    }
  }
  return { raw, errors, answers, version, action, present }
}

/** The stored answers as raw form values, for showing a saved scan. */
export function rawFromAnswers(answers: ScanAnswers): Map<string, RawAnswer> {
  const raw = new Map<string, RawAnswer>()
  for (const [id, a] of Object.entries(answers)) {
    raw.set(id, { answer: a.answer ?? undefined, evidence: a.evidence ?? '' })
  }
  return raw
}
