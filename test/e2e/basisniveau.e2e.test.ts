// SPDX-License-Identifier: EUPL-1.2
// The self-scan in a real browser: start, save a section, a version conflict, publishing with open
// questions, publishing, the report, and a new scan from the published answers at 375 px. Every state is checked with axe-core (WCAG 2.2 AA)
// and html-validate, like the page types in pages.e2e.test.ts (these need a scan link, so they
// cannot be static examples).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { FastifyInstance } from 'fastify'
import { HtmlValidate } from 'html-validate'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp, databaseOf } from '../helpers/web-app.ts'
import { municipalityOf, publisher } from '../helpers/publishers.ts'
import { chromiumAvailable, launchChromium } from './browser.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } })

interface AxeViolation {
  id: string
  help: string
  nodes: { target: string[] }[]
}

const run = chromiumAvailable()

describe.skipIf(!run)('self-scan in Chromium', () => {
  let app: FastifyInstance
  let browser: Browser
  let context: BrowserContext
  let origin: string

  beforeAll(async () => {
    app = await buildWebApp()
    origin = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    // axe needs script; the pages themselves post plain forms (the no-JavaScript test is below).
    context = await browser.newContext()
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  async function axe(page: Page): Promise<void> {
    await page.evaluate(AXE_SOURCE)
    const violations = await page.evaluate(async (tags) => {
      const a = (
        window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
      ).axe
      const result = await a.run(document, { runOnly: { type: 'tag', values: tags } })
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
      }))
    }, WCAG_TAGS)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
  }

  async function validate(html: string): Promise<void> {
    const report = await validator.validateString(html)
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)),
    ).toEqual([])
  }

  /** Server HTML of a POST, sent as the browser would (same origin), for html-validate. */
  async function postHtml(path: string, body: string): Promise<{ status: number; html: string }> {
    const res = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      payload: body,
    })
    return { status: res.statusCode, html: res.body }
  }

  it('creates, saves a section, conflicts, refuses to publish while open, publishes and reports', async () => {
    const page = await context.newPage()
    await page.goto(`${origin}/basisniveau/scan`)
    await axe(page)
    await page.selectOption('#gemeente', 'GM0344')
    await Promise.all([page.waitForURL(/\/basisniveau\/scan\/[A-Za-z0-9_-]{32}$/), page.click('button[type="submit"]')])
    const path = new URL(page.url()).pathname
    expect(await page.textContent('main')).toContain('0 van de 3 vragen beantwoord')
    await axe(page)
    await validate((await app.inject(path)).body)

    // The overview leads to the first open section; save one answer there and stay.
    await Promise.all([page.waitForURL(/\/onderdeel\/bn01$/), page.click('text=Verder met BN01')])
    expect(await page.textContent('main')).toContain('Onderdeel 1 van 2')
    await page.check('#vraag-bn01-1-deels')
    await page.fill('#onderbouwing-bn01-1', 'Werkinstructie 2025')
    await Promise.all([page.waitForURL(/\/onderdeel\/bn01\?opgeslagen=1$/), page.click('button[value="opslaan"]')])
    expect(await page.textContent('main')).toContain('Uw antwoorden zijn opgeslagen (versie 2).')
    expect(await page.isChecked('#vraag-bn01-1-deels')).toBe(true)
    await axe(page)
    await validate((await app.inject(`${path}/onderdeel/bn01`)).body)

    // Someone else saves meanwhile; this browser still holds version 2.
    expect((await postHtml(`${path}/onderdeel/bn01`, 'versie=2&antwoord-bn01-1=voldoet')).status).toBe(303)
    await page.check('#vraag-bn01-2') // "niet"
    const [conflict] = await Promise.all([page.waitForNavigation(), page.click('button[value="opslaan"]')])
    expect(conflict?.status()).toBe(409)
    expect(await page.textContent('main')).toContain('Iemand anders heeft deze scan intussen gewijzigd')
    expect(await page.isChecked('#vraag-bn01-2')).toBe(true)
    await axe(page)
    await validate((await postHtml(`${path}/onderdeel/bn01`, 'versie=2&antwoord-bn01-2=niet')).html)

    // Saving again replaces the stored version; "save and continue" goes on to the next section.
    await Promise.all([page.waitForURL(/\/onderdeel\/bn02\?opgeslagen=1$/), page.click('button[value="volgende"]')])
    expect(await page.textContent('main')).toContain('Onderdeel 2 van 2')

    // Publishing with an open question: nothing published, the blocker links to its section.
    await page.goto(origin + path)
    const [open] = await Promise.all([page.waitForNavigation(), page.click('button[value="publiceren"]')])
    expect(open?.status()).toBe(400)
    expect(await page.getAttribute('.utrecht-alert--error a', 'href')).toBe(`${path}/onderdeel/bn02`)
    await axe(page)
    await validate((await postHtml(path, 'versie=4&actie=publiceren')).html)

    // Invalid input (sent by hand) renders errors inline; validate that markup too.
    const invalid = await postHtml(
      `${path}/onderdeel/bn01`,
      'versie=4&antwoord-bn01-1=misschien&onderbouwing-bn01-2=' + 'x'.repeat(2001),
    )
    expect(invalid.status).toBe(400)
    await validate(invalid.html)

    await page.goto(`${origin}${path}/onderdeel/bn02`)
    await page.check('#vraag-bn02-1')
    await Promise.all([
      page.waitForURL(/\/scan\/[A-Za-z0-9_-]{32}\?opgeslagen=1$/),
      page.click('button[value="volgende"]'),
    ])
    // Without a logged-in account of the municipality nothing is published (ADR 0032); the answers
    // are kept as a draft.
    const [refused] = await Promise.all([page.waitForNavigation(), page.click('button[value="publiceren"]')])
    expect(refused?.status()).toBe(401)
    expect(await page.textContent('main')).toContain('Niet gepubliceerd')
    await axe(page)
    // Logged in (the back-office session cookie) as the municipality of the scan: published.
    const utrecht = await publisher(databaseOf(app), municipalityOf('GM0344'))
    await context.addCookies([
      {
        name: '__Host-wegwijzer-beheer',
        value: utrecht.cookie.split('=')[1] ?? '',
        domain: new URL(origin).hostname,
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ])
    await Promise.all([page.waitForURL(/gepubliceerd=1/), page.click('button[value="publiceren"]')])
    expect(await page.textContent('main')).toContain('De scan is gepubliceerd.')
    await axe(page)
    await validate((await app.inject(path)).body)

    await page.goto(`${origin}${path}/rapport`)
    expect(await page.textContent('h1')).toBe('Rapport zelfscan Utrecht')
    await axe(page)
    await validate((await app.inject(`${path}/rapport`)).body)

    // A new scan from these answers: marked until a section is saved, at 375 px without axe findings.
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } })
    await phone.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()))
    const small = await phone.newPage()
    await small.goto(`${origin}${path}`)
    await Promise.all([small.waitForURL(/basis=vorige/), small.click('text=Begin een nieuwe scan voor deze gemeente')])
    expect(await small.isChecked('#basis-vorige')).toBe(true)
    await axe(small)
    await Promise.all([
      small.waitForURL(/\/basisniveau\/scan\/[A-Za-z0-9_-]{32}$/),
      small.click('button[type="submit"]'),
    ])
    const next = new URL(small.url()).pathname
    expect(next).not.toBe(path)
    expect(await small.textContent('main')).toContain('3 overgenomen antwoorden te bevestigen')
    await axe(small)
    await validate((await app.inject(next)).body)
    await small.goto(`${origin}${next}/onderdeel/bn01`)
    expect(await small.textContent('main')).toContain('nog niet bevestigd')
    expect(await small.isChecked('#vraag-bn01-1-deels')).toBe(true)
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await axe(small)
    await validate((await app.inject(`${next}/onderdeel/bn01`)).body)
    await Promise.all([small.waitForURL(/\/onderdeel\/bn01\?opgeslagen=1$/), small.click('button[value="opslaan"]')])
    expect(await small.textContent('main')).not.toContain('nog niet bevestigd')
    expect(await small.textContent('main')).toContain('1 overgenomen antwoord te bevestigen')
    await phone.close()
    await page.close()
  }, 180_000)

  it('works without JavaScript: create a scan and save an answer', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    await noScript.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
    const page = await noScript.newPage()
    await page.goto(`${origin}/basisniveau/scan`)
    await page.selectOption('#gemeente', 'GM0307')
    await Promise.all([page.waitForURL(/\/basisniveau\/scan\/[A-Za-z0-9_-]{32}$/), page.click('button[type="submit"]')])
    await Promise.all([page.waitForURL(/\/onderdeel\/bn01$/), page.click('text=Verder met BN01')])
    await page.check('#vraag-bn01-1-voldoet')
    await Promise.all([page.waitForURL(/\/onderdeel\/bn01\?opgeslagen=1$/), page.click('button[value="opslaan"]')])
    expect(await page.textContent('main')).toContain('Uw antwoorden zijn opgeslagen (versie 2).')
    expect(await page.isChecked('#vraag-bn01-1-voldoet')).toBe(true)
    await Promise.all([page.waitForURL(/\/onderdeel\/bn02\?opgeslagen=1$/), page.click('button[value="volgende"]')])
    expect(await page.textContent('main')).toContain('Onderdeel 2 van 2')
    await noScript.close()
  }, 60_000)

  it('refuses a form posted from another site with the 403 page', async () => {
    const other = await app.inject({
      method: 'POST',
      url: '/basisniveau/scan',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elders.example' },
      payload: 'gemeente=GM0344',
    })
    expect(other.statusCode).toBe(403)
    await validate(other.body)
  })
})
