// SPDX-License-Identifier: EUPL-1.2
// POST /route (scenario as JSON) and GET /route?… (the same scenario as a shareable query string).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../../app.ts'
import { parseContextOf, parseScenario, type ScenarioInput, type ScenarioQuery } from '../../../domain/route/index.ts'
import { todayInAmsterdam } from '../../../domain/validity.ts'
import { acceptedEncoding, Precompressed, sendPrecompressed } from '../../../http/precompressed.ts'
import { sendChunks } from '../../../http/reused-bodies.ts'
import { requestLocale } from '../language.ts'
import { invalidScenario } from '../scenario-errors.ts'
import { routeBody } from './route-cache.ts'
import { scenarioKey, templatedRoute } from './route-template.ts'
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

/**
 * Parses the scenario and answers with its route, written from fragments serialised by the route's
 * response schema (route-json.ts) once per scenario and region set (route-template.ts). No ETag: GET is no-store and POST is not cached, so nobody could
 * revalidate, and hashing 300 kB per answer cost more than writing it. A route asked for the first
 * time is sent once from a reused buffer (reused-bodies.ts), or compressed when the client accepts
 * that; from the second time it is kept (route-cache.ts).
 */
function sendRoute(
  ctx: AppContext,
  input: unknown,
  fromQuery: boolean,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const catalog = ctx.catalog()
  const index = catalog.routeIndex
  const { lang: _lang, ...fields } = (fromQuery ? input : {}) as { lang?: string }
  const locale = requestLocale(request)
  const parsed = parseScenario(fromQuery ? fields : input, parseContextOf(index, today()), { fromQuery })
  if (!parsed.ok) {
    throw invalidScenario(parsed.errors, { fromQuery, locale, message: 'The scenario is invalid.' })
  }
  const scenario = parsed.scenario
  const key = scenarioKey(scenario)
  const body = routeBody(catalog, `${locale}:${scenario.municipality ?? '-'}:${key}`, () =>
    templatedRoute(catalog, scenario, locale, key),
  )
  void reply.header('content-language', locale).type('application/json; charset=utf-8')
  if ('kept' in body) {
    return sendPrecompressed(request, reply, body.kept)
  }
  if (acceptedEncoding(request.headers['accept-encoding']) !== undefined) {
    return sendPrecompressed(request, reply, new Precompressed(body.once.join()))
  }
  return sendChunks(reply.header('vary', 'accept-encoding'), body.once.list, body.once.length)
}

export async function routeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post<{ Body: ScenarioInput; Querystring: { lang?: string } }>(
    '/route',
    { schema: postRouteSchema },
    async (request, reply) => sendRoute(ctx, request.body, false, request, reply),
  )
  app.get<{ Querystring: ScenarioQuery }>('/route', { schema: getRouteSchema }, async (request, reply) =>
    // The query string holds a victim's facts: no shared cache may keep it, no browser cache either.
    sendRoute(ctx, request.query, true, request, reply.header('cache-control', 'private, no-store')),
  )
}
