// SPDX-License-Identifier: EUPL-1.2
// Issue 15: an API answer asked in English holds no Dutch (ADR 0038). Every GET endpoint of the
// OpenAPI document (path parameters filled from its list) and POST /route and /trajectory are asked
// with lang=en on the REAL dataset, plus Accept-Language and a few errors; every string of every
// answer is judged by the detector of the English crawl (test/helpers/dutch-text.ts) after names and
// citations are taken out. Only the `en` blocks are not judged (English by definition), and the
// fields below whose values are ids, codes, addresses or citations.
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInAmsterdam } from '../../src/domain/validity.ts'
import { Allowlist, datasetNames, dutchIn } from '../helpers/dutch-text.ts'
import { buildWebApp, nationalDataset } from '../helpers/web-app.ts'

const SCENARIOS = [
  'exploitation=sexual',
  'exploitation=labour&age=30&nationality=RO&municipality=GM0344',
  'exploitation=sexual&age=16&nationalityGroup=nl&recruitment=loverboy&municipality=GM0363',
  'exploitation=criminal&ageGroup=minor&nationalityGroup=third-country&unaccompanied=true&municipality=GM0599',
  'exploitation=sexual&exploitation=labour&nationalityGroup=third-country&residence=asylum&cooperation=undecided',
]
/** Queries that give a GET endpoint more to say than its bare list. */
const EXTRA_GETS = [
  ...SCENARIOS.map((q) => `/api/v1/route?${q}&lang=en`),
  '/api/v1/analysis?lang=en&asOf=2021-06-01',
  '/api/v1/parties?lang=en&per_page=100&page=2',
  // Every source (174), so each source note is judged, not only the first page's.
  '/api/v1/sources?lang=en&per_page=100',
  '/api/v1/sources?lang=en&per_page=100&page=2',
  ...['residence permit', 'CoMensha', 'reflection period', 'shelter for minors', 'forced labour'].map(
    (q) => `/api/v1/search?q=${encodeURIComponent(q)}&lang=en`,
  ),
]
const POSTS: readonly { url: string; body: object }[] = [
  {
    url: '/api/v1/route?lang=en',
    body: { exploitation: ['labour'], nationality: 'RO', age: 34, municipality: 'GM0344' },
  },
  {
    url: '/api/v1/trajectory?lang=en',
    body: {
      nationalityGroup: 'third-country',
      residence: 'none',
      firstSignal: '2024-01-10',
      reflectionStart: '2024-01-10',
      asOf: '2024-06-01',
    },
  },
]
/** Errors asked in English are English, the details of a refused scenario included. */
const ERRORS = [
  '/api/v1/route?exploitation=slavery&age=-4&municipality=Atlantis&lang=en',
  '/api/v1/parties/bestaat-niet?lang=en',
  '/api/v1/parties?lang=en&soort=x',
]
/** Not HTML or JSON prose: the docs page, files for download. */
const NOT_JSON = /\/(docs|openapi\.json)$|\.(csv|ics)$|\/export\//

/** Fields whose values are no prose: ids, codes, dates, addresses, search words, legal citations. */
const NOT_PROSE = new Set([
  'id',
  'code',
  'url',
  'website',
  'email',
  'number',
  'legalBasis',
  'citation',
  'page',
  'path',
  'links',
  'token',
  'publisher',
  'link',
])

/**
 * Dutch still in English answers, each with why and who; remove an entry when it is fixed (the
 * second test fails while an entry no longer occurs). Matched against "METHOD url path: «text»".
 */
const KNOWN: readonly { readonly where: RegExp; readonly why: string }[] = []

/** Ids and references between them (`overlap/opvang/coa+politie`): slugs, never prose. */
const ID = /^[a-z0-9]+(?:[-/+.:_][a-z0-9]+)*$/

/** [path, text] of every string an English answer gives as prose. */
function proseOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') {
    return ID.test(value) ? [] : [[path, value]]
  }
  if (Array.isArray(value)) {
    return value.flatMap((v) => proseOf(v, path))
  }
  if (value === null || typeof value !== 'object') {
    return []
  }
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'en' || NOT_PROSE.has(key) || (path.endsWith('.plain') && key !== 'en') ? [] : proseOf(v, `${path}.${key}`),
  )
}

