// SPDX-License-Identifier: EUPL-1.2
// Issue 22 item 3, "done means": English route, planner and analysis output contains no Dutch
// engine text — in the CLI (--lang en), the API (lang=en) and the English pages, on the national
// dataset. Two checks, both limited to what the engine says (dataset texts are issue 15's):
// 1. every engine message the output holds has no Dutch words once its parameters (names, dates,
//    dataset texts) are taken out;
// 2. no engine message of the same answer appears in its Dutch wording, and no Dutch heading of
//    the CLI appears in the English CLI output.
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { buildCatalog, type Catalog } from '../../src/domain/catalog/index.ts'
import type { Message } from '../../src/domain/message.ts'
import { computeRoute, parseScenario } from '../../src/domain/route/index.ts'
import { parseTrajectoryInput, planTrajectory } from '../../src/domain/trajectory/index.ts'
import { messages, render } from '../../src/messages/catalogue.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { decodeEntities, dutchIn } from '../helpers/dutch-text.ts'
import { buildWebApp } from '../helpers/web-app.ts'

const DATA = fileURLToPath(new URL('../../data', import.meta.url))
const TODAY = '2026-12-07'

const ROUTES = [
  { age: 16, nationality: 'NL', exploitation: ['sexual'], recruitment: 'loverboy', municipality: 'GM0344' },
  { age: 34, nationality: 'RO', exploitation: ['labour'], municipality: 'GM0363' },
  { exploitation: ['criminal', 'labour'] },
]

const PLANS = [
  { nationality: 'CN', residence: 'none', exploitation: ['labour'], reflectionStart: '2025-03-10', asOf: '2025-06-20' },
  {
    nationalityGroup: 'third-country',
    residence: 'none',
    firstSignal: '2024-01-10',
    reflectionStart: '2024-01-10',
    reflectionEnd: '2024-02-20',
    reflectionEndReason: 'reported',
    report: '2024-02-20',
    permitGranted: '2024-02-21',
    renewals: ['2025-02-10'],
    caseOutcome: 'acquittal',
    caseOutcomeDate: '2025-10-01',
    asOf: '2026-01-05',
  },
  { nationality: 'NG', residence: 'dublin', report: '2025-01-10', exploitation: ['sexual'], asOf: '2025-02-01' },
  { nationality: 'CN', cooperation: 'unable', permitGranted: '2024-03-01', asOf: '2025-06-01' },
  { nationality: 'CN', witness: true, report: '2024-03-01', asOf: '2024-06-01' },
  { nationalityGroup: 'nl' },
  { nationalityGroup: 'eu' },
  {},
]

/** Every engine message (code and params) anywhere in a value. */
function messagesIn(value: unknown, out: Message[] = []): Message[] {
  if (Array.isArray(value)) {
    value.forEach((v) => messagesIn(v, out))
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.code === 'string' && /^(route|analysis|trajectory)\./.test(o.code) && typeof o.params === 'object') {
      out.push({ code: o.code, params: o.params as object })
    }
    Object.values(o).forEach((v) => messagesIn(v, out))
  }
  return out
}

/** The strings among a message's parameters (names, dates, dataset texts), nested lists included. */
function paramStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value]
  }
  if (Array.isArray(value)) {
    return value.flatMap(paramStrings)
  }
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(paramStrings) : []
}

/** The engine's own words of a rendered message: its parameters taken out, longest first. */
function engineWords(text: string, params: object): string {
  return paramStrings(params)
    .filter((s) => s.length > 1)
    .sort((a, b) => b.length - a.length)
    .reduce((t, s) => t.split(s).join(' '), text)
}

/** Messages whose English text (`message`) holds Dutch words once the parameters are out. */
function dutchMessages(body: unknown): string[] {
  const found: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk)
    } else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (typeof o.code === 'string' && typeof o.message === 'string' && typeof o.params === 'object') {
        const dutch = dutchIn(engineWords(o.message, o.params as object))
        if (dutch.length > 0) {
          found.push(`${o.code}: ${o.message} [${dutch.join(', ')}]`)
        }
      }
      Object.values(o).forEach(walk)
    }
  }
  walk(body)
  return found
}

/**
 * The Dutch wording of each message that English words differently (the texts that must not show).
 * Wordings of one or two words are facet labels ("arbeidsuitbuiting") that Dutch dataset prose
 * also holds; the API check above covers them as messages.
 */
function dutchWordings(list: readonly Message[]): string[] {
  return [
    ...new Set(
      list
        .map((m) => render('nl', m))
        .filter((nl, i) => {
          const m = list[i]
          return m !== undefined && nl !== render('en', m) && nl.split(' ').length >= 3
        }),
    ),
  ]
}

/** The fixed words of the Dutch CLI catalogue that English says differently (phrases of four words or more). */
function dutchCliWords(): string[] {
  const leaves = (nl: unknown, en: unknown): string[] =>
    typeof nl === 'string'
      ? nl !== en && nl.split(' ').length >= 4
        ? [nl]
        : []
      : nl !== null && typeof nl === 'object'
        ? Object.entries(nl).flatMap(([k, v]) => leaves(v, (en as Record<string, unknown>)[k]))
        : []
  return leaves(messages('nl').cli, messages('en').cli)
}

/** The texts (`message`) of the engine messages in an API answer. */
function messageTexts(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap(messageTexts)
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    const own = typeof o.code === 'string' && typeof o.message === 'string' ? [o.message] : []
    return [...own, ...Object.values(o).flatMap(messageTexts)]
  }
  return []
}

/**
 * Which of the texts the output shows. Parts a page marks as Dutch (lang="nl") are dataset texts
 * without an English version yet (issue 15's), not engine text, and are left out.
 */
