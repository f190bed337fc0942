// SPDX-License-Identifier: EUPL-1.2
// The quick exit and the first screen on a phone (375 px), in Chromium: the exit bar is first,
// works before the stylesheet arrives, never lies over a focusable element, leaves with one tap or
// Shift x3 (not Escape), and Back afterwards does not show the page; the menu is collapsed so the
// page's heading and first action are on the first screen.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PAGE_EXAMPLES } from '../web/page-types.ts'
import { chromiumAvailable, openPage, openTab, type OpenedPage, type Tab, useBrowserSession } from './browser.ts'

const EXIT = 'https://www.weeronline.nl/'
/** Where the visitor came from before the site (answered locally by openPage). */
const ELSEWHERE = 'https://zoeken.example/?q=hulp'
const PHONE = { width: 375, height: 667 } as const

const run = chromiumAvailable()

/** Box of the exit bar and every focusable element that overlaps it, after focusing each (last to first). */
async function focusOverlaps(page: Page): Promise<{ checked: number; overlaps: string[] }> {
  return page.evaluate(() => {
    const bar = document.querySelector('[data-exit-bar]')
    if (bar === null) {
      return { checked: 0, overlaps: ['no exit bar'] }
    }
    const focusable = Array.from(
      document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ).filter((el) => !bar.contains(el) && el.checkVisibility())
    const overlaps: string[] = []
    const intersects = (a: DOMRect, b: DOMRect): boolean =>
      a.width > 0 && a.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    const describe = (el: HTMLElement): string =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    // At rest (top of the page) the bar takes its own room: nothing lies under it.
    for (const el of focusable) {
      if (intersects(el.getBoundingClientRect(), bar.getBoundingClientRect())) {
        overlaps.push(`at rest: ${describe(el)}`)
      }
    }
    // Shift+Tab order (last to first) brings every element in from above, the case a sticky bar can
    // hide. An element that fits below the bar must be wholly visible; a taller one (a scrollable
    // diagram) can only be partly covered, never entirely (WCAG 2.4.11).
    for (const el of [...focusable].reverse()) {
      el.focus()
      if (document.activeElement !== el) {
        continue
      }
      const r = el.getBoundingClientRect()
      const b = bar.getBoundingClientRect()
      const fits = r.height <= window.innerHeight - b.height
      const covered = r.top >= b.top && r.bottom <= b.bottom
      if ((fits && intersects(r, b)) || covered) {
        overlaps.push(`focused: ${describe(el)}`)
      }
    }
    return { checked: focusable.length, overlaps }
  })
}

