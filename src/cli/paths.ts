// SPDX-License-Identifier: EUPL-1.2
// Where the project's own files are, independent of the directory the CLI is started from.
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

export function defaultDataDir(): string {
  return join(projectRoot, 'data')
}

/** Where read-only commands keep the validated dataset snapshot (data/dataset/dataset-cache.ts). */
export function datasetCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  return env['WEGWIJZER_CACHE_DIR'] ?? join(projectRoot, 'var', 'cache', 'datasets')
}
