// SPDX-License-Identifier: EUPL-1.2
// `npm start`: reads the configuration, opens and migrates the database, imports data/ when it
// changed, serves the app, and shuts down cleanly on SIGINT/SIGTERM.
import { describeDatabase, openDatabase } from '../data/dialect.ts'
import { migrateOrThrow } from '../data/migrate.ts'
import { readDataset } from '../data/repositories/dataset.repository.ts'
import { importIfChanged } from './import-on-start.ts'
import { buildApp } from './app.ts'
import { readConfig } from './config.ts'

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
  try {
    await migrateOrThrow(db)
    await importIfChanged(db, config.dataDir, log)
    const dataset = await readDataset(db)
    const app = await buildApp({ db, dataset, logger: { level: process.env['LOG_LEVEL'] ?? 'info' } })
    let closing = false
    const shutdown = (signal: string) => {
      if (closing) {
        return
      }
      closing = true
      log.info(`${signal}: closing`)
      app
        .close()
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
