// SPDX-License-Identifier: EUPL-1.2
// Issue 16, one test per threat that is not covered by a test of its own elsewhere (see
// docs/security.md for the list): the log, the language switch, security headers, HEAD, the
// SQLite durability setting, the OpenAPI contract check itself and the connection cap.
import { mkdtempSync, rmSync } from 'node:fs'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readCatalog } from '../../src/data/catalog/index.ts'
import type { Catalog } from '../../src/domain/catalog/index.ts'
import { buildApp } from '../../src/server/app.ts'
import { registerRequestLog, withoutRequestLogging } from '../../src/server/logging.ts'
import { contractViolation } from '../helpers/api-contract.ts'
import { leaks, recordSecrets, watchLog } from '../helpers/log-capture.ts'
import { buildTestApp, TEST_LIMITS } from '../helpers/test-app.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
let catalog: Catalog
let app: FastifyInstance

beforeAll(async () => {
  await migrateOrThrow(db)
  await importDataset(db, FIXTURE_DIR)
  catalog = await readCatalog(db)
  app = await buildTestApp({ db, catalog })
})
afterAll(async () => {
  await app.close()
  await db.destroy()
})

const ROUTE_QUERY = 'exploitation=sexual&age=16&nationality=NL&municipality=GM0344'

describe('the request log (item 5)', () => {
  it('holds method, route pattern, status and duration, never the URL, query or a scan key', async () => {
    const watch = watchLog()
    const logged = await buildApp({
      db,
      catalog,
      limits: TEST_LIMITS,
      logger: watch.logger,
      instrument: (instance) => recordSecrets(instance, watch),
    })
    await logged.inject(`/api/v1/route?${ROUTE_QUERY}`)
    await logged.inject(`/route?${ROUTE_QUERY}`)
    await logged.inject(
      '/api/v1/trajectory.ics?nationalityGroup=third-country&residence=none&reflectionStart=2014-01-31',
    )
    const created = await logged.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0344' } })
    const { id } = created.json<{ id: string }>()
    await logged.inject(`/api/v1/scans/${id}`)
    await logged.inject(`/basisniveau/scan/${id}`)
    await logged.close()
    const requests = watch.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l['msg'] === 'request')
    expect(requests.map((l) => [l['method'], l['route'], l['status']])).toEqual([
      ['GET', '/api/v1/route', 200],
      ['GET', '/route', 200],
      ['GET', '/api/v1/trajectory.ics', 200],
      ['POST', '/api/v1/scans', 201],
      ['GET', '/api/v1/scans/:id', 200],
      ['GET', '/basisniveau/scan/:token', 200],
    ])
    expect(watch.secrets.has(id)).toBe(true)
    expect(watch.secrets.has('nationality=NL')).toBe(true)
    expect(leaks(watch)).toEqual([])
  })

  it('catches what Fastify logs by default (the check can fail)', async () => {
    const watch = watchLog()
    const plain = Fastify({
      logger: { level: 'info', stream: { write: (line: string) => void watch.lines.push(line) } },
    })
    recordSecrets(plain, watch)
    plain.get('/route', async () => 'ok')
    await plain.inject(`/route?${ROUTE_QUERY}`)
    await plain.close()
    expect(leaks(watch).join('\n')).toContain('nationality=NL')
  })

  it('the request log of buildApp replaces that default', async () => {
    const watch = watchLog()
    const quiet = Fastify({ logger: watch.logger, logController: withoutRequestLogging() })
    registerRequestLog(quiet)
    recordSecrets(quiet, watch)
    quiet.get('/route', async () => 'ok')
    await quiet.inject(`/route?${ROUTE_QUERY}`)
    await quiet.close()
    expect(watch.lines).toHaveLength(1)
    expect(leaks(watch)).toEqual([])
  })
})

describe('the language switch (item 6)', () => {
  const switchHref = (html: string): string | undefined =>
    /<a class="utrecht-link wgw-header__lang" href="([^"]*)"/.exec(html)?.[1]

  it.each(['/en//evil.example', '/en/\\evil.example', '/en/%2F%2Fevil.example', '//evil.example', '/%5Cevil.example'])(
    '%s links to a page of this site only',
    async (url) => {
      const response = await app.inject(url)
      const href = switchHref(response.body) ?? ''
      expect(href.startsWith('/'), href).toBe(true)
      expect(href).not.toMatch(/^\/[/\\]|evil/)
      expect(response.body).not.toMatch(/href="[/\\]{2}/)
    },
  )

  it('keeps the page and its query on a matched route, with parameters encoded', async () => {
    expect(switchHref((await app.inject('/en/organisations?fase=A')).body)).toBe('/organisaties?fase=A')
    expect(switchHref((await app.inject('/organisaties/politie')).body)).toBe('/en/organisations/politie')
  })
})

