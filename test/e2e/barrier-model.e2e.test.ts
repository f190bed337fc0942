// SPDX-License-Identifier: EUPL-1.2
// The barrier diagram on the REAL dataset in Chromium (issue 20 item 8): at 1366×900 and at 375 px
// the page never scrolls sideways, exactly one layout of the diagram shows and it fits its box at
// (nearly) full size, so its text stays readable; axe finds nothing. The downloads are checked in
// test/web/barrier-pages.test.ts.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable, openTab, type Tab, useBrowserSession } from './browser.ts'
import { nationalDataset } from '../helpers/web-app.ts'
import { todayInAmsterdam } from '../../src/domain/validity.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const VIEWPORTS = [
  { name: 'screen', width: 1366, height: 900, layout: 'wide' },
  { name: 'phone', width: 375, height: 812, layout: 'narrow' },
] as const
const PATHS = [
  '/barrieremodel/sexual',
  '/barrieremodel/loverboy',
  '/barrieremodel/organ-removal',
  '/en/barrier-model/labour',
]

const run = chromiumAvailable()

describe.skipIf(!run)('barrier diagram in Chromium, national data', () => {
  const session = useBrowserSession(nationalDataset(), todayInAmsterdam())

  /** One tab per viewport, each visit a new document (browser.ts: openTab). */
  const tabs = new Map<number, Tab>()
  async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
    const tab = tabs.get(viewport.width) ?? (await openTab(session().browser, session().origin, viewport))
    tabs.set(viewport.width, tab)
    const { page, status } = await tab.visit(path)
    expect(status).toBe(200)
    return page
  }

  const measure = (page: Page) =>
    page.evaluate(() => {
      const section = document.querySelector('.wgw-barrier-model')
      const shown = Array.from(document.querySelectorAll('.wgw-barrier-diagram-variant')).filter(
        (e) => e.getBoundingClientRect().height > 0,
      )
      const svg = shown[0]?.querySelector('svg')
      return {
        pageScroll: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        sectionScroll: section?.scrollWidth ?? -1,
        sectionWidth: section?.clientWidth ?? -1,
        shown: shown.map((e) => e.className.replace(/.*--/, '')),
        svgRight: svg?.getBoundingClientRect().right ?? Infinity,
        // Rendered width over drawn width: 1 is full size; the text is 10.5–13 px at full size.
        scale: svg === undefined || svg === null ? 0 : svg.getBoundingClientRect().width / svg.width.baseVal.value,
      }
    })

  async function axeViolations(page: Page): Promise<unknown[]> {
    await page.evaluate(AXE_SOURCE)
    return page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: unknown[] }> } })
        .axe
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations
    }, WCAG_TAGS)
  }

  for (const v of VIEWPORTS) {
    it.each(PATHS)(
      `%s at ${v.width} px: no sideways scroll, the ${v.layout} diagram at full size, axe 0`,
      async (path) => {
        const page = await open(path, v)
        const m = await measure(page)
        expect(m.pageScroll).toBeLessThanOrEqual(m.viewport)
        expect(m.sectionScroll).toBeLessThanOrEqual(m.sectionWidth)
        expect(m.shown).toEqual([v.layout])
        expect(m.svgRight).toBeLessThanOrEqual(v.width)
        expect(m.scale).toBeGreaterThanOrEqual(0.95)
        expect(await axeViolations(page)).toEqual([])
      },
    )
  }
})
