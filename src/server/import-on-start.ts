// SPDX-License-Identifier: EUPL-1.2
// The import step of a server start (main.ts), apart so it can be tested without a listening server.
import type { Kysely } from 'kysely'
import type { Database } from '../data/database.ts'
import { formatImportCounts, importDataset } from '../data/dataset/import.ts'
import { formatProblem } from '../data/dataset/problem.ts'
import { sourceDigest } from '../data/dataset/source-digest.ts'
import { latestImport, readSourceDigest, writeSourceDigest } from '../data/repositories/dataset.repository.ts'
import { searchIndexIsCurrent } from '../data/search/search-index.repository.ts'

export interface StartLog {
  info(message: string): void
  error(message: string): void
}

/**
 * Imports data/ into the database when it is empty or the data changed (the importer compares
 * content hashes and writes nothing otherwise). A digest of the files lets an unchanged data/ skip
 * the parse-and-validate step altogether (start-up time). Invalid data never replaces a served copy:
 * with a previous import we log the problems and serve that; into an empty database we refuse to start.
 * Files that would undo an unexported back-office publication are not imported either (logged loudly).
 */
export type StartImport = 'unchanged' | 'imported' | 'refused' | 'conflict'

export async function importIfChanged(db: Kysely<Database>, dataDir: string, log: StartLog): Promise<StartImport> {
  const digest = sourceDigest(dataDir)
  const previous = await latestImport(db)
  // A new analyser (or a migration that emptied the index) needs the import to rebuild the search index.
  if (previous !== undefined && (await readSourceDigest(db)) === digest && (await searchIndexIsCurrent(db))) {
    log.info(`dataset unchanged (${previous.datasetHash.slice(0, 12)}, files ${digest.slice(0, 12)})`)
    return 'unchanged'
  }
  const report = await importDataset(db, dataDir)
  if (report.outcome === 'refused') {
    const problems = report.problems.map((p) => `  ${formatProblem(p)}`).join('\n')
    if (previous === undefined) {
      throw new Error(
        `${report.problems.length} problem(s) in ${dataDir} and no previous import to serve:\n${problems}`,
      )
    }
    log.error(
      `${report.problems.length} problem(s) in ${dataDir}; still serving the import of ${previous.importedAt}:\n${problems}`,
    )
    return 'refused'
  }
  if (report.outcome === 'conflict') {
    // Loud, and nothing imported: the files would undo what editors published (ADR 0020).
    log.error(
      `NOT IMPORTED: ${dataDir} changed records that were also published in the back-office and not yet exported; still serving the database as it is:\n${report.conflicts
        .map((c) => `  ${c.record}: ${c.reason}`)
        .join(
          '\n',
        )}\nExport the publications first (wegwijzer export --data OTHER_DIR), merge them into ${dataDir} by hand, or let the files win with wegwijzer import --force.`,
    )
    return 'conflict'
  }
  if (report.kept !== undefined) {
    log.info(
      `kept ${report.kept.length} back-office publication(s) not yet exported (the files did not change them): ${report.kept.join(', ')}; run wegwijzer export --data ${dataDir} and commit`,
    )
  }
  await writeSourceDigest(db, digest, new Date().toISOString())
  if (report.outcome === 'unchanged') {
    log.info(`dataset unchanged (${report.datasetHash.slice(0, 12)})`)
    return 'unchanged'
  }
  log.info(
    `imported ${dataDir} in ${report.durationMs} ms:\n${formatImportCounts(report.counts)
      .map((l) => `  ${l}`)
      .join('\n')}`,
  )
  return 'imported'
}
