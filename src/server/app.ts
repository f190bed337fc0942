// SPDX-License-Identifier: EUPL-1.2
// Builds the Fastify application without listening, so tests can use inject() and main.ts can
// listen. Every area (API, web pages) is registered explicitly in the section below.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Kysely } from 'kysely'
import { ENTITY_KEYS, type Dataset } from '../domain/entities.ts'
import type { Database } from '../data/database.ts'
import { apiFallbackPlugin, apiPlugin, frameworkErrors } from './api/plugin.ts'
import { webNotFoundHandler, webPlugin } from '../web/plugin.ts'

export interface AppOptions {
  readonly db: Kysely<Database>
  /** The served dataset, or a getter for it (so a re-import can swap it without a restart). */
  readonly dataset: Dataset | (() => Dataset)
  /** Fastify's logger setting (default: off, as in tests; main.ts turns it on). */
  readonly logger?: FastifyServerOptions['logger']
}

/** What route plugins get: the database and the current dataset. */
export interface AppContext {
  readonly db: Kysely<Database>
  readonly dataset: () => Dataset
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
  const dataset = options.dataset
  const context: AppContext = { db: options.db, dataset: typeof dataset === 'function' ? dataset : () => dataset }

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
    async () => ({ status: 'ok' as const, records: countRecords(context.dataset()) }),
  )

  // ── Registration ────────────────────────────────────────────────────────────────────────────
  // One line per area, explicit (no autoload), each an encapsulated plugin given `context`:
  //   await app.register(apiPlugin, { prefix: '/api/v1', ...context })
  //   await app.register(webPlugin, { dataset: context.dataset })
  // ────────────────────────────────────────────────────────────────────────────────────────────
  await app.register(apiPlugin, { prefix: '/api/v1', ...context })
  await app.register(apiFallbackPlugin, { prefix: '/api' })
  await app.register(webPlugin, { dataset: context.dataset, db: context.db })
  // One not-found handler per prefix: HTML 404 for pages; /api/v1 may set its own JSON one.
  app.setNotFoundHandler(webNotFoundHandler({ dataset: context.dataset }))

  return app
}

function countRecords(dataset: Dataset): number {
  return ENTITY_KEYS.reduce((n, key) => n + dataset[key].length, 0)
}
