// SPDX-License-Identifier: EUPL-1.2
// The read-only HSDS 3.0 API (the Open Referral API reference): /, /services, /organizations,
// /taxonomies, /taxonomy_terms, /service_at_locations, each with {id}, the reference's Page and
// filters, and the two export forms as files. Bodies are joined from JSON texts the view made
// once per dataset version and day, so a page costs filtering ids and concatenating strings.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../../app.ts'
import { ApiError, invalid, notFound } from '../../errors.ts'
import { HSDS_VERSION } from '../../../domain/hsds/index.ts'
import { API_PREFIX } from '../openapi.ts'
import { DEFAULT_PER_PAGE, linkHeader } from '../pagination.ts'
import { Precompressed, sendPrecompressed } from '../../../http/precompressed.ts'
import { etagFor } from '../http-caching.ts'
import { hsdsView, matchesWords, queryWords, type CachedPage, type HsdsApiView, type ServedFile } from './view.ts'
import {
  csvFileSchema,
  csvPackageSchema,
  getOrganizationSchema,
  getServiceAtLocationSchema,
  getServiceSchema,
  getTaxonomySchema,
  getTaxonomyTermSchema,
  jsonFileSchema,
  listOrganizationsSchema,
  listServiceAtLocationsSchema,
  listServicesSchema,
  listTaxonomiesSchema,
  listTaxonomyTermsSchema,
  metaSchema,
  type OrganizationQuery,
  type OrganizationsQuery,
  type ServiceAtLocationsQuery,
  type ServicesQuery,
  type TaxonomiesQuery,
  type TaxonomyTermsQuery,
  type UuidParams,
} from './schema.ts'

/** Where the HSDS API is mounted. */
export const HSDS_PREFIX = '/api/hsds/v3'

/** Where the mapping is described (the HSDS "profile" of this API). */
const PROFILE = 'https://github.com/openreferral/specification/tree/3.0'

const JSON_TYPE = 'application/json; charset=utf-8'

interface PageQuery {
  readonly page?: number
  readonly per_page?: number
}

/** The reference's Page around finished JSON texts, with the Link header of the rest of the API. */
function page(url: string, items: readonly string[], query: PageQuery, perPageDefault = DEFAULT_PER_PAGE): CachedPage {
  const number = query.page ?? 1
  const perPage = query.per_page ?? Math.max(1, perPageDefault)
  const total = items.length
  const totalPages = Math.ceil(total / perPage)
  const start = (number - 1) * perPage
  const contents = start >= total ? [] : items.slice(start, start + perPage)
  const head =
    `{"total_items":${total},"total_pages":${totalPages},"page_number":${number},"size":${contents.length},` +
    `"first_page":${number === 1},"last_page":${number >= totalPages},"empty":${total === 0},"contents":[`
  const bytes = Buffer.from(`${head}${contents.join(',')}]}`, 'utf8')
  return { body: new Precompressed(bytes), etag: etagFor(bytes), link: linkHeader(url, number, totalPages, perPage) }
}

/**
 * Answers a list request from the view's page cache, or makes the page (`items` filters and
 * serialises; it runs only on a miss) and keeps it. Same URL, same view: same bytes.
 */
function sendPage(
  view: HsdsApiView,
  request: FastifyRequest,
  reply: FastifyReply,
  query: PageQuery,
  items: () => readonly string[],
  perPageDefault?: (items: readonly string[]) => number,
): FastifyReply {
  let cached = view.pages.get(request.url)
  if (cached === undefined) {
    const list = items()
    cached = page(request.url, list, query, perPageDefault?.(list))
    view.pages.set(request.url, cached)
  }
  if (cached.link !== '') {
    void reply.header('link', cached.link)
  }
  return sendPrecompressed(request, reply.header('etag', cached.etag).type(JSON_TYPE), cached.body)
}

function sendJson(reply: FastifyReply, text: string): FastifyReply {
  return reply.type(JSON_TYPE).send(text)
}

function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: ServedFile | undefined,
  name: string,
  type: string,
): FastifyReply {
  if (file === undefined) {
    throw new ApiError('WGW_NOT_FOUND', `export file '${name}' does not exist.`, [
      { path: 'file', message: 'see datapackage.json for the files of this form' },
    ])
  }
  return sendPrecompressed(request, reply.header('etag', file.etag).type(type), file.body)
}

