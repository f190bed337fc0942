// SPDX-License-Identifier: EUPL-1.2
// Opens the database named by DATABASE_URL: SQLite (default, one file) or PostgreSQL (several
// instances sharing one database). The only place that knows about drivers.
import { mkdirSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely'
import type { Database } from './database.ts'

export type DatabaseConfig =
  | { readonly engine: 'sqlite'; readonly file: string }
  | { readonly engine: 'sqlite'; readonly file: ':memory:' }
  | { readonly engine: 'postgresql'; readonly connectionString: string }

export type Engine = DatabaseConfig['engine']

/** The SQLite file used when DATABASE_URL is not set: var/wegwijzer.sqlite in the project root. */
export const DEFAULT_SQLITE_FILE = fileURLToPath(new URL('../../var/wegwijzer.sqlite', import.meta.url))

export const SUPPORTED_DATABASE_URLS =
  'postgres://…, postgresql://…, sqlite:PATH, file:PATH, :memory: or a path ending in .sqlite/.db'

/**
 * Reads a DATABASE_URL value. Relative SQLite paths are resolved against `cwd`. Returns an error
 * message (naming DATABASE_URL) instead of throwing, so configuration can report all problems at once.
 */
export function parseDatabaseUrl(
  url: string | undefined,
  cwd: string = process.cwd(),
): { config: DatabaseConfig } | { error: string } {
  if (url === undefined || url.trim() === '') {
    return { config: { engine: 'sqlite', file: DEFAULT_SQLITE_FILE } }
  }
  const value = url.trim()
  if (/^postgres(ql)?:\/\//i.test(value)) {
    return { config: { engine: 'postgresql', connectionString: value } }
  }
  if (value === ':memory:' || value === 'sqlite::memory:' || value === 'sqlite://:memory:') {
    return { config: { engine: 'sqlite', file: ':memory:' } }
  }
  let path: string | undefined
  if (/^file:\/\//i.test(value)) {
    try {
      path = fileURLToPath(value)
    } catch {
      return { error: `DATABASE_URL is not a valid file URL: ${value}` }
    }
  } else if (/^(sqlite|file):/i.test(value)) {
    path = value.replace(/^(sqlite|file):(\/\/)?/i, '')
  } else if (/\.(sqlite3?|db)$/i.test(value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    path = value
  }
  if (path === undefined || path === '') {
    return { error: `DATABASE_URL '${redact(value)}' is not supported; use ${SUPPORTED_DATABASE_URLS}` }
  }
  return { config: { engine: 'sqlite', file: isAbsolute(path) ? path : resolve(cwd, path) } }
}

/** Like parseDatabaseUrl, but throws the message: for callers that cannot continue without a database. */
export function databaseConfigFromUrl(url: string | undefined, cwd: string = process.cwd()): DatabaseConfig {
  const parsed = parseDatabaseUrl(url, cwd)
  if ('error' in parsed) {
    throw new Error(parsed.error)
  }
  return parsed.config
}

export interface OpenOptions {
  /**
   * Told when PostgreSQL drops an idle pooled connection (a database restart, a proxy's idle cut,
   * pg_terminate_backend). The pool has already discarded that connection and opens a new one on
   * the next query; this is only for the log. Default: one line on stderr.
   */
  readonly onConnectionLost?: (error: Error) => void
}

const logLostConnection = (error: Error): void => {
  console.error(`wegwijzer: PostgreSQL connection lost (${error.message}); reconnecting on the next query`)
}

const ignoreErrorOfCheckedOutClient = (): void => {}

/** Opens a connection (pool) without touching the schema; run migrations next (see migrate.ts). */
export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Kysely<Database> {
  if (config.engine === 'postgresql') {
    const pool = new pg.Pool({ connectionString: config.connectionString, max: 10 })
    // An idle client whose connection dies emits 'error' on the pool; without a listener Node
    // treats it as an unhandled 'error' event and exits. The pool removes the client by itself.
    pool.on('error', options.onConnectionLost ?? logLostConnection)
    // A client that is checked out but between queries (inside a transaction, or just acquired)
    // gets no pool listener: pg-pool removes it on checkout. Its connection dying then emits an
    // unhandled 'error' and would take the process down. The next query on it fails on its own
    // and the request gets its error answer, so this listener only has to exist.
    pool.on('connect', (client) => client.on('error', ignoreErrorOfCheckedOutClient))
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  if (config.file !== ':memory:') {
    mkdirSync(dirname(config.file), { recursive: true })
  }
  const sqlite = new SQLite(config.file)
  if (config.file !== ':memory:') {
    sqlite.pragma('journal_mode = WAL')
  }
  // FULL, not WAL's usual NORMAL: the database holds user data (self-scans), and a write we
  // acknowledged must survive a power cut too, not only a crash of this process. Writes are few
  // (rate-limited), so the extra fsync per commit costs nothing users notice (docs/security.md).
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
}

/** Which engine a Kysely instance talks to, for the few statements that differ (e.g. advisory locks). */
export function engineOf(db: Kysely<Database>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgresql' : 'sqlite'
}

/** A description of the database for logs, without the password. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.engine === 'postgresql' ? `PostgreSQL ${redact(config.connectionString)}` : `SQLite ${config.file}`
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')
}
