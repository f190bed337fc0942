// SPDX-License-Identifier: EUPL-1.2
// The editorial back-office in Chromium (issue 13, done means): an administrator creates an
// organisation editor; the editor enrols and logs in with TOTP, changes the phone number of their
// zorgcoördinatie (CoMensha in the fixture's Midden-Nederland) and cannot open another
// organisation's record (403); the national editor sees the diff and publishes; the public party
// page and the API show the new number and the verified date; the audit trail verifies. The whole
// flow runs with JavaScript off; every page is checked with axe-core (WCAG 2.2 AA, JS on).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount } from '../../src/backoffice/accounts.ts'
import { totpCode } from '../../src/backoffice/totp.ts'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { backofficeApp, type BackofficeApp } from '../backoffice/helpers.ts'
import { chromiumAvailable, launchChromium } from './browser.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const PASSWORD = 'groene deur achter het station'
const NEW_NUMBER = '033 123 45 67'

const run = chromiumAvailable()

describe.skipIf(!run)('editorial back-office in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgw-backoffice-e2e-'))
  const file = join(dir, 'e2e.sqlite')
  let t: BackofficeApp
  let browser: Browser
  let origin = ''
  const contexts: BrowserContext[] = []
  const visited = new Map<string, BrowserContext>()

  beforeAll(async () => {
    t = await backofficeApp({ dataDir: FIXTURE_DIR, file })
    origin = await t.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A person's browser, JavaScript off (the pages must work without it), offline except the app. */
  async function person(): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: false })
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
    contexts.push(context)
    return context.newPage()
  }

  async function seen(page: Page): Promise<void> {
    visited.set(new URL(page.url()).pathname, page.context())
  }

  /** Enrols through the one-time link: password, TOTP code from the secret on the page. */
  async function enrol(page: Page, link: string): Promise<string> {
    await page.goto(link)
    await seen(page)
    const secret = ((await page.locator('#totp-secret').textContent()) ?? '').replaceAll(' ', '')
    await page.fill('#password', PASSWORD)
    await page.fill('#passwordRepeat', PASSWORD)
    await page.fill('#code', totpCode(secret))
    await page.click('button[type=submit]')
    await expect(page.locator('h1').textContent()).resolves.toBe('Aangemeld')
    await seen(page)
    expect(await page.locator('#recovery-codes li').count()).toBe(10)
    return secret
  }

  async function logIn(page: Page, email: string, secret: string): Promise<void> {
    await page.goto(`${origin}/beheer/inloggen`)
    await seen(page)
    await page.fill('#email', email)
    await page.fill('#password', PASSWORD)
    // The next 30-second step: the enrolment used the current one, and a code works once.
    await page.fill('#code', totpCode(secret, Date.now() + 30_000))
    await page.click('form[action="/beheer/inloggen"] button')
    expect(new URL(page.url()).pathname).toBe('/beheer')
    await seen(page)
  }

  it('administrator → editor → national editor → public page, API and audit', { timeout: 180_000 }, async () => {
    // The first administrator and the national editor come from the CLI's `user add` (one-time links).
    const admin = await createAccount(
      t.db,
      { email: 'beheer@example.org', displayName: 'Beheerder', grants: [{ role: 'administrator', scope: '' }] },
      'cli:test',
    )
    const nat = await createAccount(
      t.db,
      {
        email: 'landelijk@example.org',
        displayName: 'Landelijk Redacteur',
        grants: [{ role: 'national-editor', scope: '' }],
      },
      'cli:test',
    )

    const adminPage = await person()
    const adminSecret = await enrol(adminPage, `${origin}/beheer/aanmelden/${admin.token}`)
    await logIn(adminPage, 'beheer@example.org', adminSecret)
    await adminPage.goto(`${origin}/beheer/accounts`)
    await seen(adminPage)
    await adminPage.fill('#email', 'redactie@comensha.example')
    await adminPage.fill('#name', 'Redacteur CoMensha')
    await adminPage.selectOption('#role', 'organisation-editor')
    await adminPage.fill('#org', 'comensha')
    await adminPage.click('form[action="/beheer/accounts"] button')
    const link = ((await adminPage.locator('#enrolment-link').textContent()) ?? '').trim()
    expect(link).toMatch(/\/beheer\/aanmelden\/[A-Za-z0-9_-]{43}$/)
    // The administrator gives the new account a second role on its account page, and takes it back.
    await adminPage.click('a:text("redactie@comensha.example")')
    await seen(adminPage)
    await adminPage.selectOption('#role', 'municipality')
    await adminPage.fill('#org', 'GM0344')
    await adminPage.click('form[action$="/rollen"] button')
    expect(await adminPage.locator('#grants').textContent()).toContain('gemeente (GM0344)')
    await adminPage.click('form[action$="/rollen/intrekken"]:has(input[value="GM0344"]) button')
    expect(await adminPage.locator('#grants').textContent()).not.toContain('GM0344')

    const editor = await person()
    const editorSecret = await enrol(editor, link.replace(/^https?:\/\/[^/]+/, origin))
    await logIn(editor, 'redactie@comensha.example', editorSecret)
    await editor.goto(`${origin}/beheer/records/parties/comensha`)
    await seen(editor)
    const yamlText = await editor.locator('#proposal').inputValue()
    const oldNumber = /number: "?([^"\n]+)"?/.exec(yamlText)?.[1] ?? ''
    expect(oldNumber).not.toBe('')
    await editor.fill('#proposal', yamlText.replace(oldNumber, NEW_NUMBER))
    await editor.fill('#reason', 'Nieuw nummer van de helpdesk, zie comensha.nl')
    await editor.click('form[action$="/voorstellen"] button')
    expect(new URL(editor.url()).pathname).toMatch(/^\/beheer\/voorstellen\//)
    await seen(editor)
    const forbidden = await editor.goto(`${origin}/beheer/records/parties/politie`)
    expect(forbidden?.status()).toBe(403)

    const national = await person()
    const natSecret = await enrol(national, `${origin}/beheer/aanmelden/${nat.token}`)
    await logIn(national, 'landelijk@example.org', natSecret)
    await national.goto(`${origin}/beheer/voorstellen`)
    await seen(national)
    await national.click('a[href^="/beheer/voorstellen/"]')
    await seen(national)
    expect(await national.locator('#diff ins').first().textContent()).toBe(NEW_NUMBER)
    await national.fill('#decision-comment', 'Gecontroleerd op comensha.nl')
    await national.click('form[action$="/besluit"] button')
    await national.click('form[action$="/publiceren"] button')
    expect(new URL(national.url()).pathname).toBe('/beheer/records/parties/comensha')
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })
    expect(await national.locator('#verified-at').textContent()).toBe(today)
    // Any earlier version, shown and compared; the dataset's versions.
    await national.goto(`${origin}/beheer/records/parties/comensha/versies?van=1&naar=2`)
    await seen(national)
    expect(await national.locator('#diff ins').first().textContent()).toBe(NEW_NUMBER)
    await national.goto(`${origin}/beheer/records/parties/comensha/versies/1`)
    await seen(national)
    expect(await national.locator('#version-yaml').textContent()).toContain(oldNumber)
    await national.goto(`${origin}/beheer/versies`)
    await seen(national)
    await national.goto(`${origin}/beheer/audit`)
    await seen(national)

    const visitor = await person()
    await visitor.goto(`${origin}/organisaties/comensha`)
    expect(await visitor.locator(`a[href="tel:${NEW_NUMBER.replaceAll(' ', '')}"]`).count()).toBeGreaterThan(0)
    expect(await visitor.locator(`time[datetime="${today}"]`).count()).toBeGreaterThan(0)
    const cookies = await visitor.context().cookies()
    expect(cookies).toEqual([])
    const api = await visitor.goto(`${origin}/api/v1/parties/comensha`)
    const json = (await api?.json()) as { verifiedAt?: string; contact?: { phones?: { number: string }[] } }
    expect(json.contact?.phones?.[0]?.number).toBe(NEW_NUMBER)
    expect(json.verifiedAt).toBe(today)

    const io = captureIo({ env: { DATABASE_URL: `sqlite:${file}` } })
    expect(await main(['audit', 'verify'], io)).toBe(0)
    expect(io.stdout.join('\n')).toMatch(/^audit trail intact: \d+ events/)
  })

  it('every back-office page passes axe (WCAG 2.2 AA)', { timeout: 120_000 }, async () => {
    expect(visited.size).toBeGreaterThanOrEqual(11)
    for (const [path, context] of visited) {
      // Same cookies, JavaScript on for axe.
      const axeContext = await browser.newContext()
      await axeContext.addCookies(await context.cookies())
      const page = await axeContext.newPage()
      await page.goto(`${origin}${path}`)
      await page.evaluate(AXE_SOURCE)
      const violations = await page.evaluate(async (tags) => {
        const a = (
          window as unknown as {
            axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> }
          }
        ).axe
        const result = await a.run(document, { runOnly: { type: 'tag', values: tags } })
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
      }, WCAG_TAGS)
      expect(violations, path).toEqual([])
      await axeContext.close()
    }
  })
})
