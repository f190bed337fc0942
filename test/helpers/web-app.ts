// SPDX-License-Identifier: EUPL-1.2
// The app for page tests: buildApp over the fixture dataset (or another), on a fixed date.
import Fastify, { type FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../src/data/database.ts'
import { afterAll, beforeAll } from 'vitest'
import { fileURLToPath } from 'node:url'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { FIXTURE_TODAY, fixtureDataset } from './fixture.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importValidDataset } from '../../src/data/dataset/import.ts'
import { webNotFoundHandler, webPlugin } from '../../src/web/plugin.ts'
import { buildTestApp } from './test-app.ts'

export const NATIONAL_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url))
/**
 * The whole app (buildApp, the one composition root, through buildTestApp with its log and OpenAPI
 * checks) over a dataset, on a fixed date (or the clock given). The self-scan pages store scans, so each app gets its
 * own in-memory SQLite database; the search page reads the index the import builds, so the
 * dataset is imported as in production.
 */
export async function buildWebApp(
  dataset: Dataset = fixtureDataset(),
  today: string = FIXTURE_TODAY,
): Promise<FastifyInstance> {
  const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
  await migrateOrThrow(db)
  await importValidDataset(db, dataset)
  const app = await buildTestApp({ db, catalog: buildCatalog(dataset), today: () => today })
  app.addHook('onClose', async () => db.destroy())
  await app.ready()
  databases.set(app, db)
  return app
}

const databases = new WeakMap<FastifyInstance, Kysely<Database>>()
/** The database of an app from buildWebApp (to create an account that publishes a scan). */
export function databaseOf(app: FastifyInstance): Kysely<Database> {
  const db = databases.get(app)
  if (db === undefined) {
    throw new Error('not an app from buildWebApp')
  }
  return db
}

/** Registers building the app before a file's tests and closing it after; returns its getter. */
export function useWebApp(dataset?: Dataset): () => FastifyInstance {
  let app: FastifyInstance | undefined
  beforeAll(async () => {
    app = await buildWebApp(dataset)
  })
  afterAll(async () => {
    await app?.close()
  })
  return () => {
    if (app === undefined) {
      throw new Error('the web app is not built yet (use it inside tests)')
    }
    return app
  }
}

let national: Dataset | undefined
/** The national dataset in data/ (loaded once per test file), for tests that check real pages. */
export function nationalDataset(): Dataset {
  if (national === undefined) {
    const { dataset, problems } = loadDataset(NATIONAL_DATA_DIR)
    if (problems.length > 0) {
      throw new Error(`data/ is invalid: ${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('; ')}`)
    }
    national = dataset
  }
  return national
}

/**
 * The pages alone (webPlugin, no database) over the national dataset, ready for inject(): for tests
 * that read many real pages and need neither the API nor a stored scan, so that importing data/ into
 * a database is not paid for.
 */
export async function nationalPagesApp(dataset: Dataset = nationalDataset()): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })
  const catalog = buildCatalog(dataset)
  const options = { catalog: () => catalog }
  await app.register(webPlugin, options)
  app.setNotFoundHandler(webNotFoundHandler(options))
  await app.ready()
  return app
}
