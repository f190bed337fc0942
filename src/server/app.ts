// SPDX-License-Identifier: EUPL-1.2
// Builds the Fastify application without listening, so tests can use inject() and main.ts can
// listen. Every area (API, web pages) is registered explicitly in the section below.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Kysely } from 'kysely'
import { Catalog, type CatalogSource } from '../domain/catalog/index.ts'
import { ENTITY_KEYS, type Dataset } from '../domain/entities.ts'
import type { Database } from '../data/database.ts'
import { apiFallbackPlugin, apiPlugin, frameworkErrors } from './api/plugin.ts'
import { webNotFoundHandler, webPlugin } from '../web/plugin.ts'
import { SearchService } from '../data/search/search-service.ts'

export interface AppOptions {
  readonly db: Kysely<Database>
  /**
   * The read model to serve: one catalogue, or a source of the current one (a LiveCatalog, which a
   * re-import swaps whole without a restart). The API and the pages read it on every request.
   */
  readonly catalog: Catalog | CatalogSource
  /** Fastify's logger setting (default: off, as in tests; main.ts turns it on). */
  readonly logger?: FastifyServerOptions['logger']
}

/** What route plugins get: the database, the current catalogue and the one search service. */
export interface AppContext {
  readonly db: Kysely<Database>
  readonly catalog: () => Catalog
  readonly search: SearchService
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // frameworkErrors: bad percent-encoding in a path gets the API error shape, not Fastify's own.
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: false,
    frameworkErrors,
    // Unknown fields are errors, never silently dropped (Fastify's default removes them).
    ajv: { customOptions: { removeAdditional: false, allErrors: true } },
  })
  const source = options.catalog
  const context: AppContext = {
    db: options.db,
    catalog: source instanceof Catalog ? () => source : () => source.current(),
    search: new SearchService(options.db),
  }

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
  //   await app.register(apiPlugin, { prefix: '/api/v1', ...context })
  //   await app.register(webPlugin, { catalog: context.catalog })
  // ────────────────────────────────────────────────────────────────────────────────────────────
  await app.register(apiPlugin, { prefix: '/api/v1', ...context })
  await app.register(apiFallbackPlugin, { prefix: '/api' })
  await app.register(webPlugin, { catalog: context.catalog, db: context.db, search: context.search })
  // One not-found handler per prefix: HTML 404 for pages; /api/v1 may set its own JSON one.
  app.setNotFoundHandler(webNotFoundHandler({ catalog: context.catalog }))

  return app
}

function countRecords(dataset: Dataset): number {
  return ENTITY_KEYS.reduce((n, key) => n + dataset[key].length, 0)
}
