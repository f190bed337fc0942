// SPDX-License-Identifier: EUPL-1.2
// Registers a page under its Dutch path and its English path under /en (slugs.ts), builds the page
// context and turns a page result into an HTML response. Pages signal "no such record" with PageNotFound.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Catalog } from '../domain/catalog/index.ts'
import type { AssetBundle } from './assets/bundle.ts'
import { toHtmlString, type SafeHtml } from './html.ts'
import { localePath, messages, splitLocale, type Locale } from './i18n.ts'
import { formatFor } from '../messages/catalogue.ts'
import type { PageContext } from './page-context.ts'
import { ENGLISH_PATHS, type PagePath } from './slugs.ts'

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

/** A page that sends the reader elsewhere (a language chosen in the query string, issue 15). */
export interface PageRedirect {
  readonly redirect: string
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
) => SafeHtml | PageResult | PageRedirect | Promise<SafeHtml | PageResult | PageRedirect>

/** One value of a query field; a repeated field counts as its first value. */
export function queryValue(request: PageRequest, name: string): string | undefined {
  const v = request.query[name]
  const first = Array.isArray(v) ? v[0] : v
  return first === undefined || first === '' ? undefined : first
}

/** What pageContext needs of a request: its URL and the route it matched. */
export interface MatchedRequest {
  readonly url: string
  readonly routeOptions?: { readonly url?: string | undefined }
  readonly params?: unknown
}

/**
 * The language-neutral path of the route a request matched, rebuilt from the route's pattern with
 * its parameters percent-encoded, never copied from the raw URL: `/en//evil.example` or
 * `/en/\evil.example` must not become a link to another site (issue 16, item 6). Without a
 * matched route (the 404 page) it is the home page.
 */
export function matchedPath(request: MatchedRequest): string {
  const pattern = request.routeOptions?.url
  if (pattern === undefined) {
    return '/'
  }
  const params = (request.params ?? {}) as Record<string, string | undefined>
  const filled = pattern
    .replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => encodeURIComponent(params[name] ?? ''))
    .replace(/\*$/, () => (params['*'] ?? '').split('/').map(encodeURIComponent).join('/'))
  return splitLocale(filled).path
}

/**
 * The context of a page. Given a request, the language switch links to the matched route (with
 * the query string, which only ever follows a path of our own); given a plain path (benchmarks,
 * fixed pages), that path.
 */
export function pageContext(deps: WebDeps, locale: Locale, request: MatchedRequest | string): PageContext {
  const rawUrl = typeof request === 'string' ? request : request.url
  const q = rawUrl.indexOf('?')
  const matched = typeof request === 'string' || request.routeOptions?.url !== undefined
  const search = q === -1 || !matched ? '' : rawUrl.slice(q)
  const path =
    typeof request === 'string' ? splitLocale(q === -1 ? rawUrl : rawUrl.slice(0, q)).path : matchedPath(request)
  return {
    locale,
    t: messages(locale),
    f: formatFor(locale),
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

/**
 * The route patterns of a page in each language: its Dutch path, and its English path under /en
 * (slugs.ts). The old Dutch addresses under /en are redirected by the not-found handler (plugin.ts).
 */
export function localeRoutes(path: PagePath): readonly (readonly [Locale, string])[] {
  if (path === '/') {
    return [
      ['nl', '/'],
      ['en', '/en'],
      ['en', '/en/'],
    ]
  }
  return [
    ['nl', path],
    ['en', `/en${ENGLISH_PATHS[path]}`],
  ]
}

export function pageRoute(
  app: FastifyInstance,
  deps: WebDeps,
  path: PagePath,
  handler: PageHandler,
  notFound: NotFoundRenderer,
): void {
  const paths = localeRoutes(path)
  for (const [locale, url] of paths) {
    app.get(url, async (request, reply) => {
      const ctx = pageContext(deps, locale, request)
      try {
        const result = await handler(ctx, request as PageRequest)
        if ('redirect' in result) {
          return reply.code(303).header('cache-control', 'no-store').redirect(result.redirect)
        }
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
