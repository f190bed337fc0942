// SPDX-License-Identifier: EUPL-1.2
// What an uncached POST /api/v1/route costs in-process, step by step, over the load bench's
// scenarios (bench/load.bench.ts, route-post-uncached: 8 scenarios × 342 municipalities in a cycle):
// parse the body, validate the scenario, compute the route, write its JSON (route-json.ts); and,
// as the server does, the same routes from their templates per scenario and region set
// (route-template.ts, ADR 0040), joined into one buffer.
// Times are CPU time of this process (user + system), which a machine shared with other work
// disturbs far less than wall time.
//
//   node --import tsx bench/route-json.bench.ts [--rounds 3]
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadDataset } from '../src/data/dataset/load.ts'
import { buildCatalog } from '../src/domain/catalog/index.ts'
import { computeRoute, parseScenario } from '../src/domain/route/index.ts'
import type { Scenario } from '../src/domain/scenario.ts'
import { routeJson } from '../src/server/api/route/route-json.ts'
import { templatedRoute } from '../src/server/api/route/route-template.ts'
import { MUNICIPALITIES, SCENARIOS, withMunicipality } from './route-scenarios.ts'

const ROOT = join(import.meta.dirname, '..')
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } })

const bodies = Array.from({ length: SCENARIOS.length * MUNICIPALITIES.length }, (_, i) =>
  JSON.stringify(withMunicipality(i)),
)

const { dataset, problems } = loadDataset(join(ROOT, 'data'))
if (problems.length > 0) {
  throw new Error(`dataset has ${problems.length} problems`)
}
const catalog = buildCatalog(dataset)
const index = catalog.routeIndex
const context = { municipalities: index.municipalities, names: index.municipalityNames, today: '2026-12-07' }

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const steps = { parse: 0, validate: 0, compute: 0, write: 0 }
let templated = 0
let bytes = 0
for (let round = 0; round <= Number(values.rounds); round++) {
  const t = { parse: 0, validate: 0, compute: 0, write: 0 }
  bytes = 0
  for (const body of bodies) {
    const t0 = cpuMs()
    const input = JSON.parse(body) as unknown
    const t1 = cpuMs()
    const parsed = parseScenario(input, context, { fromQuery: false })
    const t2 = cpuMs()
    const scenario = (parsed as { scenario: Scenario }).scenario
    const route = computeRoute(index, scenario)
    const t3 = cpuMs()
    bytes += routeJson(catalog, route, 'nl').length
    const t4 = cpuMs()
    templatedRoute(catalog, scenario, 'nl').join()
    const t5 = cpuMs()
    if (round > 0) {
      templated += (t5 - t4) / Number(values.rounds)
    }
    t.parse += t1 - t0
    t.validate += t2 - t1
    t.compute += t3 - t2
    t.write += t4 - t3
  }
  // Round 0 warms up (JIT, fragments).
  if (round > 0) {
    for (const k of Object.keys(t) as (keyof typeof t)[]) {
      steps[k] += t[k] / Number(values.rounds)
    }
  }
}
const per = (ms: number): string => `${((ms * 1000) / bodies.length).toFixed(0).padStart(5)} µs`
console.log(`${bodies.length} scenarios, mean answer ${(bytes / bodies.length / 1024).toFixed(0)} kB`)
for (const [k, ms] of Object.entries(steps)) {
  console.log(`${k.padEnd(9)} ${per(ms)} per request`)
}
console.log(`total     ${per(steps.parse + steps.validate + steps.compute + steps.write)} per request`)
console.log(`template  ${per(templated)} per request (instead of compute + write; joined into a new buffer)`)
