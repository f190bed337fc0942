// SPDX-License-Identifier: EUPL-1.2
// The scenario wizard in Chromium with the keyboard alone: tick a form, choose answers with the
// arrow keys, submit with Enter, step 2, then the route page. Also without JavaScript. No request
// may leave localhost and no console error may occur on the way. (axe and html-validate run on the
// wizard, route and search pages in pages.e2e.test.ts through PAGE_EXAMPLES.)
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp } from '../helpers/web-app.ts'
import { chromiumAvailable, launchChromium, openPage, type OpenedPage } from './browser.ts'

const run = chromiumAvailable()

describe.skipIf(!run)('scenario wizard in Chromium', () => {
  let app: FastifyInstance
  let browser: Browser
  let origin: string

  beforeAll(async () => {
    app = await buildWebApp()
    origin = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  const open = (path: string, javaScript = true): Promise<OpenedPage> => openPage(browser, origin, path, { javaScript })

  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
        return
      }
    }
    throw new Error(`Tab never reached ${selector}`)
  }

  it.each([true, false])(
    'leads from the questions to the route with the keyboard alone (JavaScript %s)',
    async (javaScript) => {
      const { page, external, errors } = await open('/situatie', javaScript)
      await tabTo(page, '#sc-exploitation')
      await page.keyboard.press('Space') // sexual
      await tabTo(page, 'input[name="ageGroup"]')
      await page.keyboard.press('ArrowDown') // from "I do not know" (last) round to "minor"
      await tabTo(page, 'input[name="nationalityGroup"]')
      await page.keyboard.press('ArrowUp') // from "I do not know" up to "third-country"
      await tabTo(page, 'button[type="submit"]')
      await Promise.all([page.waitForURL(/stap=2/), page.keyboard.press('Enter')])
      expect(page.url()).toContain('exploitation=sexual')
      expect(page.url()).toContain('ageGroup=minor')
      expect(page.url()).toContain('nationalityGroup=third-country')

      // Step 2 asks residence (non-Dutch) and "unaccompanied" (minor).
      expect(await page.locator('input[name="residence"]').count()).toBeGreaterThan(0)
      expect(await page.locator('input[name="unaccompanied"]').count()).toBeGreaterThan(0)
      await tabTo(page, 'input[name="unaccompanied"]')
      await page.keyboard.press('ArrowDown') // round to "yes"
      await tabTo(page, '#sc-municipality')
      await page.keyboard.press('ArrowDown') // first municipality after "I do not know"
      await tabTo(page, 'form[action="/route"] button[type="submit"]')
      await Promise.all([page.waitForURL(/\/route\?/), page.keyboard.press('Enter')])
      expect(page.url()).toContain('unaccompanied=true')
      expect(page.url()).toMatch(/municipality=GM\d{4}/)
      expect(await page.title()).toContain('Route voor deze situatie')
      const main = (await page.textContent('main')) ?? ''
      expect(main).toContain('Fase A')
      expect(main).toContain('Contacten in uw regio')
      expect(external).toEqual([])
      expect(errors).toEqual([])
      await page.context().close()
    },
  )

  it('shows an error next to the field, moves to it from the summary, and keeps the answers', async () => {
    const { page, errors } = await open('/situatie')
    await tabTo(page, 'input[name="ageGroup"]')
    await page.keyboard.press('ArrowDown')
    await tabTo(page, 'button[type="submit"]')
    await Promise.all([page.waitForURL(/stap=2/), page.keyboard.press('Enter')])
    expect(await page.textContent('#sc-exploitation-error')).toContain('is verplicht')
    expect(await page.isChecked('input[name="ageGroup"][value="minor"]')).toBe(true)
    await tabTo(page, '.utrecht-alert a[href="#sc-exploitation"]')
    await page.keyboard.press('Enter')
    // The link moves the focus starting point to the field: the next Tab lands inside its group.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^sc-exploitation/)
    // The 400 page load itself is logged by Chromium; nothing else may be.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([])
    await page.context().close()
  })

  it('the search form in the navigation works with the keyboard and shows grouped results', async () => {
    const { page, external, errors } = await open('/zoeken')
    await tabTo(page, '#zoek-q')
    await page.keyboard.type('opsporing')
    await Promise.all([page.waitForURL(/q=opsporing/), page.keyboard.press('Enter')])
    expect(await page.textContent('main')).toContain('voor "opsporing"')
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })
})
