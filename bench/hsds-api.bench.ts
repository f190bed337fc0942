// SPDX-License-Identifier: EUPL-1.2
// Throughput of the HSDS API against the baseline /api/v1/parties, in one server and one run:
//   A  GET /api/v1/parties?page=N            (50 parties a page, pages cycled)
//   B  GET /api/hsds/v3/services?per_page=50&page=N  (pages cycled)
//   C  GET /api/hsds/v3/services/{id}        (50 services cycled)
// Target (issue 14): B and C within 2× of A, i.e. req/s ratio ≥ 0.5.
//
//   node --import tsx bench/hsds-api.bench.ts [--rounds 3] [--duration 5] [--connections 10]
//
// The server runs in a child process pinned to CPU 0, autocannon in this process on CPU 1
// (taskset, when available); the three loads alternate A B C per round, so drift hits all alike.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const PORT = 3911

async function serve(port: number): Promise<void> {
  const { loadDataset } = await import('../src/data/dataset/load.ts')
  const { openDatabase } = await import('../src/data/dialect.ts')
  const { buildApp } = await import('../src/server/app.ts')
  const { buildCatalog } = await import('../src/domain/catalog/index.ts')
  const { datasetHashOf } = await import('../src/data/dataset/content-hash.ts')
  const { dataset } = loadDataset(join(import.meta.dirname, '../data'))
  const app = await buildApp({
    db: openDatabase({ engine: 'sqlite', file: ':memory:' }),
    catalog: buildCatalog(dataset, { version: datasetHashOf(dataset) }),
  })
  await app.listen({ port, host: '127.0.0.1' })
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

async function start(pin: boolean): Promise<ChildProcess> {
  const nodeArgs = ['--import', 'tsx', import.meta.filename, '--serve', '--port', String(PORT)]
  const child = pin
    ? spawn('taskset', ['-c', '0', process.execPath, ...nodeArgs], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    : spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`server exited with ${String(code)}`)))
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

async function bodySize(url: string): Promise<number> {
  const response = await fetch(url)
  const text = await response.text()
  if (response.status !== 200) {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`)
  }
  return Buffer.byteLength(text)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'boolean' },
      port: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
    },
  })
  if (values.serve === true) {
    await serve(Number(values.port))
    return
  }
  const rounds = Number(values.rounds)
  const duration = Number(values.duration)
  const connections = Number(values.connections)
  const pin = hasTaskset()
  if (pin) {
    execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' })
  }
  const server = await start(pin)
  try {
    const base = `http://127.0.0.1:${PORT}`
    const first = (await (await fetch(`${base}/api/hsds/v3/services?per_page=50`)).json()) as {
      total_pages: number
      contents: { id: string }[]
    }
    const parties = (await (await fetch(`${base}/api/v1/parties`)).json()) as { totalPages: number }
    const loads = {
      parties: Array.from({ length: parties.totalPages }, (_x, i) => `/api/v1/parties?page=${i + 1}`),
      services: Array.from({ length: first.total_pages }, (_x, i) => `/api/hsds/v3/services?per_page=50&page=${i + 1}`),
      service: first.contents.map((s) => `/api/hsds/v3/services/${s.id}`),
    }
    const sizes: Record<string, number> = {}
    for (const [name, paths] of Object.entries(loads)) {
      const all = await Promise.all(paths.map((p) => bodySize(base + p)))
      sizes[name] = Math.round(all.reduce((a, b) => a + b, 0) / all.length)
      await load(base, paths, 2, connections) // warm-up: JIT and the view's JSON texts
    }
    const results: Record<string, Round[]> = { parties: [], services: [], service: [] }
    for (let i = 0; i < rounds; i++) {
      const line: string[] = []
      for (const [name, paths] of Object.entries(loads)) {
        const r = await load(base, paths, duration, connections)
        results[name]?.push(r)
        line.push(`${name} ${r.rps.toFixed(0)} req/s p99 ${r.p99} ms`)
      }
      console.log(`round ${i + 1}: ${line.join(' | ')}`)
    }
    const summary = Object.fromEntries(
      Object.entries(results).map(([name, rs]) => [
        name,
        {
          rps: Math.round(median(rs.map((r) => r.rps))),
          p99: median(rs.map((r) => r.p99)),
          errors: rs.reduce((n, r) => n + r.errors, 0),
          meanBodyBytes: sizes[name],
        },
      ]),
    ) as unknown as Record<'parties' | 'services' | 'service', { rps: number; p99: number; errors: number }>
    const ratio = (name: 'services' | 'service') => Number((summary[name].rps / summary.parties.rps).toFixed(3))
    const report = {
      node: process.version,
      pinned: pin,
      connections,
      duration,
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
    server.kill('SIGTERM')
  }
}

await main()
