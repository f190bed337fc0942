// SPDX-License-Identifier: EUPL-1.2
// PostgreSQL drops connections (a restart, a proxy's idle cut, pg_terminate_backend). The server
// logs it, keeps running and answers the next requests on fresh connections (issue 16, item 1).
import pg from 'pg'
import type { FastifyInstance } from 'fastify'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Database } from '../../src/data/database.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readCatalog } from '../../src/data/catalog/index.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { buildTestApp } from '../helpers/test-app.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const ADMIN_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Ends every connection to the database, as a database restart would. */
async function terminateBackends(database: string): Promise<number> {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  try {
    const { rows } = await admin.query<{ n: string }>(
      'select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    )
    return Number(rows[0]?.n ?? 0)
  } finally {
    await admin.end()
  }
}

describeEachEngine('dropped database connections', (t) => {
  let db: Kysely<Database>
  let app: FastifyInstance
  const lost: Error[] = []

  beforeAll(async () => {
    if (t.engine !== 'postgresql') {
      return
    }
    await importDataset(t.db, FIXTURE_DIR)
    // A pool of its own, so the test sees the connection-lost callback.
    db = openDatabase({ engine: 'postgresql', connectionString: t.url }, { onConnectionLost: (e) => lost.push(e) })
    app = await buildTestApp({ db, catalog: await readCatalog(t.db) })
  })
  afterAll(async () => {
    await app?.close()
    await db?.destroy()
  })

  const search = (q: string) => app.inject(`/api/v1/search?q=${q}`)

  it.runIf(t.engine === 'postgresql')(
    'keeps serving after its connections are terminated while requests run',
    async () => {
      const database = new URL(t.url).pathname.slice(1)
      // Several idle pooled connections, as after a burst of traffic.
      const warm = await Promise.all(Array.from({ length: 8 }, () => search('opvang')))
      expect(warm.map((r) => r.statusCode)).toEqual(Array(8).fill(200))

      for (let round = 0; round < 5; round++) {
        // Terminate while requests are in flight; those may fail (500), the process must not.
        const during = Promise.all(Array.from({ length: 6 }, () => search('politie')))
        expect(await terminateBackends(database)).toBeGreaterThan(0)
        const statuses = (await during).map((r) => r.statusCode)
        expect(
          statuses.every((s) => s === 200 || s === 500),
          String(statuses),
        ).toBe(true)
        await new Promise((r) => setTimeout(r, 100))
        // The next requests get fresh connections.
        const after = await Promise.all(Array.from({ length: 6 }, () => search('slachtoffer')))
        expect(after.map((r) => r.statusCode)).toEqual(Array(6).fill(200))
      }
      expect(lost.length).toBeGreaterThan(0)
      expect(lost[0]?.message).toMatch(/terminat/i)
    },
  )

  it.runIf(t.engine === 'postgresql')(
    'survives a connection that dies while checked out between two queries',
    async () => {
      const database = new URL(t.url).pathname.slice(1)
      // Without a listener on the checked-out client this 'error' was uncaught and ended the process.
      await db.connection().execute(async (connection) => {
        await sql`select 1`.execute(connection)
        expect(await terminateBackends(database)).toBeGreaterThan(0)
        await new Promise((r) => setTimeout(r, 200))
        await expect(sql`select 1`.execute(connection)).rejects.toThrow()
      })
      const after = await search('slachtoffer')
      expect(after.statusCode).toBe(200)
    },
  )
})
