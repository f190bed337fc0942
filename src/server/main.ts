// SPDX-License-Identifier: EUPL-1.2
// `npm start`: reads the configuration, opens and migrates the database, imports data/ when it
// changed, serves the app, and shuts down cleanly on SIGINT/SIGTERM.
import type { Kysely } from 'kysely'
import type { Database } from '../data/database.ts'
import { describeDatabase, openDatabase } from '../data/dialect.ts'
import { migrateOrThrow } from '../data/migrate.ts'
import { formatImportCounts, importDataset } from '../data/dataset/import.ts'
import { formatProblem } from '../data/dataset/problem.ts'
import { latestImport, readDataset } from '../data/repositories/dataset.repository.ts'
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
    await importIfChanged(db, config.dataDir)
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

/**
 * Imports data/ into the database when it is empty or the data changed (the importer compares
 * content hashes and writes nothing otherwise). Invalid data never replaces a served copy: with a
 * previous import we log the problems and serve that; into an empty database we refuse to start.
 */
async function importIfChanged(db: Kysely<Database>, dataDir: string): Promise<void> {
  const report = await importDataset(db, dataDir)
  if (report.outcome === 'refused') {
    const problems = report.problems.map((p) => `  ${formatProblem(p)}`).join('\n')
    const previous = await latestImport(db)
    if (previous === undefined) {
      throw new Error(
        `${report.problems.length} problem(s) in ${dataDir} and no previous import to serve:\n${problems}`,
      )
    }
    log.error(
      `${report.problems.length} problem(s) in ${dataDir}; still serving the import of ${previous.importedAt}:\n${problems}`,
    )
    return
  }
  if (report.outcome === 'unchanged') {
    log.info(`dataset unchanged (${report.datasetHash.slice(0, 12)})`)
    return
  }
  log.info(
    `imported ${dataDir} in ${report.durationMs} ms:\n${formatImportCounts(report.counts)
      .map((l) => `  ${l}`)
      .join('\n')}`,
  )
}

try {
  await start()
} catch (error) {
  log.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
