// SPDX-License-Identifier: EUPL-1.2
// docs/errors.md and ERROR_CODES agree in both directions (same codes, same statuses), and every
// code is produced by a real request with the one error shape — except the reserved 429.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { connect, type AddressInfo } from 'node:net'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readCatalog } from '../../src/data/catalog/index.ts'
import type { Catalog } from '../../src/domain/catalog/index.ts'
import { toApiError } from '../../src/server/api/error-handler.ts'
import { ERROR_CODES, type ErrorCode } from '../../src/server/errors.ts'
import { buildTestApp, TEST_LIMITS } from '../helpers/test-app.ts'
import { municipalityOf, publisher } from '../helpers/publishers.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

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

/** Sends raw bytes and returns everything the server answers until it closes (at most 10 s). */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      answer += chunk
    })
    socket.on('error', () => resolve(answer))
    socket.on('close', () => resolve(answer))
    setTimeout(() => {
      socket.destroy()
      reject(new Error(`no close within 10 s; got ${JSON.stringify(answer.slice(0, 200))}`))
    }, 10_000)
  })
}

describe('every code can be produced', () => {
  const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
  const empty = openDatabase({ engine: 'sqlite', file: ':memory:' })
  let app: FastifyInstance
  let catalog: Catalog
  const produced = new Set<ErrorCode>()

  beforeAll(async () => {
    await migrateOrThrow(db)
    await migrateOrThrow(empty)
    await importDataset(db, FIXTURE_DIR)
    catalog = await readCatalog(db)
    app = await buildTestApp({ db, catalog })
  })
  afterAll(async () => {
    await app.close()
    await db.destroy()
    await empty.destroy()
  })

  const expectRaw = (answer: string, status: number, code: ErrorCode): void => {
    expect(answer, answer).toMatch(new RegExp(`^HTTP/1.1 ${status} `))
    expect(answer).toMatch(/\r\nx-content-type-options: nosniff\r\n/i)
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as {
      error: { code: string; details: unknown[] }
    }
    expect(body.error.code).toBe(code)
    expect(ERROR_CODES[code].status).toBe(status)
    produced.add(code)
  }

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
    const broken = await buildTestApp({
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
    const fresh = await buildTestApp({ db: empty, catalog })
    expectCode(await fresh.inject('/api/v1/search?q=opvang'), 'WGW_SEARCH_UNAVAILABLE')
    await fresh.close()
  })

  it("WGW_UNAUTHENTICATED and WGW_FORBIDDEN when publishing a scan without an account or with another municipality's", async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0344' } })
    const { id } = created.json<{ id: string }>()
    const publish = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: `/api/v1/scans/${id}/publish`, headers, payload: { version: 1 } })
    expectCode(await publish({}), 'WGW_UNAUTHENTICATED')
    expectCode(await publish((await publisher(db, municipalityOf('GM0307'))).headers), 'WGW_FORBIDDEN')
  })

  it('WGW_RATE_LIMITED after too many writes from one client, with Retry-After', async () => {
    const limited = await buildTestApp({ db, catalog, limits: { ...TEST_LIMITS, writesPerMinute: 2 } })
    const create = () => limited.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0344' } })
    expect((await create()).statusCode).toBe(201)
    expect((await create()).statusCode).toBe(201)
    const third = await create()
    expectCode(third, 'WGW_RATE_LIMITED')
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0)
    // Reads are not limited.
    expect((await limited.inject('/api/v1/parties')).statusCode).toBe(200)
    expect(toApiError({ statusCode: 429, message: 'slow down' }).code).toBe('WGW_RATE_LIMITED')
    await limited.close()
  })

  it('WGW_OVERLOADED (503, Retry-After) while the event loop lags, and normal service after', async () => {
    const busy = await buildTestApp({ db, catalog, limits: { ...TEST_LIMITS, maxEventLoopDelayMs: 50 } })
    await busy.ready()
    let shed: LightMyRequestResponse | undefined
    for (let attempt = 0; attempt < 5 && shed === undefined; attempt++) {
      const until = Date.now() + 400
      while (Date.now() < until) {
        // A stalled event loop, as a runaway computation would cause.
      }
      await new Promise((r) => setTimeout(r, 1))
      const response = await busy.inject('/api/v1/parties')
      shed = response.statusCode === 503 ? response : undefined
    }
    expect(shed, 'no 503 after stalling the event loop').toBeDefined()
    if (shed !== undefined) {
      expectCode(shed, 'WGW_OVERLOADED')
      expect(shed.headers['retry-after']).toBe('5')
    }
    let recovered = 0
    for (let i = 0; i < 40 && recovered !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50))
      recovered = (await busy.inject('/api/v1/parties')).statusCode
    }
    expect(recovered).toBe(200)
    await busy.close()
  })

  it('WGW_VALIDATION, WGW_HEADERS_TOO_LARGE and WGW_REQUEST_TIMEOUT for HTTP that never became a request', async () => {
    const server = await buildTestApp({
      db,
      catalog,
      limits: { ...TEST_LIMITS, requestTimeoutMs: 300, headersTimeoutMs: 300 },
    })
    await server.listen({ port: 0, host: '127.0.0.1' })
    const port = (server.server.address() as AddressInfo).port
    try {
      const garbage = await rawExchange(port, 'GARBAGE\r\n\r\n')
      expectRaw(garbage, 400, 'WGW_VALIDATION')
      const big = await rawExchange(
        port,
        `GET /api/v1/parties HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      )
      expectRaw(big, 431, 'WGW_HEADERS_TOO_LARGE')
      // A body that never finishes (slow-body attack): answered 408 and closed, not held open.
      const started = Date.now()
      const slow = await rawExchange(
        port,
        'POST /api/v1/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"exploit',
      )
      expectRaw(slow, 408, 'WGW_REQUEST_TIMEOUT')
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      await server.close()
    }
  })

  it('covered every code of the catalogue', () => {
    expect([...produced.keys()].sort()).toEqual(Object.keys(ERROR_CODES).sort())
  })
})
