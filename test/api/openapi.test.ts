// SPDX-License-Identifier: EUPL-1.2
// The OpenAPI document: served from the registered routes, identical to the committed
// schemas/openapi.json, every $ref resolvable, every schema compilable; and the docs page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readCatalog } from '../../src/data/catalog/index.ts'
import { ERROR_CODES } from '../../src/server/errors.ts'
import { buildTestApp } from '../helpers/test-app.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

interface Operation {
  operationId: string
  parameters: { name: string; in: string }[]
  responses: Record<string, unknown>
  requestBody?: unknown
}
interface Doc {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
}

const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
let app: FastifyInstance
let doc: Doc

beforeAll(async () => {
  await migrateOrThrow(db)
  await importDataset(db, FIXTURE_DIR)
  app = await buildTestApp({ db, catalog: await readCatalog(db) })
  doc = (await app.inject('/api/v1/openapi.json')).json<Doc>()
})
afterAll(async () => {
  await app.close()
  await db.destroy()
})

describe('GET /api/v1/openapi.json', () => {
  it('is OpenAPI 3.1 and the same as the committed schemas/openapi.json (run npm run generate on drift)', () => {
    expect(doc.openapi).toBe('3.1.0')
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/openapi.json'), 'utf8')) as Doc
    expect(doc).toEqual(committed)
  })

  it('describes every resource, with the filters of the list endpoints', () => {
    for (const path of [
      '/route',
      '/parties',
      '/parties/{id}',
      '/phases',
      '/aspects/{id}',
      '/rights',
      '/indicators',
      '/municipalities/{id}',
      '/sources',
      '/victim-categories',
      '/exploitation-forms',
      '/search',
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path)
    }
    expect(Object.keys(doc.paths['/route'] ?? {}).sort()).toEqual(['get', 'post'])
    expect(doc.paths['/parties']?.['get']?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['phase', 'aspect', 'category', 'form', 'region', 'status', 'q', 'page', 'per_page']),
    )
    expect(doc.paths['/route']?.['post']?.requestBody).toBeDefined()
    expect(doc.paths['/parties/{id}']?.['get']?.responses['404']).toBeDefined()
  })

  it('has unique operation ids, resolvable $refs and compilable schemas', () => {
    // A path item holds its operations and, for another API scope (HSDS), its `servers`.
    const ops = Object.values(doc.paths).flatMap((p) =>
      Object.entries(p)
        .filter(([key]) => key !== 'servers')
        .map(([, op]) => op),
    )
    const ids = ops.map((o) => o.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(refs.length).toBeGreaterThan(0)
    expect(refs.filter((r) => !(r in doc.components.schemas))).toEqual([])
    const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
    const ajv = addFormats(new Ajv2020({ strict: false }))
    ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc')
    const withRefs = (s: unknown): unknown =>
      JSON.parse(JSON.stringify(s).replace(/"#\/components\//g, '"doc#/components/'))
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.compile(withRefs({ $ref: `#/components/schemas/${name}` }) as object), name).not.toThrow()
    }
  })

  it('validates a real route response against its own response schema', async () => {
    const route = (
      await app.inject('/api/v1/route?exploitation=labour&municipality=GM0344&asOf=2024-06-01')
    ).json<unknown>()
    const schema = (doc.paths['/route']?.['get']?.responses['200'] as { content: Record<string, { schema: unknown }> })
      .content['application/json']?.schema
    const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
    const ajv = addFormats(new Ajv2020({ strict: false }))
    ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc')
    const validate = ajv.compile(
      JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"doc#/components/')) as object,
    )
    expect(validate(route), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
  })
})

describe('GET /api/v1/docs', () => {
  it('is a server-rendered page listing every endpoint and error code, without inline script or style', async () => {
    const response = await app.inject('/api/v1/docs')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'none'")
    const html = response.body
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('<html lang="nl"')
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/)
    expect(html).not.toMatch(/\sstyle=|<style/)
    expect(html).not.toMatch(/https?:\/\/(?!json-schema\.org)/) // no third-party requests or links to follow
    for (const [path, item] of Object.entries(doc.paths)) {
      const base = (item as { servers?: { url: string }[] }).servers?.[0]?.url ?? '/api/v1'
      expect(html, path).toContain(base === '/api/v1' || path !== '/' ? `${base}${path}` : base)
    }
    for (const code of Object.keys(ERROR_CODES)) {
      expect(html).toContain(code)
    }
  })
})
