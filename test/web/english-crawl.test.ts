// SPDX-License-Identifier: EUPL-1.2
// Issue 15: every English page, in the words of an English reader. Crawls the English site on the
// REAL dataset as a reader without JavaScript does (from /en/ and a list of pages that need a
// query: routes, planner, search, errors, a self-scan), and looks for Dutch in the visible text
// (test/helpers/dutch-text.ts). Names and legal citations are allowed; they come from the data
// (party, place and region names, source titles, every `legalBasis` text).
//
// Two kinds of Dutch are told apart, and both fail the test:
// - unmarked: text the page presents as English (UI, engine notes, a record text in the wrong
//   field), reported by page and text.
// - marked: a dataset text shown in Dutch (lang="nl") because the page found no English for it.
//   Every user-facing dataset text has its English (`wegwijzer validate` warns per missing one),
//   so this means a page that does not render the English it has, or a text outside TEXT_FIELDS.
// WEGWIJZER_CRAWL_REPORT=/path.json writes every finding, for whoever writes the translations.
import type { FastifyInstance } from 'fastify'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { todayInAmsterdam } from '../../src/domain/validity.ts'
import { localePath } from '../../src/web/i18n.ts'
import { VICTIM_PAGES, neutralVictimPath } from '../../src/web/pages/victim/paths.ts'
import { ENGLISH_PATHS } from '../../src/web/slugs.ts'
import { messages } from '../../src/messages/catalogue.ts'
import { victimMessages } from '../../src/messages/victim/index.ts'
import { Allowlist, datasetNames, dutchIn, dutchOnPage, type DutchFinding } from '../helpers/dutch-text.ts'
import { crawlEnglish, type CrawledPage, type CrawlResult } from '../helpers/english-crawl.ts'
import { buildWebApp } from '../helpers/web-app.ts'

/** Pages a link does not reach: they need a query (a case, a search) or a form post. */
const SCENARIOS = [
  'exploitation=sexual',
  'exploitation=labour&age=30&nationality=RO&municipality=GM0344',
  'exploitation=sexual&age=16&nationalityGroup=nl&recruitment=loverboy&municipality=GM0363',
  'exploitation=criminal&ageGroup=minor&nationalityGroup=third-country&unaccompanied=true&municipality=GM0599',
  'exploitation=sexual&exploitation=labour&nationalityGroup=third-country&residence=asylum&cooperation=undecided',
  'exploitation=labour&ageGroup=adult&nationalityGroup=eu&gender=male&cooperation=no',
  'exploitation=organ-removal&nationality=Nigeria&residence=none',
]
const PLANNER =
  'nationalityGroup=third-country&residence=none&firstSignal=2024-01-10&reflectionStart=2024-01-10&reflectionEnd=2024-02-20' +
  '&reflectionEndReason=reported&report=2024-02-20&permitGranted=2024-02-21&asOf=2024-06-01'
const SEEDS = [
  '/en/',
  ...SCENARIOS.map((q) => `/en/route?${q}`),
  ...SCENARIOS.map((q) => `/en/b8-planner?${q}`),
  `/en/b8-planner?${PLANNER}`,
  '/en/b8-planner?reflectionStart=2024-13-40&nationalityGroup=martian',
  '/en/route?exploitation=slavery&age=-4&municipality=Atlantis',
  '/en/situation?exploitation=labour',
  '/en/search?q=residence%20permit',
  '/en/search?q=CoMensha',
  '/en/search?q=residence%20permts',
  '/en/search?q=qqqqxyz',
  '/en/analysis?datum=2021-06-01',
  '/en/organogram?form=sexual&municipality=GM0363',
  '/en/help/card?format=a6',
  '/en/does-not-exist',
  ...VICTIM_PAGES.map((p) => localePath('en', neutralVictimPath(p))),
  ...Object.keys(ENGLISH_PATHS)
    .filter((p) => !p.includes(':'))
    .map((p) => localePath('en', p)),
]

const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url))

/** Every `legalBasis` text of the dataset, wherever it sits (record, limit, duty): legal citations. */
function legalCitations(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((v) => legalCitations(v, out))
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'legalBasis') {
        out.push(...[v].flat().filter((x): x is string => typeof x === 'string'))
      } else {
        legalCitations(v, out)
      }
    }
  }
  return out
}

/** Names that stay Dutch on an English page: parties, places, regions, titles of cited sources, legal citations. */
function allowedNames(dataset: Dataset): string[] {
  return [...datasetNames(dataset), ...legalCitations(dataset)]
}

function report(findings: readonly DutchFinding[], limit = 40): string {
  const byText = new Map<string, DutchFinding[]>()
  for (const f of findings) {
    byText.set(f.text, [...(byText.get(f.text) ?? []), f])
  }
  const lines = [...byText.values()]
    .sort((a, b) => b.length - a.length)
    .slice(0, limit)
    .map((all) => {
      const first = all[0] as DutchFinding
      return `${first.page}${all.length > 1 ? ` (+${all.length - 1} pages)` : ''}: «${first.text}» [${first.words.join(' ')}]`
    })
  return `${byText.size} texts:\n${lines.join('\n')}`
}

let app: FastifyInstance
let crawl: CrawlResult
let findings: DutchFinding[]

