// SPDX-License-Identifier: EUPL-1.2
// GET /indicators (filtered, paginated) and GET /indicators/{id}.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { notFound } from '../../errors.ts'
import { mayHold } from '../../../domain/conditions/index.ts'
import { matchesQuery } from '../text-match.ts'
import { paginate } from '../pagination.ts'
import { keepRecord, resolveSources, type IdParams } from '../refs.ts'
import { getIndicatorSchema, listIndicatorsSchema, type IndicatorsQuery } from './schema.ts'

export async function indicatorsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: IndicatorsQuery }>('/indicators', { schema: listIndicatorsSchema }, async (request, reply) => {
    const catalog = ctx.catalog()
    const q = request.query
    // An indicator without forms (or recruitment methods) is a general signal: it counts for all.
    const asked = { exploitation: q.form === undefined ? undefined : [q.form], recruitment: q.recruitment }
    const indicators = catalog.dataset.indicators.filter(
      (i) =>
        keepRecord(i, q) &&
        mayHold({ exploitation: i.forms, recruitment: i.recruitment }, asked) &&
        (q.domain === undefined || i.domain === q.domain) &&
        (q.audience === undefined || i.audience.includes(q.audience)) &&
        matchesQuery(q.q, [i.id, i.text, i.en?.text]),
    )
    return paginate(indicators, q, request, reply)
  })

  app.get<{ Params: IdParams }>('/indicators/:id', { schema: getIndicatorSchema }, async (request) => {
    const catalog = ctx.catalog()
    const indicator = catalog.byId('indicators', request.params.id)
    if (indicator === undefined) {
      throw notFound('indicator', request.params.id)
    }
    return { ...indicator, sources: resolveSources(catalog, indicator.sources) }
  })
}
