// SPDX-License-Identifier: EUPL-1.2
// One case through two instruments in Chromium (#12): from the route page, "B8-traject plannen"
// opens the planner filled in with the same scenario; it shows a plan at once, and adding the start
// of the reflection period gives its legal deadline. With and without JavaScript; no request may
// leave localhost and no console error may occur.
import { describe, expect, it } from 'vitest'
import { chromiumAvailable, openPage, useBrowserSession } from './browser.ts'

const run = chromiumAvailable()

describe.skipIf(!run)('route page → B8 planner in Chromium', () => {
  const session = useBrowserSession()

  it.each([true, false])('arrives pre-filled and computes a plan (JavaScript %s)', async (javaScript) => {
    const { page, external, errors } = await openPage(
      session().browser,
      session().origin,
      '/route?exploitation=labour&age=40&nationality=Chinees&residence=none',
      { javaScript },
    )
    await Promise.all([
      page.waitForURL(/\/b8-planner\?/),
      page.getByRole('link', { name: 'B8-traject plannen' }).click(),
    ])
    expect(page.url()).toContain('nationality=CN')
    expect(page.url()).not.toContain('reflectionStart')
    // Pre-filled: the person and the situation, only the dates left to enter.
    expect(await page.inputValue('#b8-nationality')).toBe('CN')
    expect(await page.inputValue('#b8-age')).toBe('40')
    expect(await page.inputValue('#b8-residence')).toBe('none')
    expect(await page.isChecked('#b8-exploitation-labour')).toBe(true)
    expect(await page.inputValue('#b8-reflectionStart')).toBe('')
    // A plan at once, with the labour ground from the route's form of exploitation.
    expect(await page.locator('#tijdlijn').count()).toBe(1)
    expect((await page.textContent('main')) ?? '').toMatch(/vergunningsgronden[^:]*: g/)

    // Enter the dates and compute again.
    await page.fill('#b8-reflectionStart', '2025-03-10')
    await page.locator('details:has(#b8-asOf)').evaluate((d) => d.setAttribute('open', ''))
    await page.fill('#b8-asOf', '2025-04-01')
    await Promise.all([page.waitForURL(/reflectionStart=2025-03-10/), page.click('form button[type="submit"]')])
    const step = (await page.textContent('#stap-t06-bedenktijd')) ?? ''
    expect(step).toContain('9 juni 2025')
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })
})
