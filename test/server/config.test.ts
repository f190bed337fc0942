// SPDX-License-Identifier: EUPL-1.2
// Server configuration: defaults, and every invalid variable reported at once by name.
import { describe, expect, it } from 'vitest'
import { DEFAULT_DATA_DIR, readConfig } from '../../src/server/config.ts'
import { DEFAULT_SQLITE_FILE } from '../../src/data/dialect.ts'
import { DEFAULT_LIMITS } from '../../src/http/limits.ts'

describe('readConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(readConfig({}, '/tmp')).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: '127.0.0.1',
        database: { engine: 'sqlite', file: DEFAULT_SQLITE_FILE },
        dataDir: DEFAULT_DATA_DIR,
        trustProxy: false,
        logLevel: 'info',
        limits: DEFAULT_LIMITS,
      },
    })
  })

  it('reads valid values', () => {
    const result = readConfig(
      { PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'postgresql://u:p@db/wegwijzer', DATA_DIR: '.' },
      '/tmp',
    )
    expect(result).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '0.0.0.0',
        database: { engine: 'postgresql', connectionString: 'postgresql://u:p@db/wegwijzer' },
        dataDir: '/tmp',
        trustProxy: false,
        logLevel: 'info',
        limits: DEFAULT_LIMITS,
      },
    })
  })

  it('refuses SCAN_PUBLISHERS: publication keys gave way to accounts (ADR 0032)', () => {
    const old = readConfig({ SCAN_PUBLISHERS: `GM0307:${'a'.repeat(64)}` }, '/tmp')
    expect(old.ok).toBe(false)
    expect(!old.ok && old.errors.join('\n')).toContain('SCAN_PUBLISHERS is no longer used')
    expect(!old.ok && old.errors.join('\n')).not.toContain('a'.repeat(64))
  })

  it('reads the proxy trust, log level and limits', () => {
    const read = (env: Record<string, string>) => {
      const result = readConfig(env, '/tmp')
      return result.ok ? result.config : result.errors
    }
    expect(read({ TRUST_PROXY: 'true' })).toMatchObject({ trustProxy: true })
    expect(read({ TRUST_PROXY: '1' })).toMatchObject({ trustProxy: 1 })
    expect(read({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' })).toMatchObject({
      trustProxy: ['10.0.0.1', '192.168.0.0/16'],
    })
    expect(read({ LOG_LEVEL: 'warn', WRITES_PER_MINUTE: '5', DRAFT_TTL_DAYS: '30' })).toMatchObject({
      logLevel: 'warn',
      limits: { ...DEFAULT_LIMITS, writesPerMinute: 5, draftTtlDays: 30 },
    })
    expect(read({ TRUST_PROXY: 'proxy.example', LOG_LEVEL: 'loud', MAX_CONNECTIONS: '-1' })).toEqual([
      "TRUST_PROXY must be true, false, a number of hops or comma-separated proxy addresses/CIDR ranges (got 'proxy.example')",
      "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got 'loud')",
      "MAX_CONNECTIONS must be a positive whole number (got '-1')",
    ])
  })

  it('resolves sqlite: and file: paths against the working directory', () => {
    for (const url of ['sqlite:var/x.sqlite', 'file:var/x.sqlite', 'var/x.sqlite']) {
      const result = readConfig({ DATABASE_URL: url }, '/srv/app')
      expect(result.ok && result.config.database, url).toEqual({ engine: 'sqlite', file: '/srv/app/var/x.sqlite' })
    }
    const memory = readConfig({ DATABASE_URL: ':memory:' })
    expect(memory.ok && memory.config.database).toEqual({ engine: 'sqlite', file: ':memory:' })
  })

  it('reports every invalid variable at once, by name', () => {
    const result = readConfig({
      PORT: 'abc',
      HOST: 'two words',
      DATABASE_URL: 'mysql://root@localhost/db',
      DATA_DIR: '/does/not/exist',
    })
    expect(result.ok).toBe(false)
    const errors = result.ok ? [] : result.errors
    expect(errors).toHaveLength(4)
    expect(errors[0]).toBe("PORT must be an integer 1–65535 (got 'abc')")
    expect(errors[1]).toMatch(/^HOST must be/)
    expect(errors[2]).toMatch(/^DATABASE_URL 'mysql:\/\/root@localhost\/db' is not supported; use postgres:\/\//)
    expect(errors[3]).toMatch(/^DATA_DIR must be an existing directory/)
  })

  it.each(['0', '65536', '-1', '3000.5', '1e3', ' '])('rejects PORT=%j unless empty', (port) => {
    const result = readConfig({ PORT: port })
    expect(result.ok).toBe(port.trim() === '')
  })

  it('never echoes a database password', () => {
    const result = readConfig({ DATABASE_URL: 'mongodb://admin:secret@host/db' })
    expect(result.ok ? '' : result.errors.join('\n')).not.toContain('secret')
  })
})
