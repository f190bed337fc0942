// SPDX-License-Identifier: EUPL-1.2
// A Fastify app with only the web layer, over the small web fixture dataset, for page tests.
import Fastify, { type FastifyInstance } from 'fastify'
import { fileURLToPath } from 'node:url'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import { webNotFoundHandler, webPlugin } from '../../src/web/plugin.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { SearchService } from '../../src/data/search/search-service.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { importValidDataset } from '../../src/data/dataset/import.ts'
import { registerRequestLog, withoutRequestLogging } from '../../src/server/logging.ts'
import { leaks, recordSecrets, watchLog } from './log-capture.ts'
import { TEST_PUBLISHERS } from './publishers.ts'

export const WEB_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/web', import.meta.url))
/** A fixed date so validity in time (Inspectie SZW → Arbeidsinspectie, 2022) is stable. */
export const WEB_FIXTURE_TODAY = '2025-06-01'

let fixture: Dataset | undefined
export function webFixtureDataset(): Dataset {
  if (fixture === undefined) {
    const { dataset, problems } = loadDataset(WEB_FIXTURE_DIR)
    if (problems.length > 0) {
      throw new Error(
        `web fixture dataset is invalid: ${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('; ')}`,
      )
    }
    fixture = dataset
  }
  return fixture
}

/**
 * The web layer with the server's request log and a capturing logger: closing the app fails if
 * the log holds a victim's facts or a scan key (as test/helpers/test-app.ts does for buildApp).
 */
export async function buildWebApp(dataset: Dataset = webFixtureDataset()): Promise<FastifyInstance> {
  const watch = watchLog()
  const app = Fastify({ logger: watch.logger, logController: withoutRequestLogging() })
  registerRequestLog(app)
  recordSecrets(app, watch)
  app.addHook('onClose', async () => {
    const leaked = leaks(watch)
    if (leaked.length > 0) {
      throw new Error(`the log holds victim facts or scan keys:\n${leaked.slice(0, 10).join('\n')}`)
    }
  })
  // The self-scan pages store scans: each app gets its own in-memory SQLite database.
  const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
  await migrateOrThrow(db)
  // The search page reads the index the import builds, so the fixture is imported as in production.
  await importValidDataset(db, dataset)
  app.addHook('onClose', async () => db.destroy())
  const catalog = buildCatalog(dataset)
  const options = {
    catalog: () => catalog,
    today: () => WEB_FIXTURE_TODAY,
    db,
    search: new SearchService(db),
    scanPublishers: TEST_PUBLISHERS,
  }
  await app.register(webPlugin, options)
  app.setNotFoundHandler(webNotFoundHandler(options))
  await app.ready()
  return app
}
