// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer import [--data DIR] [--database URL]`: validates data/ and copies it into the database,
// printing what changed per entity type, or every problem (then nothing is written).
import { resolve } from 'node:path'
import { importDataset, formatImportCounts } from '../../data/dataset/import.ts'
import { formatProblem } from '../../data/dataset/problem.ts'
import { describeDatabase, parseDatabaseUrl, openDatabase } from '../../data/dialect.ts'
import { migrateOrThrow } from '../../data/migrate.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { defaultDataDir } from '../paths.ts'

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { data: { type: 'string' }, database: { type: 'string' } })
  const dir = values.data === undefined ? defaultDataDir() : resolve(io.cwd, values.data)
  const parsed = parseDatabaseUrl(values.database ?? io.env['DATABASE_URL'], io.cwd)
  if ('error' in parsed) {
    throw new UsageError(
      values.database === undefined ? parsed.error : parsed.error.replace(/^DATABASE_URL/, '--database'),
    )
  }
  const config = parsed.config
  const db = openDatabase(config)
  try {
    await migrateOrThrow(db)
    const report = await importDataset(db, dir)
    if (report.outcome === 'refused') {
      for (const p of report.problems) {
        io.out(formatProblem(p))
      }
      io.err(
        `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${dir}: nothing imported into ${describeDatabase(config)}`,
      )
      return EXIT.failed
    }
    for (const line of formatImportCounts(report.counts)) {
      io.out(line)
    }
    io.err(
      report.outcome === 'imported'
        ? `imported ${dir} into ${describeDatabase(config)} in ${report.durationMs} ms`
        : `no changes: ${describeDatabase(config)} already holds ${dir}`,
    )
    return EXIT.ok
  } finally {
    await db.destroy()
  }
}
