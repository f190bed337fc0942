// SPDX-License-Identifier: EUPL-1.2
// Route of the route page (/route?exploitation=…): parses the scenario from the query string with
// the route engine and shows the route; with errors it shows the wizard step with those fields.
import type { FastifyInstance } from 'fastify'
import { computeRoute } from '../../../domain/route/index.ts'
import { pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { parseScenarioQuery, readScenarioQuery, scenarioSearch } from '../wizard/scenario-query.ts'
import { wizardWithErrors } from '../wizard/route.ts'
import { routePage } from './template.ts'

export function registerRoutePage(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(
    app,
    deps,
    '/route',
    (ctx, request) => {
      const query = readScenarioQuery(request)
      const parsed = parseScenarioQuery(ctx.data.catalog, ctx.data.asOf, query)
      if (!parsed.ok) {
        return wizardWithErrors(ctx, query, parsed.errors)
      }
      const route = computeRoute(parsed.index, parsed.scenario)
      const shareUrl = `${request.protocol}://${request.host}${ctx.url(`/route${scenarioSearch(query)}`)}`
      return routePage(ctx, { route, query, shareUrl })
    },
    notFound,
  )
}
