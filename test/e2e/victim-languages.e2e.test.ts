// SPDX-License-Identifier: EUPL-1.2
// The victim pages in victims' languages in Chromium, on the REAL dataset (issue 15): axe finds no
// WCAG 2.2 AA violation left to right and right to left; Arabic lays out right to left at 375 px
// without sideways scrolling, the exit at the start of the line; the referral card prints on one
// A4 or A6 page, every line inside the sheet.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable, openPage, openTab, type Tab, useBrowserSession } from './browser.ts'
import { nationalDataset } from '../helpers/web-app.ts'
import { todayInAmsterdam } from '../../src/domain/validity.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } })

const run = chromiumAvailable()

describe.skipIf(!run)('victim pages in Chromium', () => {
  const session = useBrowserSession(nationalDataset(), todayInAmsterdam())
  /** One phone-sized tab for the checks page by page (browser.ts: openTab). */
  let phoneTab: Tab | undefined

  const NOT_FOUND = new Set(['/ar/help', '/pl/onbekend'])
  it.each([
    '/ar/hulp',
    '/ar/hulp/rechten',
    '/ar/hulp/kaart',
    '/pl/hulp',
    '/vi/hulp',
    '/uk/hulp/aangifte',
    '/bg/hulp/veilig',
    '/hulp',
    '/en/help',
    '/en/help/card',
    // Addresses that do not exist under a victim language's prefix: a 404 page in that language.
    '/ar/help',
    '/pl/onbekend',
  ])('%s: axe WCAG 2.2 AA, html-validate, local only, no console errors', async (path) => {
    phoneTab ??= await openTab(session().browser, session().origin, { width: 375, height: 812 })
    const { page, external, errors, status } = await phoneTab.visit(path)
    expect(status).toBe(NOT_FOUND.has(path) ? 404 : 200)
    await page.evaluate(AXE_SOURCE)
    const violations = await page.evaluate(async (tags) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              d: Document,
              o: object,
            ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>
          }
        }
      ).axe
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) }))
    }, WCAG_TAGS)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    const report = await validator.validateString(await (await fetch(session().origin + path)).text())
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)),
    ).toEqual([])
    expect(external).toEqual([])
    // Chromium reports the 404 of the page itself as a console error; nothing else may fail.
    expect(errors.filter((e) => !(NOT_FOUND.has(path) && e.includes('status of 404')))).toEqual([])
  })

  it('Arabic lays out right to left at 375 px: no sideways scrolling, the exit and headings at the right', async () => {
    const { page } = await openPage(session().browser, session().origin, '/ar/hulp', { width: 375, height: 812 })
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect()
      return {
        direction: getComputedStyle(document.querySelector('main') as Element).direction,
        scrollWidth: document.documentElement.scrollWidth,
        exit: box('[data-quick-exit]'),
        h1: box('main h1'),
        phone: document.querySelector('.wgw-when-to-call a[href^="tel:0"]')?.textContent,
        phoneDir: getComputedStyle(document.querySelector('.wgw-when-to-call a[href^="tel:0"]') as Element).direction,
      }
    })
    expect(layout.direction).toBe('rtl')
    expect(layout.scrollWidth).toBeLessThanOrEqual(375)
    // Right to left: the exit link and the heading start at the right edge.
    expect((layout.exit?.right ?? 0) > 375 - 40).toBe(true)
    expect((layout.h1?.right ?? 0) > 375 - 40).toBe(true)
    expect((layout.exit?.left ?? 0) > 100).toBe(true)
    // Phone numbers read left to right inside the Arabic text.
    expect(layout.phoneDir).toBe('ltr')
    expect(layout.phone).toBe('033\u00a0448\u00a011\u00a086')
    await page.context().close()
  })

  it.each([
    ['/pl/hulp/kaart', 'A4'],
    ['/pl/hulp/kaart?format=a6', 'A6'],
    ['/ar/hulp/kaart?format=a6', 'A6'],
    ['/vi/hulp/kaart?format=a6', 'A6'],
    ['/hulp/kaart?format=a6', 'A6'],
    ['/en/help/card', 'A4'],
  ])('%s prints on one %s page with nothing cut off', async (path, size) => {
    const { page } = await openPage(session().browser, session().origin, path)
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []
    expect(pages.length, 'pages in the PDF').toBe(1)
    // The sheet's size: A4 is 595×842 pt, A6 298×420 pt.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    const [w, h] = size === 'A4' ? [595, 842] : [298, 420]
    expect(Math.round(Number(box?.[1]))).toBe(w)
    expect(Math.round(Number(box?.[2]))).toBe(h)
    // No line wider than the sheet: at the printable width, nothing in main overflows sideways.
    const mm = size === 'A4' ? 210 - 30 : 105 - 10
    await page.setViewportSize({ width: Math.floor((mm / 25.4) * 96), height: 800 })
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter(
          (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0,
        )
        .map((e) => `${e.tagName}.${e.className}`),
    )
    expect(overflow).toEqual([])
    await page.context().close()
  })
})
