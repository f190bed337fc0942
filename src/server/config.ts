// SPDX-License-Identifier: EUPL-1.2
// Server settings from the environment, checked all at once: a bad start names every wrong
// variable, not just the first.
//
//   PORT          TCP port, 1–65535 (default 3000)
//   HOST          interface to listen on (default 127.0.0.1: only this machine; set HOST=0.0.0.0
//                 or :: in a container or behind a reverse proxy on another host)
//   DATABASE_URL  postgres://…, postgresql://…, sqlite:PATH, file:PATH or :memory:
//                 (default: SQLite file var/wegwijzer.sqlite in the project root)
//   DATA_DIR      the curated dataset to import (default: data/ in the project root)
//   TRUST_PROXY   whether to believe X-Forwarded-For/-Proto: unset or false (default: answer the
//                 peer only), true (any proxy), a number of proxy hops, or comma-separated
//                 addresses/CIDR ranges of the proxies. Decides the client address for rate limits
//                 and whether a request came over HTTPS (HSTS).
//   LOG_LEVEL     fatal, error, warn, info (default), debug, trace or silent
//   REQUEST_TIMEOUT_MS, HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_CONNECTIONS,
//   WRITES_PER_MINUTE, MAX_EVENT_LOOP_DELAY_MS, MAX_QUEUE_DELAY_MS, MAX_QUEUED_REQUESTS,
//   DRAFT_TTL_DAYS
//                 positive whole numbers overriding the limits in limits.ts (docs/security.md)
//   SCAN_PUBLISHERS no longer used and refused when set: publishing a self-scan needs an account of
//                 the municipality or a national editor (ADR 0032, which supersedes 0024's keys).
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDatabaseUrl, type DatabaseConfig } from '../data/dialect.ts'
import { DEFAULT_LIMITS, LIMIT_VARIABLES, type ServerLimits } from '../http/limits.ts'

/** Fastify's trustProxy setting: false, true, a hop count or a list of addresses/CIDR ranges. */
export type TrustProxy = boolean | number | readonly string[]

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export interface ServerConfig {
  readonly port: number
  readonly host: string
  readonly database: DatabaseConfig
  readonly dataDir: string
  readonly trustProxy: TrustProxy
  readonly logLevel: string
  readonly limits: ServerLimits
}

export const DEFAULT_PORT = 3000
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url))

export type ConfigResult =
  { readonly ok: true; readonly config: ServerConfig } | { readonly ok: false; readonly errors: readonly string[] }

type Env = Readonly<Record<string, string | undefined>>

/** Reads and checks the environment; never throws. Empty values count as unset. */
export function readConfig(env: Env = process.env, cwd: string = process.cwd()): ConfigResult {
  const errors: string[] = []
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim()
    return v === undefined || v === '' ? undefined : v
  }

  let port = DEFAULT_PORT
  const rawPort = value('PORT')
  if (rawPort !== undefined) {
    const n = Number(rawPort)
    if (!/^\d+$/.test(rawPort) || !Number.isInteger(n) || n < 1 || n > 65535) {
      errors.push(`PORT must be an integer 1–65535 (got '${rawPort}')`)
    } else {
      port = n
    }
  }

  const host = value('HOST') ?? DEFAULT_HOST
  if (/\s|\/|^:\d+$/.test(host) || host.length > 253) {
    errors.push(`HOST must be a host name or IP address such as 127.0.0.1, 0.0.0.0 or :: (got '${host}')`)
  }

  let database: DatabaseConfig | undefined
  const parsed = parseDatabaseUrl(value('DATABASE_URL'), cwd)
  if ('error' in parsed) {
    errors.push(parsed.error)
  } else {
    database = parsed.config
  }

  const rawDataDir = value('DATA_DIR')
  const dataDir = rawDataDir === undefined ? DEFAULT_DATA_DIR : resolve(cwd, rawDataDir)
  if (!isDirectory(dataDir)) {
    errors.push(`DATA_DIR must be an existing directory (got '${rawDataDir ?? dataDir}')`)
  }

  const trustProxy = parseTrustProxy(value('TRUST_PROXY'), errors)

  const logLevel = value('LOG_LEVEL') ?? 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got '${logLevel}')`)
  }

  const limits: Record<string, number> = { ...DEFAULT_LIMITS }
  for (const [key, name] of Object.entries(LIMIT_VARIABLES)) {
    const raw = value(name)
    if (raw === undefined) {
      continue
    }
    const n = Number(raw)
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
      errors.push(`${name} must be a positive whole number (got '${raw}')`)
    } else {
      limits[key] = n
    }
  }

  // Loud rather than silently ignored: an operator who handed out keys must know they stopped working.
  if (value('SCAN_PUBLISHERS') !== undefined) {
    errors.push(
      'SCAN_PUBLISHERS is no longer used: publishing a self-scan needs an account of the municipality (wegwijzer user add --role municipality --org GM0000) or of a national editor (ADR 0032); remove the variable',
    )
  }

  if (errors.length > 0 || database === undefined) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    config: {
      port,
      host,
      database,
      dataDir,
      trustProxy,
      logLevel,
      limits: limits as unknown as ServerLimits,
    },
  }
}

function parseTrustProxy(raw: string | undefined, errors: string[]): TrustProxy {
  if (raw === undefined || raw.toLowerCase() === 'false') {
    return false
  }
  if (raw.toLowerCase() === 'true') {
    return true
  }
  if (/^\d+$/.test(raw)) {
    return Number(raw)
  }
  const list = raw.split(',').map((s) => s.trim())
  if (list.some((s) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(s))) {
    errors.push(
      `TRUST_PROXY must be true, false, a number of hops or comma-separated proxy addresses/CIDR ranges (got '${raw}')`,
    )
    return false
  }
  return list
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
