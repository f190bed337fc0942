// SPDX-License-Identifier: EUPL-1.2
// Page-based pagination for every list: the `page` and `per_page` query fields, the page wrapper
// {items,total,page,perPage,totalPages} and RFC 8288 Link headers (first, prev, next, last).
import { Type, type TSchema } from '@sinclair/typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'

export const MAX_PER_PAGE = 100
export const DEFAULT_PER_PAGE = 50

/** Query fields every list accepts; spread into the list's querystring schema. */
export const paginationQuery = {
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'Page number, from 1.' }),
  ),
  per_page: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_PER_PAGE,
      default: DEFAULT_PER_PAGE,
      description: `Items per page, 1–${MAX_PER_PAGE}.`,
    }),
  ),
}

export interface PageQuery {
  readonly page?: number
  readonly per_page?: number
}

export interface Page<T> {
  readonly items: T[]
  readonly total: number
  readonly page: number
  readonly perPage: number
  readonly totalPages: number
}

/** The page wrapper around a list of `item`. */
export function PageOf<T extends TSchema>(item: T, title: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ minimum: 0, description: 'Number of items over all pages.' }),
      page: Type.Integer({ minimum: 1 }),
      perPage: Type.Integer({ minimum: 1, maximum: MAX_PER_PAGE }),
      totalPages: Type.Integer({ minimum: 0 }),
    },
    { title, additionalProperties: false },
  )
}

/**
 * Cuts one page out of `all` and sets the Link header. A page past the end is an empty page (not
 * an error), so a client that follows `next` while data shrinks gets a clean stop.
 */
export function paginate<T>(
  all: readonly T[],
  query: PageQuery,
  request: FastifyRequest,
  reply: FastifyReply,
): Page<T> {
  const page = query.page ?? 1
  const perPage = query.per_page ?? DEFAULT_PER_PAGE
  const total = all.length
  const totalPages = Math.ceil(total / perPage)
  const start = (page - 1) * perPage
  const items = start >= total ? [] : all.slice(start, start + perPage)
  const link = linkHeader(request.url, page, totalPages, perPage)
  if (link !== '') {
    void reply.header('link', link)
  }
  return { items, total, page, perPage, totalPages }
}

export function linkHeader(url: string, page: number, totalPages: number, perPage: number): string {
  const q = url.indexOf('?')
  const path = q === -1 ? url : url.slice(0, q)
  const params = new URLSearchParams(q === -1 ? '' : url.slice(q + 1))
  const to = (n: number): string => {
    params.set('page', String(n))
    params.set('per_page', String(perPage))
    return `<${path}?${params.toString()}>`
  }
  const links: string[] = []
  if (totalPages > 0) {
    links.push(`${to(1)}; rel="first"`)
  }
  if (page > 1 && totalPages > 0) {
    links.push(`${to(Math.min(page - 1, totalPages))}; rel="prev"`)
  }
  if (page < totalPages) {
    links.push(`${to(page + 1)}; rel="next"`)
  }
  if (totalPages > 0) {
    links.push(`${to(totalPages)}; rel="last"`)
  }
  return links.join(', ')
}
