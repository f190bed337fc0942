// SPDX-License-Identifier: EUPL-1.2
// First paint on a cheap phone: Chromium with DevTools' network presets (slow 4G, slow 3G) and a
// 4x CPU slowdown, empty cache, for `/`, `/hulp` and a route page (targets in docs/performance.md).
// Run: node --import tsx bench/first-paint.bench.ts [--rounds=N] [--before=DIR] [--url=ORIGIN]
//   --before=DIR  also start the server of another checkout (e.g. a `git archive` of main) and
//                 measure both in the same run, interleaved, so the ratio compares like with like
//   --url=ORIGIN  measure a server that is already running instead of starting this checkout
// Each server is the real entry point (src/server/main.ts) over its checkout's national dataset, on
// a fresh SQLite file, on 127.0.0.1 only.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser.ts'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const rounds = Number(args.get('rounds') ?? 3)

/** Chrome DevTools' presets ("3G" was called "Slow 3G"; "Slow 4G" was "Fast 3G"). Bytes per second. */
const NETWORKS = {
  'slow 4G': { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
  'slow 3G': { latency: 2_000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
} as const
const CPU_SLOWDOWN = 4
/** Targets for the first paint of `/` and `/hulp` (issue 21); the route page is measured, not held to them. */
const TARGET_MS: Readonly<Record<keyof typeof NETWORKS, number>> = { 'slow 4G': 2_000, 'slow 3G': 5_000 }

const PAGES = [
  { name: '/', path: '/' },
  { name: '/hulp', path: '/hulp' },
  { name: 'route page', path: '/route?exploitation=labour&age=30&nationality=RO&municipality=GM0344' },
] as const

interface Sample {
  /** First paint of anything (the exit bar comes first in the HTML). */
  readonly firstPaint: number
  readonly firstContentfulPaint: number
  /** Largest contentful paint: when the page's own content is shown, styled. */
  readonly largestContentfulPaint: number
  /** Bytes over the wire for the document and its stylesheets. */
  readonly htmlBytes: number
  readonly cssBytes: number
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      s.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0))
    })
  })
}

interface Server {
  readonly origin: string
  stop(): Promise<void>
}

async function startServer(checkout: string): Promise<Server> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'wgw-bench-'))
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(checkout, 'src/server/main.ts')], {
    cwd: checkout,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}`,
      DATA_DIR: join(checkout, 'data'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      if ((await fetch(`${origin}/`)).ok) {
        break
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill()
      throw new Error(`the server of ${checkout} did not answer on / within 180 s`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    origin,
    stop: async () => {
      child.kill()
      await new Promise((r) => child.once('exit', r))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function measure(
  browser: Browser,
  origin: string,
  path: string,
  network: keyof typeof NETWORKS,
): Promise<Sample> {
  // A new context per load: an empty cache, as in the private window the safety page recommends.
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    let htmlBytes = 0
    let cssBytes = 0
    const types = new Map<string, string>()
    cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) => types.set(e.requestId, e.type))
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      const type = types.get(e.requestId)
      if (type === 'Document') {
        htmlBytes += e.encodedDataLength
      } else if (type === 'Stylesheet') {
        cssBytes += e.encodedDataLength
      }
    })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORKS[network] })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number }
      w.__lcp = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          w.__lcp = Math.max(w.__lcp, e.startTime)
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true })
    })
    await page.goto(origin + path, { waitUntil: 'load', timeout: 120_000 })
    // LCP settles once nothing new is painted; a short wait after load is enough for these pages.
    await page.waitForTimeout(300)
    const paints = await page.evaluate(() => {
      const byName = new Map(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]))
      return {
        fp: byName.get('first-paint') ?? Number.NaN,
        fcp: byName.get('first-contentful-paint') ?? Number.NaN,
        lcp: (window as unknown as { __lcp: number }).__lcp,
      }
    })
    return {
      firstPaint: paints.fp,
      firstContentfulPaint: paints.fcp,
      largestContentfulPaint: paints.lcp,
      htmlBytes,
      cssBytes,
    }
  } finally {
    await context.close()
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] ?? Number.NaN)
}
const ms = (n: number): string => `${(n / 1000).toFixed(2)} s`
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`

const targets: { label: string; origin: string; stop?: () => Promise<void> }[] = []
const url = args.get('url')
const before = args.get('before')
try {
  if (before !== undefined) {
    const server = await startServer(before)
    targets.push({ label: 'before', origin: server.origin, stop: server.stop })
  }
  if (url !== undefined) {
    targets.push({ label: 'given', origin: url.replace(/\/$/, '') })
  } else {
    const server = await startServer(root)
    targets.push({ label: before === undefined ? 'this checkout' : 'after', origin: server.origin, stop: server.stop })
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
  const results = new Map<string, Sample[]>()
  try {
    for (let round = 0; round < rounds; round++) {
      for (const network of Object.keys(NETWORKS) as (keyof typeof NETWORKS)[]) {
        for (const p of PAGES) {
          for (const t of targets) {
            const key = `${t.label}|${network}|${p.name}`
            const list = results.get(key) ?? []
            list.push(await measure(browser, t.origin, p.path, network))
            results.set(key, list)
          }
        }
      }
    }
  } finally {
    await browser.close()
  }
  console.log(
    `first paint, Chromium ${browser.version()}, 375x667, CPU ${CPU_SLOWDOWN}x slower, empty cache, median of ${rounds}`,
  )
  console.log('| server | network | page | first paint | FCP | LCP | HTML | CSS | target (FP of / and /hulp) |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  let failed = false
  for (const network of Object.keys(NETWORKS) as (keyof typeof NETWORKS)[]) {
    for (const p of PAGES) {
      for (const t of targets) {
        const list = results.get(`${t.label}|${network}|${p.name}`) ?? []
        const fp = median(list.map((s) => s.firstPaint))
        const held = p.name !== 'route page'
        const met = fp <= TARGET_MS[network]
        if (held && !met && t.label !== 'before') {
          failed = true
        }
        console.log(
          `| ${t.label} | ${network} | ${p.name} | ${ms(fp)} | ${ms(median(list.map((s) => s.firstContentfulPaint)))} | ${ms(
            median(list.map((s) => s.largestContentfulPaint)),
          )} | ${kb(median(list.map((s) => s.htmlBytes)))} | ${kb(median(list.map((s) => s.cssBytes)))} | ${
            held ? `${ms(TARGET_MS[network])} ${met ? 'met' : 'MISSED'}` : '–'
          } |`,
        )
      }
    }
  }
  if (failed) {
    process.exitCode = 1
  }
} finally {
  for (const t of targets) {
    await t.stop?.()
  }
}
