// SPDX-License-Identifier: EUPL-1.2
// Every page type in a real browser, in Dutch and English: axe-core finds no WCAG 2.2 AA
// violation, html-validate passes on the server's HTML, no request leaves localhost, no console
// error (a CSP violation is one). Plus keyboard use of the forms. The quick exit: quick-exit.e2e.test.ts.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { FastifyInstance } from 'fastify'
import { HtmlValidate } from 'html-validate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp } from '../helpers/web-app.ts'
import { englishPath, PAGE_EXAMPLES } from '../web/page-types.ts'
import { chromiumAvailable, launchChromium, openPage, openTab, type OpenedPage, type Tab } from './browser.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Long attribute lists and inline SVG paths make lines long; line length is not markup quality.
    'long-title': 'off',
    // A group of checkboxes shares one name (the wizard's forms of exploitation), as radios do.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

const run = chromiumAvailable()

describe.skipIf(!run)('pages in Chromium', () => {
  let app: FastifyInstance
  let browser: Browser
  let origin: string
  let tab: Tab

  beforeAll(async () => {
    app = await buildWebApp()
    origin = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    tab = await openTab(browser, origin)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  const open = (path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<OpenedPage> =>
    openPage(browser, origin, path, options)

  const examples = PAGE_EXAMPLES.flatMap((e) => [
    { ...e, lang: 'nl', url: e.path },
    { ...e, lang: 'en', url: englishPath(e.path) },
  ])

  it.each(examples)(
    '$name ($lang): axe WCAG 2.2 AA, html-validate, local only, no console errors',
    async ({ url, status }) => {
      const { page, external, errors, status: got } = await tab.visit(url)
      expect(got).toBe(status)
      await page.evaluate(AXE_SOURCE)
      const violations = await page.evaluate(async (tags) => {
        const axe = (
          window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
        ).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
        }))
      }, WCAG_TAGS)
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

      const body = await (await fetch(origin + url)).text()
      const report = await validator.validateString(body)
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
      )
      expect(messages).toEqual([])

      expect(external).toEqual([])
      // Chromium logs a non-200 document as a failed load; that one is the page's expected status.
      const expectedLoadError = `Failed to load resource: the server responded with a status of ${status}`
      expect(errors.filter((e) => !(status !== 200 && e.startsWith(expectedLoadError)))).toEqual([])
    },
  )

  it('works without JavaScript: the organogram scenario form submits and dims parties without a role', async () => {
    const { page } = await open('/organogram', { javaScript: false })
    await page.selectOption('#og-form', 'sexual')
    await Promise.all([page.waitForURL(/form=sexual/), page.click('button[type="submit"]')])
    expect(await page.textContent('main')).toContain('19 organisaties hebben een rol in deze situatie')
    expect(await page.locator('.wgw-og-chips a.is-none').count()).toBe(2)
    await page.context().close()
  })

  it('works without JavaScript: the B8 planner form submits into the URL and shows the timeline', async () => {
    const { page } = await open('/b8-planner', { javaScript: false })
    await page.selectOption('#b8-nationalityGroup', 'third-country')
    await page.selectOption('#b8-residence', 'none')
    await page.fill('#b8-reflectionStart', '2025-04-01')
    await Promise.all([page.waitForURL(/reflectionStart=2025-04-01/), page.click('button[type="submit"]')])
    expect(await page.textContent('#tijdlijn')).toBe('Tijdlijn')
    expect(await page.textContent('main')).toContain('Uiterste einddatum van de bedenktijd')
    // The input stays in the form for the next change.
    expect(await page.inputValue('#b8-reflectionStart')).toBe('2025-04-01')
    await page.context().close()
  })

  it('the municipality search and organogram form work with the keyboard alone', async () => {
    const { page } = await open('/gemeenten')
    await page.focus('#naam')
    await page.keyboard.type('amers')
    await Promise.all([page.waitForURL(/naam=amers/), page.keyboard.press('Enter')])
    expect(await page.textContent('main')).toContain('1 gemeente gevonden')
    // Tab through to the result link and follow it with Enter.
    let reached = false
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = (await page.evaluate(() => document.activeElement?.textContent ?? '')) === 'Amersfoort'
    }
    expect(reached).toBe(true)
    await Promise.all([page.waitForURL(/GM0307/), page.keyboard.press('Enter')])
    expect(await page.title()).toContain('Amersfoort')

    await page.goto(`${origin}/organogram`)
    await page.focus('#og-form')
    await page.keyboard.press('ArrowDown') // first real option after "Alle"
    await page.keyboard.press('Tab') // category
    await page.keyboard.press('Tab') // municipality
    await page.keyboard.press('Tab') // submit button
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit')
    await Promise.all([page.waitForURL(/form=sexual/), page.keyboard.press('Enter')])
    expect(await page.textContent('main')).toContain('hebben een rol in deze situatie')
    await page.context().close()
  })

  it('the quick exit is the first tab stop, the skip link the second; it moves focus to the main content', async () => {
    const { page } = await open('/organisaties')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit'))).toBe(true)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud')
    expect(await page.isVisible('.utrecht-skip-link')).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud')
    await page.context().close()
  })
})
