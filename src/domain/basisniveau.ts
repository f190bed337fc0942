// SPDX-License-Identifier: EUPL-1.2
// The basisniveau bestuurlijke aanpak mensenhandel: what a municipality minimally needs, as
// elements with questions for the self-scan and action perspectives for when it falls short.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'

/**
 * Where an element comes from: the four building blocks of the 2014 letter, the CCV criteria,
 * later policy (Lenferink 2015, IBP 2018, Kader 2021 / Samen tegen mensenhandel, the 2012 letter on
 * doorstroom of B8 permit holders, kst-28638-92), or derived by us
 * from the sourced municipal instruments.
 */
export const BASISNIVEAU_ORIGINS = [
  'letter-2014',
  'ccv-criteria',
  'lenferink-2015',
  'ibp-2018',
  'framework-2021',
  'doorstroom-2012',
  'derived',
] as const
export type BasisniveauOrigin = (typeof BASISNIVEAU_ORIGINS)[number]

/** Question ids carry their element code (bn01-1, bn01-2, …) so they stay unique across elements. */
export const QuestionId = Type.String({
  pattern: '^bn\\d{2}-\\d{1,2}$',
  description: 'Question id: the element code in lower case, a hyphen and a number, e.g. bn03-2.',
})

export const BasisniveauQuestion = strictObject({
  id: QuestionId,
  text: ShortText,
  minimum: Type.Optional(
    Type.Boolean({
      description:
        'True for questions of the basisniveau proper (what the 2014 letter and the CCV define as the minimum): they decide the verdict. Other questions go beyond the minimum and are scored apart (docs/basisniveau.md).',
    }),
  ),
  en: Type.Optional(ShortText),
})
export type BasisniveauQuestion = Static<typeof BasisniveauQuestion>

export const ActionPerspective = strictObject(
  {
    question: Type.String({
      pattern: '^bn\\d{2}-\\d{1,2}$',
      description:
        'The question of this element the step answers: it is advised only when that question is answered niet or deels, never when what it asks for is in place.',
    }),
    text: NonEmptyText,
    barriers: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        uniqueItems: true,
        description: 'Barrier instruments this step uses (ids in data/barriers).',
      }),
    ),
    parties: Type.Array(Id, {
      minItems: 1,
      uniqueItems: true,
      description: 'Parties that help with this step (ids in data/parties).',
    }),
    en: Type.Optional(NonEmptyText),
  },
  { description: 'A concrete next step for a municipality that does not yet meet one question of the element.' },
)
export type ActionPerspective = Static<typeof ActionPerspective>

export const BasisniveauElement = strictObject(
  {
    id: Id,
    code: Type.String({ pattern: '^BN\\d{2}$', description: 'Element code, e.g. BN03.' }),
    order: Type.Integer({ minimum: 1, maximum: 99, description: 'Position in the scan.' }),
    name: ShortText,
    requirement: NonEmptyText,
    questions: Type.Array(BasisniveauQuestion, {
      minItems: 1,
      maxItems: 20,
      description: 'Questions of the self-scan for this element.',
    }),
    evidenceExamples: Type.Array(ShortText, {
      minItems: 1,
      uniqueItems: true,
      description: 'What can show that the municipality meets it.',
    }),
    origins: Type.Array(literalUnion(BASISNIVEAU_ORIGINS), {
      minItems: 1,
      uniqueItems: true,
      description: 'Where the element comes from.',
    }),
    actionPerspectives: Type.Array(ActionPerspective, {
      minItems: 1,
      description: 'Next steps, each tied to one question; every question has at least one.',
    }),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'BasisniveauElement',
    title: 'Basisniveau element',
    description: 'One element of the basisniveau bestuurlijke aanpak mensenhandel.',
  },
)
export type BasisniveauElement = Static<typeof BasisniveauElement>

/**
 * Problems no schema can express: question ids must start with their element's code and be unique,
 * codes must be unique, every action perspective names a question of its own element and every
 * question has at least one (so each gap gets advice, and advice follows the answer, not the element).
 * Returned as messages so loaders and tests can report them.
 */
export function basisniveauProblems(
  elements: readonly BasisniveauElement[],
): { element: string; pointer: string; message: string }[] {
  const out: { element: string; pointer: string; message: string }[] = []
  const codes = new Map<string, string>()
  const questions = new Map<string, string>()
  for (const e of elements) {
    const earlier = codes.get(e.code)
    if (earlier !== undefined) {
      out.push({ element: e.id, pointer: '/code', message: `code ${e.code} is also used by '${earlier}'` })
    }
    codes.set(e.code, e.id)
    e.questions.forEach((q, i) => {
      if (!q.id.startsWith(`${e.code.toLowerCase()}-`)) {
        out.push({
          element: e.id,
          pointer: `/questions/${i}/id`,
          message: `question id '${q.id}' must start with '${e.code.toLowerCase()}-'`,
        })
      }
      const other = questions.get(q.id)
      if (other !== undefined) {
        out.push({
          element: e.id,
          pointer: `/questions/${i}/id`,
          message: `question id '${q.id}' is also used in '${other}'`,
        })
      }
      questions.set(q.id, e.id)
      if (!e.actionPerspectives.some((a) => a.question === q.id)) {
        out.push({
          element: e.id,
          pointer: `/questions/${i}/id`,
          message: `question '${q.id}' has no action perspective; add one with question: ${q.id}`,
        })
      }
    })
    const own = new Set(e.questions.map((q) => q.id))
    e.actionPerspectives.forEach((a, i) => {
      if (!own.has(a.question)) {
        out.push({
          element: e.id,
          pointer: `/actionPerspectives/${i}/question`,
          message: `action perspective names '${a.question}', which is not a question of ${e.code}`,
        })
      }
    })
  }
  return out
}
