// SPDX-License-Identifier: EUPL-1.2
// Robustness: random and malformed query strings, path segments, headers and bodies against every
// GET endpoint of the API and POST /route. Every answer must be 200/201/304, or a 4xx in the one
// error shape — never a 5xx, never a crash. 10,000 cases per engine (SQLite and PostgreSQL).
import fc from 'fast-check'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { expect, it } from 'vitest'
import { describeEachEngine, type EngineUnderTest } from '../helpers/databases.ts'
import { useApiApp } from '../helpers/api-app.ts'

const CASES = { sqlite: { get: 7_000, post: 3_000 }, postgresql: { get: 7_000, post: 3_000 } } as const

interface Endpoint {
  /** The API scope the path is relative to: /api/v1, or a path-level server (the HSDS API). */
  readonly base: string
  readonly path: string
  readonly params: readonly string[]
}

/** GET endpoints from the served OpenAPI document, so a new route is fuzzed without editing this file. */
async function getEndpoints(app: FastifyInstance): Promise<Endpoint[]> {
  const doc = (await app.inject('/api/v1/openapi.json')).json<{
    paths: Record<string, { get?: { parameters?: { name: string; in: string }[] }; servers?: { url: string }[] }>
  }>()
  return Object.entries(doc.paths).flatMap(([path, ops]) => {
    const get = ops.get
    const base = ops.servers?.[0]?.url ?? '/api/v1'
    return get === undefined
      ? []
      : [{ base, path, params: (get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) }]
  })
}

const KNOWN_VALUES = [
  'sexual',
  'labour',
  'criminal',
  'organ-removal',
  'GM0344',
  'gm0344',
  'GM9999',
  'A',
  'B',
  'E',
  'signaleren',
  'nl-minor',
  'riec-midden-nederland',
  'true',
  'false',
  '0',
  '1',
  '-1',
  '17',
  '120',
  '121',
  '100',
  '101',
  '2024-06-01',
  '2025-02-30',
  'NL',
  'RO',
  'XX',
  'minor',
  'adult',
  'sourced',
] as const

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...KNOWN_VALUES),
  fc.bigInt().map(String),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%zz',
    '%E0%A4%A',
    '%00',
    '%FF%FE',
    '..%2F..%2Fetc%2Fpasswd',
    'a[b]=c',
    '__proto__',
    'constructor',
    '{"a":1}',
    '[1,2]',
    'null',
    'NaN',
    'Infinity',
    '1e309',
    '9'.repeat(400),
  ),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
)

