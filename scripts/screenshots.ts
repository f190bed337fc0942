// SPDX-License-Identifier: EUPL-1.2
// Makes the screenshots in docs/screenshots/ (home, /hulp, wizard, route page: 1280 and 375 px wide; the
// organogram chart at 1366×900, at 375 px and as printed on A3 landscape; the victim page in
// Arabic, Polish and Vietnamese at 375 px) from the REAL dataset in data/, with Debian's Chromium
// through playwright-core.
// Run: node --import tsx scripts/screenshots.ts [--out=DIR] [--chromium=/usr/bin/chromium] [--only=hulp,hulp-ar,…]
import Fastify from 'fastify'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { importValidDataset } from '../src/data/dataset/import.ts'
import { loadDataset } from '../src/data/dataset/load.ts'
import { openDatabase } from '../src/data/dialect.ts'
import { SearchService } from '../src/data/search/search-service.ts'
import { migrateOrThrow } from '../src/data/migrate.ts'
import { webNotFoundHandler, webPlugin } from '../src/web/plugin.ts'
import { buildCatalog } from '../src/domain/catalog/index.ts'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const outDir = args.get('out') ?? join(root, 'docs', 'screenshots')
const chromiumPath = args.get('chromium') ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'hulp', path: '/hulp' },
  { name: 'wizard', path: '/situatie?stap=2&exploitation=labour&ageGroup=adult&nationalityGroup=eu' },
  { name: 'route', path: '/route?exploitation=labour&age=30&nationality=RO&municipality=GM0344' },
] as const
/** The victim page in victims' languages (issue 15), on a phone: right to left and two scripts. */
const VICTIM_SHOTS = [
  { name: 'hulp-ar-mobile', path: '/ar/hulp' },
  { name: 'hulp-pl-mobile', path: '/pl/hulp' },
  { name: 'hulp-vi-mobile', path: '/vi/hulp' },
] as const
/** Only these shots (names without -desktop/-mobile for PAGES), when given. */
const only = args.get('only')?.split(',')
const wanted = (name: string): boolean => only === undefined || only.includes(name)
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 1000 },
  { name: 'mobile', width: 375, height: 812 },
] as const

const { dataset, problems } = loadDataset(join(root, 'data'), root)
if (problems.length > 0) {
  console.error(`data/ has ${problems.length} problems; fix them first (wegwijzer validate)`)
  process.exit(1)
}
const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
await migrateOrThrow(db)
await importValidDataset(db, dataset)
const app = Fastify({ logger: false })
const catalog = buildCatalog(dataset)
const options = { catalog: () => catalog, db, search: new SearchService(db) }
await app.register(webPlugin, options)
app.setNotFoundHandler(webNotFoundHandler(options))
const origin = await app.listen({ port: 0, host: '127.0.0.1' })

/** The organogram's chart: whole chain on a 1366×900 screen, one phase on a phone, the A3 print. */
async function organogramShots(): Promise<void> {
  const shots = [
    { name: 'organogram-desktop', path: '/organogram', viewport: { width: 1366, height: 900 }, print: false },
    {
      name: 'organogram-mobile',
      path: '/organogram?form=labour&municipality=GM0344#fase-B',
      viewport: { width: 375, height: 812 },
      print: false,
    },
    // An A3 landscape sheet at 96 dpi, less the 10 mm margins of the print stylesheet.
    {
      name: 'organogram-print',
      path: '/organogram?form=labour&municipality=GM0344',
      viewport: { width: 1512, height: 1047 },
      print: true,
    },
  ] as const
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1 })
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
    const page = await context.newPage()
    const res = await page.goto(origin + shot.path, { waitUntil: 'networkidle' })
    if (res?.status() !== 200) {
      throw new Error(`${shot.path} answered ${res?.status() ?? 'nothing'}`)
    }
    if (shot.print) {
      await page.emulateMedia({ media: 'print' })
    } else if (shot.viewport.width > 1000) {
      // The chart itself, from the line above it: the whole chain on one screen.
      await page.evaluate(() => {
        const top = document.querySelector('.wgw-og-phases')?.getBoundingClientRect().top ?? 0
        window.scrollTo(0, top + window.scrollY - 8)
      })
    }
    const file = join(outDir, `${shot.name}.png`)
    await page.screenshot({ path: file })
    console.log(`wrote ${file}`)
    await context.close()
  }
}

async function victimShots(): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 })
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()))
  const page = await context.newPage()
  for (const shot of VICTIM_SHOTS.filter((x) => wanted(x.name))) {
    const res = await page.goto(origin + shot.path, { waitUntil: 'networkidle' })
    if (res?.status() !== 200) {
      throw new Error(`${shot.path} answered ${res?.status() ?? 'nothing'}`)
    }
    const file = join(outDir, `${shot.name}.png`)
    await page.screenshot({ path: file })
    console.log(`wrote ${file}`)
  }
  await context.close()
}

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
try {
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: 1,
    })
    // Pages must not load anything from elsewhere; a screenshot would hide that, so fail instead.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
    const page = await context.newPage()
    for (const p of PAGES.filter((x) => wanted(x.name))) {
      const res = await page.goto(origin + p.path, { waitUntil: 'networkidle' })
      if (res?.status() !== 200) {
        throw new Error(`${p.path} answered ${res?.status() ?? 'nothing'}`)
      }
      const file = join(outDir, `${p.name}-${viewport.name}.png`)
      await page.screenshot({ path: file })
      console.log(`wrote ${file}`)
    }
    await context.close()
  }
  if (wanted('organogram')) {
    await organogramShots()
  }
  await victimShots()
} finally {
  await browser.close()
  await app.close()
  await db.destroy()
}
