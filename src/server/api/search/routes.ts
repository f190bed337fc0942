// SPDX-License-Identifier: EUPL-1.2
// GET /search?q=…&lang=…&type=…&limit=…: Dutch or English full-text search over the imported dataset.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { hasWords, parseSearchTypes, type SearchType } from '../../../domain/search/index.ts'
import { SearchIndexUnavailable } from '../../../data/search/search-service.ts'
import { ApiError, invalid } from '../../errors.ts'
import { searchSchema, type SearchQuery } from './schema.ts'

export async function searchRoutes(app: FastifyInstance, ctx: Pick<AppContext, 'search'>): Promise<void> {
  app.get<{ Querystring: SearchQuery }>('/search', { schema: searchSchema }, async (request) => {
    const { q, type, limit, lang } = request.query
    if (q.trim() === '') {
      throw invalid([{ path: 'q', message: 'must not be empty' }])
    }
    if (!hasWords(q)) {
      throw invalid([{ path: 'q', message: 'must contain at least one letter or digit' }])
    }
    const types = parseTypes(type)
    try {
      return await ctx.search.search(q.trim(), {
        types,
        ...(limit === undefined ? {} : { limit }),
        ...(lang === undefined ? {} : { lang }),
      })
    } catch (error) {
      if (error instanceof SearchIndexUnavailable) {
        throw new ApiError('WGW_SEARCH_UNAVAILABLE', undefined, [{ path: 'q', message: error.message }])
      }
      throw error
    }
  })
}

function parseTypes(value: string | undefined): readonly SearchType[] {
  const parsed = parseSearchTypes(value)
  if ('error' in parsed) {
    throw invalid([{ path: 'type', message: parsed.error }])
  }
  return parsed.types
}
