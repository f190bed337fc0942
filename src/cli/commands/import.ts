// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer import [--data DIR] [--database URL] [--force]`: validates data/ and copies it into the
// database, printing what changed per entity type, or every problem (then nothing is written).
// Back-office publications not yet exported survive where the files left the record alone; where
// the files changed it too, nothing is imported unless --force lets the files win (ADR 0020).
import { resolve } from 'node:path'
import { importDataset, formatImportCounts } from '../../data/dataset/import.ts'
import { formatProblem } from '../../data/dataset/problem.ts'
import { describeDatabase, parseDatabaseUrl, openDatabase } from '../../data/dialect.ts'
import { migrateOrThrow } from '../../data/migrate.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { defaultDataDir } from '../paths.ts'

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    data: { type: 'string' },
    database: { type: 'string' },
    force: { type: 'boolean' },
  })
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
    const report = await importDataset(db, dir, { force: values.force === true })
    if (report.outcome === 'refused') {
      for (const p of report.problems) {
        io.out(formatProblem(p))
      }
      io.err(
        `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${dir}: nothing imported into ${describeDatabase(config)}`,
      )
      return EXIT.failed
    }
    if (report.outcome === 'conflict') {
      for (const c of report.conflicts) {
        io.out(`${c.record}: ${c.reason}`)
      }
      io.err(
        `nothing imported: ${report.conflicts.length} record(s) in ${dir} would undo a back-office publication that was not exported. Export it first (wegwijzer export --data OTHER_DIR) and merge it into ${dir}, or let the files win with --force`,
      )
      return EXIT.failed
    }
    for (const r of report.overwritten ?? []) {
      io.err(`--force: the files replaced the unexported back-office publication of ${r}`)
    }
    for (const r of report.kept ?? []) {
      io.err(`kept the back-office publication of ${r} (not yet exported; the files did not change it)`)
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
