// SPDX-License-Identifier: EUPL-1.2
// Routes of the municipality search (/gemeenten?naam=…) and municipality pages (/gemeenten/GM0344).
import type { FastifyInstance } from 'fastify'
import { PageNotFound, pageRoute, queryValue, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { municipalityPage, municipalitySearchPage } from './template.ts'
import { findMunicipalities, MAX_QUERY_LENGTH, municipalityRegions } from './view-model.ts'

export function registerMunicipalityPages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(
    app,
    deps,
    '/gemeenten',
    (ctx, request) => {
      const query = queryValue(request, 'naam')?.trim()
      if (query !== undefined && query.length > MAX_QUERY_LENGTH) {
        return {
          status: 400,
          html: municipalitySearchPage(ctx, {
            query: query.slice(0, MAX_QUERY_LENGTH),
            error: ctx.t.municipalities.tooLong,
            results: [],
          }),
        }
      }
      const q = query === '' ? undefined : query
      return municipalitySearchPage(ctx, {
        ...(q === undefined ? {} : { query: q }),
        results: findMunicipalities(ctx.data, q),
      })
    },
    notFound,
  )
  pageRoute(
    app,
    deps,
    '/gemeenten/:code',
    (ctx, request) => {
      const m = ctx.data.byId('municipalities', (request.params.code ?? '').toUpperCase())
      if (m === undefined) {
        throw new PageNotFound()
      }
      return municipalityPage(ctx, m, municipalityRegions(ctx.data, m))
    },
    notFound,
  )
}
