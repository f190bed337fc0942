// SPDX-License-Identifier: EUPL-1.2
// Builds the Fastify application without listening, so tests can use inject() and main.ts can
// listen. Server-wide protections come first (limits, load shedding, headers, compression, rate
// limits, the request log), then every area (API, web pages), registered explicitly below.
import type { Server } from 'node:http'
import Fastify, { type FastifyHttpOptions, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import compress from '@fastify/compress'
import rateLimit from '@fastify/rate-limit'
import type { Kysely } from 'kysely'
import { Catalog, type CatalogSource } from '../domain/catalog/index.ts'
import { ENTITY_KEYS, type Dataset } from '../domain/entities.ts'
import type { Database } from '../data/database.ts'
import { apiFallbackPlugin, apiPlugin, frameworkErrors } from './api/plugin.ts'
import { HSDS_PREFIX, hsdsPlugin } from './api/hsds/plugin.ts'
import type { ApiRoute } from './api/openapi.ts'
import { webNotFoundHandler, webPlugin } from '../web/plugin.ts'
import { beheerPlugin } from '../web/pages/beheer/route.ts'
import { stalenessFromEnv, type StalenessPeriods } from '../backoffice/staleness.ts'
import { LiveCatalog } from '../data/catalog/live-catalog.ts'
import { SearchService } from '../data/search/search-service.ts'
import type { TrustProxy } from './config.ts'
import { registerDraftExpiry } from './draft-expiry.ts'
import { DEFAULT_LIMITS, type ServerLimits } from '../http/limits.ts'
import { registerRequestLog, withoutRequestLogging } from './logging.ts'
import {
  clientErrorHandler,
  rateLimitError,
  registerHeadWithoutBody,
  registerLoadShedding,
  SharedRateLimitStore,
} from './protection.ts'
import { registerSecurityHeaders } from './security-headers.ts'
import { lazySerializerCompiler } from './serializer-compiler.ts'

export interface AppOptions {
  readonly db: Kysely<Database>
  /**
   * The read model to serve: one catalogue, or a source of the current one (a LiveCatalog, which a
   * re-import swaps whole without a restart). The API and the pages read it on every request.
   */
  readonly catalog: Catalog | CatalogSource
  /** Fastify's logger setting (default: off, as in tests; main.ts passes loggerOptions()). */
  readonly logger?: FastifyServerOptions['logger']
  /** Timeouts, connection cap, rate and load limits (default: DEFAULT_LIMITS). */
  readonly limits?: ServerLimits
  /** Which proxies to believe for the client address and protocol (default: none). */
  readonly trustProxy?: TrustProxy
  /**
   * For tests: called with the new instance before anything is registered, so hooks it adds see
   * every route (the log and OpenAPI contract checks in test/helpers/test-app.ts).
   */
  readonly instrument?: (app: FastifyInstance) => void
  /** Back-office settings: login attempts per client per minute (default 10), staleness periods. */
  readonly backoffice?: { readonly loginsPerMinute?: number; readonly staleness?: StalenessPeriods }
  /** Today's date for the pages' validity in time (default: today in Europe/Amsterdam); tests fix it. */
  readonly today?: () => string
}

/** What route plugins get: the database, the current catalogue, the one search service and the limits. */
export interface AppContext {
  readonly db: Kysely<Database>
  readonly catalog: () => Catalog
  readonly search: SearchService
  readonly limits: ServerLimits
}

/** Compression: brotli (at the plugin's quality 4, cheap enough for dynamic pages), then gzip; small bodies stay as they are. */
const COMPRESSION = { encodings: ['br' as const, 'gzip' as const], threshold: 1024 }

/** Fastify's trustProxy: a hop count becomes the function proxy-addr expects. */
function trustProxyOption(trust: TrustProxy | undefined): FastifyServerOptions['trustProxy'] {
  if (typeof trust === 'number') {
    return (_address: string, hop: number) => hop < trust
  }
  return typeof trust === 'object' ? [...trust] : (trust ?? false)
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const limits = options.limits ?? DEFAULT_LIMITS
  // frameworkErrors: bad percent-encoding in a path gets the API error shape, not Fastify's own.
  const serverOptions: FastifyHttpOptions<Server> = {
    logger: options.logger ?? false,
    // Fastify's own request logging writes the full URL; registerRequestLog writes the route only.
    logController: withoutRequestLogging(),
    trustProxy: trustProxyOption(options.trustProxy),
    frameworkErrors,
    clientErrorHandler,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      // How often Node checks the two timeouts above (its default, 30 s, would let them run over).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    // Unknown fields are errors, never silently dropped (Fastify's default removes them).
    ajv: { customOptions: { removeAdditional: false, allErrors: true } },
  }
  const app: FastifyInstance = Fastify(serverOptions)
  app.setSerializerCompiler(lazySerializerCompiler)
  app.server.maxConnections = limits.maxConnections
  options.instrument?.(app)
  const source = options.catalog
  const context: AppContext = {
    db: options.db,
    catalog: source instanceof Catalog ? () => source : () => source.current(),
    search: new SearchService(options.db),
    limits,
  }

  // ── Server-wide protections (each applies to every route below) ──────────────────────────
  registerRequestLog(app)
  // Headers first, so even a request answered early (503 under load, 429) carries them.
  registerSecurityHeaders(app)
  registerHeadWithoutBody(app)
  await registerLoadShedding(app, limits)
  await app.register(compress, COMPRESSION)
  // Only routes that opt in are limited (config.rateLimit on the scan writes).
  // SharedRateLimitStore: one budget per client across routes (API writes and web forms).
  const store = new SharedRateLimitStore()
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: rateLimitError,
    store: function Store() {
      return store
    } as unknown as NonNullable<Parameters<typeof rateLimit>[1]>['store'],
  })
  registerDraftExpiry(app, context.db, limits.draftTtlDays)

  app.get(
    '/health',
    {
      schema: {
        response: {
          200: {
            type: 'object',
            properties: { status: { type: 'string', enum: ['ok'] }, records: { type: 'integer' } },
            required: ['status', 'records'],
            additionalProperties: false,
          },
        },
      },
    },
    async () => ({ status: 'ok' as const, records: countRecords(context.catalog().dataset) }),
  )

  // ── Registration ────────────────────────────────────────────────────────────────────────────
  // One line per area, explicit (no autoload), each an encapsulated plugin given `context`:
  //   await app.register(apiPlugin, { prefix: '/api/v1', ...context, documented })
  //   await app.register(webPlugin, { catalog: context.catalog })
  // ────────────────────────────────────────────────────────────────────────────────────────────
  // The two API scopes share one OpenAPI document (served at /api/v1/openapi.json).
  const documented: ApiRoute[] = []
  await app.register(apiPlugin, { prefix: '/api/v1', ...context, documented })
  await app.register(hsdsPlugin, { prefix: HSDS_PREFIX, ...context, documented })
  await app.register(apiFallbackPlugin, { prefix: '/api' })
  await app.register(webPlugin, {
    catalog: context.catalog,
    db: context.db,
    search: context.search,
    limits,
    ...(options.today === undefined ? {} : { today: options.today }),
  })
  // The editorial back-office (/beheer): its own scope with sessions, CSRF tokens and no-store.
  // Publications refresh the live catalogue; staleness periods come from STALE_*_MONTHS.
  await app.register(beheerPlugin, {
    db: context.db,
    catalog: context.catalog,
    ...(source instanceof LiveCatalog ? { live: source } : {}),
    staleness: options.backoffice?.staleness ?? stalenessFromEnv(process.env),
    ...(options.backoffice?.loginsPerMinute === undefined
      ? {}
      : { loginsPerMinute: options.backoffice.loginsPerMinute }),
  })
  // One not-found handler per prefix: HTML 404 for pages; /api/v1 may set its own JSON one.
  app.setNotFoundHandler(webNotFoundHandler({ catalog: context.catalog }))

  return app
}

function countRecords(dataset: Dataset): number {
  return ENTITY_KEYS.reduce((n, key) => n + dataset[key].length, 0)
}
