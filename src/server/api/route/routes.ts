// SPDX-License-Identifier: EUPL-1.2
// POST /route (scenario as JSON) and GET /route?… (the same scenario as a shareable query string).
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { invalid } from '../../errors.ts'
import { computeRoute, parseScenario, type Route, type ScenarioInput, type ScenarioQuery } from '../../../domain/route/index.ts'
import { todayInAmsterdam } from '../../../domain/validity.ts'
import { apiIndex } from '../api-index.ts'
import { getRouteSchema, postRouteSchema } from './schema.ts'

// Formatting a date in Europe/Amsterdam costs more than a route; once a minute is often enough.
let todayCache = { at: 0, value: '' }
function today(): string {
  const now = Date.now()
  if (now - todayCache.at > 60_000) {
    todayCache = { at: now, value: todayInAmsterdam(new Date(now)) }
  }
  return todayCache.value
}

function routeFor(ctx: AppContext, input: unknown, fromQuery: boolean): Route {
  const index = apiIndex(ctx.dataset())
  const parsed = parseScenario(input, { municipalities: index.route.municipalities, today: today() }, { fromQuery })
  if (!parsed.ok) {
    // Query errors name the field; body errors point into the JSON (RFC 6901).
    const path = (field: string): string => (fromQuery ? field : field === 'scenario' ? '/' : `/${field}`)
    throw invalid(parsed.errors.map((e) => ({ path: path(e.path), message: e.message })), 'The scenario is invalid.')
  }
  return computeRoute(index.route, parsed.scenario)
}

export async function routeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post<{ Body: ScenarioInput }>('/route', { schema: postRouteSchema }, async (request) => routeFor(ctx, request.body, false))
  app.get<{ Querystring: ScenarioQuery }>('/route', { schema: getRouteSchema }, async (request) => routeFor(ctx, request.query, true))
}