/** The modified_after filter as a time, or a 400 that names it. */
function modifiedAfter(value: string | undefined): number | undefined {
  if (value === undefined) {
    return undefined
  }
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const time = Date.parse(dateOnly ? `${value}T00:00:00Z` : value)
  if (
    Number.isNaN(time) ||
    !(dateOnly || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value))
  ) {
    throw invalid([
      { path: 'modified_after', message: 'give a date-time such as 2026-01-01T00:00:00Z or a date such as 2026-01-01' },
    ])
  }
  return time
}

/** An id filter must name something that exists: a typo gets a 400, not an empty list. */
function known(field: string, id: string | undefined, where: ReadonlyMap<string, unknown>): void {
  if (id !== undefined && !where.has(id)) {
    throw invalid([{ path: field, message: `no ${field.replace(/_id$/, '').replace('_', ' ')} with id ${id}` }])
  }
}

/** The ids of the services that pass the service filters of the reference, in export order. */
function filteredServices(view: HsdsApiView, q: ServicesQuery | ServiceAtLocationsQuery): string[] {
  known('taxonomy_term_id', q.taxonomy_term_id, view.terms)
  known('taxonomy_id', q.taxonomy_id, view.taxonomies)
  known('organization_id', q.organization_id, view.organizations)
  const after = modifiedAfter(q.modified_after)
  const words = queryWords(q.search)
  const withTerm = q.taxonomy_term_id === undefined ? undefined : view.servicesWithTerm.get(q.taxonomy_term_id)
  const inTaxonomy = q.taxonomy_id === undefined ? undefined : view.servicesInTaxonomy.get(q.taxonomy_id)
  const ids: string[] = []
  for (const [id, entry] of view.services) {
    const s = entry.object
    if (
      (q.taxonomy_term_id === undefined || withTerm?.has(id) === true) &&
      (q.taxonomy_id === undefined || inTaxonomy?.has(id) === true) &&
      (q.organization_id === undefined || s.organization_id === q.organization_id) &&
      (after === undefined || (s.last_modified !== undefined && Date.parse(s.last_modified) >= after)) &&
      matchesWords(words, entry.search)
    ) {
      ids.push(id)
    }
  }
  return ids
}

