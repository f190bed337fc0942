// SPDX-License-Identifier: EUPL-1.2
// Route of the route page (/route?exploitation=…): parses the scenario from the query string with
// the route engine and shows the route; with errors it shows the wizard step with those fields.
// A rendered page is kept per scenario address (with its compressed forms), per catalogue and day:
// the same shared link opened again costs a lookup, not a render.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { computeRoute } from '../../../domain/route/index.ts'
import { memoSlot } from '../../../domain/catalog/index.ts'
import { ByteBoundedLru } from '../../../http/byte-lru.ts'
import { Precompressed, sendPrecompressed } from '../../../http/precompressed.ts'
import { toHtmlString } from '../../html.ts'
import {
  PageNotFound,
  localeRoutes,
  pageContext,
  sendHtml,
  type NotFoundRenderer,
  type PageRequest,
  type WebDeps,
} from '../../routing.ts'
import { parseScenarioQuery, readScenarioQuery, scenarioSearch } from '../wizard/scenario-query.ts'
import { wizardWithErrors } from '../wizard/route.ts'
import { routePage } from './template.ts'

/** About 150 route pages of 60–90 KB with their compressed forms. */
export const ROUTE_PAGE_CACHE_BYTES = 16 * 1024 * 1024

/** In a memo slot of the catalogue: a new dataset version drops the cache with everything else. */
const ROUTE_PAGES = memoSlot<ByteBoundedLru<Precompressed>>('web: rendered route pages')

function sendPage(request: FastifyRequest, reply: FastifyReply, page: Precompressed): FastifyReply {
  // Same headers as every page (sendHtml): the facts in the address stay out of caches.
  void reply.code(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store')
  return sendPrecompressed(request, reply, page)
}

export function registerRoutePage(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  for (const [locale, url] of localeRoutes('/route')) {
    app.get(url, async (raw, reply) => {
      const request = raw as PageRequest
      const ctx = pageContext(deps, locale, request)
      // The page depends on the address (scenario, language switch), the host (share link), the
      // data and the day (validity); nothing else.
      const key = `${ctx.data.asOf}\n${request.protocol}://${request.host}\n${request.url}`
      const cache = ctx.data.catalog.memo(
        ROUTE_PAGES,
        () =>
          new ByteBoundedLru<Precompressed>(ROUTE_PAGE_CACHE_BYTES, (page) => Math.ceil(page.identity.length * 1.3)),
      )
      const hit = cache.get(key)
      if (hit !== undefined) {
        return sendPage(request, reply, hit)
      }
      try {
        const query = readScenarioQuery(request)
        const parsed = parseScenarioQuery(ctx.data.catalog, ctx.data.asOf, query)
        if (!parsed.ok) {
          const result = wizardWithErrors(ctx, query, parsed.errors)
          return 'status' in result && 'html' in result
            ? sendHtml(reply, result.status, result.html)
            : sendHtml(reply, 200, result)
        }
        const route = computeRoute(parsed.index, parsed.scenario)
        const shareUrl = `${request.protocol}://${request.host}${ctx.url(`/route${scenarioSearch(query)}`)}`
        const page = new Precompressed(Buffer.from(toHtmlString(routePage(ctx, { route, query, shareUrl })), 'utf8'))
        cache.set(key, page)
        return sendPage(request, reply, page)
      } catch (error) {
        if (error instanceof PageNotFound) {
          return sendHtml(reply, 404, notFound(ctx))
        }
        throw error
      }
    })
  }
}
