// SPDX-License-Identifier: EUPL-1.2
// The dialect matrix for storage tests: runs a describe block once on SQLite (a temp file) and once
// on PostgreSQL (a fresh database per test file, dropped afterwards). Without a reachable PostgreSQL
// the PostgreSQL variant is skipped with a warning — except when CI is set: then it fails.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe } from 'vitest'
import type { Database } from '../../src/data/database.ts'
import { openDatabase, type DatabaseConfig, type Engine } from '../../src/data/dialect.ts'
import { migrateDownToNothing, migrateOrThrow } from '../../src/data/migrate.ts'

/** Admin connection used to create and drop the per-file test databases. */
const ADMIN_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const IN_CI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false'

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await client.end().catch(() => undefined)
  }
}

const postgresProblem = await probePostgres()
const skipPostgres = postgresProblem !== undefined && !IN_CI
if (skipPostgres) {
  console.warn(
    `[databases] PostgreSQL variants SKIPPED: cannot reach ${ADMIN_URL} (${postgresProblem}). Start PostgreSQL or set TEST_POSTGRES_URL; with CI set this is a failure.`,
  )
}

export interface EngineUnderTest {
  readonly engine: Engine
  /** The migrated database of this test file (valid inside tests and hooks). */
  readonly db: Kysely<Database>
  /** A DATABASE_URL for the same database, for CLI and server tests. */
  readonly url: string
  /** Empties the database: every migration down, then up again. */
  reset(): Promise<void>
}

export const ENGINES: readonly Engine[] = ['sqlite', 'postgresql']

/** Runs `body` once per engine, each in its own describe block named `title [engine]`. */
export function describeEachEngine(title: string, body: (t: EngineUnderTest) => void): void {
  for (const engine of ENGINES) {
    describe.skipIf(engine === 'postgresql' && skipPostgres)(`${title} [${engine}]`, () => {
      const t = new TestDatabase(engine)
      beforeAll(() => t.open())
      afterAll(() => t.close())
      body(t)
    })
  }
}

/**
 * Runs `body` once, on SQLite. For suites whose requests never reach SQL: curated reads are served
 * from the in-memory catalogue (ADR 0012), so running them on PostgreSQL as well would only repeat
 * the import, which the storage tests already cover on both engines. Use describeEachEngine for
 * anything that reads or writes the database per request (search, scans, back-office, import).
 */
export function describeInMemory(title: string, body: (t: EngineUnderTest) => void): void {
  describe(title, () => {
    const t = new TestDatabase('sqlite')
    beforeAll(() => t.open())
    afterAll(() => t.close())
    body(t)
  })
}

class TestDatabase implements EngineUnderTest {
  #db: Kysely<Database> | undefined
  #url = ''
  #cleanup: () => Promise<void> = async () => undefined

  constructor(readonly engine: Engine) {}

  get db(): Kysely<Database> {
    if (this.#db === undefined) {
      throw new Error('test database is not open yet (use it inside tests or hooks)')
    }
    return this.#db
  }

  get url(): string {
    return this.#url
  }

  async open(): Promise<void> {
    let config: DatabaseConfig
    if (this.engine === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-db-'))
      config = { engine: 'sqlite', file: join(dir, 'test.sqlite') }
      this.#url = `sqlite:${config.file}`
      this.#cleanup = async () => rmSync(dir, { recursive: true, force: true })
    } else {
      if (postgresProblem !== undefined) {
        throw new Error(
          `PostgreSQL is not reachable at ${ADMIN_URL} (${postgresProblem}) and CI is set: the PostgreSQL variants must run in CI`,
        )
      }
      const name = `wegwijzer_test_${randomBytes(6).toString('hex')}`
      await admin(`create database ${name}`)
      const url = new URL(ADMIN_URL)
      url.pathname = `/${name}`
      this.#url = url.toString()
      config = { engine: 'postgresql', connectionString: this.#url }
      this.#cleanup = () => dropDatabase(name)
    }
    this.#db = openDatabase(config)
    await migrateOrThrow(this.#db)
  }

  async reset(): Promise<void> {
    const report = await migrateDownToNothing(this.db)
    if (report.error !== undefined) {
      throw report.error
    }
    await migrateOrThrow(this.db)
  }

  async close(): Promise<void> {
    await this.#db?.destroy()
    this.#db = undefined
    await this.#cleanup()
  }
}

/**
 * Drops a test database once its last connection has gone. Closed pools may still be saying
 * goodbye; forcing them off too early makes their clients raise "terminating connection".
 */
async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    for (let i = 0; i < 50; i++) {
      const { rows } = await client.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = $1',
        [name],
      )
      if (rows[0]?.n === '0') {
        break
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    await client.query(`drop database if exists ${name} with (force)`)
  } finally {
    await client.end()
  }
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
