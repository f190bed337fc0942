// SPDX-License-Identifier: EUPL-1.2
// Throughput and p99 of GET /api/v1/route on the national dataset, side by side with a bare
// Fastify endpoint that sends a constant JSON body of the same size (per scenario: the bytes of that
// route, captured once), so the ratio shows what the API (validation, scenario parsing, the route,
// ETag, headers) costs on top of moving the bytes.
//
//   node --import tsx bench/api-route.bench.ts [--rounds 3] [--duration 5] [--connections 10]
//
// Both servers run in child processes pinned to CPU 0, autocannon in this process on CPU 1
// (taskset, when available), interleaved A B A B so drift in the machine hits both alike.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { buildCatalog } from '../src/domain/catalog/index.ts'

/** Scenarios a professional might share: cycled so the route cache holds several entries. */
export const SCENARIOS: readonly string[] = [
  'exploitation=sexual&age=17&municipality=GM0344',
  'exploitation=labour&nationality=RO&age=34&gender=male',
  'exploitation=criminal&age=16&nationality=NL&recruitment=loverboy',
  'exploitation=sexual&nationalityGroup=third-country&residence=asylum&gender=female',
  'exploitation=labour,criminal&nationality=PL&cooperation=reporting&municipality=GM0363',
  'exploitation=sexual&age=15&unaccompanied=true&nationality=NG',
  'exploitation=organ-removal&ageGroup=adult',
  'exploitation=labour&nationality=VN&residence=none&cooperation=undecided&municipality=GM0599',
]

const PORT_APP = 3901
const PORT_BARE = 3902

async function serve(kind: string, port: number, bodyFile: string | undefined): Promise<void> {
  if (kind === 'bare') {
    const { default: Fastify } = await import('fastify')
    // Pre-encoded bytes: the least work any server can do to send these bodies (a strict baseline).
    const bodies = (JSON.parse(readFileSync(bodyFile ?? '', 'utf8')) as string[]).map((b) => Buffer.from(b, 'utf8'))
    const app = Fastify({ logger: false })
    app.get<{ Params: { n: string } }>('/bare/:n', async (request, reply) =>
      reply.type('application/json; charset=utf-8').send(bodies[Number(request.params.n)] ?? bodies[0]),
    )
    await app.listen({ port, host: '127.0.0.1' })
  } else {
    const { loadDataset } = await import('../src/data/dataset/load.ts')
    const { openDatabase } = await import('../src/data/dialect.ts')
    const { buildApp } = await import('../src/server/app.ts')
    const { dataset } = loadDataset(join(import.meta.dirname, '../data'))
    const app = await buildApp({
      db: openDatabase({ engine: 'sqlite', file: ':memory:' }),
      catalog: buildCatalog(dataset),
    })
    await app.listen({ port, host: '127.0.0.1' })
  }
  process.send?.('ready')
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

async function start(kind: string, port: number, bodyFile: string | undefined, pin: boolean): Promise<ChildProcess> {
  const nodeArgs = [
    '--import',
    'tsx',
    import.meta.filename,
    '--serve',
    kind,
    '--port',
    String(port),
    ...(bodyFile === undefined ? [] : ['--body', bodyFile]),
  ]
  const child = pin
    ? spawn('taskset', ['-c', '0', process.execPath, ...nodeArgs], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    : spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${String(code)}`)))
  })
  return child
}

interface Round {
  readonly rps: number
  readonly p99: number
  readonly errors: number
}

async function load(url: string, paths: readonly string[], duration: number, connections: number): Promise<Round> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'string' },
      port: { type: 'string' },
      body: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
    },
  })
  if (values.serve !== undefined) {
    await serve(values.serve, Number(values.port), values.body)
    return
  }
  const rounds = Number(values.rounds)
  const duration = Number(values.duration)
  const connections = Number(values.connections)
  const pin = hasTaskset()
  if (pin) {
    execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' })
  }

  const app = await start('app', PORT_APP, undefined, pin)
  const children: ChildProcess[] = [app]
  try {
    const appUrl = `http://127.0.0.1:${PORT_APP}`
    const paths = SCENARIOS.map((q) => `/api/v1/route?${q}`)
    // One request per scenario: checks they all answer 200 and gives the typical body size.
    const sizes: number[] = []
    const bodies: string[] = []
    for (const path of paths) {
      const response = await fetch(appUrl + path)
      const text = await response.text()
      if (response.status !== 200) {
        throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`)
      }
      sizes.push(Buffer.byteLength(text))
      bodies.push(text)
    }
    const meanSize = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length)
    // The bare bodies: the same bytes as each route, served as constants.
    const bodyFile = join(mkdtempSync(join(tmpdir(), 'wgw-bench-')), 'bodies.json')
    writeFileSync(bodyFile, JSON.stringify(bodies))
    const barePaths = bodies.map((_b, i) => `/bare/${i}`)
    const bare = await start('bare', PORT_BARE, bodyFile, pin)
    children.push(bare)
    const bareUrl = `http://127.0.0.1:${PORT_BARE}`

    await load(appUrl, paths, 2, connections) // warm-up: JIT and route cache
    await load(bareUrl, barePaths, 2, connections)
    const a: Round[] = []
    const b: Round[] = []
    for (let i = 0; i < rounds; i++) {
      a.push(await load(appUrl, paths, duration, connections))
      b.push(await load(bareUrl, barePaths, duration, connections))
      console.log(
        `round ${i + 1}: route ${a[i]?.rps.toFixed(0)} req/s p99 ${a[i]?.p99} ms | bare ${b[i]?.rps.toFixed(0)} req/s p99 ${b[i]?.p99} ms`,
      )
    }
    const routeRps = median(a.map((r) => r.rps))
    const bareRps = median(b.map((r) => r.rps))
    const report = {
      node: process.version,
      pinned: pin,
      connections,
      duration,
      rounds,
      scenarios: SCENARIOS.length,
      bodyBytes: { mean: meanSize, min: Math.min(...sizes), max: Math.max(...sizes) },
      route: {
        rps: Math.round(routeRps),
        p99: median(a.map((r) => r.p99)),
        errors: a.reduce((n, r) => n + r.errors, 0),
      },
      bare: { rps: Math.round(bareRps), p99: median(b.map((r) => r.p99)), errors: b.reduce((n, r) => n + r.errors, 0) },
      ratio: Number((routeRps / bareRps).toFixed(3)),
    }
    console.log(JSON.stringify(report, null, 2))
    const ok = report.ratio >= 0.5 && report.route.p99 < 20 && report.route.errors === 0
    console.log(ok ? 'PASS: ratio ≥ 0.5 and p99 < 20 ms' : 'FAIL: target is ratio ≥ 0.5 and p99 < 20 ms')
    process.exitCode = ok ? 0 : 1
  } finally {
    for (const child of children) {
      child.kill('SIGTERM')
    }
  }
}

await main()
