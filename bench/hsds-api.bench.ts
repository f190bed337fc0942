// SPDX-License-Identifier: EUPL-1.2
// Throughput of the HSDS API against the baseline /api/v1/parties, in one server and one run:
//   A  GET /api/v1/parties?page=N            (50 parties a page, pages cycled)
//   B  GET /api/hsds/v3/services?per_page=50&page=N  (pages cycled)
//   C  GET /api/hsds/v3/services/{id}        (50 services cycled)
// Target (issue 14): B and C within 2× of A, i.e. req/s ratio ≥ 0.5.
//
//   npm run build && node --import tsx bench/hsds-api.bench.ts [--rounds 3] [--duration 5] [--connections 10]
//
// Harness (the real server as `npm start` runs it, pinned to CPU 0, autocannon on CPU 1):
// bench/http-load.ts. The three loads alternate A B C per round, so drift hits all alike.
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
  type Load,
} from './http-load.ts'

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
  const server = await startApp(pin, CAPACITY_ENV)
  try {
    const base = server.url
    const first = JSON.parse(await fetchOk(`${base}/api/hsds/v3/services?per_page=50`)) as {
      total_pages: number
      contents: { id: string }[]
    }
    const parties = JSON.parse(await fetchOk(`${base}/api/v1/parties`)) as { totalPages: number }
    const loads = {
      parties: Array.from({ length: parties.totalPages }, (_x, i) => `/api/v1/parties?page=${i + 1}`),
      services: Array.from({ length: first.total_pages }, (_x, i) => `/api/hsds/v3/services?per_page=50&page=${i + 1}`),
      service: first.contents.map((s) => `/api/hsds/v3/services/${s.id}`),
    }
    const sizes: Record<string, number> = {}
    for (const [name, paths] of Object.entries(loads)) {
      const all = await Promise.all(paths.map(async (p) => Buffer.byteLength(await fetchOk(base + p))))
      sizes[name] = Math.round(all.reduce((a, b) => a + b, 0) / all.length)
      await load(base, gets(paths), { ...options, duration: 2 }) // warm-up: JIT and the view's JSON texts
    }
    const results: Record<string, Load[]> = { parties: [], services: [], service: [] }
    for (let i = 0; i < rounds; i++) {
      const line: string[] = []
      for (const [name, paths] of Object.entries(loads)) {
        const r = await load(base, gets(paths), options)
        results[name]?.push(r)
        line.push(`${name} ${okRps(r).toFixed(0)} req/s p99 ${r.p99} ms`)
      }
      console.log(`round ${i + 1}: ${line.join(' | ')}`)
    }
    const summary = Object.fromEntries(
      Object.entries(results).map(([name, rs]) => [
        name,
        {
          rps: Math.round(median(rs.map(okRps))),
          p99: median(rs.map((r) => r.p99)),
          errors: rs.reduce((n, r) => n + failures(r), 0),
          meanBodyBytes: sizes[name],
        },
      ]),
    ) as unknown as Record<'parties' | 'services' | 'service', { rps: number; p99: number; errors: number }>
    const ratio = (name: 'services' | 'service') => Number((summary[name].rps / summary.parties.rps).toFixed(3))
    const report = {
      node: process.version,
      pinned: pin,
      ...options,
      rounds,
      ...summary,
      ratioServicesPage: ratio('services'),
      ratioServiceById: ratio('service'),
    }
    console.log(JSON.stringify(report, null, 2))
    const ok =
      report.ratioServicesPage >= 0.5 &&
      report.ratioServiceById >= 0.5 &&
      Object.values(summary).every((s) => s.errors === 0)
    console.log(ok ? 'PASS: both HSDS loads within 2× of /api/v1/parties' : 'FAIL: target is ratio ≥ 0.5 for both')
    process.exitCode = ok ? 0 : 1
  } finally {
    await server.stop()
  }
}

await main()
