// SPDX-License-Identifier: EUPL-1.2
// The HSDS API on the national dataset: every body of every endpoint, over the whole dataset (all
// pages, every object by id), is valid against the official HSDS 3.0 schemas and against the
// response schema our OpenAPI document gives for it; pagination, filters, errors and caching
// behave as the HSDS API reference and the rest of our API do.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { buildCatalog, type Catalog } from '../../src/domain/catalog/index.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { hsdsId } from '../../src/domain/hsds/index.ts'
import { hsdsView } from '../../src/server/api/hsds/view.ts'
import { buildTestApp } from '../helpers/test-app.ts'
import { officialErrors } from './oracle.ts'

const BASE = '/api/hsds/v3'
const { dataset } = loadDataset(join(import.meta.dirname, '../../data'))
let current: Catalog = buildCatalog(dataset, { version: 'first' })
let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({
    db: openDatabase({ engine: 'sqlite', file: ':memory:' }),
    catalog: { current: () => current },
  })
})
afterAll(async () => {
  await app.close()
})

interface Page<T = Record<string, unknown>> {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}

// ── The response schemas of our OpenAPI document (schemas/openapi.json) ──────────────────────────
const doc = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/openapi.json'), 'utf8')) as {
  paths: Record<
    string,
    {
      servers?: { url: string }[]
      get?: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }
    }
  >
  components: unknown
}
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }))
ajv.addSchema({ $id: 'doc', components: doc.components })
const compiled = new Map<string, ValidateFunction>()

