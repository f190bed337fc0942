// SPDX-License-Identifier: EUPL-1.2
// A cheap fingerprint of what an import would produce: the bytes of every file under data/, the
// entity schemas (the shape records are read into) and a format version for the import mapping.
// Equal digests mean a full load-validate-compare would find nothing to do, so a server start can
// skip it (a few milliseconds instead of parsing 1,250 YAML files).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { ENTITIES, ENTITY_KEYS } from '../../domain/entities.ts'

/** Bump when the import maps the same files to different rows (a change the schemas do not show). */
export const IMPORT_FORMAT_VERSION = 2

export function sourceDigest(dataDir: string): string {
  const hash = createHash('sha256')
  hash.update(`format ${IMPORT_FORMAT_VERSION}\n`)
  for (const key of ENTITY_KEYS) {
    hash.update(`${key} ${JSON.stringify(ENTITIES[key].schema)}\n`)
  }
  for (const file of listFiles(dataDir)) {
    const body = readFileSync(file)
    hash.update(`${relative(dataDir, file).split(sep).join('/')} ${body.length}\n`)
    hash.update(body)
  }
  return hash.digest('hex')
}

/** Every file below `dir`, in a fixed order (the digest must not depend on directory order). */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}
