// SPDX-License-Identifier: EUPL-1.2
// buildApp without listening: /health answers with the number of records served.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { buildApp } from '../../src/server/app.ts'

const fixture = join(import.meta.dirname, '../fixtures/dataset')
const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
let app: FastifyInstance

beforeAll(async () => {
  await migrateOrThrow(db)
  await importDataset(db, fixture)
  app = await buildApp({ db, dataset: await readDataset(db) })
})
afterAll(async () => {
  await app.close()
  await db.destroy()
})

describe('buildApp', () => {
  it('answers /health with status ok and the record count', async () => {
    const response = await app.inject('/health')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', records: 28 })
  })

  it('takes the dataset as a getter, so a re-import is visible without a restart', async () => {
    let dataset = await readDataset(db)
    const live = await buildApp({ db, dataset: () => dataset })
    expect((await live.inject('/health')).json()).toEqual({ status: 'ok', records: 28 })
    dataset = { ...dataset, glossary: [] }
    expect((await live.inject('/health')).json()).toEqual({ status: 'ok', records: 27 })
    await live.close()
  })
})
