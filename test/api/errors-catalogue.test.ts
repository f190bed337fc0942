// SPDX-License-Identifier: EUPL-1.2
// docs/errors.md and ERROR_CODES agree in both directions (same codes, same statuses), and every
// code is produced by a real request with the one error shape — except the reserved 429.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readCatalog } from '../../src/data/catalog/index.ts'
import type { Catalog } from '../../src/domain/catalog/index.ts'
import { buildApp } from '../../src/server/app.ts'
import { toApiError } from '../../src/server/api/error-handler.ts'
import { ERROR_CODES, type ErrorCode } from '../../src/server/errors.ts'
import { API_FIXTURE } from '../helpers/api-app.ts'

const doc = readFileSync(join(import.meta.dirname, '../../docs/errors.md'), 'utf8')
const sections = new Map(
  doc
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [heading = '', ...body] = section.split('\n')
      return [heading.trim(), body.join('\n')] as const
    }),
)

describe('docs/errors.md', () => {
  it('documents every code under its own heading with its status', () => {
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(sections.has(code), `${code} has no "## ${code}" section`).toBe(true)
      expect(sections.get(code), code).toMatch(new RegExp(`^Status: ${status}$`, 'm'))
    }
  })

  it('documents no code that does not exist', () => {
    expect([...sections.keys()].filter((code) => !(code in ERROR_CODES))).toEqual([])
  })
})

describe('every code can be produced', () => {
  const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
  const empty = openDatabase({ engine: 'sqlite', file: ':memory:' })
  let app: FastifyInstance
  let catalog: Catalog
  const produced = new Set<ErrorCode>()

  beforeAll(async () => {
    await migrateOrThrow(db)
    await migrateOrThrow(empty)
    await importDataset(db, API_FIXTURE)
    catalog = await readCatalog(db)
    app = await buildApp({ db, catalog })
  })
  afterAll(async () => {
    await app.close()
    await db.destroy()
    await empty.destroy()
  })

  const expectCode = (response: LightMyRequestResponse, code: ErrorCode): void => {
    expect(response.statusCode, response.body).toBe(ERROR_CODES[code].status)
    const body = response.json<{ error: { code: string; message: string; details: unknown[] } }>()
    expect(Object.keys(body)).toEqual(['error'])
    expect(body.error.code).toBe(code)
    expect(typeof body.error.message).toBe('string')
    expect(Array.isArray(body.error.details)).toBe(true)
    produced.add(code)
  }

  it('WGW_VALIDATION, WGW_NOT_FOUND, WGW_METHOD_NOT_ALLOWED, WGW_NOT_ACCEPTABLE', async () => {
    expectCode(await app.inject('/api/v1/parties?per_page=500'), 'WGW_VALIDATION')
    expectCode(await app.inject('/api/v1/%E0%A4%A'), 'WGW_VALIDATION')
    expectCode(await app.inject('/api/v1/parties/bestaat-niet'), 'WGW_NOT_FOUND')
    expectCode(await app.inject('/api/v2/parties'), 'WGW_NOT_FOUND')
    const notAllowed = await app.inject({ method: 'DELETE', url: '/api/v1/route' })
    expectCode(notAllowed, 'WGW_METHOD_NOT_ALLOWED')
    expect(notAllowed.headers['allow']).toContain('POST')
    expectCode(await app.inject({ url: '/api/v1/parties', headers: { accept: 'text/html' } }), 'WGW_NOT_ACCEPTABLE')
    expectCode(await app.inject({ url: '/api/v1/docs', headers: { accept: 'application/json' } }), 'WGW_NOT_ACCEPTABLE')
    expect(
      (await app.inject({ url: '/api/v1/parties', headers: { accept: 'text/html, application/*;q=0.5' } })).statusCode,
    ).toBe(200)
  })

  it('WGW_BAD_JSON, WGW_UNSUPPORTED_MEDIA_TYPE, WGW_BODY_TOO_LARGE', async () => {
    expectCode(
      await app.inject({
        method: 'POST',
        url: '/api/v1/route',
        headers: { 'content-type': 'application/json' },
        payload: '{"exploitation": [',
      }),
      'WGW_BAD_JSON',
    )
    expectCode(
      await app.inject({
        method: 'POST',
        url: '/api/v1/route',
        headers: { 'content-type': 'application/xml' },
        payload: '<x/>',
      }),
      'WGW_UNSUPPORTED_MEDIA_TYPE',
    )
    expectCode(
      await app.inject({
        method: 'POST',
        url: '/api/v1/route',
        payload: { exploitation: ['labour'], pad: 'x'.repeat(100_000) },
      }),
      'WGW_BODY_TOO_LARGE',
    )
  })

  it('WGW_CONFLICT and WGW_PRECONDITION_REQUIRED on a self-scan', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0344' } })
    expect(created.statusCode, created.body).toBe(201)
    const { id } = created.json<{ id: string }>()
    expectCode(
      await app.inject({ method: 'PUT', url: `/api/v1/scans/${id}`, payload: { answers: {} } }),
      'WGW_PRECONDITION_REQUIRED',
    )
    expect(
      (await app.inject({ method: 'PUT', url: `/api/v1/scans/${id}`, payload: { version: 1, answers: {} } }))
        .statusCode,
    ).toBe(200)
    expectCode(
      await app.inject({ method: 'PUT', url: `/api/v1/scans/${id}`, payload: { version: 1, answers: {} } }),
      'WGW_CONFLICT',
    )
  })

  it('WGW_INTERNAL for a bug, without leaking it', async () => {
    const broken = await buildApp({
      db,
      catalog: {
        current: () => {
          throw new Error('secret stack detail')
        },
      },
    })
    const response = await broken.inject('/api/v1/parties')
    expectCode(response, 'WGW_INTERNAL')
    expect(response.body).not.toContain('secret')
    await broken.close()
  })

  it('WGW_SEARCH_UNAVAILABLE before the dataset is imported', async () => {
    const fresh = await buildApp({ db: empty, catalog })
    expectCode(await fresh.inject('/api/v1/search?q=opvang'), 'WGW_SEARCH_UNAVAILABLE')
    await fresh.close()
  })

  it('WGW_RATE_LIMITED is reserved (no limiter yet) and maps from a 429', () => {
    expect(toApiError({ statusCode: 429, message: 'slow down' }).code).toBe('WGW_RATE_LIMITED')
    produced.add('WGW_RATE_LIMITED')
  })

  it('covered every code of the catalogue', () => {
    expect([...produced.keys()].sort()).toEqual(Object.keys(ERROR_CODES).sort())
  })
})