export async function hsdsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const view = (): HsdsApiView => hsdsView(ctx.catalog())

  // The reference's `/`: the prefix itself, with or without the slash.
  app.get('/', { schema: metaSchema }, async (_request, reply) =>
    sendJson(
      reply,
      JSON.stringify({ version: HSDS_VERSION, profile: PROFILE, openapi_url: `${API_PREFIX}/openapi.json` }),
    ),
  )

  app.get<{ Querystring: ServicesQuery }>('/services', { schema: listServicesSchema }, async (request, reply) => {
    const v = view()
    const q = request.query
    const minimal = q.minimal === true
    const items = () =>
      filteredServices(v, q).map((id) => {
        const entry = v.services.get(id)
        if (entry === undefined) {
          return ''
        }
        if (minimal) {
          const s = entry.object
          return JSON.stringify(s.last_modified === undefined ? { id } : { id, last_modified: s.last_modified })
        }
        return q.full === true ? entry.full : entry.list
      })
    // minimal: "aim to return all services within one page" (API reference).
    return sendPage(v, request, reply, q, items, minimal ? (all) => all.length : undefined)
  })

  app.get<{ Params: UuidParams }>('/services/:id', { schema: getServiceSchema }, async (request, reply) => {
    const entry = view().services.get(request.params.id)
    if (entry === undefined) {
      throw notFound('service', request.params.id)
    }
    return sendJson(reply, entry.full)
  })

  app.get<{ Querystring: OrganizationsQuery }>(
    '/organizations',
    { schema: listOrganizationsSchema },
    async (request, reply) => {
      const v = view()
      const q = request.query
      const items = () => {
        const words = queryWords(q.search)
        return [...v.organizations.values()]
          .filter((entry) => matchesWords(words, entry.search))
          .map((entry) =>
            q.full_service === true
              ? organizationWithFullServices(v, entry.object.id)
              : q.full === true
                ? entry.full
                : entry.list,
          )
      }
      return sendPage(v, request, reply, q, items)
    },
  )

  app.get<{ Params: UuidParams; Querystring: OrganizationQuery }>(
    '/organizations/:id',
    { schema: getOrganizationSchema },
    async (request, reply) => {
      const v = view()
      const entry = v.organizations.get(request.params.id)
      if (entry === undefined) {
        throw notFound('organization', request.params.id)
      }
      return sendJson(
        reply,
        request.query.full_service === true ? organizationWithFullServices(v, entry.object.id) : entry.full,
      )
    },
  )

  app.get<{ Querystring: TaxonomiesQuery }>('/taxonomies', { schema: listTaxonomiesSchema }, async (request, reply) => {
    const v = view()
    const words = queryWords(request.query.search)
    const items = () => [...v.taxonomies.values()].filter((e) => matchesWords(words, e.search)).map((e) => e.full)
    return sendPage(v, request, reply, request.query, items)
  })

  app.get<{ Params: UuidParams }>('/taxonomies/:id', { schema: getTaxonomySchema }, async (request, reply) => {
    const entry = view().taxonomies.get(request.params.id)
    if (entry === undefined) {
      throw notFound('taxonomy', request.params.id)
    }
    return sendJson(reply, entry.full)
  })

  app.get<{ Querystring: TaxonomyTermsQuery }>(
    '/taxonomy_terms',
    { schema: listTaxonomyTermsSchema },
    async (request, reply) => {
      const v = view()
      const q = request.query
      known('taxonomy_id', q.taxonomy_id, v.taxonomies)
      known('parent_id', q.parent_id, v.terms)
      const words = queryWords(q.search)
      const items = () =>
        [...v.terms.values()]
          .filter(
            ({ object: t, search }) =>
              (q.taxonomy_id === undefined || t.taxonomy_id === q.taxonomy_id) &&
              (q.parent_id === undefined || t.parent_id === q.parent_id) &&
              (q.top_only !== true || t.parent_id === undefined) &&
              matchesWords(words, search),
          )
          .map((e) => e.full)
      return sendPage(v, request, reply, q, items)
    },
  )

  app.get<{ Params: UuidParams }>('/taxonomy_terms/:id', { schema: getTaxonomyTermSchema }, async (request, reply) => {
    const entry = view().terms.get(request.params.id)
    if (entry === undefined) {
      throw notFound('taxonomy term', request.params.id)
    }
    return sendJson(reply, entry.full)
  })

  app.get<{ Querystring: ServiceAtLocationsQuery }>(
    '/service_at_locations',
    { schema: listServiceAtLocationsSchema },
    async (request, reply) => {
      const v = view()
      const q = request.query
      const items = () => {
        const services = new Set(filteredServices(v, q))
        return [...v.serviceAtLocations.values()]
          .filter((entry) => services.has(entry.object.service_id ?? ''))
          .map((entry) => (q.full === true ? entry.full : entry.list))
      }
      return sendPage(v, request, reply, q, items)
    },
  )

  app.get<{ Params: UuidParams }>(
    '/service_at_locations/:id',
    { schema: getServiceAtLocationSchema },
    async (request, reply) => {
      const v = view()
      const entry = v.serviceAtLocations.get(request.params.id)
      if (entry === undefined) {
        throw notFound('service at location', request.params.id)
      }
      const service = v.services.get(entry.object.service_id ?? '')
      return sendJson(
        reply,
        service === undefined ? entry.full : `${entry.full.slice(0, -1)},"service":${service.full}}`,
      )
    },
  )

  // The export as files: the same bytes as `wegwijzer export --format hsds-json|hsds-csv DIR`.
  app.get<{ Params: { file: string } }>('/export/json/:file', { schema: jsonFileSchema }, async (request, reply) =>
    sendFile(request, reply, view().files('hsds-json').get(request.params.file), request.params.file, JSON_TYPE),
  )
  app.get('/export/csv/datapackage.json', { schema: csvPackageSchema }, async (request, reply) =>
    sendFile(request, reply, view().files('hsds-csv').get('datapackage.json'), 'datapackage.json', JSON_TYPE),
  )
  app.get<{ Params: { file: string } }>('/export/csv/:file', { schema: csvFileSchema }, async (request, reply) =>
    sendFile(
      request,
      reply,
      view().files('hsds-csv').get(request.params.file),
      request.params.file,
      'text/csv; charset=utf-8',
    ),
  )
}

/** An organisation with its services fully nested (full_service=true). */
function organizationWithFullServices(view: HsdsApiView, id: string): string {
  const entry = view.organizations.get(id)
  if (entry === undefined) {
    return ''
  }
  const { services, ...rest } = entry.object
  const full = (services ?? []).map((s) => view.services.get(s.id)?.full ?? JSON.stringify(s))
  return `${JSON.stringify(rest).slice(0, -1)},"services":[${full.join(',')}]}`
}
