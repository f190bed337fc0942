// SPDX-License-Identifier: EUPL-1.2
// Issue 15: what the API says is English is English. The GET endpoints that take `lang` (route,
// analysis, search) are asked in English on the REAL dataset; every text the answer gives in the
// answer language (message, question, label), every `…En` field, every `en` object and every search
// hit marked English must hold no Dutch beyond names and citations (test/helpers/dutch-text.ts).
// The records' own Dutch fields (description, role …) stay Dutch by design: the API gives both
// languages side by side (ADR 0027), so they are not checked here.
import type { FastifyInstance } from 'fastify'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { todayInAmsterdam } from '../../src/domain/validity.ts'
import { Allowlist, dutchIn } from '../helpers/dutch-text.ts'
import { buildWebApp } from '../helpers/web-app.ts'

const SCENARIOS = [
  'exploitation=sexual',
  'exploitation=labour&age=30&nationality=RO&municipality=GM0344',
  'exploitation=sexual&age=16&nationalityGroup=nl&recruitment=loverboy&municipality=GM0363',
  'exploitation=criminal&ageGroup=minor&nationalityGroup=third-country&unaccompanied=true&municipality=GM0599',
  'exploitation=sexual&exploitation=labour&nationalityGroup=third-country&residence=asylum&cooperation=undecided',
]
const ANSWERS = [
  ...SCENARIOS.map((q) => `/api/v1/route?${q}&lang=en`),
  '/api/v1/analysis?lang=en',
  '/api/v1/analysis?lang=en&asOf=2021-06-01',
  ...['residence permit', 'CoMensha', 'reflection period', 'shelter for minors', 'forced labour'].map(
    (q) => `/api/v1/search?q=${encodeURIComponent(q)}&lang=en`,
  ),
]

/** Keys whose text is in the answer language (src/server/api/language.ts). */
const ANSWER_LANGUAGE_KEYS = new Set(['message', 'question', 'label'])

/**
 * Known Dutch in English answers, each with its owner; remove an entry when it is fixed. A path is
 * the JSON path with array indexes left out.
 */
const KNOWN: readonly { readonly path: RegExp; readonly why: string }[] = [
  {
    path: /^\.rights\.limits\.label$/,
    why: "a right's limit label is a dataset text beside its `en`; the route JSON gives the Dutch label (route/i18n)",
  },
  {
    path: /^\.warnings\.message$/,
    why: 'route.warning.derived/unverified list their parts as "party (aspect)" labels the engine builds from Dutch aspect names (src/domain/route/warnings.ts; i18n/route)',
  },
]

interface Hit {
  readonly url: string
  readonly path: string
  readonly text: string
  readonly words: readonly string[]
}

/** The English texts of an answer: [path, text] for every string the answer gives as English. */
function englishTexts(value: unknown, path = '', english = false): [string, string][] {
  if (typeof value === 'string') {
    return english ? [[path, value]] : []
  }
  if (Array.isArray(value)) {
    return value.flatMap((v) => englishTexts(v, path, english))
  }
  if (value === null || typeof value !== 'object') {
    return []
  }
  const record = value as Record<string, unknown>
  return Object.entries(record).flatMap(([key, v]) => {
    const marked =
      english ||
      key === 'en' ||
      key.endsWith('En') ||
      ANSWER_LANGUAGE_KEYS.has(key) ||
      (key === 'title' && record['titleLang'] === 'en') ||
      (key === 'snippet' && record['snippetLang'] === 'en')
    return englishTexts(v, `${path}.${key}`, marked)
  })
}

function allowedNames(dataset: Dataset): string[] {
  return [
    ...dataset.parties.flatMap((p) => [p.name, p.shortName ?? '']),
    ...dataset.municipalities.flatMap((m) => [m.name, ...(m.aliases ?? []).map((a) => a.name)]),
    ...dataset.regions.map((r) => r.name),
    ...dataset.sources.flatMap((s) => [s.title, s.publisher ?? '']),
  ]
}

let app: FastifyInstance
let hits: Hit[]
let checked = 0

beforeAll(async () => {
  const dataset = loadDataset(fileURLToPath(new URL('../../data', import.meta.url))).dataset
  app = await buildWebApp(dataset, todayInAmsterdam())
  const allow = new Allowlist(allowedNames(dataset))
  hits = []
  for (const url of ANSWERS) {
    const res = await app.inject(url)
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200)
    for (const [path, text] of englishTexts(JSON.parse(res.body))) {
      checked += 1
      const words = dutchIn(allow.strip(text))
      if (words.length > 0) {
        hits.push({ url, path, text: text.length > 140 ? `${text.slice(0, 137)}…` : text, words })
      }
    }
  }
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('English API answers (issue 15)', () => {
  it('hold no Dutch in what they give as English, beyond the known cases', () => {
    expect(checked).toBeGreaterThan(1000)
    const unknown = hits
      .filter((h) => !KNOWN.some((k) => k.path.test(h.path)))
      .map((h) => `${h.url} ${h.path}: «${h.text}» [${h.words.join(' ')}]`)
    expect(unknown).toEqual([])
  })

  it('still have each known case (so a fixed one leaves the list)', () => {
    for (const known of KNOWN) {
      expect(
        hits.some((h) => known.path.test(h.path)),
        `${String(known.path)} no longer occurs: remove it from KNOWN`,
      ).toBe(true)
    }
  })
})
