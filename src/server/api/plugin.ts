// SPDX-License-Identifier: EUPL-1.2
// The API as one encapsulated Fastify plugin, mounted at /api/v1: strict validation, one error
// shape, JSON 404/405/406, ETags and CORS on reads, a body limit, and every resource registered
// explicitly below. The OpenAPI document is built from the routes registered here.
import type {
  FastifyError,
  FastifyInstance,
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
  RouteOptions,
} from 'fastify'
import type { AppContext } from '../app.ts'
import { ApiError } from '../errors.ts'
import { apiErrorHandler } from './error-handler.ts'
import { registerReadHeaders } from './http-caching.ts'
import { apiValidatorCompiler } from './validation.ts'
import { registerAnswerLanguage } from './language.ts'
import { routeRoutes } from './route/routes.ts'
import { partiesRoutes } from './parties/routes.ts'
import { phasesRoutes } from './phases/routes.ts'
import { aspectsRoutes } from './aspects/routes.ts'
import { rightsRoutes } from './rights/routes.ts'
import { indicatorsRoutes } from './indicators/routes.ts'
import { municipalitiesRoutes } from './municipalities/routes.ts'
import { sourcesRoutes } from './sources/routes.ts'
import { victimCategoriesRoutes } from './victim-categories/routes.ts'
import { exploitationFormsRoutes } from './exploitation-forms/routes.ts'
import { barriersRoutes } from './barriers/routes.ts'
import { basisniveauRoutes } from './basisniveau/routes.ts'
import { scansRoutes } from './scans/routes.ts'
import { searchRoutes } from './search/routes.ts'
import { analysisRoutes } from './analysis/routes.ts'
import { trajectoryRoutes } from './trajectory/routes.ts'
import { docsRoutes } from './docs/routes.ts'
import { API_PREFIX, type ApiRoute, type RouteSchema } from './openapi.ts'

export { API_PREFIX }
/** Scenario and scan bodies are a few kilobytes; 64 KiB leaves room without inviting abuse. */
export const API_BODY_LIMIT = 64 * 1024

/** What a route may answer with; used for 406 Not Acceptable. JSON unless the schema says otherwise. */
function producesOf(route: RouteOptions): readonly string[] {
  const declared = (route.schema as RouteSchema | undefined)?.produces
  if (declared !== undefined) {
    return declared
  }
  return route.url.endsWith('.csv') ? ['text/csv'] : ['application/json']
}

/** What an API scope is given: the app context and where its routes are documented. */
export interface ApiScopeOptions extends AppContext {
  /**
   * The routes of every API scope, for the one OpenAPI document (/api/v1 and /api/hsds/v3 share
   * it); a scope registered on its own documents only its own routes.
   */
  readonly documented?: ApiRoute[]
}

export const apiPlugin: FastifyPluginAsync<ApiScopeOptions> = async (app, options) => {
  const ctx: AppContext = {
    db: options.db,
    catalog: options.catalog,
    search: options.search,
    limits: options.limits,
  }
  const routes: ApiRoute[] = options.documented ?? []
  // Before apiScope: its onRoute hook documents each route, with the `lang` this one adds.
  registerAnswerLanguage(app)
  apiScope(app, routes)

  // ── Resources: one line each, explicit. ───────────────────────────────────────────────────────
  await routeRoutes(app, ctx)
  await partiesRoutes(app, ctx)
  await phasesRoutes(app, ctx)
  await aspectsRoutes(app, ctx)
  await rightsRoutes(app, ctx)
  await indicatorsRoutes(app, ctx)
  await municipalitiesRoutes(app, ctx)
  await sourcesRoutes(app, ctx)
  await victimCategoriesRoutes(app, ctx)
  await exploitationFormsRoutes(app, ctx)
  await searchRoutes(app, ctx)
  // Municipal instruments (issue 6).
  await barriersRoutes(app, ctx)
  await basisniveauRoutes(app, ctx)
  await scansRoutes(app, ctx)
  // Overlap and gap analysis (issue 5).
  await analysisRoutes(app, ctx)
  // B8 trajectory planner (issue 7).
  await trajectoryRoutes(app, ctx)
  // OpenAPI and its readable page, built from `routes` above (so it must come last).
  await docsRoutes(app, routes)
}

/**
 * What every API scope has: strict validation, the one error shape, JSON 404/405/406, ETags and
 * CORS on reads, the body limit, and its routes collected for the OpenAPI document.
 */