beforeAll(async () => {
  const { dataset, problems } = loadDataset(DATA_DIR)
  expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([])
  app = await buildWebApp(dataset, todayInAmsterdam())
  // A self-scan is made with a form post; its pages are then links like any other.
  const scan = await app.inject({
    method: 'POST',
    url: '/en/basic-level/scan',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    payload: 'gemeente=GM0344',
  })
  const scanPage = String(scan.headers.location ?? '')
  crawl = await crawlEnglish(app, [...SEEDS, scanPage, `${scanPage}/report`], { variantsPerPage: 3, maxPages: 5000 })
  const allow = new Allowlist(allowedNames(dataset))
  findings = crawl.pages.flatMap((p) => dutchOnPage(p.url, p.html, allow))
  const out = process.env['WEGWIJZER_CRAWL_REPORT']
  if (out !== undefined && out !== '') {
    writeFileSync(out, `${JSON.stringify({ pages: crawl.pages.length, broken: crawl.broken, findings }, null, 1)}\n`)
  }
}, 600_000)

afterAll(async () => {
  await app?.close()
})

describe('the English site, crawled (issue 15)', () => {
  it('reaches every kind of page, each in English, and no link leads nowhere', () => {
    expect(crawl.pages.length).toBeGreaterThan(500)
    expect(crawl.skippedVariants).toBeLessThan(crawl.pages.length)
    const kinds = new Set(crawl.pages.map((p) => p.url.split(/[/?]/)[2] ?? ''))
    for (const path of Object.values(ENGLISH_PATHS)) {
      expect(kinds, path).toContain(path.split('/')[1] ?? '')
    }
    expect(crawl.broken.map(([url, from, status]) => `${status} ${url} (linked from ${from})`)).toEqual([])
    const notEnglish = crawl.pages.filter((p) => !/<html lang="en"/.test(p.html)).map((p) => p.url)
    expect(notEnglish).toEqual([])
  })

  it('links every kind of English page to its Dutch page and back (hreflang, language switch)', async () => {
    const alternate = (html: string, lang: string) =>
      new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]*)">`).exec(html)?.[1]?.replaceAll('&amp;', '&')
    const firstOfKind = new Map<string, CrawledPage>()
    for (const page of crawl.pages.filter((p) => p.status === 200 && !p.url.includes('?'))) {
      const kind = page.url.split('/').length > 3 ? page.url.replace(/\/[^/]*$/, '/:x') : page.url
      firstOfKind.set(kind, firstOfKind.get(kind) ?? page)
    }
    expect(firstOfKind.size).toBeGreaterThan(20)
    for (const page of firstOfKind.values()) {
      const dutch = alternate(page.html, 'nl') ?? ''
      expect(dutch, page.url).toMatch(/^\/(?!en\/)/)
      const res = await app.inject(dutch)
      expect(res.statusCode, `${page.url} → ${dutch}`).toBe(200)
      expect(alternate(res.body, 'en'), dutch).toBe(page.url)
    }
  })

  it('shows no Dutch UI, engine or unmarked text on any English page', () => {
    const unmarked = findings.filter((f) => !f.marked)
    expect(unmarked, report(unmarked)).toEqual([])
  })

  it('shows no dataset text in Dutch on any English page (names and legal citations aside)', () => {
    const marked = findings.filter((f) => f.marked)
    expect(marked, report(marked)).toEqual([])
  })
})

describe('the Dutch detector', () => {
  it('tells a Dutch sentence or label from an English one', () => {
    expect(dutchIn('Bij acuut gevaar: bel 112.')).not.toEqual([])
    expect(dutchIn('Bron')).not.toEqual([])
    expect(dutchIn('In acute danger: call 112.')).toEqual([])
    expect(dutchIn('Met')).toEqual([])
    const allow = new Allowlist(['Ministerie van Justitie en Veiligheid', 'Groningen'])
    expect(dutchIn(allow.strip('Ministerie van Justitie en Veiligheid (mensenhandel@groningen.nl)'))).toEqual([])
    expect(dutchIn(allow.strip('Article 273f Wetboek van Strafrecht'))).toEqual([])
    expect(dutchIn(allow.strip('Ministerie van Justitie…'))).toEqual([])
    expect(dutchIn(allow.strip('Bij acuut gevaar bel je…'))).not.toEqual([])
  })

  it('finds the Dutch on a Dutch page (so a clean English crawl means something)', async () => {
    const page = (await app.inject('/rechten/bedenktijd')).body
    expect(dutchOnPage('/rechten/bedenktijd', page, new Allowlist([])).length).toBeGreaterThan(10)
  })
})

describe('the English message catalogues (texts the crawl may not reach: errors, rare states)', () => {
  function strings(value: unknown, path: string): [string, string][] {
    if (typeof value === 'string') {
      return [[path, value]]
    }
    if (value !== null && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
    }
    return []
  }

  it.each([
    ['messages(en)', messages('en')],
    ['victimMessages(en)', victimMessages('en')],
  ])('%s has no Dutch text', (name, catalogue) => {
    const dutch = strings(catalogue, name)
      .filter(([, text]) => dutchIn(text).length > 0)
      .map(([path, text]) => `${path}: «${text.slice(0, 120)}»`)
    expect(dutch).toEqual([])
  })
})
