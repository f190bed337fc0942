// SPDX-License-Identifier: EUPL-1.2
// Starting Debian's Chromium through playwright-core for the browser tests. Without Chromium the
// tests skip with a message, except in CI (env CI set), where a missing browser is a failure.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
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
