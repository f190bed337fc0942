// SPDX-License-Identifier: EUPL-1.2
// GET /barriers (the barrier model per exploitation form) and GET /barriers/{id}.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { barrierView, buildBarrierModel } from '../../../domain/barrier-model/build-barrier-model.ts'
import { barrierModelSchema, barrierSchema, type BarrierParams, type BarriersQuery } from './schema.ts'

export async function barriersRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: BarriersQuery }>('/barriers', { schema: barrierModelSchema }, async (request) => {
    const q = request.query
    return buildBarrierModel(ctx.catalog().dataset, {
      ...(q.form === undefined ? {} : { form: q.form }),
      ...(q.path === undefined ? {} : { path: q.path }),
      ...(q.asOf === undefined ? {} : { asOf: q.asOf }),
      municipalOnly: q.municipal === true,
    })
  })

  app.get<{ Params: BarrierParams }>('/barriers/:id', { schema: barrierSchema }, async (request) => {
    const dataset = ctx.catalog().dataset
    const barrier = dataset.barriers.find((b) => b.id === request.params.id)
    if (barrier === undefined) {
      throw notFound('barrier', request.params.id)
    }
    const stage = dataset.barrierStages.find((s) => s.id === barrier.stage)
    return {
      ...barrierView(barrier, dataset.parties),
      stage:
        stage === undefined
          ? { id: barrier.stage, name: barrier.stage, order: 0 }
          : { id: stage.id, name: stage.name, order: stage.order, ...(stage.en === undefined ? {} : { en: stage.en }) },
      note: barrier.note ?? null,
    }
  })
}
