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
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDatabaseUrl, type DatabaseConfig } from '../data/dialect.ts'

export interface ServerConfig {
  readonly port: number
  readonly host: string
  readonly database: DatabaseConfig
  readonly dataDir: string
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

  if (errors.length > 0 || database === undefined) {
    return { ok: false, errors }
  }
  return { ok: true, config: { port, host, database, dataDir } }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