export function apiScope(app: FastifyInstance, routes: ApiRoute[]): void {
  app.setValidatorCompiler(apiValidatorCompiler)
  app.setErrorHandler(apiErrorHandler)
  // text/plain is Fastify's second default parser; the API speaks JSON only (415 otherwise).
  app.removeContentTypeParser('text/plain')
  app.addHook('onRoute', (route) => {
    route.bodyLimit ??= API_BODY_LIMIT
    const produces = producesOf(route)
    route.config = { ...(route.config as object | undefined), produces } as typeof route.config
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') {
        routes.push({
          method,
          url: route.url,
          prefix: route.prefix,
          schema: (route.schema ?? {}) as RouteSchema,
          produces,
        })
      }
    }
  })
  app.addHook('onRequest', async (request) => {
    const produces = (request.routeOptions.config as { produces?: readonly string[] } | undefined)?.produces
    if (produces !== undefined && !accepts(request.headers.accept, produces)) {
      throw new ApiError('WGW_NOT_ACCEPTABLE', `This resource is available as ${produces.join(', ')} only.`, [
        { path: 'accept', message: `send Accept: ${produces[0] ?? 'application/json'} or */*` },
      ])
    }
  })
  app.setNotFoundHandler((request, reply) => notFoundOrNotAllowed(routes, request, reply))
  registerReadHeaders(app)
}

/** JSON 404 for /api paths outside /api/v1 (e.g. /api/v2/…), so no API client ever gets HTML. */
export const apiFallbackPlugin: FastifyPluginAsync = async (app) => {
  app.setNotFoundHandler(async (request, reply) =>
    apiErrorHandler(
      new ApiError(
        'WGW_NOT_FOUND',
        `No API resource at ${request.method} ${request.url.split('?')[0] ?? ''}; the API lives under ${API_PREFIX} (and the HSDS API under /api/hsds/v3).`,
      ),
      request,
      reply,
    ),
  )
}

/**
 * Framework-level errors (malformed percent-encoding in the path, a path parameter over the
 * length limit) arrive before routing; give API clients the error shape with a 400.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const isParamLength = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
  const apiError = new ApiError(
    'WGW_VALIDATION',
    isParamLength ? 'A path segment is too long.' : 'The URL is not valid (check its percent-encoding).',
    [{ path: 'url', message: isParamLength ? 'path segment too long' : 'malformed percent-encoding' }],
  )
  void reply.status(apiError.status).type('application/json; charset=utf-8').send(apiError.toJSON())
}

async function notFoundOrNotAllowed(
  routes: readonly ApiRoute[],
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const path = request.url.split('?')[0] ?? ''
  const allowed = [...new Set(routes.filter((r) => pathMatches(r.url, path)).map((r) => r.method))]
  if (allowed.length > 0 && request.method !== 'OPTIONS') {
    const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ')
    void reply.header('allow', allow)
    return apiErrorHandler(
      new ApiError('WGW_METHOD_NOT_ALLOWED', `${request.method} is not allowed here; use ${allowed.join(' or ')}.`, [
        { path: 'method', message: `allowed: ${allow}` },
      ]),
      request,
      reply,
    )
  }
  return apiErrorHandler(
    new ApiError('WGW_NOT_FOUND', `No API resource at ${request.method} ${path}.`, [
      { path: 'url', message: 'see /api/v1/docs for the endpoints' },
    ]),
    request,
    reply,
  )
}

const patternCache = new Map<string, RegExp>()
function pathMatches(pattern: string, path: string): boolean {
  let re = patternCache.get(pattern)
  if (re === undefined) {
    const source = pattern
      .split('/')
      .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')
    re = new RegExp(`^${source}/?$`)
    patternCache.set(pattern, re)
  }
  return re.test(path)
}

/** A minimal Accept check: a media range (type/subtype, type/* or * /*) with q > 0 covers a type. */
export function accepts(header: string | undefined, produces: readonly string[]): boolean {
  if (header === undefined || header.trim() === '') {
    return true
  }
  const ranges = header.split(',').map((part) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const q = params.find((p) => p.startsWith('q='))
    return { range, q: q === undefined ? 1 : Number(q.slice(2)) }
  })
  return produces.some((type) => {
    const [main] = type.split('/')
    return ranges.some(({ range, q }) => !(q <= 0) && (range === type || range === '*/*' || range === `${main}/*`))
  })
}

export type { FastifyInstance }
