// SPDX-License-Identifier: EUPL-1.2
// The route page on the national data in Chromium at 375 px (issue 11): the summary with the first
// number to call is on the first screen; phases and rights are folded in <details> that open
// without JavaScript and expand in print; axe-core finds no WCAG 2.2 AA violation, folded or open.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { nationalDir } from '../route/route-data.ts'
import { buildWebApp } from '../helpers/web-app.ts'
import { chromiumAvailable, launchChromium, openPage } from './browser.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const PHONE = { width: 375, height: 667 } as const
const README_EXAMPLE = '/route?age=16&nationality=NL&exploitation=sexual&recruitment=loverboy&municipality=GM0344'
const ADULT_LABOUR = '/route?age=40&nationality=CN&residence=none&exploitation=labour&municipality=GM0363'

const run = chromiumAvailable()

async function axeViolations(page: Page): Promise<unknown[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (tags) => {
    const a = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const result = await a.run(document, { runOnly: { type: 'tag', values: tags } })
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) }))
  }, WCAG_TAGS)
}

/** Box of the first phone link in the summary, relative to the viewport. */
async function firstCall(page: Page): Promise<{ href: string; top: number; bottom: number }> {
  return page.evaluate(() => {
    const a = document.querySelector<HTMLAnchorElement>('.wgw-summary a[href^="tel:"]')
    if (a === null) {
      return { href: '', top: -1, bottom: Number.POSITIVE_INFINITY }
    }
    const r = a.getBoundingClientRect()
    return { href: a.getAttribute('href') ?? '', top: r.top, bottom: r.bottom }
  })
}

describe.skipIf(!run)('route page summary at 375 px (national data, Chromium)', () => {
  let app: FastifyInstance
  let browser: Browser
  let origin: string

  beforeAll(async () => {
    const { dataset } = loadDataset(nationalDir, nationalDir)
    app = await buildWebApp(dataset)
    origin = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  it.each([README_EXAMPLE, ADULT_LABOUR, `/en${README_EXAMPLE}`])(
    '%s: the first call is on the first screen, and axe finds nothing, folded and unfolded',
    async (path) => {
      const { page, errors, external } = await openPage(browser, origin, path, PHONE)
      const call = await firstCall(page)
      expect(call.href).toBe('tel:112')
      expect(call.top).toBeGreaterThanOrEqual(0)
      expect(call.bottom).toBeLessThanOrEqual(PHONE.height)
      // The second action (the care coordinator, with its number) starts on the first screen too.
      const second = await page.locator('.wgw-summary-list > li').nth(1).boundingBox()
      expect(second?.y ?? PHONE.height).toBeLessThan(PHONE.height)
      expect(await axeViolations(page)).toEqual([])
      await page.evaluate(() => {
        for (const d of Array.from(document.querySelectorAll('details'))) {
          d.open = true
        }
      })
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
      expect(external).toEqual([])
      await page.context().close()
    },
  )

  it('folds the phases without JavaScript: closed at first, a tap opens one, a link to it opens it', async () => {
    const { page } = await openPage(browser, origin, README_EXAMPLE, { ...PHONE, javaScript: false })
    const phaseA = page.locator('details:has(#fase-A)')
    const firstAspect = phaseA.locator('h3').first()
    expect(await phaseA.getAttribute('open')).toBeNull()
    expect(await firstAspect.isVisible()).toBe(false)
    await phaseA.locator('summary').click()
    expect(await firstAspect.isVisible()).toBe(true)
    // The contents link to phase B opens it as well.
    await page.locator('.wgw-route-contents a[href="#fase-B"]').click()
    expect(await page.locator('#fase-B h3').first().isVisible()).toBe(true)
    await page.context().close()
  })

  it('prints every folded part', async () => {
    const { page } = await openPage(browser, origin, README_EXAMPLE, PHONE)
    await page.emulateMedia({ media: 'print' })
    for (const id of ['fase-A', 'fase-D', 'rechten']) {
      expect(await page.locator(`#${id} ul`).first().isVisible(), id).toBe(true)
    }
    await page.context().close()
  })
})
