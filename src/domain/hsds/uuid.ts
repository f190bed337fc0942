// SPDX-License-Identifier: EUPL-1.2
// Name-based UUIDs (version 5, SHA-1; RFC 4122 §4.3, RFC 9562 §5.5). HSDS requires UUIDs as ids;
// deriving them from our own ids under one fixed namespace makes them the same in every export,
// on every machine, without a table of issued ids.
import { createHash } from 'node:crypto'

/** The namespaces RFC 4122 Appendix C defines (also in RFC 9562 §6.6). */
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

/**
 * The project's namespace: uuidv5(NAMESPACE_URL, 'urn:wegwijzer-mensenhandel:hsds'). Fixed for
 * good: changing it changes every published HSDS id (a test pins it).
 */
export const HSDS_NAMESPACE = 'f71a51b1-117b-56a1-b5eb-fbdc64533675'

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value)
}

function uuidBytes(uuid: string): Buffer {
  if (!isUuid(uuid)) {
    throw new Error(`not a UUID: ${uuid}`)
  }
  return Buffer.from(uuid.replace(/-/g, ''), 'hex')
}

/** UUID version 5 of `name` (UTF-8) in `namespace`. */
export function uuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest()
  // Octet 6: version 5 in the high nibble; octet 8: the RFC 4122 variant (10xx) in the high bits.
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** The HSDS id of one of our objects, from a key such as `organization:comensha`. */
export function hsdsId(key: string): string {
  return uuidv5(key, HSDS_NAMESPACE)
}
