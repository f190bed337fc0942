// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer stats [--json] [--data DIR]`: counts per entity type and per status.
import { resolve } from 'node:path'
import { ENTITY_KEYS } from '../../domain/entities.ts'
import { loadDatasetCached } from '../../data/dataset/dataset-cache.ts'
import { parseFlags } from '../args.ts'
import { EXIT, type CliIo } from '../io.ts'
import { datasetCacheDir, defaultDataDir } from '../paths.ts'

export async function statsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { json: { type: 'boolean' }, data: { type: 'string' } })
  const dir = values.data === undefined ? defaultDataDir() : resolve(io.cwd, values.data)
  const { dataset, problems } = loadDatasetCached(dir, datasetCacheDir(io.env), io.cwd)
  const counts: Record<string, number> = {}
  const byStatus: Record<string, Record<string, number>> = {}
  for (const key of ENTITY_KEYS) {
    const list = dataset[key] as readonly { status?: string }[]
    counts[key] = list.length
    for (const r of list) {
      if (r.status !== undefined) {
        const s = (byStatus[r.status] ??= {})
        s[key] = (s[key] ?? 0) + 1
      }
    }
  }
  if (values.json === true) {
    io.out(JSON.stringify({ ...counts, byStatus, problems: problems.length }, null, 2))
  } else {
    const width = Math.max(...ENTITY_KEYS.map((k) => k.length))
    for (const key of ENTITY_KEYS) {
      const parts = Object.entries(byStatus)
        .filter(([, c]) => c[key] !== undefined)
        .map(([status, c]) => `${status} ${c[key] ?? 0}`)
        .join(', ')
      io.out(`${key.padEnd(width)}  ${String(counts[key]).padStart(4)}  ${parts}`)
    }
    if (problems.length > 0) {
      io.out(`(${problems.length} problems; run \`wegwijzer validate\`)`)
    }
  }
  return EXIT.ok
}
