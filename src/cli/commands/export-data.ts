// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer export --data DIR [--source DIR] [--database URL]`: writes the published dataset (as
// the database serves it, back-office publications included) as the YAML files of a data/
// directory into DIR. Unchanged records come out byte for byte as they went in, so
// `export --data OUT` after no edits gives `diff -r data OUT` empty, and after edits only the edited
// values differ (ADR 0020). Like a server start, it first imports --source (default data/) when
// those files changed since the last import.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { publishedDatasetFiles } from '../../data/dataset/dataset-files.ts'
import { describeDatabase, openDatabase, parseDatabaseUrl } from '../../data/dialect.ts'
import { migrateOrThrow } from '../../data/migrate.ts'
import { ENTITIES, ENTITY_KEYS } from '../../domain/entities.ts'
import { importIfChanged } from '../../server/import-on-start.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { defaultDataDir } from '../paths.ts'

export async function exportDataCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    data: { type: 'string' },
    source: { type: 'string' },
    database: { type: 'string' },
  })
  if (values.data === undefined || values.data === '') {
    throw new UsageError('--data needs the folder to write the dataset into, e.g. wegwijzer export --data out/data')
  }
  const out = resolve(io.cwd, values.data)
  const source = values.source === undefined ? defaultDataDir() : resolve(io.cwd, values.source)
  const parsed = parseDatabaseUrl(values.database ?? io.env['DATABASE_URL'], io.cwd)
  if ('error' in parsed) {
    throw new UsageError(
      values.database === undefined ? parsed.error : parsed.error.replace(/^DATABASE_URL/, '--database'),
    )
  }
  const db = openDatabase(parsed.config)
  try {
    await migrateOrThrow(db)
    let failed = false
    const imported = await importIfChanged(db, source, {
      info: (message) => io.err(message),
      error: (message) => {
        failed = true
        io.err(message)
      },
    })
    if (imported === 'conflict' && resolve(source) === out) {
      // Writing the database's version over the changed files would undo those changes.
      io.err(
        `nothing written: ${out} holds changes the database has not imported; export into another folder and merge by hand`,
      )
      return EXIT.failed
    }
    if (imported === 'refused') {
      io.err(
        `the database still serves an earlier version; fix ${source} (see \`wegwijzer validate\`) or export that version with --source`,
      )
    }
    const files = await publishedDatasetFiles(db)
    for (const [path, text] of files) {
      const target = join(out, path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, text)
    }
    const removed = removeStaleRecordFiles(out, files)
    if (out === resolve(source) && imported !== 'refused') {
      // The source now holds the published state: import it, so it is the base that later
      // imports compare unexported publications with (unexported.ts), and the next start skips it.
      await importIfChanged(db, source, { info: () => undefined, error: (message) => io.err(message) })
    }
    io.err(
      `exported ${files.size} files from ${describeDatabase(parsed.config)} to ${out}` +
        (removed > 0 ? ` (removed ${removed} files of records no longer published)` : ''),
    )
    return failed ? EXIT.failed : EXIT.ok
  } finally {
    await db.destroy()
  }
}

/** Deletes record files in DIR's entity folders that the export did not write (deleted records). */
function removeStaleRecordFiles(out: string, written: ReadonlyMap<string, string>): number {
  let removed = 0
  for (const key of ENTITY_KEYS) {
    const dir = ENTITIES[key].dir
    if (!existsSync(join(out, dir))) {
      continue
    }
    for (const name of readdirSync(join(out, dir), { withFileTypes: true })) {
      if (name.isFile() && /\.ya?ml$/.test(name.name) && !written.has(`${dir}/${name.name}`)) {
        rmSync(join(out, dir, name.name))
        removed += 1
      }
    }
  }
  return removed
}
