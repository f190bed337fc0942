// SPDX-License-Identifier: EUPL-1.2
// GET /victim-categories and GET /victim-categories/{id}.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { apiIndex } from '../api-index.ts'
import { paginate } from '../pagination.ts'
import { resolveSources, type IdParams } from '../refs.ts'
import { getVictimCategorySchema, listVictimCategoriesSchema, type VictimCategoriesQuery } from './schema.ts'

export async function victimCategoriesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: VictimCategoriesQuery }>(
    '/victim-categories',
    { schema: listVictimCategoriesSchema },
    async (request, reply) => paginate(apiIndex(ctx.dataset()).dataset.victimCategories, request.query, request, reply),
  )

  app.get<{ Params: IdParams }>('/victim-categories/:id', { schema: getVictimCategorySchema }, async (request) => {
    const index = apiIndex(ctx.dataset())
    const category = index.victimCategories.get(request.params.id)
    if (category === undefined) {
      throw notFound('victim category', request.params.id)
    }
    return { ...category, sources: resolveSources(index, category.sources) }
  })
}
