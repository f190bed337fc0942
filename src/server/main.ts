// SPDX-License-Identifier: EUPL-1.2
// `npm start`: reads the configuration, opens and migrates the database, imports data/ when it
// changed, builds the catalogue of the served version (following new versions), serves the app,
// and shuts down cleanly on SIGINT/SIGTERM. The composition root: nothing else builds a catalogue.
import { LiveCatalog } from '../data/catalog/index.ts'
import { describeDatabase, openDatabase } from '../data/dialect.ts'
import { migrateOrThrow } from '../data/migrate.ts'
import { importIfChanged } from './import-on-start.ts'
import { buildApp } from './app.ts'
import { readConfig } from './config.ts'
import { loggerOptions } from './logging.ts'

const log = {
  info: (message: string) => console.info(`wegwijzer: ${message}`),
  error: (message: string) => console.error(`wegwijzer: ${message}`),
}

async function start(): Promise<void> {
  const result = readConfig()
  if (!result.ok) {
    log.error(`invalid configuration:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`)
    process.exitCode = 1
    return
  }
  const { config } = result
  log.info(`database ${describeDatabase(config.database)}`)
  const db = openDatabase(config.database)
  let catalog: LiveCatalog | undefined
  try {
    await migrateOrThrow(db)
    await importIfChanged(db, config.dataDir, log)
    const live = await LiveCatalog.open(db, config.database, {
      onSwap: (next) => log.info(`serving dataset version ${next.version.slice(0, 12)}`),
      onError: (error) => log.error(`dataset versions: ${error instanceof Error ? error.message : String(error)}`),
    })
    catalog = live
    log.info(`serving dataset version ${live.current().version.slice(0, 12)}`)
    const app = await buildApp({
      db,
      catalog: live,
      logger: loggerOptions(config.logLevel),
      limits: config.limits,
      trustProxy: config.trustProxy,
    })
    let closing = false
    const shutdown = (signal: string) => {
      if (closing) {
        return
      }
      closing = true
      log.info(`${signal}: closing`)
      app
        .close()
        .then(() => live.close())
        .then(() => db.destroy())
        .then(() => {
          process.exitCode = 0
        })
        .catch((error: unknown) => {
          log.error(`error while closing: ${String(error)}`)
          process.exitCode = 1
        })
    }
    process.once('SIGINT', () => shutdown('SIGINT'))
    process.once('SIGTERM', () => shutdown('SIGTERM'))
    await app.listen({ port: config.port, host: config.host })
  } catch (error) {
    await catalog?.close()
    await db.destroy()
    throw error
  }
}

try {
  await start()
} catch (error) {
  log.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
