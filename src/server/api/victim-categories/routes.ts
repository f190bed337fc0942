// SPDX-License-Identifier: EUPL-1.2
// GET /victim-categories and GET /victim-categories/{id}.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { paginate } from '../pagination.ts'
import { resolveSources, type IdParams } from '../refs.ts'
import { getVictimCategorySchema, listVictimCategoriesSchema, type VictimCategoriesQuery } from './schema.ts'

export async function victimCategoriesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: VictimCategoriesQuery }>(
    '/victim-categories',
    { schema: listVictimCategoriesSchema },
    async (request, reply) => paginate(ctx.catalog().dataset.victimCategories, request.query, request, reply),
  )

  app.get<{ Params: IdParams }>('/victim-categories/:id', { schema: getVictimCategorySchema }, async (request) => {
    const catalog = ctx.catalog()
    const category = catalog.byId('victimCategories', request.params.id)
    if (category === undefined) {
      throw notFound('victim category', request.params.id)
    }
    return { ...category, sources: resolveSources(catalog, category.sources) }
  })
}