describe('security headers (item 8)', () => {
  it.each([
    ['/api/v1/parties', 'application/json'],
    ['/api/v1/scans.csv', 'text/csv'],
    [
      '/api/v1/trajectory.ics?nationalityGroup=third-country&residence=none&reflectionStart=2014-01-31',
      'text/calendar',
    ],
    ['/api/v1/nope', 'application/json'],
    ['/health', 'application/json'],
  ])('%s (%s) has nosniff, a CSP with frame-ancestors and no framing', async (url, type) => {
    const response = await app.inject(url)
    expect(String(response.headers['content-type'])).toContain(type)
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'none'")
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('sends HSTS only over HTTPS, which behind a proxy counts only when TRUST_PROXY trusts it', async () => {
    const https = { 'x-forwarded-proto': 'https' }
    expect((await app.inject({ url: '/api/v1/parties', headers: https })).headers['strict-transport-security']).toBe(
      undefined,
    )
    const proxied = await buildTestApp({ db, catalog, trustProxy: true })
    for (const url of ['/api/v1/parties', '/', '/api/v1/nope']) {
      const response = await proxied.inject({ url, headers: https })
      expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains')
    }
    await proxied.close()
  })

  it('keeps a victim’s facts in the URL out of every cache: GET /api/v1/route, the route page and the planner', async () => {
    for (const url of [
      `/api/v1/route?${ROUTE_QUERY}`,
      `/route?${ROUTE_QUERY}`,
      '/b8-planner?nationaliteit=derde-land&verblijf=geen&signaal=2014-01-31',
      '/api/v1/trajectory.ics?nationalityGroup=third-country&residence=none&reflectionStart=2014-01-31',
    ]) {
      expect(String((await app.inject(url)).headers['cache-control']), url).toMatch(/private|no-store/)
    }
  })
})

describe('HEAD (item 9)', () => {
  it('gets no body from the application either, for errors too', async () => {
    for (const url of ['/api/v1/nope', '/api/v2/x', '/nope', '/api/v1/route', '/api/v1/parties']) {
      const response = await app.inject({ method: 'HEAD', url })
      expect(response.body, url).toBe('')
    }
  })

  it('never gets a body over real HTTP, whatever the status', async () => {
    const server = await buildTestApp({ db, catalog })
    await server.listen({ port: 0, host: '127.0.0.1' })
    const port = (server.server.address() as AddressInfo).port
    try {
      for (const url of ['/api/v1/parties', '/api/v1/nope', '/api/v2/x', '/', '/nope', '/api/v1/route']) {
        const answer = await new Promise<string>((resolve) => {
          const socket = connect(port, '127.0.0.1', () =>
            socket.write(`HEAD ${url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
          )
          let text = ''
          socket.setEncoding('utf8')
          socket.on('data', (chunk: string) => {
            text += chunk
          })
          socket.on('close', () => resolve(text))
        })
        expect(answer, url).toMatch(/^HTTP\/1\.1 \d{3} /)
        expect(answer.slice(answer.indexOf('\r\n\r\n') + 4), url).toBe('')
      }
    } finally {
      await server.close()
    }
  })
})

describe('SQLite durability (item 11)', () => {
  it('commits with synchronous=FULL, also when the file is reopened in WAL mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wgw-sync-'))
    try {
      const file = join(dir, 'x.sqlite')
      for (let open = 0; open < 2; open++) {
        const sqlite = openDatabase({ engine: 'sqlite', file })
        const { rows } = await sqlite.executeQuery<{ synchronous: number }>({
          sql: 'pragma synchronous',
          parameters: [],
          query: { kind: 'RawNode', sqlFragments: [], parameters: [] } as never,
          queryId: { queryId: 'sync' },
        })
        expect(rows[0]?.synchronous, `open ${open + 1}`).toBe(2)
        await sqlite.destroy()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the connection cap (item 7)', () => {
  it('closes connections beyond MAX_CONNECTIONS at once', async () => {
    const capped = await buildTestApp({ db, catalog, limits: { ...TEST_LIMITS, maxConnections: 2 } })
    await capped.listen({ port: 0, host: '127.0.0.1' })
    const port = (capped.server.address() as AddressInfo).port
    const open = () =>
      new Promise<{ closedEarly: boolean; socket: ReturnType<typeof connect> }>((resolve) => {
        const socket = connect(port, '127.0.0.1')
        const timer = setTimeout(() => resolve({ closedEarly: false, socket }), 500)
        socket.on('close', () => {
          clearTimeout(timer)
          resolve({ closedEarly: true, socket })
        })
        socket.on('error', () => undefined)
      })
    try {
      const results = [await open(), await open(), await open()]
      expect(results.map((r) => r.closedEarly)).toEqual([false, false, true])
      for (const r of results) {
        r.socket.destroy()
      }
    } finally {
      await capped.close()
    }
  })
})

describe('the OpenAPI contract check (item 10)', () => {
  it('accepts documented responses and names what differs', () => {
    const error = '{"error":{"code":"WGW_NOT_FOUND","message":"x","details":[]}}'
    expect(contractViolation('GET', '/api/v1/parties/:id', 404, 'application/json; charset=utf-8', error)).toBe(
      undefined,
    )
    expect(contractViolation('POST', '/api/v1/scans', 200, 'application/json', '{}')).toMatch(/status not listed/)
    expect(contractViolation('GET', '/api/v1/scans/overview', 200, 'application/json', '{"by":"riec"}')).toMatch(
      /does not match the documented schema/,
    )
    expect(contractViolation('GET', '/api/v1/scans.csv', 200, 'application/json', '[]')).toMatch(/content type/)
    expect(contractViolation('GET', undefined, 404, 'text/html', '<p>')).toMatch(/JSON error shape/)
    expect(contractViolation('DELETE', '/api/v1/parties', 200, 'application/json', '{}')).toMatch(/not in the OpenAPI/)
  })
})
