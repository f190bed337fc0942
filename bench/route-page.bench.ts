// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the route page's server render on the national dataset (target: median < 5 ms).
// Run: node --import tsx bench/route-page.bench.ts [--rounds=N] [--data=DIR]
// Per scenario it times, in the same run: computeRoute alone (the engine, the baseline), the page
// render (parse + computeRoute + HTML), the party list page render (a data page without the engine)
// and the whole request through Fastify's inject().
import Fastify from 'fastify'
import { join } from 'node:path'
import { loadDataset } from '../src/data/dataset/load.ts'
import { computeRoute } from '../src/domain/route/index.ts'
import { assetBundle } from '../src/web/assets/bundle.ts'
import { toHtmlString } from '../src/web/html.ts'
import { partyListPage } from '../src/web/pages/parties/template.ts'
import { partyList } from '../src/web/pages/parties/view-model.ts'
import { routePage } from '../src/web/pages/route/template.ts'
import {
  parseScenarioQuery,
  scenarioQueryValues,
  type ScenarioQueryValues,
} from '../src/web/pages/wizard/scenario-query.ts'
import { webPlugin } from '../src/web/plugin.ts'
import { pageContext, type WebDeps } from '../src/web/routing.ts'
import { buildCatalog } from '../src/domain/catalog/index.ts'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const dataDir = args.get('data') ?? join(root, 'data')
const rounds = Number(args.get('rounds') ?? 200)
const TODAY = '2026-11-29'

/** The query strings of the budget test's realistic scenarios (test/web/real-data-budgets.test.ts). */
const SCENARIOS = [
  'exploitation=sexual',
  'exploitation=labour&age=30&nationality=RO&municipality=GM0344',
  'exploitation=sexual&age=16&nationalityGroup=nl&recruitment=loverboy&municipality=GM0363',
  'exploitation=criminal&ageGroup=minor&nationalityGroup=third-country&unaccompanied=true&municipality=GM0599',
  'exploitation=sexual&exploitation=labour&nationalityGroup=third-country&residence=asylum&cooperation=undecided',
  'exploitation=labour&ageGroup=adult&nationalityGroup=eu&gender=male',
]

function queryOf(search: string): ScenarioQueryValues {
  const fields: Record<string, string[]> = {}
  for (const [k, v] of new URLSearchParams(search)) {
    ;(fields[k] ??= []).push(v)
  }
  return scenarioQueryValues(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length === 1 ? v[0] : v])))
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

async function time(label: string, run: (scenario: string) => unknown): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 20; i++) {
    for (const s of SCENARIOS) {
      await run(s)
    }
  }
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    for (const s of SCENARIOS) {
      const t0 = process.hrtime.bigint()
      await run(s)
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6)
    }
  }
  samples.sort((a, b) => a - b)
  const out = { median: percentile(samples, 50), p95: percentile(samples, 95) }
  console.log(
    `${label.padEnd(34)} median ${out.median.toFixed(3).padStart(8)} ms   p95 ${out.p95.toFixed(3).padStart(8)} ms   (${samples.length} renders)`,
  )
  return out
}

const { dataset, problems } = loadDataset(dataDir, root)
if (problems.length > 0) {
  console.warn(`warning: ${problems.length} dataset problems; invalid records are skipped`)
}
const catalog = buildCatalog(dataset)
const deps: WebDeps = { catalog: () => catalog, today: () => TODAY, assets: assetBundle() }
const ctx = pageContext(deps, 'nl', '/route')
const parsed = new Map(
  SCENARIOS.map((s) => {
    const p = parseScenarioQuery(catalog, TODAY, queryOf(s))
    if (!p.ok) {
      throw new Error(`bench scenario invalid: ${s}: ${JSON.stringify(p.errors)}`)
    }
    return [s, p] as const
  }),
)
const sizes = SCENARIOS.map((s) => {
  const p = parsed.get(s)
  return p?.ok === true
    ? toHtmlString(
        routePage(ctx, {
          route: computeRoute(p.index, p.scenario),
          query: queryOf(s),
          shareUrl: `http://localhost/route?${s}`,
        }),
      ).length
    : 0
})

console.log(
  `dataset: ${dataDir} — ${dataset.responsibilities.length} responsibilities, ${dataset.parties.length} parties; ${SCENARIOS.length} scenarios × ${rounds} rounds; node ${process.version}`,
)
console.log(`route page sizes: ${sizes.map((n) => `${(n / 1024).toFixed(1)} KB`).join(', ')}`)

const engine = await time('computeRoute alone (baseline)', (s) => {
  const p = parsed.get(s)
  return p?.ok === true ? computeRoute(p.index, p.scenario) : undefined
})
const render = await time('route page render (parse+route+HTML)', (s) => {
  const query = queryOf(s)
  const p = parseScenarioQuery(catalog, TODAY, query)
  return p.ok
    ? toHtmlString(
        routePage(ctx, { route: computeRoute(p.index, p.scenario), query, shareUrl: `http://localhost/route?${s}` }),
      ).length
    : 0
})
const list = await time(
  'party list page render (baseline)',
  () => toHtmlString(partyListPage(ctx, partyList(ctx.data))).length,
)

const app = Fastify({ logger: false })
await app.register(webPlugin, { catalog: () => catalog, today: () => TODAY })
await app.ready()
const http = await time('GET /route via inject()', async (s) => (await app.inject(`/route?${s}`)).rawPayload.length)
await app.close()

console.log(`render / computeRoute median: ${(render.median / engine.median).toFixed(2)}×`)
console.log(`render / party list page median: ${(render.median / list.median).toFixed(2)}×`)
console.log(`inject / render median: ${(http.median / render.median).toFixed(2)}×`)
console.log(`target: route page render median < 5 ms → ${render.median < 5 ? 'met' : 'NOT met'}`)
