// SPDX-License-Identifier: EUPL-1.2
// Throughput and latency of the real server (`npm start`, national dataset) under 50 connections,
// each endpoint side by side with a bare Fastify server that sends the very same bytes, in the same
// run, interleaved, so the ratio shows what the application costs on top of moving its bytes.
//
//   node --import tsx bench/load.bench.ts [--rounds 3] [--duration 5] [--connections 50]
//                                        [--only parties,route-post-uncached,…] [--encoding gzip]
//                                        [--cpu-prof DIR]
//
// Targets (issue 16): uncached POST /api/v1/route ≥ 50 % and the HTML route page ≥ 30 % of the bare
// server's req/s for the same bytes, p99 ≤ 50 ms at 50 connections. "Uncached" is a new
// municipality per request (a route not kept per scenario, its template per region set is, ADR
// 0040); route-post-new-scenario also moves asOf, so every route is computed and written from
// scratch. Without --encoding the client
// sends no Accept-Encoding (as autocannon does by default), so both servers send identity bytes.
// Load shedding is switched off (MAX_EVENT_LOOP_DELAY_MS) so the figures are capacity, every
// answer a 200; req/s counts 200s only. Each server's CPU time per answer is measured too (from
// /proc): on a machine busy with other work req/s swing with the load, CPU per request much less,
// so `cpuRatio` (bare CPU per request / app CPU per request) estimates the ratio a quiet machine
// would give. With --cpu-prof the server writes a V8 CPU profile into DIR
// when it stops (read it with bench/cpu-profile-top.ts); its rates are then lower than without.
import { parseArgs } from 'node:util'
import type { RequestSpec } from 'autocannon'
import {
  CAPACITY_ENV,
  cpuSeconds,
  load,
  median,
  okRps,
  pinSelf,
  startApp,
  startBare,
  type BareBody,
  type Load,
} from './http-load.ts'
import { SCENARIOS, withMunicipality, withNewScenario } from './route-scenarios.ts'

/** The route page's query string for a scenario (the wizard's field names are the API's). */
function pageQuery(s: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(s)) {
    for (const item of [v].flat()) {
      params.append(k, String(item))
    }
  }
  return params.toString()
}

const SEARCHES = [
  'opvang',
  'slachtofferhulp',
  'verblijfsvergunning',
  'arbeidsuitbuiting',
  'zorgcoördinator',
  'politie',
  'loverboy',
  'schadevergoeding',
]

interface Sample {
  readonly method: 'GET' | 'POST'
  readonly path: string
  readonly body?: string
}

interface Target {
  readonly name: string
  /** Requests whose responses the bare server replays (same bytes, same order). */
  readonly samples: readonly Sample[]
  /** What the app is sent; default: the samples, cycled. */
  readonly requests?: readonly RequestSpec[]
}

const json = { 'content-type': 'application/json' }
const routeBodies = SCENARIOS.map((s) => JSON.stringify(s))

/** A new municipality per request: 8 × 342 different scenarios in a cycle, far more than any cache holds. */
function varying(make: (i: number) => { path: string; body?: string }): RequestSpec {
  let n = 0
  return {
    setupRequest: (request) => {
      const i = n++
      const next = make(i)
      request.path = next.path
      if (next.body !== undefined) {
        request.body = next.body
      }
      return request
    },
  }
}

const routeSamples: readonly Sample[] = routeBodies.map((body) => ({ method: 'POST', path: '/api/v1/route', body }))

/** POST /api/v1/route with body `make(i)` as the i-th request. */
const routePosts = (make: (i: number) => Record<string, unknown>): RequestSpec[] => [
  { method: 'POST', headers: json, ...varying((i) => ({ path: '/api/v1/route', body: JSON.stringify(make(i)) })) },
]

const TARGETS: readonly Target[] = [
  {
    name: 'parties',
    samples: [1, 2, 3, 4, 5].map((page) => ({ method: 'GET', path: `/api/v1/parties?page=${page}` })),
  },
  {
    name: 'search',
    samples: SEARCHES.map((q) => ({ method: 'GET', path: `/api/v1/search?q=${encodeURIComponent(q)}` })),
  },
  { name: 'route-post-cached', samples: routeSamples },
  { name: 'route-post-uncached', samples: routeSamples, requests: routePosts(withMunicipality) },
  // Not even the template of the scenario and region set is kept: what a route costs from scratch.
  { name: 'route-post-new-scenario', samples: routeSamples, requests: routePosts(withNewScenario) },
  { name: 'route-page', samples: SCENARIOS.map((s) => ({ method: 'GET', path: `/route?${pageQuery(s)}` })) },
  {
    name: 'route-page-uncached',
    samples: SCENARIOS.map((s) => ({ method: 'GET', path: `/route?${pageQuery(s)}` })),
    requests: [{ method: 'GET', ...varying((i) => ({ path: `/route?${pageQuery(withMunicipality(i))}` })) }],
  },
]

function spec(sample: Sample): RequestSpec {
  return sample.body === undefined
    ? { method: sample.method, path: sample.path }
    : { method: sample.method, path: sample.path, headers: json, body: sample.body }
}