/** The documented operation of a URL under /api/hsds/v3 (a path-level server names the scope). */
function documentedSchema(url: string, status: number): ValidateFunction {
  const path = url.split('?')[0]?.slice(BASE.length) || '/'
  const entry = Object.entries(doc.paths).find(
    ([p, item]) => item.servers?.[0]?.url === BASE && new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  )
  const media = entry?.[1].get?.responses[String(status)]?.content?.['application/json']
  if (entry === undefined || media === undefined) {
    throw new Error(`${url} → ${status} is not in the OpenAPI document`)
  }
  const key = `${entry[0]} ${status}`
  let validate = compiled.get(key)
  if (validate === undefined) {
    validate = ajv.compile(
      JSON.parse(JSON.stringify(media.schema).replace(/"#\/components\//g, '"doc#/components/')) as object,
    )
    compiled.set(key, validate)
  }
  return validate
}

/** GETs a URL and checks its body against the OpenAPI document; returns the parsed body. */
async function get<T = Page>(url: string, status = 200): Promise<T> {
  const r = await app.inject(`${BASE}${url}`)
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(status)
  const body = r.json() as T
  const validate = documentedSchema(`${BASE}${url}`, status)
  expect(validate(body) ? [] : [ajv.errorsText(validate.errors?.slice(0, 5))], url).toEqual([])
  return body
}

/** Every item of a list endpoint, page by page (per_page 100), each valid as `type`. */
async function everyPage(url: string, type: string): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = []
  let page = 1
  for (;;) {
    const body = await get(`${url}${url.includes('?') ? '&' : '?'}per_page=100&page=${page}`)
    const problems = body.contents.flatMap((o) => officialErrors(type, o)).slice(0, 5)
    expect(problems, `${url} page ${page}`).toEqual([])
    all.push(...body.contents)
    if (body.last_page) {
      expect(all.length).toBe(body.total_items)
      return all
    }
    page++
  }
}

describe('every body over the whole dataset is valid (official schemas and our OpenAPI document)', () => {
  it('/ names the HSDS version and the OpenAPI document', async () => {
    const meta = await get<{ version: string; openapi_url: string }>('')
    expect(meta.version).toBe('3.0')
    expect((await app.inject(meta.openapi_url)).statusCode).toBe(200)
    expect((await app.inject(`${BASE}/`)).json()).toEqual(meta)
  })

  it('/services and /services/{id}, for every service', async () => {
    const list = await everyPage('/services', 'service')
    const full = await everyPage('/services?full=true', 'service')
    expect(full.map((s) => s['id'])).toEqual(list.map((s) => s['id']))
    expect(list.length).toBe(hsdsView(current).data.services.length)
    for (const s of list) {
      const one = await get<Record<string, unknown>>(`/services/${String(s['id'])}`)
      expect(officialErrors('service', one)).toEqual([])
      expect(one['service_areas']).toBeDefined()
    }
  }, 120_000)

  it('/organizations and /organizations/{id}, for every organisation, also with full services', async () => {
    const list = await everyPage('/organizations', 'organization')
    await everyPage('/organizations?full=true', 'organization')
    for (const o of list) {
      const one = await get<Record<string, unknown>>(`/organizations/${String(o['id'])}`)
      expect(officialErrors('organization', one)).toEqual([])
    }
    const withServices = await everyPage('/organizations?full_service=true', 'organization')
    expect(withServices.some((o) => Array.isArray(o['services']) && o['services'].length > 0)).toBe(true)
  }, 120_000)

  it('/taxonomies, /taxonomy_terms and each by id', async () => {
    for (const t of await everyPage('/taxonomies', 'taxonomy')) {
      expect(officialErrors('taxonomy', await get(`/taxonomies/${String(t['id'])}`))).toEqual([])
    }
    for (const t of await everyPage('/taxonomy_terms', 'taxonomy_term')) {
      expect(officialErrors('taxonomy_term', await get(`/taxonomy_terms/${String(t['id'])}`))).toEqual([])
    }
  }, 60_000)

  it('/service_at_locations and each by id', async () => {
    const list = await everyPage('/service_at_locations', 'service_at_location')
    await everyPage('/service_at_locations?full=true', 'service_at_location')
    expect(list.length).toBeGreaterThan(0)
    for (const sal of list.slice(0, 50)) {
      const one = await get<Record<string, unknown>>(`/service_at_locations/${String(sal['id'])}`)
      expect(officialErrors('service_at_location', one)).toEqual([])
      expect(officialErrors('service', one['service'])).toEqual([])
    }
  }, 60_000)
})

describe('pagination (the Page of the API reference)', () => {
  it('counts pages and marks the first, last and empty page', async () => {
    const total = hsdsView(current).data.services.length
    const first = await get('/services?per_page=50')
    expect(first).toMatchObject({
      total_items: total,
      total_pages: Math.ceil(total / 50),
      page_number: 1,
      size: 50,
      first_page: true,
      last_page: false,
      empty: false,
    })
    const last = await get(`/services?per_page=50&page=${first.total_pages}`)
    expect(last).toMatchObject({ first_page: false, last_page: true, size: total - 50 * (first.total_pages - 1) })
    const beyond = await get(`/services?per_page=50&page=${first.total_pages + 1}`)
    expect(beyond).toMatchObject({ size: 0, contents: [], last_page: true, empty: false })
    const none = await get('/services?search=zzzqqqxxx')
    expect(none).toMatchObject({ total_items: 0, total_pages: 0, size: 0, empty: true, first_page: true })
    const r = await app.inject(`${BASE}/services?per_page=50&page=2`)
    expect(r.headers['link']).toContain('rel="next"')
  })

  it('gives the items with their one-to-one fields and organisation, or only id and date (minimal)', async () => {
    const page = await get('/services?per_page=3')
    for (const s of page.contents) {
      expect(s['service_areas']).toBeUndefined()
      expect(s['attributes']).toBeUndefined()
      expect((s['organization'] as Record<string, unknown>)['phones']).toBeUndefined()
    }
    const minimal = await get('/services?minimal=true')
    expect(minimal.size).toBe(minimal.total_items)
    expect(minimal.contents.every((s) => Object.keys(s).every((k) => k === 'id' || k === 'last_modified'))).toBe(true)
  })
})

describe('filters (cumulative, as the reference says)', () => {
  const view = () => hsdsView(current).data

  it('search finds every word, case and accents ignored', async () => {
    const page = await get('/services?search=BEDENKTIJD&per_page=100')
    expect(page.total_items).toBeGreaterThan(0)
    for (const s of page.contents) {
      expect(JSON.stringify(s).toLowerCase()).toContain('bedenktijd')
    }
    const coordinatie = await get('/services?search=zorgcoordinatie&per_page=100')
    expect(coordinatie.total_items).toBeGreaterThan(0)
  })

  it('taxonomy_term_id, taxonomy_id and organization_id keep only the matching services', async () => {
    const labour = hsdsId('taxonomy_term:exploitation-forms:labour')
    const withLabour = view().services.filter((s) => s.attributes?.some((a) => a.taxonomy_term_id === labour))
    expect((await get(`/services?taxonomy_term_id=${labour}&per_page=100`)).total_items).toBe(withLabour.length)
    const roles = hsdsId('taxonomy:role-types')
    const withRole = view().services.filter((s) => s.attributes?.some((a) => a.taxonomy_term?.taxonomy_id === roles))
    expect((await get(`/services?taxonomy_id=${roles}`)).total_items).toBe(withRole.length)
    const comensha = hsdsId('organization:comensha')
    const own = await get(`/services?organization_id=${comensha}&per_page=100`)
    expect(own.total_items).toBe(view().services.filter((s) => s.organization_id === comensha).length)
    expect(own.contents.every((s) => s['organization_id'] === comensha)).toBe(true)
    // Cumulative: both filters at once is the intersection.
    const both = await get(`/services?organization_id=${comensha}&taxonomy_term_id=${labour}&per_page=100`)
    expect(both.total_items).toBe(withLabour.filter((s) => s.organization_id === comensha).length)
    const sal = await get(`/service_at_locations?organization_id=${hsdsId('organization:politie')}&per_page=100`)
    expect(sal.total_items).toBeGreaterThan(0)
  })

  it('modified_after keeps services verified on or after the moment', async () => {
    const dates = view()
      .services.map((s) => s.last_modified)
      .filter((d): d is string => d !== undefined)
      .sort()
    const latest = dates.at(-1) ?? ''
    const since = await get(`/services?modified_after=${encodeURIComponent(latest)}&per_page=100`)
    expect(since.total_items).toBe(dates.filter((d) => d >= latest).length)
    expect((await get(`/services?modified_after=${latest.slice(0, 10)}&per_page=100`)).total_items).toBe(
      since.total_items,
    )
    expect((await get('/services?modified_after=2999-01-01')).empty).toBe(true)
  })

  it('taxonomy_terms by taxonomy, parent and top level', async () => {
    const organogram = hsdsId('taxonomy:organogram')
    const terms = await get(`/taxonomy_terms?taxonomy_id=${organogram}&per_page=100`)
    expect(terms.contents.every((t) => t['taxonomy_id'] === organogram)).toBe(true)
    const top = await get(`/taxonomy_terms?taxonomy_id=${organogram}&top_only=true`)
    expect(top.contents.map((t) => t['code']).sort()).toEqual(['A', 'B', 'C', 'D'])
    const underB = await get(`/taxonomy_terms?parent_id=${hsdsId('taxonomy_term:organogram:B')}&per_page=100`)
    expect(underB.contents.map((t) => t['code'])).toContain('opvang')
  })
})

describe('errors and caching as in the rest of the API', () => {
  const error = async (url: string, status: number, path: string) => {
    const r = await app.inject(`${BASE}${url}`)
    expect(r.statusCode, url).toBe(status)
    const body = r.json() as { error: { code: string; details: { path: string }[] } }
    expect(
      body.error.details.map((d) => d.path),
      url,
    ).toContain(path)
    return body
  }

  it('names the field of a bad request', async () => {
    await error('/services?per_page=1000', 400, 'per_page')
    await error('/services?page=0', 400, 'page')
    await error('/services?taxonomy_term_id=nope', 400, 'taxonomy_term_id')
    await error(`/services?taxonomy_term_id=${hsdsId('no such term')}`, 400, 'taxonomy_term_id')
    await error(`/services?organization_id=${hsdsId('organization:nobody')}`, 400, 'organization_id')
    await error('/services?modified_after=yesterday', 400, 'modified_after')
    await error('/services?format=ndjson', 400, 'format')
    await error('/services?postcode=3511', 400, 'postcode')
    await error('/services/not-a-uuid', 400, 'id')
    await error('/export/csv/../../etc.csv', 404, 'url')
  })

  it('answers an unknown id with 404 in the error shape', async () => {
    const body = await error(`/services/${hsdsId('service:nothing')}`, 404, 'id')
    expect(body.error.code).toBe('WGW_NOT_FOUND')
    await error(`/organizations/${hsdsId('organization:nobody')}`, 404, 'id')
    await error('/export/json/nothing.json', 404, 'file')
  })

  it('answers other methods with 405 and other media types with 406', async () => {
    expect((await app.inject({ method: 'POST', url: `${BASE}/services` })).statusCode).toBe(405)
    const r = await app.inject({ url: `${BASE}/services`, headers: { accept: 'text/html' } })
    expect(r.statusCode).toBe(406)
  })

  it('compresses pages and export files for clients that accept it, with the same bytes inside', async () => {
    for (const url of [`${BASE}/services?per_page=50`, `${BASE}/export/json/services.json`]) {
      const plain = await app.inject(url)
      const br = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } })
      expect(br.headers['content-encoding'], url).toBe('br')
      expect(br.headers['vary']).toContain('accept-encoding')
      expect(brotliDecompressSync(br.rawPayload).toString('utf8'), url).toBe(plain.body)
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3)
    }
  })

  it('sends a strong ETag and 304 on If-None-Match, and allows any origin', async () => {
    const first = await app.inject(`${BASE}/services?per_page=5`)
    expect(first.headers['etag']).toMatch(/^"[\w-]{27}"$/)
    expect(first.headers['access-control-allow-origin']).toBe('*')
    expect(first.headers['cache-control']).toBe('public, max-age=60')
    const again = await app.inject({
      url: `${BASE}/services?per_page=5`,
      headers: { 'if-none-match': String(first.headers['etag']) },
    })
    expect(again.statusCode).toBe(304)
    const csv = await app.inject(`${BASE}/export/csv/services.csv`)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(csv.headers['etag']).toBeDefined()
  })
})

describe('the read model', () => {
  it('derives the view once per catalogue version, and a new version replaces it', async () => {
    const before = hsdsView(current)
    await get('/services?per_page=5')
    await get(`/services/${before.data.services[0]?.id ?? ''}`)
    expect(hsdsView(current)).toBe(before)
    const smaller: Dataset = { ...dataset, parties: dataset.parties.filter((p) => p.id !== 'comensha') }
    current = buildCatalog(smaller, { version: 'second' })
    const after = await get('/services?per_page=5')
    expect(after.total_items).toBeLessThan(before.data.services.length)
    expect(hsdsView(current)).not.toBe(before)
    expect((await app.inject(`${BASE}/organizations/${hsdsId('organization:comensha')}`)).statusCode).toBe(404)
    current = buildCatalog(dataset, { version: 'first again' })
  })
})
