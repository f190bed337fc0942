// SPDX-License-Identifier: EUPL-1.2
// GET /basisniveau: the elements of the basisniveau with their questions and action perspectives.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { orderedElements } from '../../../domain/basisniveau/answers.ts'
import { partyRefs } from '../../../domain/barrier-model/build-barrier-model.ts'
import { ANSWER_VALUES, ANSWER_WEIGHTS } from './schema.ts'

export async function basisniveauRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/basisniveau', async () => {
    const dataset = ctx.catalog().dataset
    const barriers = new Map(dataset.barriers.map((b) => [b.id, b]))
    return {
      answerValues: ANSWER_VALUES,
      weights: ANSWER_WEIGHTS,
      elements: orderedElements(dataset.basisniveau).map((e) => ({
        id: e.id,
        code: e.code,
        name: e.name,
        requirement: e.requirement,
        questions: e.questions,
        evidenceExamples: e.evidenceExamples,
        origins: e.origins,
        actionPerspectives: e.actionPerspectives.map((a) => ({
          question: a.question,
          text: a.text,
          barriers: (a.barriers ?? []).map((id) => {
            const barrier = barriers.get(id)
            return { id, name: barrier?.name ?? id, ...(barrier?.en === undefined ? {} : { en: barrier.en }) }
          }),
          parties: partyRefs(a.parties, dataset.parties),
          ...(a.en === undefined ? {} : { en: a.en }),
        })),
        status: e.status,
        sources: e.sources,
        // The English of the texts above (ADR 0038): an English answer takes them from here.
        ...(e.en === undefined ? {} : { en: e.en }),
      })),
    }
  })
}
