// SPDX-License-Identifier: EUPL-1.2
// Start-up benchmark of the compiled runtime (issue #12, ADR 0009): the wall time of whole
// processes, measured from outside, against a bare `node -e 0` in the same run (interleaved, so a
// drifting machine moves both). Needs `npm run build` first. Run with the project's Node:
//   npm exec -- node --import tsx bench/startup.bench.ts [--rounds=15]
// Measures: `wegwijzer --help`, `wegwijzer route` for one scenario, and `npm start` (the compiled
// server) until the first 200 on / against an already imported SQLite database.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const rounds = Number(args.get('rounds') ?? 15)
const node = process.execPath
const bin = join(root, 'bin', 'wegwijzer.js')
const scenario = JSON.stringify({
  age: 16,
  nationality: 'NL',
  exploitation: ['sexual'],
  recruitment: 'loverboy',
  municipality: 'GM0344',
})

function timeOnce(command: string, argv: string[], input?: string): number {
  const started = performance.now()
  const result = spawnSync(command, argv, { cwd: root, input, stdio: ['pipe', 'ignore', 'inherit'] })
  if (result.status !== 0) {
    throw new Error(`${command} ${argv.join(' ')} exited with ${result.status}`)
  }
  return performance.now() - started
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0))
    })
  })
}

/** Starts the compiled server like `npm start` does and times it until GET / answers 200. */
async function timeServerStart(databaseFile: string): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(node, ['--enable-source-maps', join(root, 'dist/server/start.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseFile, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  })
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`)
        if (response.status === 200) {
          return performance.now() - started
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const dir = mkdtempSync(join(tmpdir(), 'wgw-startup-'))
const databaseFile = join(dir, 'bench.sqlite')
try {
  // Import once, so the timed starts find an imported database (the usual restart).
  await timeServerStart(databaseFile)
  const samples = { bare: [] as number[], help: [] as number[], route: [] as number[], start: [] as number[] }
  timeOnce(node, [bin, '--help']) // warm the compile cache
  for (let i = 0; i < rounds; i++) {
    samples.bare.push(timeOnce(node, ['-e', '0']))
    samples.help.push(timeOnce(node, [bin, '--help']))
    samples.route.push(timeOnce(node, [bin, 'route'], scenario))
    samples.start.push(await timeServerStart(databaseFile))
  }
  const bare = median(samples.bare)
  const row = (name: string, values: number[], target: number) =>
    `| ${name} | ${median(values).toFixed(0)} ms | ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms | ${(median(values) / bare).toFixed(1)}× | ≤ ${target} ms |`
  console.log(`node ${process.version}, ${rounds} rounds, interleaved\n`)
  console.log('| process | median wall | min–max | × bare `node -e 0` | target |')
  console.log('|---|---|---|---|---|')
  console.log(`| \`node -e 0\` (baseline) | ${bare.toFixed(0)} ms | | 1.0× | |`)
  console.log(row('`wegwijzer --help`', samples.help, 300))
  console.log(row('`wegwijzer route` (README scenario)', samples.route, 500))
  console.log(row('`npm start` → first 200 (imported database)', samples.start, 1500))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
