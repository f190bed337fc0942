// SPDX-License-Identifier: EUPL-1.2
// Overload test of the real server (`npm start`, national dataset): find the saturation rate of a
// realistic mix, then offer exactly that rate (1×) and twice it (2×), and watch memory after.
//
//   node --import tsx bench/overload.bench.ts [--duration 10] [--connections 50] [--settle 10]
//
// Expected (issue 16): at 1× no errors (every answer 200); at 2× graceful shedding: only 200 or
// 503 with Retry-After, no connection errors or timeouts; after the load the server's memory
// (RSS) returns to within 25 % (or 30 MB) of what it was before the 2× run. Exits 1 otherwise.
import { parseArgs } from 'node:util'
import type { RequestSpec } from 'autocannon'
import { load, okRps, pinSelf, rssMb, startApp, type Load } from './http-load.ts'

/** What a busy afternoon looks like: route pages, the route API, lists, a search. */
const MIX: readonly RequestSpec[] = [
  { method: 'GET', path: '/route?exploitation=sexual&age=17&municipality=GM0344' },
  { method: 'GET', path: '/route?exploitation=labour&nationality=RO&age=34&gender=male' },
  {
    method: 'POST',
    path: '/api/v1/route',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ exploitation: ['criminal'], age: 16, nationality: 'NL', recruitment: 'loverboy' }),
  },
  { method: 'GET', path: '/api/v1/parties?page=2' },
  { method: 'GET', path: '/api/v1/search?q=opvang' },
  { method: 'GET', path: '/organisaties' },
  { method: 'GET', path: '/' },
]
const HEADERS = { 'accept-encoding': 'gzip, br' }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function describe(label: string, r: Load): string {
  const statuses = Object.entries(r.statuses)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ')
  return `${label}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, errors ${r.errors}, statuses {${statuses}}`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      settle: { type: 'string', default: '10' },
    },
  })
  const duration = Number(values.duration)
  const connections = Number(values.connections)
  const pin = pinSelf()
  const app = await startApp(pin)
  try {
    await load(app.url, MIX, { connections, duration: 3, headers: HEADERS }) // warm-up
    await sleep(2000)
    const saturation = await load(app.url, MIX, { connections, duration, headers: HEADERS })
    console.log(describe('saturation (unlimited rate)', saturation))
    // The saturation rate is what the server answers 200 (503s of shed load are cheap and would inflate it).
    const rate = Math.round(okRps(saturation))
    await sleep(2000)
    const rssBefore = rssMb(app.pid)
    const once = await load(app.url, MIX, { connections, duration, overallRate: rate, headers: HEADERS })
    console.log(describe(`1× (${rate} req/s offered)`, once))
    await sleep(2000)
    const twice = await load(app.url, MIX, {
      connections: connections * 4,
      duration,
      overallRate: rate * 2,
      headers: HEADERS,
    })
    console.log(describe(`2× (${rate * 2} req/s offered, ${connections * 4} connections)`, twice))
    const rssPeak = rssMb(app.pid)
    await sleep(Number(values.settle) * 1000)
    const rssAfter = rssMb(app.pid)
    const health = await fetch(`${app.url}/health`)
    console.log(
      `memory (RSS): before ${rssBefore.toFixed(0)} MB, right after 2× ${rssPeak.toFixed(0)} MB, after ${values.settle} s ${rssAfter.toFixed(0)} MB; /health ${health.status}`,
    )

    const onlyOk = (r: Load) => r.errors === 0 && r.total === (r.statuses['200'] ?? 0)
    const graceful = (r: Load) => r.errors === 0 && Object.keys(r.statuses).every((s) => s === '200' || s === '503')
    const memoryBack = rssAfter <= Math.max(rssBefore * 1.25, rssBefore + 30)
    const checks = {
      '1×: every answer 200, no errors': onlyOk(once),
      '2×: only 200 or 503, no connection errors or timeouts': graceful(twice),
      '2×: load was shed (some 503)': (twice.statuses['503'] ?? 0) > 0,
      'memory back within 25 % / 30 MB': memoryBack,
      '/health answers 200 afterwards': health.status === 200,
    }
    for (const [check, ok] of Object.entries(checks)) {
      console.log(`${ok ? 'PASS' : 'FAIL'}: ${check}`)
    }
    console.log(
      JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          pinned: pin,
          rate,
          saturation,
          once,
          twice,
          rssMb: { before: rssBefore, peak: rssPeak, after: rssAfter },
        },
        null,
        2,
      ),
    )
    process.exitCode = Object.values(checks).every(Boolean) ? 0 : 1
  } finally {
    await app.stop()
  }
}

await main()
