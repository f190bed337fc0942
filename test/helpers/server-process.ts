// SPDX-License-Identifier: EUPL-1.2
// The real server as a child process, for tests that must kill it (kill -9 durability): a free
// port, start and wait for /health, and SIGKILL that waits for the exit.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '../..')

/** The compiled server when `npm run build` made it (as `npm test` does), else the sources through tsx. */
const SERVER_ARGS = existsSync(join(ROOT, 'dist/server/start.js'))
  ? [join(ROOT, 'dist/server/start.js')]
  : ['--import', 'tsx', join(ROOT, 'src/server/main.ts')]

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0))
    })
  })
}

/** Starts the server on `port` with `env` added to this process's environment; resolves once /health answers. */
export async function startServer(port: number, env: Readonly<Record<string, string>>): Promise<ChildProcess> {
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}`)
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) {
        return child
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('server did not start within 60 s')
}

/** SIGKILL, as a power cut or the OOM killer would; resolves when the process is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGKILL')
  await exited
}