interface Answer {
  readonly request: string
  readonly status: number
  readonly language: string | undefined
  readonly body: unknown
}

let app: FastifyInstance
let allow: Allowlist
const answers: Answer[] = []

async function ask(request: string, init: { method?: 'GET' | 'POST'; body?: object; headers?: object } = {}) {
  const [method, url] = [init.method ?? 'GET', request]
  const res = await app.inject({
    method,
    url,
    ...(init.body === undefined ? {} : { payload: init.body }),
    headers: { ...init.headers },
  })
  const language = res.headers['content-language']
  answers.push({
    request: `${method} ${url}`,
    status: res.statusCode,
    language: typeof language === 'string' ? language : undefined,
    body: JSON.parse(res.body) as unknown,
  })
}

/** Every GET path of the OpenAPI document, its {parameter} filled with the first id of its list. */
async function getUrls(): Promise<string[]> {
  const doc = (await app.inject('/api/v1/openapi.json')).json<{ paths: Record<string, object> }>()
  const urls: string[] = []
  for (const [path, operations] of Object.entries(doc.paths)) {
    const url = `/api/v1${path}`
    if (!('get' in operations) || NOT_JSON.test(path) || path.startsWith('/api/hsds')) {
      continue
    }
    const param = /\{[^}]+\}/.exec(path)
    if (param === null) {
      urls.push(`${url}?lang=en`)
      continue
    }
    const list = (await app.inject(`/api/v1${path.slice(0, param.index - 1)}`)).json<{
      items?: { id?: string; code?: string }[]
    }>()
    const first = list.items?.[0]
    // Scans are private by token: the 404 is asked, in English.
    urls.push(`${url.replace(param[0], first?.id ?? first?.code ?? 'unknown')}?lang=en`)
  }
  return urls
}

beforeAll(async () => {
  const dataset = nationalDataset()
  app = await buildWebApp(dataset, todayInAmsterdam())
  allow = new Allowlist(datasetNames(dataset))
  for (const url of [...(await getUrls()), ...EXTRA_GETS, ...ERRORS]) {
    await ask(url)
  }
  for (const { url, body } of POSTS) {
    await ask(url, { method: 'POST', body })
  }
  await ask('/api/v1/parties/comensha', { headers: { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' } })
  await ask('/api/v1/route?exploitation=labour', { headers: { 'accept-language': 'en' } })
  await ask('/api/v1/route?age=200', { headers: { 'accept-language': 'en-US,en;q=0.8' } })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('English API answers (issue 15, ADR 0038)', () => {
  it('answer every GET endpoint, POST /route and /trajectory and say so with Content-Language', () => {
    expect(answers.length).toBeGreaterThan(40)
    const wrong = answers
      .filter((a) => (a.status < 400 ? a.status !== 200 || a.language !== 'en' : a.language !== 'en'))
      .map((a) => `${a.request}: ${a.status} ${a.language ?? '(no Content-Language)'}`)
    expect(wrong).toEqual([])
    expect(answers.filter((a) => a.status >= 400).length).toBeGreaterThanOrEqual(ERRORS.length)
  })

  it('hold no Dutch beyond names, citations and the known cases, errors included', () => {
    let checked = 0
    const dutch: string[] = []
    for (const a of answers) {
      for (const [path, text] of proseOf(a.body)) {
        checked += 1
        const words = dutchIn(allow.strip(text))
        if (words.length > 0) {
          dutch.push(
            `${a.request} ${path}: «${text.length > 140 ? `${text.slice(0, 137)}…` : text}» [${words.join(' ')}]`,
          )
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000)
    const unknown = [...new Set(dutch)].filter((d) => !KNOWN.some((k) => k.where.test(d)))
    expect(unknown).toEqual([])
    for (const known of KNOWN) {
      expect(
        dutch.some((d) => known.where.test(d)),
        `${String(known.where)} no longer occurs: remove it from KNOWN`,
      ).toBe(true)
    }
  })
})
