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
    const barrierNames = new Map(dataset.barriers.map((b) => [b.id, b.name]))
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
          barriers: (a.barriers ?? []).map((id) => ({ id, name: barrierNames.get(id) ?? id })),
          parties: partyRefs(a.parties, dataset.parties),
        })),
        status: e.status,
        sources: e.sources,
      })),
    }
  })
}
