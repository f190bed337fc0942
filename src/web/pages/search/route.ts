// SPDX-License-Identifier: EUPL-1.2
// Route of the search page (/zoeken?q=…): the same search service as GET /api/v1/search, over the
// imported database. Registered only when the web layer has a database.
import type { FastifyInstance } from 'fastify'
import { SearchIndexUnavailable, type SearchService } from '../../../data/search/search-service.ts'
import { hasWords } from '../../../domain/search/index.ts'
import { pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { searchPage } from './template.ts'

/** Same limit as the API's q field. */
export const MAX_SEARCH_QUERY = 200

export function registerSearchPage(
  app: FastifyInstance,
  deps: WebDeps,
  notFound: NotFoundRenderer,
  search: SearchService,
): void {
  pageRoute(
    app,
    deps,
    '/zoeken',
    async (ctx, request) => {
      const raw = request.query['q']
      if (raw === undefined) {
        return searchPage(ctx, { query: '' })
      }
      const q = (Array.isArray(raw) ? (raw[0] ?? '') : raw).trim()
      const t = ctx.t.search
      if (q === '') {
        return { status: 400, html: searchPage(ctx, { query: q, error: t.empty }) }
      }
      if (q.length > MAX_SEARCH_QUERY) {
        return {
          status: 400,
          html: searchPage(ctx, { query: q.slice(0, MAX_SEARCH_QUERY), error: t.tooLong(MAX_SEARCH_QUERY, q.length) }),
        }
      }
      if (!hasWords(q)) {
        return { status: 400, html: searchPage(ctx, { query: q, error: t.noWords }) }
      }
      try {
        return searchPage(ctx, { query: q, response: await search.search(q, { lang: ctx.locale }) })
      } catch (error) {
        if (error instanceof SearchIndexUnavailable) {
          return { status: 503, html: searchPage(ctx, { query: q, unavailable: true }) }
        }
        throw error
      }
    },
    notFound,
  )
}
