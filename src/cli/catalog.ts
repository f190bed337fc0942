// SPDX-License-Identifier: EUPL-1.2
// The CLI's composition root for curated reads: a command that answers from the dataset loads the
// data directory once and builds one catalogue from it, as the server does per published version.
import { resolve } from 'node:path'
import { loadDatasetCached } from '../data/dataset/dataset-cache.ts'
import { buildCatalog, type Catalog } from '../domain/catalog/index.ts'
import type { CliIo } from './io.ts'
import { datasetCacheDir, defaultDataDir } from './paths.ts'

/** The catalogue of --data DIR (default: data/); invalid records are skipped with a warning. */
export function loadCatalog(data: string | undefined, io: CliIo): { readonly catalog: Catalog; readonly dir: string } {
  const dir = data === undefined ? defaultDataDir() : resolve(io.cwd, data)
  const { dataset, problems } = loadDatasetCached(dir, datasetCacheDir(io.env), io.cwd)
  if (problems.length > 0) {
    io.err(
      `let op: de dataset in ${dir} heeft ${problems.length} problemen; foute records zijn overgeslagen (zie \`wegwijzer validate\`)`,
    )
  }
  return { catalog: buildCatalog(dataset, { version: dir }), dir }
}
