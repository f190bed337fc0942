// SPDX-License-Identifier: EUPL-1.2
// The one harness of the HTTP benchmarks (load, overload, api-route, hsds-api): start the real
// server (`dist/server/start.js`, as `npm start` runs it) and a bare Fastify server that sends given
// bytes, each in its own process pinned to CPU 0, while autocannon runs in the bench process on
// CPU 1 (taskset, when available); load, medians and the counting of 200s.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon, { type RequestSpec, type Result } from 'autocannon'

export const ROOT = join(import.meta.dirname, '..')

export function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Pins this (the load generator's) process to CPU 1, the servers go to CPU 0. */
export function pinSelf(): boolean {
  const pin = hasTaskset()
  if (pin) {
    execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' })
  }
  return pin
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface Server {
  readonly url: string
  readonly pid: number
  stop(): Promise<void>
}

function spawnPinned(args: readonly string[], env: NodeJS.ProcessEnv, pin: boolean): ChildProcess {
  const [command, ...rest] = pin ? ['taskset', '-c', '0', process.execPath, ...args] : [process.execPath, ...args]
  return spawn(command ?? process.execPath, rest, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] })
}

async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  let exited: string | undefined
  child.once('exit', (code) => {
    exited = `exited with ${String(code)}`
  })
  for (let i = 0; i < seconds * 10; i++) {
    if (exited !== undefined) {
      throw new Error(`server ${exited}`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no answer from ${url} within ${seconds} s`)
}

function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (child.exitCode === null) {
        child.kill('SIGKILL')
      }
    }
    cleanup()
  }
}

/**
 * The real server, as `npm start` runs it (dist/, so run `npm run build` after changing src/), on a
 * fresh SQLite file (it imports data/ at start, so search has its index). `env` adds or overrides
 * environment variables.
 */
export async function startApp(pin: boolean, env: Record<string, string> = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'wgw-load-'))
  const port = await freePort()
  const child = spawnPinned(
    ['--enable-source-maps', join(ROOT, 'dist/server/start.js')],
    {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'load.sqlite')}`,
      ...env,
    },
    pin,
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/health`, child, 180)
  return { url, pid: child.pid ?? 0, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) }
}

export interface BareBody {
  readonly contentType: string
  readonly body: string
}

/**
 * A bare Fastify server: GET /hello answers {"hello":"world"}, GET /bytes/:n answers body n of
 * `bodies` as pre-encoded bytes: the least work any server can do to send the same response.
 */
export async function startBare(pin: boolean, bodies: readonly BareBody[]): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'wgw-bare-'))
  const file = join(dir, 'bodies.json')
  writeFileSync(file, JSON.stringify(bodies))
  const port = await freePort()
  const child = spawnPinned(
    ['--import', 'tsx', join(ROOT, 'bench/http-load.ts'), '--bare', file, String(port)],
    process.env,
    pin,
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/hello`, child, 60)
  return { url, pid: child.pid ?? 0, stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })) }
}

async function serveBare(file: string, port: number): Promise<void> {
  const { default: Fastify } = await import('fastify')
  const bodies = (JSON.parse(readFileSync(file, 'utf8')) as BareBody[]).map((b) => ({
    type: b.contentType,
    bytes: Buffer.from(b.body, 'utf8'),
  }))
  const app = Fastify({ logger: false })
  app.get('/hello', async () => ({ hello: 'world' }))
  const send = async (n: string, reply: import('fastify').FastifyReply) => {
    const body = bodies[Number(n)] ?? bodies[0]
    return reply.type(body?.type ?? 'text/plain').send(body?.bytes ?? '')
  }
  app.get<{ Params: { n: string } }>('/bytes/:n', async (request, reply) => send(request.params.n, reply))
  app.post<{ Params: { n: string } }>('/bytes/:n', async (request, reply) => send(request.params.n, reply))
  await app.listen({ port, host: '127.0.0.1' })
}

/** Resident set size of a process in MB (Linux /proc), or NaN elsewhere. */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]
    return kb === undefined ? Number.NaN : Number(kb) / 1024
  } catch {
    return Number.NaN
  }
}

/**
 * CPU seconds (user + system) a process has used so far (Linux /proc), or NaN elsewhere. Per request
 * it measures what a request costs even on a machine busy with other work, where req/s do not.
 */
export function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  } catch {
    return Number.NaN
  }
}

/** Linux's USER_HZ (getconf CLK_TCK), the unit of /proc/PID/stat times. */
const CLOCK_TICKS = 100

export interface Load {
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly max: number
  /** Connection errors and timeouts (never acceptable). */
  readonly errors: number
  /** Responses per status code. */
  readonly statuses: Readonly<Record<string, number>>
  readonly total: number
}

export interface LoadOptions {
  readonly connections: number
  readonly duration: number
  readonly overallRate?: number
  readonly headers?: Readonly<Record<string, string>>
}

export async function load(url: string, requests: readonly RequestSpec[], options: LoadOptions): Promise<Load> {
  const result: Result = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    timeout: 10,
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    requests,
  })
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, Number(count)]),
  )
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    statuses,
    total: Object.values(statuses).reduce((a, b) => a + b, 0),
  }
}

/** Requests per second answered 200. */
export const okRps = (r: Load): number => (r.total === 0 ? 0 : (r.rps * (r.statuses['200'] ?? 0)) / r.total)

/** Answers that were not 200, plus connection errors and timeouts. */
export const failures = (r: Load): number => r.errors + r.total - (r.statuses['200'] ?? 0)

/** GET requests for autocannon, cycled in order. */
export const gets = (paths: readonly string[]): RequestSpec[] => paths.map((path) => ({ method: 'GET', path }))

/** The body of a GET that must answer 200 (checked before any load is timed). */
export async function fetchOk(url: string): Promise<string> {
  const response = await fetch(url)
  const text = await response.text()
  if (response.status !== 200) {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`)
  }
  return text
}

/** Load shedding off, so a bench measures capacity (bench/overload.bench.ts tests the shedding). */
export const CAPACITY_ENV = {
  MAX_EVENT_LOOP_DELAY_MS: '600000',
  MAX_QUEUE_DELAY_MS: '600000',
  MAX_QUEUED_REQUESTS: '1000000',
} as const

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

if (process.argv[2] === '--bare') {
  await serveBare(process.argv[3] ?? '', Number(process.argv[4]))
}
