// SPDX-License-Identifier: EUPL-1.2
// The organogram chart on the REAL dataset in Chromium (issue 17): at 1366×900 the whole chain fits
// one screen and every phase and aspect is in view within two; one phase fills the width larger; at
// 375 px one phase at a time without sideways scrolling; axe finds nothing; print is one A3 page.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable, useBrowserSession } from './browser.ts'
import { nationalDataset } from '../helpers/web-app.ts'
import { todayInAmsterdam } from '../../src/domain/validity.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SCREEN = { width: 1366, height: 900 }
const PHONE = { width: 375, height: 812 }

const run = chromiumAvailable()

describe.skipIf(!run)('organogram chart in Chromium, national data', () => {
  const session = useBrowserSession(nationalDataset(), todayInAmsterdam())

  async function open(path: string, viewport = SCREEN, javaScript = true): Promise<Page> {
    const context = await session().browser.newContext({ viewport, javaScriptEnabled: javaScript })
    const page = await context.newPage()
    const res = await page.goto(session().origin + path)
    expect(res?.status()).toBe(200)
    return page
  }

  /** Page-coordinate boxes of the chart, its visible phases and blocks, and the smallest chip text. */
  const measure = (page: Page) =>
    page.evaluate(() => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect()
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, height: r.height }
      }
      const visible = (e: Element) => e.getBoundingClientRect().height > 0
      const chart = document.querySelector('.wgw-og-chart')
      const chips = Array.from(document.querySelectorAll('.wgw-og-chips a')).filter(visible)
      return {
        chart: chart === null ? undefined : box(chart),
        phases: Array.from(document.querySelectorAll('.wgw-og-phase'))
          .filter(visible)
          .map((e) => e.id),
        blocks: Array.from(document.querySelectorAll('.wgw-og-block')).filter(visible).map(box),
        minChipFont: Math.min(...chips.map((c) => parseFloat(getComputedStyle(c).fontSize))),
        // Rendered chip height, zoom included.
        minChipHeight: Math.min(...chips.map((c) => c.getBoundingClientRect().height)),
        scrollWidth: document.documentElement.scrollWidth,
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

  it.each(['/organogram', '/organogram?form=labour&municipality=GM0344'])(
    '%s at 1366×900: every phase and aspect within two screens, the whole chain within one, text ≥ 12 px',
    async (path) => {
      const page = await open(path)
      const m = await measure(page)
      expect(m.phases).toEqual(['fase-A', 'fase-B', 'fase-C', 'fase-D'])
      expect(m.blocks).toHaveLength(nationalDataset().aspects.length)
      expect(Math.max(...m.blocks.map((b) => b.bottom))).toBeLessThanOrEqual(2 * SCREEN.height)
      if (!path.includes('?')) {
        expect(m.chart?.height).toBeLessThanOrEqual(SCREEN.height)
      }
      expect(m.chart?.right).toBeLessThanOrEqual(SCREEN.width)
      expect(m.scrollWidth).toBeLessThanOrEqual(SCREEN.width)
      expect(m.minChipFont).toBeGreaterThanOrEqual(12)
      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    },
  )

  it('one phase fills the screen width at a larger size', async () => {
    const page = await open('/organogram?fase=B')
    const m = await measure(page)
    expect(m.phases).toEqual(['fase-B'])
    expect((m.chart?.right ?? 0) - (m.chart?.left ?? 0)).toBeGreaterThan(0.95 * SCREEN.width)
    // Drawn 1.4 times larger: chips of 22 px become about 31 px.
    expect(m.minChipHeight).toBeGreaterThanOrEqual(30)
    expect(m.scrollWidth).toBeLessThanOrEqual(SCREEN.width)
    await page.context().close()
  })

  it('at 375 px shows one phase at a time with its blocks stacked, tabs switching without JavaScript', async () => {
    const page = await open('/organogram', PHONE, false)
    let m = await measure(page)
    expect(m.phases).toEqual(['fase-A'])
    expect(m.scrollWidth).toBeLessThanOrEqual(PHONE.width)
    // Stacked: every block starts below the previous one, at the same left edge.
    for (let i = 1; i < m.blocks.length; i++) {
      expect(m.blocks[i]?.top).toBeGreaterThan(m.blocks[i - 1]?.bottom ?? Infinity)
      expect(m.blocks[i]?.left).toBe(m.blocks[0]?.left)
    }
    await page.click('.wgw-og-tab--C')
    m = await measure(page)
    expect(m.phases).toEqual(['fase-C'])
    expect(m.scrollWidth).toBeLessThanOrEqual(PHONE.width)
    await page.context().close()
    // axe needs JavaScript (its timers do not run in a page without it).
    const withJs = await open('/organogram#fase-C', PHONE)
    expect((await measure(withJs)).phases).toEqual(['fase-C'])
    expect(await axeViolations(withJs)).toEqual([])
    await withJs.context().close()
  })

  it.each(['/organogram?fase=B&form=labour&municipality=GM0344', '/en/organogram?municipality=GM0363'])(
    '%s at 375 px: no sideways scrolling, axe finds nothing',
    async (path) => {
      const page = await open(path, PHONE)
      const m = await measure(page)
      expect(m.phases).toHaveLength(1)
      expect(m.scrollWidth).toBeLessThanOrEqual(PHONE.width)
      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    },
  )

  it('keyboard focus on a chip shows its full name and role in place', async () => {
    const page = await open('/organogram')
    await page.focus('.wgw-og-chips a[href="/organisaties/meldpunt-uitbuiting-minderjarigen"]')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    const chip = page.locator('.wgw-og-chips a:focus')
    expect(await chip.locator('span').isVisible()).toBe(false)
    const shown = await chip.evaluate((a) => getComputedStyle(a, '::after').content)
    expect(shown).toContain('Meldpunt Uitbuiting Minderjarigen —')
    expect((await chip.boundingBox())?.width ?? 0).toBeGreaterThan(150)
    await page.context().close()
  })

  it.each(['/organogram', '/organogram?form=labour&municipality=GM0344', '/organogram?fase=B', '/en/organogram'])(
    '%s prints on one A3 landscape page',
    async (path) => {
      const page = await open(path)
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1)
      // 420 × 297 mm in PostScript points.
      const [w, h] = (/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? []).slice(1).map(Number)
      expect(Math.round(w ?? 0)).toBe(1191)
      expect(Math.round(h ?? 0)).toBe(842)
      await page.context().close()
    },
  )
})