/** A raw query component: usually encoded, sometimes injected as-is to exercise the parser. */
const component = fc
  .tuple(nasty, fc.boolean())
  .map(([s, raw]) => (raw ? s.replace(/[#\s]/g, '') : encodeURIComponent(s)))

function queryFor(endpoint: Endpoint) {
  const key = endpoint.params.length > 0 ? fc.oneof(fc.constantFrom(...endpoint.params), component) : component
  const separator = fc.constantFrom('&', '&', '&', ';', '&&')
  return fc
    .tuple(fc.array(fc.tuple(key, component, fc.boolean()), { maxLength: 8 }), separator)
    .map(([pairs, sep]) => pairs.map(([k, v, bare]) => (bare && v === '' ? k : `${k}=${v}`)).join(sep))
}

const segment = fc.oneof(
  fc.constantFrom(
    'politie',
    'GM0344',
    'A',
    'labour',
    'signaleren',
    'bedenktijd',
    'kst-28638-128',
    'eu-minor',
    'x'.repeat(200),
  ),
  component,
)

const headers = fc.record(
  {
    accept: fc.oneof(
      fc.constantFrom('application/json', '*/*', 'text/html', 'text/csv', 'application/*;q=0', 'garbage'),
      fc.string({ maxLength: 30 }),
    ),
    'if-none-match': fc.oneof(fc.constant('*'), fc.string({ maxLength: 40 })),
    origin: fc.constant('https://example.org'),
  },
  { requiredKeys: [] },
)

/** Header values must be visible ASCII for Node's HTTP layer; inject enforces the same. */
const printable = (h: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(h).filter(([, v]) => /^[\x20-\x7e]*$/.test(v)))

function getRequest(endpoints: readonly Endpoint[]) {
  return fc.constantFrom(...endpoints).chain((endpoint) =>
    fc
      .record({
        base: fc.constant(endpoint.base),
        path: fc.constant(endpoint.path),
        id: segment,
        query: queryFor(endpoint),
        headers: fc.oneof({ arbitrary: fc.constant({}), weight: 4 }, { arbitrary: headers, weight: 1 }),
      })
      .map(({ base, path, id, query, headers: h }): InjectOptions => ({
        method: 'GET',
        url: `${base}${path.replace(/\{[^}]+\}/g, id)}${query === '' ? '' : `?${query}`}`,
        headers: printable(h),
      })),
  )
}

const scenarioLike = fc.record(
  {
    exploitation: fc.oneof(
      fc.constant(['labour']),
      fc.array(fc.constantFrom('sexual', 'labour', 'criminal', 'organ-removal', 'x'), { maxLength: 5 }),
      fc.anything(),
    ),
    age: fc.oneof(fc.integer({ min: -5, max: 130 }), fc.double(), fc.string(), fc.constant(null)),
    ageGroup: fc.oneof(fc.constantFrom('minor', 'adult'), fc.anything()),
    nationality: fc.oneof(fc.constantFrom('NL', 'ro', 'XX', 'NLD'), fc.anything()),
    residence: fc.oneof(fc.constantFrom('lawful', 'none', 'asylum', 'dublin', 'detained'), fc.anything()),
    unaccompanied: fc.oneof(fc.boolean(), fc.anything()),
    municipality: fc.oneof(fc.constantFrom('GM0344', 'gm0307', 'GM9999'), fc.anything()),
    asOf: fc.oneof(fc.constantFrom('2024-06-01', '2020-01-01', '2025-02-30', '1-1-2020'), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
)

/** Scenarios that are valid, so the property also covers the 200 path with real routes. */
const validScenario = fc.record(
  {
    exploitation: fc.subarray(['sexual', 'labour', 'criminal', 'organ-removal'], { minLength: 1 }),
    age: fc.integer({ min: 0, max: 120 }),
    nationality: fc.constantFrom('NL', 'RO', 'PL', 'NG', 'VN', 'ua'),
    gender: fc.constantFrom('female', 'male', 'x'),
    cooperation: fc.constantFrom('undecided', 'reporting', 'cooperating-otherwise', 'unable', 'declined'),
    recruitment: fc.constantFrom('loverboy', 'other'),
    municipality: fc.constantFrom('GM0344', 'gm0307'),
    asOf: fc.constantFrom('2015-06-01', '2020-01-01', '2024-06-01', '2030-12-31'),
  },
  { requiredKeys: ['exploitation'] },
)

const deep = fc.nat({ max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n))

const body = fc.oneof(
  validScenario.map((v) => ({ type: 'application/json', payload: JSON.stringify(v) })),
  scenarioLike.map((v) => ({ type: 'application/json', payload: JSON.stringify(v) })),
  fc.anything().map((v) => ({ type: 'application/json', payload: JSON.stringify(v) ?? 'undefined' })),
  fc.json().map((s) => ({ type: 'application/json', payload: s.slice(0, Math.max(0, s.length - 1)) })),
  fc.string().map((s) => ({ type: 'application/json', payload: s })),
  deep.map((s) => ({ type: 'application/json', payload: s })),
  fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        '',
        'garbage',
        'application/json; charset=latin1',
      ),
      fc.string(),
    )
    .map(([type, payload]) => ({ type, payload })),
  fc.nat({ max: 200_000 }).map((n) => ({
    type: 'application/json',
    payload: JSON.stringify({ exploitation: ['labour'], pad: 'x'.repeat(n) }),
  })),
)

function postRequest() {
  return fc
    .tuple(body, fc.oneof(fc.constant(''), queryFor({ base: '/api/v1', path: '/route', params: ['exploitation'] })))
    .map(([b, query]): InjectOptions => ({
      method: 'POST',
      url: `/api/v1/route${query === '' ? '' : `?${query}`}`,
      headers: b.type === '' ? {} : { 'content-type': b.type },
      payload: b.payload,
    }))
}

async function answersWell(app: FastifyInstance, request: InjectOptions, seen: Map<string, number>): Promise<void> {
  const response = await app.inject(request)
  const status = response.statusCode
  const key = status >= 400 ? `${status} ${response.json<{ error: { code: string } }>().error.code}` : String(status)
  seen.set(key, (seen.get(key) ?? 0) + 1)
  const where = `${request.method} ${String(request.url).slice(0, 200)} → ${status} ${response.body.slice(0, 200)}`
  expect([200, 201, 304].includes(status) || (status >= 400 && status < 500), where).toBe(true)
  if (status >= 400) {
    const error = response.json<{
      error: { code: string; message: string; details: { path: string; message: string }[] }
    }>().error
    expect(error.code, where).toMatch(/^WGW_[A-Z_]+$/)
    expect(typeof error.message, where).toBe('string')
    expect(
      error.details.every((d) => typeof d.path === 'string' && typeof d.message === 'string'),
      where,
    ).toBe(true)
  }
}

describeEachEngine('API robustness (fuzz)', (t: EngineUnderTest) => {
  const app = useApiApp(t)
  const counts = CASES[t.engine]

  it(`answers ${counts.get} random GET requests with 2xx/304 or a 4xx in the error shape`, async () => {
    const endpoints = await getEndpoints(app())
    expect(endpoints.length).toBeGreaterThan(20)
    const seen = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(getRequest(endpoints), (request) => answersWell(app(), request, seen)),
      { numRuns: counts.get, seed: 20261129 },
    )
    console.info(`[fuzz ${t.engine}] ${counts.get} GET cases:`, Object.fromEntries([...seen].sort()))
    // The generators must reach both valid and invalid requests, or the property proves little.
    expect(seen.get('200') ?? 0).toBeGreaterThan(counts.get / 50)
    expect(seen.get('400 WGW_VALIDATION') ?? 0).toBeGreaterThan(counts.get / 10)
    expect(seen.get('404 WGW_NOT_FOUND') ?? 0).toBeGreaterThan(0)
  }, 600_000)

  it(`answers ${counts.post} random POST /route bodies with 200 or a 4xx in the error shape`, async () => {
    const seen = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(postRequest(), (request) => answersWell(app(), request, seen)),
      { numRuns: counts.post, seed: 20261129 },
    )
    console.info(`[fuzz ${t.engine}] ${counts.post} POST /route cases:`, Object.fromEntries([...seen].sort()))
    for (const key of [
      '200',
      '400 WGW_VALIDATION',
      '400 WGW_BAD_JSON',
      '413 WGW_BODY_TOO_LARGE',
      '415 WGW_UNSUPPORTED_MEDIA_TYPE',
    ]) {
      expect(seen.get(key) ?? 0, key).toBeGreaterThan(0)
    }
  }, 600_000)
})