describe.skipIf(!run)('quick exit and first screen in Chromium', () => {
  const session = useBrowserSession()

  const open = (path: string, options: Parameters<typeof openPage>[3] = {}): Promise<OpenedPage> =>
    openPage(session().browser, session().origin, path, options)
  /** One phone-sized tab for the checks page by page (browser.ts: openTab). */
  let phoneTab: Tab | undefined

  it('the exit link comes first in the HTML, before the stylesheet', async () => {
    const body = await (await fetch(`${session().origin}/hulp`)).text()
    const afterBody = body.slice(body.indexOf('<body'))
    expect(afterBody.match(/<a\b[^>]*>/)?.[0]).toContain('data-quick-exit')
    expect(afterBody.indexOf('data-quick-exit')).toBeLessThan(afterBody.indexOf('rel="stylesheet"'))
    expect(body.slice(0, body.indexOf('<body'))).not.toContain('rel="stylesheet"')
  })

  it('before the stylesheet arrives, the exit is shown and leaves the site', async () => {
    const context = await session().browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    const left: string[] = []
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.endsWith('.css')) {
        return // held: the stylesheet never arrives during this test
      }
      if (url.startsWith(session().origin)) {
        return route.continue()
      }
      left.push(url)
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>weer</title>' })
    })
    await page.goto(`${session().origin}/hulp`, { waitUntil: 'commit' })
    const exit = page.locator('a[data-quick-exit]')
    await exit.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(0)
    await Promise.all([page.waitForURL(/weeronline/), exit.click()])
    expect(left).toEqual([EXIT])
    await context.close()
  })

  it.each(PAGE_EXAMPLES.filter((e) => e.status === 200).map((e) => ({ name: e.name, path: e.path })))(
    '$name at 375 px: the exit bar overlaps no focusable element, at rest or focused',
    async ({ path }) => {
      phoneTab ??= await openTab(session().browser, session().origin, PHONE)
      const { page } = await phoneTab.visit(path)
      const { checked, overlaps } = await focusOverlaps(page)
      expect(checked).toBeGreaterThan(0)
      expect(overlaps).toEqual([])
    },
  )

  it('Shift+Tab from the end of the route page never hides the focused element under the bar', async () => {
    const { page } = await open('/route?exploitation=sexual', { ...PHONE })
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.locator('footer a').last().focus()
    const hidden: string[] = []
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Shift+Tab')
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        const bar = document.querySelector('[data-exit-bar]')?.getBoundingClientRect()
        if (el === null || bar === undefined || el.closest('[data-exit-bar]') !== null) {
          return { done: true, hidden: false, text: '' }
        }
        const r = el.getBoundingClientRect()
        return { done: false, hidden: r.top < bar.bottom && r.bottom > bar.top, text: (el.textContent ?? '').trim() }
      })
      if (state.done) {
        break
      }
      if (state.hidden) {
        hidden.push(state.text)
      }
    }
    expect(hidden).toEqual([])
    expect(page.url()).toContain(session().origin) // Shift+Tab never counts as the Shift shortcut
    await page.context().close()
  })

  it('a tap on each of the first wizard options at 375 px checks it and never leaves the site', async () => {
    const { page, external } = await open('/situatie', { ...PHONE, hasTouch: true })
    const options = page.locator('form.wgw-wizard label.wgw-radio')
    const count = Math.min(await options.count(), 8)
    expect(count).toBeGreaterThanOrEqual(6)
    for (let i = 0; i < count; i++) {
      const label = options.nth(i)
      await label.scrollIntoViewIfNeeded()
      const box = await label.boundingBox()
      expect(box).not.toBeNull()
      await page.touchscreen.tap((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2)
      expect(await label.locator('input').isChecked(), (await label.textContent()) ?? '').toBe(true)
    }
    expect(page.url()).toBe(`${session().origin}/situatie`)
    expect(external).toEqual([])
    await page.context().close()
  })

  it('one tap on the bar leaves; Back does not show the victim page but the page before the site', async () => {
    const { page, external } = await open('/', { ...PHONE, hasTouch: true, from: ELSEWHERE })
    // Home → "Word ik uitgebuit?": the way a victim arrives.
    await Promise.all([page.waitForURL(`${session().origin}/hulp`), page.click(`main a[href="/hulp"]`)])
    const box = await page.locator('a[data-quick-exit]').boundingBox()
    await Promise.all([
      page.waitForURL(/weeronline/),
      page.touchscreen.tap((box?.x ?? 0) + 10, (box?.y ?? 0) + (box?.height ?? 0) / 2),
    ])
    expect(external).toEqual([EXIT])
    await page.goBack()
    // Neither /hulp nor the home page it was opened from: the visit left no entry behind.
    expect(page.url()).toBe(ELSEWHERE)
    await page.context().close()
  })

  it('pages that are not private keep the ordinary history: Back returns to the page before', async () => {
    const { page } = await open('/organisaties', { from: ELSEWHERE })
    await Promise.all([page.waitForURL(/\/organisaties\/politie/), page.click('main a[href="/organisaties/politie"]')])
    await page.goBack()
    expect(page.url()).toBe(`${session().origin}/organisaties`)
    await page.context().close()
  })

  it('pressing Shift three times leaves; the presses before that are announced', async () => {
    const { page, external } = await open('/hulp', { from: ELSEWHERE })
    await page.keyboard.press('Shift')
    expect(await page.textContent('[data-exit-status]')).toBe('Druk nog 2 keer op Shift om deze website te verlaten')
    await page.keyboard.press('Shift')
    expect(await page.textContent('[data-exit-status]')).toBe('Druk nog 1 keer op Shift om deze website te verlaten')
    await Promise.all([page.waitForURL(/weeronline/), page.keyboard.press('Shift')])
    expect(external).toEqual([EXIT])
    await page.goBack()
    expect(page.url()).toBe(ELSEWHERE)
    await page.context().close()
  })

  it('typing capitals (Shift with other keys) and Escape do not leave', async () => {
    const { page, external } = await open('/zoeken')
    await page.focus('#zoek-q')
    await page.keyboard.type('ABC DEF')
    expect(await page.inputValue('#zoek-q')).toBe('ABC DEF')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    expect(page.url()).toBe(`${session().origin}/zoeken`)
    expect(external).toEqual([])
    await page.context().close()
  })

  it('the Shift shortcut is announced next to the exit only when it works (with JavaScript, wide screens)', async () => {
    const wide = await open('/hulp')
    expect(await wide.page.isVisible('#quick-exit-keys')).toBe(true)
    expect(await wide.page.getAttribute('a[data-quick-exit]', 'aria-describedby')).toBe(
      'quick-exit-hint quick-exit-keys',
    )
    await wide.page.context().close()
    const noScript = await open('/hulp', { javaScript: false })
    expect(await noScript.page.isVisible('#quick-exit-keys')).toBe(false)
    await noScript.page.context().close()
  })

  it('without JavaScript the exit is a plain link that leaves; Back then shows the page (as /veilig-internetten says)', async () => {
    const { page, external } = await open('/hulp', { javaScript: false, from: ELSEWHERE })
    await Promise.all([page.waitForURL(/weeronline/), page.click('a[data-quick-exit]')])
    expect(external).toEqual([EXIT])
    await page.goBack()
    expect(page.url()).toBe(`${session().origin}/hulp`)
    await page.context().close()
  })

  it.each([
    { path: '/hulp', action: 'main a[href="/veilig-internetten"]' },
    {
      path: '/route?exploitation=labour&nationalityGroup=third-country&municipality=GM0344',
      // Issue 11: the route page opens with its summary; the first action is the first number to call.
      action: 'main .wgw-summary a[href^="tel:"]',
    },
    { path: '/situatie', action: 'main input[type="checkbox"]' },
    { path: '/organisaties', action: 'main a[href^="/organisaties/"]' },
  ])(
    '$path at 375x667: the menu is collapsed, the heading and first action are on the first screen',
    async ({ path, action }) => {
      const { page } = await open(path, { ...PHONE })
      expect(await page.isVisible('.wgw-nav__list a')).toBe(false)
      for (const selector of ['main h1', action]) {
        const box = await page.locator(selector).first().boundingBox()
        expect(box, selector).not.toBeNull()
        expect((box?.y ?? 0) + (box?.height ?? 0), selector).toBeLessThanOrEqual(PHONE.height)
      }
      await page.context().close()
    },
  )

  it('the menu opens without JavaScript, by keyboard, and its links work; on a wide screen it is open', async () => {
    const { page } = await open('/hulp', { ...PHONE, javaScript: false })
    await page.focus('.wgw-nav__toggle')
    await page.keyboard.press('Enter')
    expect(await page.isVisible('.wgw-nav__list a[href="/rechten"]')).toBe(true)
    await page.keyboard.press('Tab') // the first menu link
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/')
    await page.context().close()

    const wide = await open('/hulp')
    expect(await wide.page.isVisible('.wgw-nav__toggle')).toBe(false)
    expect(await wide.page.isVisible('.wgw-nav__list a[href="/rechten"]')).toBe(true)
    const names = await wide.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents()
    expect(names).toContain('Rechten')
    await wide.page.context().close()
  })
})
