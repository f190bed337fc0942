// SPDX-License-Identifier: EUPL-1.2
// buildApp without listening: /health answers with the number of records served, and a published
// version replaces the served catalogue without a restart (SQLite: one process, refreshed in place).
import { cpSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { LiveCatalog, publishDataset, readCatalog } from '../../src/data/catalog/index.ts'
import { buildTestApp } from '../helpers/test-app.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
let app: FastifyInstance

beforeAll(async () => {
  await migrateOrThrow(db)
  await importDataset(db, fixture)
  app = await buildTestApp({ db, catalog: await readCatalog(db) })
})
afterAll(async () => {
  await app.close()
  await db.destroy()
})

describe('buildApp', () => {
  it('answers /health with status ok and the record count', async () => {
    const response = await app.inject('/health')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', records: 201 })
  })

  it('serves a published version at once, swapping the whole catalogue', async () => {
    const live = await LiveCatalog.open(db, { engine: 'sqlite', file: ':memory:' })
    const served = await buildTestApp({ db, catalog: live })
    const before = live.current()
    expect((await served.inject('/health')).json()).toEqual({ status: 'ok', records: 201 })
    const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-app-'))
    try {
      cpSync(fixture, dir, { recursive: true })
      unlinkSync(join(dir, 'glossary', 'bedenktijd.yaml'))
      expect((await publishDataset(db, dir, live)).outcome).toBe('imported')
      expect((await served.inject('/health')).json()).toEqual({ status: 'ok', records: 200 })
      expect(live.current()).not.toBe(before)
      expect(live.current().version).not.toBe(before.version)
      // Publishing the same data again changes nothing and keeps the catalogue.
      const after = live.current()
      expect((await publishDataset(db, dir, live)).outcome).toBe('unchanged')
      expect(live.current()).toBe(after)
    } finally {
      rmSync(dir, { recursive: true, force: true })
      await served.close()
      await live.close()
    }
  })
})
