// SPDX-License-Identifier: EUPL-1.2
// GET /sources and GET /sources/{id}: every fact in the API can be traced to one of these.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { matchesQuery } from '../text-match.ts'
import { paginate } from '../pagination.ts'
import type { IdParams } from '../refs.ts'
import { getSourceSchema, listSourcesSchema, type SourcesQuery } from './schema.ts'

export async function sourcesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: SourcesQuery }>('/sources', { schema: listSourcesSchema }, async (request, reply) => {
    const { dataset } = ctx.catalog()
    const { kind, q } = request.query
    const sources = dataset.sources.filter(
      (s) => (kind === undefined || s.kind === kind) && matchesQuery(q, [s.id, s.title, s.publisher]),
    )
    return paginate(sources, request.query, request, reply)
  })

  app.get<{ Params: IdParams }>('/sources/:id', { schema: getSourceSchema }, async (request) => {
    const source = ctx.catalog().byId('sources', request.params.id)
    if (source === undefined) {
      throw notFound('source', request.params.id)
    }
    return source
  })
}
