// SPDX-License-Identifier: EUPL-1.2
// What the server logs about a request: method, route pattern, status and duration — never the
// URL. URLs carry a victim's facts (route, planner and calendar query strings) and the keys to
// self-scans (/basisniveau/scan/<token>), and logs travel further than the server (docs/security.md).
import { LogController, type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify'

/** The route pattern a request matched (`/api/v1/parties/:id`), or a fixed label without one. */
export function routeOf(request: Pick<FastifyRequest, 'routeOptions'>): string {
  return request.routeOptions?.url ?? '(no route)'
}

interface LoggedRequest {
  readonly method?: string
  readonly routeOptions?: { readonly url?: string }
}

/**
 * Fastify logger options. The `req` serializer replaces Fastify's default (which writes the URL
 * and the client address) wherever a request object reaches a log call, e.g. an error log.
 */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, route: req.routeOptions?.url ?? '(no route)' }),
    },
    ...(stream === undefined ? {} : { stream }),
  }
}

/** Fastify's own request logging off: it writes the full URL. registerRequestLog replaces it. */
export function withoutRequestLogging(): LogController {
  return new LogController({ disableRequestLogging: true })
}

/** One line per answered request, in place of Fastify's request logging (switched off in buildApp). */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { method: request.method, route: routeOf(request), status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    )
    done()
  })
}
