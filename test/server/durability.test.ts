// SPDX-License-Identifier: EUPL-1.2
// Durability of acknowledged writes (issue 16, item 11): the real server (`src/server/main.ts` on a
// SQLite file) takes self-scans from concurrent clients and is killed with SIGKILL mid-stream, 20
// times; every scan it answered 201 for must be in the database afterwards.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/data/dialect.ts'
import { freePort, killHard, startServer } from '../helpers/server-process.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const ROUNDS = 20
const dir = mkdtempSync(join(tmpdir(), 'wgw-durability-'))
const file = join(dir, 'durability.sqlite')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const start = (port: number): Promise<ChildProcess> =>
  startServer(port, { DATABASE_URL: `sqlite:${file}`, DATA_DIR: FIXTURE_DIR, WRITES_PER_MINUTE: '1000000' })

/** Clients that create scans until the server goes away; returns the ids it acknowledged. */
async function writeUntilKilled(port: number, child: ChildProcess, killAfterMs: number): Promise<string[]> {
  const acknowledged: string[] = []
  let alive = true
  const client = async () => {
    while (alive) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/scans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ municipality: 'GM0344' }),
        })
        if (response.status === 201) {
          acknowledged.push((await response.json()).id as string)
        }
      } catch {
        return // connection refused or reset: the server is gone
      }
    }
  }
  const clients = Array.from({ length: 8 }, client)
  await new Promise((r) => setTimeout(r, killAfterMs))
  await killHard(child)
  alive = false
  await Promise.all(clients)
  return acknowledged
}

describe('acknowledged writes survive kill -9', () => {
  it(`keeps every acknowledged scan over ${ROUNDS} SIGKILL rounds`, { timeout: 600_000 }, async () => {
    const acknowledged: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const port = await freePort()
      const child = await start(port)
      acknowledged.push(...(await writeUntilKilled(port, child, 150 + ((round * 37) % 250))))
    }
    const db = openDatabase({ engine: 'sqlite', file })
    try {
      const stored = new Set((await db.selectFrom('scans').select('id').execute()).map((r) => r.id))
      const lost = acknowledged.filter((id) => !stored.has(id))
      expect(acknowledged.length).toBeGreaterThan(ROUNDS)
      expect(lost, `${lost.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([])
    } finally {
      await db.destroy()
    }
  })
})
