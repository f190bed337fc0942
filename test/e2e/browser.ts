// SPDX-License-Identifier: EUPL-1.2
// Starting Debian's Chromium through playwright-core for the browser tests. Without Chromium the
// tests skip with a message, except in CI (env CI set), where a missing browser is a failure.
import { existsSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import type { Dataset } from '../../src/domain/entities.ts'
import { buildWebApp } from '../helpers/web-app.ts'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/** Whether the browser tests can run here; logs why not, and throws in CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) {
    return true
  }
  const message = `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium: apt-get install chromium)`
  if (process.env.CI !== undefined && process.env.CI !== '') {
    throw new Error(`${message} — in CI the browser is required`)
  }
  console.warn(message)
  return false
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
}

export interface OpenedPage {
  readonly page: Page
  /** Every request that tried to leave the app's origin (they are answered locally, never sent). */
  readonly external: string[]
  /** Console errors and uncaught page errors. */
  readonly errors: string[]
  readonly status: number
}

/**
 * Opens a page that records console errors and blocks (and records) any non-local request; `from`
 * first opens an outside page (answered locally) so the history has an entry before the site.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  path: string,
  options: { javaScript?: boolean; width?: number; height?: number; hasTouch?: boolean; from?: string } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    hasTouch: options.hasTouch ?? false,
  })
  const page = await context.newPage()
  const external: string[] = []
  const errors: string[] = []
  await watch(page, origin, () => ({ external, errors }))
  if (options.from !== undefined) {
    // Arrive the way a visitor does: from another site (say, a search engine) in the same tab.
    await page.goto(options.from)
    external.length = 0
  }
  const res = await page.goto(origin + path)
  return { page, external, errors, status: res?.status() ?? 0 }
}

/** Answers requests to other origins locally (recording them) and records console and page errors. */
async function watch(
  page: Page,
  origin: string,
  current: () => { readonly external: string[]; readonly errors: string[] },
): Promise<void> {
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin)) {
      return route.continue()
    }
    current().external.push(url)
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>elders</title>' })
  })
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      current().errors.push(msg.text())
    }
  })
  page.on('pageerror', (e) => current().errors.push(e.message))
}

export interface Tab {
  /** Loads `path` as a new document in the tab; external requests and errors are those of this visit. */
  visit(path: string): Promise<OpenedPage>
}

/**
 * One tab (JavaScript on) that visits page after page, for checks that look at each page on its
 * own: a fresh context per page took three times as long (a new renderer each time). Each visit is
 * a full navigation, a new document with every resource loaded again from the app (routing turns
 * Chromium's HTTP cache off); the site keeps no cookies or storage, so a visit starts as a first
 * visit does. It closes with the browser.
 */
export async function openTab(
  browser: Browser,
  origin: string,
  viewport: { readonly width: number; readonly height: number } = { width: 1280, height: 900 },
): Promise<Tab> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  let log = { external: [] as string[], errors: [] as string[] }
  await watch(page, origin, () => log)
  return {
    async visit(path) {
      log = { external: [], errors: [] }
      const res = await page.goto(origin + path)
      return { page, ...log, status: res?.status() ?? 0 }
    },
  }
}

export interface BrowserSession {
  readonly app: FastifyInstance
  readonly browser: Browser
  /** http://127.0.0.1:PORT of the app under test. */
  readonly origin: string
}

/**
 * For one describe block: the app (buildWebApp over `dataset`, default the fixture dataset on its fixed
 * date; pass `today` for real data) listening on a free port, and one Chromium. Returns a getter.
 */
export function useBrowserSession(dataset?: Dataset, today?: string): () => BrowserSession {
  let session: BrowserSession | undefined
  let app: FastifyInstance | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    app = await buildWebApp(dataset, today)
    const origin = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    session = { app, browser, origin }
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })
  return () => {
    if (session === undefined) {
      throw new Error('the browser session is not started yet (use it inside tests)')
    }
    return session
  }
}
