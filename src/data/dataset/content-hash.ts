// SPDX-License-Identifier: EUPL-1.2
// Canonical JSON and its sha256: the importer compares these to tell changed records from unchanged
// ones, independent of key order or YAML formatting.
import { createHash } from 'node:crypto'
import { ENTITY_KEYS, type Dataset } from '../../domain/entities.ts'

/** JSON with object keys sorted at every level; arrays keep their order (it is meaningful). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys)
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
  }
  return value
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function contentHash(record: unknown): string {
  return sha256(canonicalJson(record))
}

/**
 * The hash of a whole dataset as the import log records it (the served catalogue's version): one
 * line per record, `key/id/contentHash`, in entity order. Commands that read data/ directly name
 * their output's version with it, so the CLI and the server label the same data the same way.
 */
export function datasetHashOf(dataset: Dataset): string {
  const lines: string[] = []
  for (const key of ENTITY_KEYS) {
    for (const record of dataset[key] as readonly { id: string }[]) {
      lines.push(`${key}/${record.id}/${contentHash(record)}`)
    }
  }
  return sha256(lines.join('\n'))
}
