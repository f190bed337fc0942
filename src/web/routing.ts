// SPDX-License-Identifier: EUPL-1.2
// Registers a page under its Dutch path and under /en, builds the page context and turns a page
// result into an HTML response. Pages signal "no such record" with PageNotFound.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Catalog } from '../domain/catalog/index.ts'
import type { AssetBundle } from './assets/bundle.ts'
import { toHtmlString, type SafeHtml } from './html.ts'
import { localePath, messages, splitLocale, type Locale } from './i18n.ts'
import type { PageContext } from './page-context.ts'

export interface WebDeps {
  /** The catalogue the pages show (read on every request, so a new dataset version shows at once). */
  catalog(): Catalog
  /** Today's date (YYYY-MM-DD) for validity in time; injectable for tests. */
  today(): string
  readonly assets: AssetBundle
}

export interface PageResult {
  readonly status: number
  readonly html: SafeHtml
}

/** Thrown by a page when the requested record does not exist: answered with the 404 page. */
export class PageNotFound extends Error {
  override readonly name = 'PageNotFound'
}

export type PageRequest = FastifyRequest<{
  Params: Record<string, string>
  Querystring: Record<string, string | string[] | undefined>
}>
export type PageHandler = (
  ctx: PageContext,
  request: PageRequest,
) => SafeHtml | PageResult | Promise<SafeHtml | PageResult>

/** One value of a query field; a repeated field counts as its first value. */
export function queryValue(request: PageRequest, name: string): string | undefined {
  const v = request.query[name]
  const first = Array.isArray(v) ? v[0] : v
  return first === undefined || first === '' ? undefined : first
}

export function pageContext(deps: WebDeps, locale: Locale, rawUrl: string): PageContext {
  const q = rawUrl.indexOf('?')
  const pathname = q === -1 ? rawUrl : rawUrl.slice(0, q)
  const search = q === -1 ? '' : rawUrl.slice(q)
  const { path } = splitLocale(pathname)
  return {
    locale,
    t: messages(locale),
    data: deps.catalog().on(deps.today()),
    assets: deps.assets.urls,
    path,
    search,
    url: (p: string) => localePath(locale, p),
  }
}

export function sendHtml(reply: FastifyReply, status: number, body: SafeHtml): FastifyReply {
  // Pages can be sensitive on a shared device: never store them in a cache.
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(toHtmlString(body))
}

export type NotFoundRenderer = (ctx: PageContext) => SafeHtml

export function pageRoute(
  app: FastifyInstance,
  deps: WebDeps,
  path: string,
  handler: PageHandler,
  notFound: NotFoundRenderer,
): void {
  const paths: readonly [Locale, string][] =
    path === '/'
      ? [
          ['nl', '/'],
          ['en', '/en'],
          ['en', '/en/'],
        ]
      : [
          ['nl', path],
          ['en', `/en${path}`],
        ]
  for (const [locale, url] of paths) {
    app.get(url, async (request, reply) => {
      const ctx = pageContext(deps, locale, request.url)
      try {
        const result = await handler(ctx, request as PageRequest)
        return 'status' in result && 'html' in result
          ? sendHtml(reply, result.status, result.html)
          : sendHtml(reply, 200, result as SafeHtml)
      } catch (error) {
        if (error instanceof PageNotFound) {
          return sendHtml(reply, 404, notFound(ctx))
        }
        throw error
      }
    })
  }
}