function shownIn(output: string, texts: readonly string[]): string[] {
  const plain = decodeEntities(output.replace(/<(\w+)[^>]*\slang="nl"[^>]*>[\s\S]*?<\/\1>/g, ' '))
  return texts.filter((t) => plain.includes(t))
}

async function cli(args: string[], stdin?: unknown): Promise<string> {
  const io = captureIo(stdin === undefined ? {} : { stdin: JSON.stringify(stdin) })
  const code = await main([...args, '--data', DATA], io)
  expect(code, io.stderr.join('\n')).toBe(0)
  return io.stdout.join('\n')
}

const query = (input: Record<string, unknown>): string =>
  new URLSearchParams(
    Object.entries(input).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, String(x)]) : [[k, String(v)]])),
  ).toString()

let app: FastifyInstance
let catalog: Catalog
beforeAll(async () => {
  const dataset = loadDataset(DATA).dataset
  catalog = buildCatalog(dataset)
  app = await buildWebApp(dataset, TODAY)
}, 120_000)
afterAll(async () => {
  await app.close()
})

describe('English route output has no Dutch engine text', () => {
  it.each(ROUTES)('route %j: API lang=en, /en/route and route --lang en', async (scenario) => {
    const index = catalog.routeIndex
    const parsed = parseScenario(scenario, {
      municipalities: index.municipalities,
      names: index.municipalityNames,
      today: TODAY,
    })
    if (!parsed.ok) {
      throw new Error(JSON.stringify(parsed.errors))
    }
    const dutch = dutchWordings(messagesIn(computeRoute(index, parsed.scenario)))
    expect(dutch.length).toBeGreaterThan(0)

    const api = await app.inject(`/api/v1/route?${query(scenario)}&lang=en`)
    expect(api.statusCode).toBe(200)
    expect(dutchMessages(api.json())).toEqual([])
    expect(messageTexts(api.json()).filter((t) => dutch.includes(t))).toEqual([])

    const page = await app.inject(`/en/route?${query(scenario)}`)
    expect(page.statusCode).toBe(200)
    expect(shownIn(page.body, dutch)).toEqual([])

    const text = await cli(['route', '--lang', 'en', '--full'], scenario)
    expect(shownIn(text, [...dutch, ...dutchCliWords()])).toEqual([])
    const json = JSON.parse(await cli(['route', '--lang', 'en', '--json'], scenario)) as unknown
    expect(dutchMessages(json)).toEqual([])
  })
})

describe('English analysis output has no Dutch engine text', () => {
  it('API lang=en, /en/analysis and analyse --lang en (top and --all)', async () => {
    const dutch = dutchWordings(messagesIn(catalog.analysis(TODAY).analysis))
    expect(dutch.length).toBeGreaterThan(0)

    const api = await app.inject(`/api/v1/analysis?asOf=${TODAY}&lang=en`)
    expect(api.statusCode).toBe(200)
    expect(dutchMessages(api.json())).toEqual([])
    expect(messageTexts(api.json()).filter((t) => dutch.includes(t))).toEqual([])
    const slices = Object.values(messages('nl').analysis.slices)
    const names = (api.json() as { heatmap: { slices: { name: string }[] } }).heatmap.slices.map((x) => x.name)
    expect(names.filter((n) => slices.includes(n))).toEqual([])

    const page = await app.inject(`/en/analysis?datum=${TODAY}`)
    expect(page.statusCode).toBe(200)
    expect(shownIn(page.body, [...dutch, ...slices])).toEqual([])

    for (const args of [[], ['--all']]) {
      const text = await cli(['analyse', '--lang', 'en', '--as-of', TODAY, ...args])
      expect(shownIn(text, [...dutch, ...dutchCliWords()])).toEqual([])
    }
    expect(dutchMessages(JSON.parse(await cli(['analyse', '--lang', 'en', '--json', '--as-of', TODAY])))).toEqual([])
  })
})

describe('English planner output has no Dutch engine text', () => {
  it.each(PLANS)('plan %j: API lang=en, calendar, /en/b8-planner and trajectory --lang en', async (input) => {
    const index = catalog.routeIndex
    const parsed = parseTrajectoryInput(input, { municipalities: index.municipalities, today: TODAY })
    if (!parsed.ok) {
      throw new Error(JSON.stringify(parsed.errors))
    }
    const dutch = dutchWordings(messagesIn(planTrajectory(catalog.dataset, parsed.input, { index })))

    const api = await app.inject({ method: 'POST', url: '/api/v1/trajectory?lang=en', payload: input })
    expect(api.statusCode).toBe(200)
    expect(dutchMessages(api.json())).toEqual([])
    expect(messageTexts(api.json()).filter((t) => dutch.includes(t))).toEqual([])

    const ics = await app.inject(`/api/v1/trajectory.ics?${query(input)}&lang=en`)
    expect(ics.statusCode).toBe(200)
    const calendar = ics.body
      .replace(/\r\n /g, '')
      .replace(/\\n/g, '\n')
      .replace(/\\([,;\\])/g, '$1')
    expect(shownIn(calendar, [...dutch, messages('nl').trajectoryCalendar.name, 'Herinnering', 'Grondslag'])).toEqual(
      [],
    )

    const page = await app.inject(`/en/b8-planner?${query(input)}`)
    expect(page.statusCode).toBe(200)
    expect(shownIn(page.body, dutch)).toEqual([])

    const text = await cli(['trajectory', '--lang', 'en'], input)
    expect(shownIn(text, [...dutch, ...dutchCliWords()])).toEqual([])
    expect(dutchMessages(JSON.parse(await cli(['trajectory', '--lang', 'en', '--json'], input)))).toEqual([])
  })
})
