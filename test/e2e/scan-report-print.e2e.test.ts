// SPDX-License-Identifier: EUPL-1.2
// The alderman's report on the real basisniveau (issue #20 items 4 and 6), in Chromium: a complete
// scan's report prints to at most three A4 pages (PDF from Chromium's own print), also the longest
// one; page 1 carries the verdict, the priorities, the change and the regional comparison; the
// report, the form started from a published scan (at 375 px) and the regional overview pass axe
// (WCAG 2.2 AA) and the overview names the municipalities without a scan.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { buildWebApp, databaseOf } from '../helpers/web-app.ts'
import { NATIONAL_EDITOR, publisher } from '../helpers/publishers.ts'
import { chromiumAvailable, launchChromium } from './browser.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const real = loadDataset(new URL('../../data', import.meta.url).pathname).dataset
const questions = real.basisniveau.flatMap((e) => e.questions.map((q) => q.id))
const SAME_ORIGIN = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }

const run = chromiumAvailable()

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length

describe.skipIf(!run)('self-scan report and overview in Chromium (real basisniveau)', () => {
  let app: FastifyInstance
  let browser: Browser
  let origin: string

  beforeAll(async () => {
    app = await buildWebApp(real)
    origin = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  async function publishedScan(municipality: string, answerOf: (i: number) => string): Promise<string> {
    const created = await app.inject({
      method: 'POST',
      url: '/basisniveau/scan',
      headers: SAME_ORIGIN,
      payload: `gemeente=${municipality}`,
    })
    const path = created.headers.location as string
    const form = new URLSearchParams({ versie: '1', actie: 'publiceren' })
    questions.forEach((q, i) => {
      const answer = answerOf(i)
      form.set(`antwoord-${q}`, answer)
      if (answer === 'nvt') {
        form.set(`onderbouwing-${q}`, 'Geen seksbedrijven in de gemeente.')
      }
    })
    const { cookie } = await publisher(databaseOf(app), NATIONAL_EDITOR)
    const res = await app.inject({
      method: 'POST',
      url: path,
      headers: { ...SAME_ORIGIN, cookie },
      payload: form.toString(),
    })
    expect(res.statusCode, res.body.slice(0, 300)).toBe(303)
    return path
  }

  async function axe(page: Page): Promise<void> {
    await page.evaluate(AXE_SOURCE)
    const violations = await page.evaluate(async (tags) => {
      const a = (
        window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string }[] }> } }
      ).axe
      return (await a.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((v) => v.id)
    }, WCAG_TAGS)
    expect(violations).toEqual([])
  }

  /** The PDF of a report as Chromium prints it (A4, print media). */
  async function printed(path: string): Promise<{ pages: number; page1: number; summary: string; main: string }> {
    // bypassCSP: the test's own style below (the app allows no inline styles); Playwright adds it by script.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${origin}${path}/rapport`)
    const summary = (await page.textContent('.wgw-report-summary')) ?? ''
    const main = (await page.textContent('main')) ?? ''
    await page.emulateMedia({ media: 'print' })
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }))
    // Page 1 is the title and the summary: printed without what follows, they take one sheet.
    await page.addStyleTag({ content: '.wgw-report-summary ~ * { display: none !important; }' })
    const page1 = pdfPages(await page.pdf({ format: 'A4', printBackground: true }))
    await context.close()
    return { pages, page1, summary, main }
  }

  it('prints a complete report to at most three A4 pages, with the four parts for the alderman on page 1', async () => {
    // Last year's scan, then this year's: the report shows the change and the comparison with n.
    await publishedScan('GM0307', () => 'niet')
    await publishedScan('GM0344', (i) => (i % 3 === 0 ? 'voldoet' : 'deels'))
    const mixed = await publishedScan('GM0307', (i) => (i % 2 === 0 ? 'niet' : i % 5 === 0 ? 'nvt' : 'deels'))
    const report = await printed(mixed)
    expect(report.summary).toContain('Oordeel basisniveau')
    expect(report.summary).toContain('Drie prioriteiten')
    expect(report.summary).toContain('Sinds de vorige gepubliceerde scan')
    expect(report.summary).toMatch(/n = 1 van \d+/)
    expect(report.main).toMatch(/afgeleid/i)
    expect(report.pages).toBeGreaterThan(0)
    expect(report.pages).toBeLessThanOrEqual(3)
    expect(report.page1).toBe(1)

    const withScript = await browser.newContext()
    const checked = await withScript.newPage()
    await checked.goto(`${origin}${mixed}/rapport`)
    await axe(checked)
    await withScript.close()
  }, 240_000)

  it('keeps the longest report within three pages: every question niet, in English, most regional contacts', async () => {
    // Every question answered niet gives the most advice rows; English party names are longer; Aalten
    // has the most regional parties. Its previous scan gives page 1 a change section.
    await publishedScan('GM0197', () => 'voldoet')
    const longest = await publishedScan('GM0197', () => 'niet')
    const report = await printed(`/en${longest}`)
    expect(report.summary).toContain('Three priorities')
    expect(report.pages).toBeLessThanOrEqual(3)
    expect(report.page1).toBe(1)
  }, 240_000)

  it('starts a scan from the published one on the real basisniveau: derived sections marked, axe clean at 375 px', async () => {
    await publishedScan('GM0344', (i) => (i % 2 === 0 ? 'voldoet' : 'deels'))
    const res = await app.inject({
      method: 'POST',
      url: '/basisniveau/scan',
      headers: SAME_ORIGIN,
      payload: 'gemeente=GM0344&basis=vorige',
    })
    const path = res.headers.location as string
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${origin}${path}`)
    expect(await page.textContent('main')).toContain(`${questions.length} overgenomen antwoorden te bevestigen`)
    await axe(page)
    await page.goto(`${origin}${path}/onderdeel/bn01`)
    const main = (await page.textContent('main')) ?? ''
    expect(main).toContain(`Onderdeel 1 van ${real.basisniveau.length}`)
    expect(main).toMatch(/afgeleid/i)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await axe(page)
    await context.close()
  }, 120_000)

  it('lists the municipalities without a published scan, with n beside every average', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${origin}/basisniveau/overzicht?per=zorgcoordinatie`)
    const main = (await page.textContent('main')) ?? ''
    expect(main).toContain('Zonder gepubliceerde scan in')
    // Amersfoort published (earlier test); its neighbours in the region are named as missing.
    expect(main).toContain('Leusden')
    expect(main).toMatch(/\(n = \d+ van \d+\)/)
    await axe(page)
    await context.close()
  }, 120_000)
})
