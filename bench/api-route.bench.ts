// SPDX-License-Identifier: EUPL-1.2
// Throughput and p99 of GET /api/v1/route on the national dataset, side by side with a bare
// Fastify server that sends, per scenario, the very bytes of that route (captured once), so the
// ratio shows what the API (validation, scenario parsing, the route cache, headers) costs on top
// of moving the bytes. Target (issue 3): ratio ≥ 0.5 and p99 < 20 ms at 10 connections.
//
//   npm run build && node --import tsx bench/api-route.bench.ts [--rounds 3] [--duration 5] [--connections 10]
//
// Harness (servers pinned to CPU 0, autocannon on CPU 1, the real server as `npm start` runs it):
// bench/http-load.ts. Loads are interleaved A B A B so drift in the machine hits both alike.
import { parseArgs } from 'node:util'
import {
  CAPACITY_ENV,
  failures,
  fetchOk,
  gets,
  load,
  median,
  okRps,
  pinSelf,
  startApp,
  startBare,
  type Load,
  type Server,
} from './http-load.ts'

/** Scenarios a professional might share: cycled so the route cache holds several entries. */
const SCENARIOS: readonly string[] = [
  'exploitation=sexual&age=17&municipality=GM0344',
  'exploitation=labour&nationality=RO&age=34&gender=male',
  'exploitation=criminal&age=16&nationality=NL&recruitment=loverboy',
  'exploitation=sexual&nationalityGroup=third-country&residence=asylum&gender=female',
  'exploitation=labour,criminal&nationality=PL&cooperation=reporting&municipality=GM0363',
  'exploitation=sexual&age=15&unaccompanied=true&nationality=NG',
  'exploitation=organ-removal&ageGroup=adult',
  'exploitation=labour&nationality=VN&residence=none&cooperation=undecided&municipality=GM0599',
]

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
    },
  })
  const rounds = Number(values.rounds)
  const options = { duration: Number(values.duration), connections: Number(values.connections) }
  const pin = pinSelf()
  const servers: Server[] = []
  try {
    const app = await startApp(pin, CAPACITY_ENV)
    servers.push(app)
    const paths = SCENARIOS.map((q) => `/api/v1/route?${q}`)
    const bodies = await Promise.all(paths.map((p) => fetchOk(app.url + p)))
    const sizes = bodies.map((b) => Buffer.byteLength(b))
    const bare = await startBare(
      pin,
      bodies.map((body) => ({ contentType: 'application/json; charset=utf-8', body })),
    )
    servers.push(bare)
    const barePaths = bodies.map((_b, i) => `/bytes/${i}`)

    await load(app.url, gets(paths), { ...options, duration: 2 }) // warm-up: JIT and route cache
    await load(bare.url, gets(barePaths), { ...options, duration: 2 })
    const a: Load[] = []
    const b: Load[] = []
    for (let i = 0; i < rounds; i++) {
      const ra = await load(app.url, gets(paths), options)
      const rb = await load(bare.url, gets(barePaths), options)
      a.push(ra)
      b.push(rb)
      console.log(
        `round ${i + 1}: route ${okRps(ra).toFixed(0)} req/s p99 ${ra.p99} ms | bare ${okRps(rb).toFixed(0)} req/s p99 ${rb.p99} ms`,
      )
    }
    const routeRps = median(a.map(okRps))
    const bareRps = median(b.map(okRps))
    const report = {
      node: process.version,
      pinned: pin,
      ...options,
      rounds,
      scenarios: SCENARIOS.length,
      bodyBytes: {
        mean: Math.round(sizes.reduce((x, y) => x + y, 0) / sizes.length),
        min: Math.min(...sizes),
        max: Math.max(...sizes),
      },
      route: {
        rps: Math.round(routeRps),
        p99: median(a.map((r) => r.p99)),
        errors: a.reduce((n, r) => n + failures(r), 0),
      },
      bare: {
        rps: Math.round(bareRps),
        p99: median(b.map((r) => r.p99)),
        errors: b.reduce((n, r) => n + failures(r), 0),
      },
      ratio: Number((routeRps / bareRps).toFixed(3)),
    }
    console.log(JSON.stringify(report, null, 2))
    const ok = report.ratio >= 0.5 && report.route.p99 < 20 && report.route.errors === 0
    console.log(ok ? 'PASS: ratio ≥ 0.5 and p99 < 20 ms' : 'FAIL: target is ratio ≥ 0.5 and p99 < 20 ms')
    process.exitCode = ok ? 0 : 1
  } finally {
    for (const server of servers.reverse()) {
      await server.stop()
    }
  }
}

await main()
