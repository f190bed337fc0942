// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer export --format hsds-json|hsds-csv DIR [--source DIR] [--as-of DATE]`: the register as
// Open Referral HSDS 3.0 — the JSON form (one file per object type) or the tabular form (one CSV
// per table), each with its datapackage.json — written into DIR. The same files the HSDS API
// serves under /api/hsds/v3/export/json and /csv for the same data and date (docs/hsds.md).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadDatasetCached } from '../../data/dataset/dataset-cache.ts'
import { datasetHashOf } from '../../data/dataset/content-hash.ts'
import { formatProblem } from '../../data/dataset/problem.ts'
import { buildCatalog } from '../../domain/catalog/index.ts'
import { buildHsds, hsdsFiles, HSDS_FORMATS, type HsdsFormat } from '../../domain/hsds/index.ts'
import { isCalendarDate, todayInAmsterdam } from '../../domain/validity.ts'
import { hsdsWordsNl } from '../../messages/hsds.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { datasetCacheDir, defaultDataDir } from '../paths.ts'

export async function exportHsdsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { format: { type: 'string' }, source: { type: 'string' }, 'as-of': { type: 'string' } },
    true,
  )
  const format = values.format as HsdsFormat
  if (!HSDS_FORMATS.includes(format)) {
    throw new UsageError(`--format '${String(values.format)}' is not known; use ${HSDS_FORMATS.join(' or ')}`)
  }
  if (positionals.length !== 1 || positionals[0] === '') {
    throw new UsageError('give one folder to write the export into, e.g. wegwijzer export --format hsds-json out/hsds')
  }
  const asOf = values['as-of'] ?? todayInAmsterdam()
  if (!isCalendarDate(asOf)) {
    throw new UsageError(`--as-of: '${asOf}' is not a date; use YYYY-MM-DD, e.g. 2026-01-01`)
  }
  const source = values.source === undefined ? defaultDataDir() : resolve(io.cwd, values.source)
  const out = resolve(io.cwd, positionals[0] ?? '')
  // Only a valid dataset is published: the server refuses an invalid one too.
  const { dataset, problems } = loadDatasetCached(source, datasetCacheDir(io.env), io.cwd)
  if (problems.length > 0) {
    for (const p of problems) {
      io.out(formatProblem(p))
    }
    io.err(`${problems.length} problem(s) in ${source}: nothing exported (see \`wegwijzer validate\`)`)
    return EXIT.failed
  }
  const catalog = buildCatalog(dataset, { version: datasetHashOf(dataset) })
  const data = buildHsds(catalog.on(asOf), hsdsWordsNl)
  const files = hsdsFiles(data, format)
  mkdirSync(out, { recursive: true })
  for (const [name, text] of files) {
    writeFileSync(join(out, name), text)
  }
  io.err(
    `exported ${data.organizations.length} organizations, ${data.services.length} services, ${data.phones.length} phones, ` +
      `${data.serviceAreas.length} service areas and ${data.taxonomyTerms.length} taxonomy terms as of ${asOf} ` +
      `(HSDS 3.0, ${format === 'hsds-json' ? 'JSON' : 'tabular'}: ${files.size} files) to ${out}`,
  )
  return EXIT.ok
}