async function fetchSample(base: string, sample: Sample, headers: Record<string, string>): Promise<BareBody> {
  const response = await fetch(base + sample.path, {
    method: sample.method,
    headers: { ...headers, ...(sample.body === undefined ? {} : json) },
    ...(sample.body === undefined ? {} : { body: sample.body }),
  })
  const body = await response.text()
  if (response.status !== 200) {
    throw new Error(`${sample.method} ${sample.path} answered ${response.status}: ${body.slice(0, 300)}`)
  }
  return { contentType: response.headers.get('content-type') ?? 'application/octet-stream', body }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '50' },
      only: { type: 'string' },
      encoding: { type: 'string' },
      'cpu-prof': { type: 'string' },
    },
  })
  const rounds = Number(values.rounds)
  const options = {
    connections: Number(values.connections),
    duration: Number(values.duration),
    ...(values.encoding === undefined ? {} : { headers: { 'accept-encoding': values.encoding } }),
  }
  const only = values.only?.split(',')
  const targets = TARGETS.filter((t) => only === undefined || only.includes(t.name))
  const pin = pinSelf()

  // Capacity is what is measured here, so load shedding is off (bench/overload.bench.ts tests it).
  const profile = values['cpu-prof']
  const app = await startApp(
    pin,
    profile === undefined ? CAPACITY_ENV : { ...CAPACITY_ENV, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` },
  )
  let bare: Awaited<ReturnType<typeof startBare>> | undefined
  try {
    // Capture every sample's bytes (and check it answers 200); the bare server replays them.
    const bodies: BareBody[] = []
    const bareRequests = new Map<string, RequestSpec[]>()
    const sizes = new Map<string, number[]>()
    for (const target of targets) {
      const specs: RequestSpec[] = []
      for (const sample of target.samples) {
        const captured = await fetchSample(app.url, sample, {})
        specs.push({ method: sample.method, path: `/bytes/${bodies.length}` })
        bodies.push(captured)
        sizes.set(target.name, [...(sizes.get(target.name) ?? []), Buffer.byteLength(captured.body)])
      }
      bareRequests.set(target.name, specs)
    }
    bare = await startBare(pin, bodies)

    const appRequests = (t: Target): readonly RequestSpec[] => t.requests ?? t.samples.map(spec)
    // Warm-up: JIT, caches that a running server would have.
    for (const target of targets) {
      await load(app.url, appRequests(target), { ...options, duration: 2 })
      await load(bare.url, bareRequests.get(target.name) ?? [], { ...options, duration: 1 })
    }
    await load(bare.url, [{ path: '/hello' }], { ...options, duration: 1 })

    const results = new Map<string, { app: Load[]; bare: Load[]; appCpu: number[]; bareCpu: number[] }>()
    /** The load and the server's CPU µs per answer in it. */
    const measured = async (server: { url: string; pid: number }, requests: readonly RequestSpec[]) => {
      const before = cpuSeconds(server.pid)
      const result = await load(server.url, requests, options)
      return { result, cpu: ((cpuSeconds(server.pid) - before) * 1e6) / Math.max(1, result.total) }
    }
    const hello: Load[] = []
    for (let round = 1; round <= rounds; round++) {
      hello.push(await load(bare.url, [{ path: '/hello' }], options))
      for (const target of targets) {
        const { result: a, cpu: appCpu } = await measured(app, appRequests(target))
        if (a.total !== (a.statuses['200'] ?? 0)) {
          console.warn(`${target.name}: ${a.total - (a.statuses['200'] ?? 0)} answers were not 200`)
        }
        const { result: b, cpu: bareCpu } = await measured(bare, bareRequests.get(target.name) ?? [])
        const entry = results.get(target.name) ?? { app: [], bare: [], appCpu: [], bareCpu: [] }
        entry.app.push(a)
        entry.bare.push(b)
        entry.appCpu.push(appCpu)
        entry.bareCpu.push(bareCpu)
        results.set(target.name, entry)
        console.log(
          `round ${round} ${target.name.padEnd(20)} app ${a.rps.toFixed(0).padStart(6)} req/s p99 ${String(a.p99).padStart(4)} ms` +
            ` non-2xx ${a.total - (a.statuses['200'] ?? 0)} errors ${a.errors}` +
            ` | bare ${b.rps.toFixed(0).padStart(6)} req/s p99 ${String(b.p99).padStart(4)} ms` +
            ` | CPU per request app ${appCpu.toFixed(0)} µs, bare ${bareCpu.toFixed(0)} µs`,
        )
      }
    }
    const helloRps = median(hello.map((h) => h.rps))
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      pinned: pin,
      ...options,
      rounds,
      bareHello: { rps: Math.round(helloRps), p99: median(hello.map((h) => h.p99)) },
      targets: targets.map((t) => {
        const r = results.get(t.name) ?? { app: [], bare: [], appCpu: [], bareCpu: [] }
        const appCpu = median(r.appCpu)
        const bareCpu = median(r.bareCpu)
        const appRps = median(r.app.map(okRps))
        const bareRps = median(r.bare.map(okRps))
        const s = sizes.get(t.name) ?? []
        return {
          name: t.name,
          bytes: {
            min: Math.min(...s),
            mean: Math.round(s.reduce((x, y) => x + y, 0) / s.length),
            max: Math.max(...s),
          },
          app: {
            rps: Math.round(appRps),
            p50: median(r.app.map((x) => x.p50)),
            p99: median(r.app.map((x) => x.p99)),
            max: Math.max(...r.app.map((x) => x.max)),
            non2xx: r.app.reduce((n, x) => n + x.total - (x.statuses['200'] ?? 0), 0),
            errors: r.app.reduce((n, x) => n + x.errors, 0),
          },
          bareSameBytes: { rps: Math.round(bareRps), p99: median(r.bare.map((x) => x.p99)) },
          ratioToSameBytes: Number((appRps / bareRps).toFixed(3)),
          ratioToHello: Number((appRps / helloRps).toFixed(3)),
          cpuPerRequestUs: { app: Math.round(appCpu), bare: Math.round(bareCpu) },
          cpuRatio: Number((bareCpu / appCpu).toFixed(3)),
        }
      }),
    }
    console.log(JSON.stringify(report, null, 2))
  } finally {
    await bare?.stop()
    await app.stop()
  }
}

await main()
