// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the organogram on the national dataset (issues 16 item 4 and 17).
// Run: node --import tsx bench/organogram.bench.ts [--rounds=20] [--duration=10] [--asOf=YYYY-MM-DD]
//
// 1. In process, median of --rounds: the baseline is rendering the PNG download on every request
//    (chart + layout + SVG + resvg, as /organogram.png did before the cache); compared with it, the
//    SVG alone, the HTML page, a request served from the download cache and a 304 revalidation.
// 2. Over HTTP, as in issue 16: 10 clients fetch /organogram.png for --duration seconds while a
//    probe asks GET /health every 50 ms. Once with the PNG rendered on the event loop for every
//    request (the old behaviour, rebuilt here with resvg's synchronous API) and once with the
//    cache. The server runs in a child process (this file with --serve=MODE), so the probe and
//    autocannon never share its event loop.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Fastify from 'fastify'
import { loadDataset } from '../src/data/dataset/load.ts'
import { buildCatalog } from '../src/domain/catalog/index.ts'
import { assetBundle } from '../src/web/assets/bundle.ts'
import { toHtmlString } from '../src/web/html.ts'
import { notFoundPage } from '../src/web/pages/not-found/template.ts'
import { buildChart } from '../src/web/pages/organogram/chart.ts'
import { DownloadCache, etagMatches } from '../src/web/pages/organogram/downloads.ts'
import { layoutChart, printZoom } from '../src/web/pages/organogram/layout.ts'
import { loadPngRenderer } from '../src/web/pages/organogram/png.ts'
import { registerOrganogramPages } from '../src/web/pages/organogram/route.ts'
import { chartSource } from '../src/web/pages/organogram/source.ts'
import { chartSvg } from '../src/web/pages/organogram/svg.ts'
import { organogramPage } from '../src/web/pages/organogram/template.ts'
import { svgTexts } from '../src/web/pages/organogram/texts.ts'
import { pageContext, type WebDeps } from '../src/web/routing.ts'

const root = join(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    duration: { type: 'string', default: '10' },
    asOf: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    data: { type: 'string', default: join(root, 'data') },
    serve: { type: 'string' },
  },
})
const rounds = Number(args.rounds)
const { dataset, problems } = loadDataset(args.data, root)
if (problems.length > 0) {
  console.warn(`warning: ${problems.length} dataset problems; invalid records are skipped`)
}
const catalog = buildCatalog(dataset)
const deps: WebDeps = { catalog: () => catalog, today: () => args.asOf, assets: assetBundle() }

/** The old behaviour: a synchronous resvg render on the event loop, nothing kept. */
async function syncRenderer(): Promise<(svg: string) => Promise<Buffer>> {
  const { Resvg } = (await import('@resvg/resvg-js')) as {
    Resvg: new (svg: string, o: object) => { render(): { asPng(): Buffer } }
  }
  const options = {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }
  return (svg) => Promise.resolve(new Resvg(svg, options).render().asPng())
}

if (args.serve !== undefined) {
  // Child: serve the organogram routes plus a /health route, print the port, run until killed.
  const app = Fastify({ logger: false })
  app.get('/health', async () => ({ status: 'ok' }))
  const cache =
    args.serve === 'per-request'
      ? new DownloadCache(await syncRenderer(), { maxEntries: 0, maxRenders: 1000, maxWaiting: 1000 })
      : new DownloadCache(await loadPngRenderer())
  await registerOrganogramPages(app, deps, notFoundPage, cache)
  console.log(await app.listen({ port: 0, host: '127.0.0.1' }))
} else {
  await inProcess()
  await overHttp()
}

async function median(run: () => unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

async function inProcess(): Promise<void> {
  const toPng = await loadPngRenderer()
  if (toPng === undefined) {
    throw new Error('@resvg/resvg-js is not installed')
  }
  const ctx = pageContext(deps, 'nl', '/organogram.png')
  const source = chartSource(ctx.data)
  const q = { form: 'labour' as const, municipality: 'GM0344' }
  const svgOf = (): string => {
    const chart = buildChart(source, q, 'nl')
    return chartSvg(layoutChart(chart), svgTexts(chart, source, q, ctx.t, 'nl', args.asOf))
  }
  const baseline = await median(async () => toPng(svgOf()))
  const svgOnly = await median(svgOf)
  const pageRender = await median(() => {
    const chart = buildChart(source, q, 'nl')
    const layout = layoutChart(chart)
    const h = { query: q, errors: [], raw: {} }
    const view = { highlight: h, chart, spans: layout.phases.map((p) => p.span), printZoom: printZoom(layout) }
    return toHtmlString(organogramPage(ctx, { ...view, source, pngAvailable: true }))
  })
  const cache = new DownloadCache(toPng)
  const key = () => cache.key(source.version, [source.asOf, 'nl', '', q.form, '', q.municipality])
  await cache.png(cache.entry(key(), svgOf))
  const cached = await median(async () => cache.png(cache.entry(key(), svgOf)))
  const etag = cache.entry(key(), svgOf).pngEtag
  const revalidated = await median(() => etagMatches(etag, cache.entry(key(), svgOf).pngEtag))
  const ratio = (x: number): string => (x / baseline).toFixed(5)
  const row = (label: string, ms: number): void =>
    console.log(`${label.padEnd(52)} ${ms.toFixed(3).padStart(9)} ms  ${ratio(ms)}`)
  console.log(
    `organogram on ${source.phases.length} phases, ${dataset.responsibilities.length} responsibilities; scenario form=labour, municipality=GM0344; median of ${rounds}`,
  )
  row('baseline: PNG rendered per request (chart+SVG+resvg)', baseline)
  row('SVG per request (chart + layout + SVG)', svgOnly)
  row('HTML page (chart + layout + template)', pageRender)
  row('PNG from the download cache', cached)
  row('304: cache lookup + ETag compare', revalidated)
}

interface Server {
  readonly url: string
  stop(): void
}

function startServer(mode: 'per-request' | 'cached'): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, `--serve=${mode}`, `--asOf=${args.asOf}`, `--data=${args.data}`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({ url: chunk.toString().trim(), stop: () => child.kill('SIGTERM') }),
    )
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
}

/** GET /health every 50 ms until stopped; the latencies in ms. */
function probe(url: string): { stop(): Promise<number[]> } {
  const latencies: number[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const start = performance.now()
      await fetch(`${url}/health`).then((r) => r.text())
      latencies.push(performance.now() - start)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return latencies.sort((a, b) => a - b)
    },
  }
}

async function overHttp(): Promise<void> {
  const duration = Number(args.duration)
  console.log(`\nHTTP: 10 clients on /organogram.png?form=labour for ${duration} s, GET /health probed every 50 ms`)
  for (const mode of ['per-request', 'cached'] as const) {
    const server = await startServer(mode)
    try {
      const health = probe(server.url)
      const result = await autocannon({
        url: server.url,
        connections: 10,
        duration,
        requests: [{ method: 'GET', path: '/organogram.png?form=labour' }],
      })
      const h = await health.stop()
      const p = (q: number): string => (h[Math.min(h.length - 1, Math.floor(q * h.length))] ?? 0).toFixed(0)
      console.log(
        `${mode.padEnd(12)} PNG ${result.requests.average.toFixed(1).padStart(7)} req/s, p99 ${String(result.latency.p99).padStart(6)} ms, errors ${result.errors + result.non2xx}; /health p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${(h[h.length - 1] ?? 0).toFixed(0)} ms`,
      )
    } finally {
      server.stop()
    }
  }
}
