// SPDX-License-Identifier: EUPL-1.2
// The two published forms of the HSDS view as files (name → text): the JSON form (one file per
// object type, objects dereferenced as HSDS asks, plus a datapackage.json) and the tabular form
// (one CSV per table plus the Tabular Data Package descriptor). The CLI writes them to a folder;
// the API serves the same bytes.
import { createHash } from 'node:crypto'
import type { HsdsDataset } from './build.ts'
import { HSDS_TABLES, packageHeader, tableObjects, tabularDatapackage, toCsv } from './tabular.ts'

export const HSDS_FORMATS = ['hsds-json', 'hsds-csv'] as const
export type HsdsFormat = (typeof HSDS_FORMATS)[number]

/** The official schema of each object type, for consumers of the JSON form. */
const SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/'

/** The JSON files, by object type: which objects, and the file they go in. */
function jsonResources(data: HsdsDataset): readonly { type: string; path: string; objects: readonly object[] }[] {
  const flat = tableObjects(data)
  const locations = new Map(data.locations.map((l) => [l.id, l]))
  return [
    { type: 'organization', path: 'organizations.json', objects: data.organizations },
    { type: 'service', path: 'services.json', objects: data.services },
    { type: 'location', path: 'locations.json', objects: data.locations },
    {
      type: 'service_at_location',
      path: 'service_at_locations.json',
      objects: data.serviceAtLocations.map((sal) => ({
        ...sal,
        location: locations.get(sal.location_id ?? ''),
      })),
    },
    { type: 'taxonomy', path: 'taxonomies.json', objects: data.taxonomies },
    { type: 'taxonomy_term', path: 'taxonomy_terms.json', objects: data.taxonomyTerms },
    { type: 'phone', path: 'phones.json', objects: flat['phone'] ?? [] },
    { type: 'contact', path: 'contacts.json', objects: flat['contact'] ?? [] },
    { type: 'service_area', path: 'service_areas.json', objects: flat['service_area'] ?? [] },
    {
      type: 'organization_identifier',
      path: 'organization_identifiers.json',
      objects: flat['organization_identifier'] ?? [],
    },
    { type: 'attribute', path: 'attributes.json', objects: flat['attribute'] ?? [] },
    { type: 'metadata', path: 'metadata.json', objects: flat['metadata'] ?? [] },
  ]
}

/** An array with one object per line: compact, yet readable and diffable line by line. */
function jsonArray(objects: readonly object[]): string {
  return objects.length === 0 ? '[]\n' : `[\n${objects.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`
}

const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`

/** The JSON form: one file per object type and a datapackage.json that lists them. */
export function hsdsJsonFiles(data: HsdsDataset): Map<string, string> {
  const files = new Map<string, string>()
  const resources = jsonResources(data).map((r) => {
    const text = jsonArray(r.objects)
    files.set(r.path, text)
    return {
      name: r.type,
      path: r.path,
      profile: 'data-resource',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(text, 'utf8'),
      hash: sha256(text),
      'x-count': r.objects.length,
      'x-hsds-schema': `${SCHEMA_BASE}${r.type}.json`,
    }
  })
  const descriptor = { profile: 'data-package', ...packageHeader(data), resources }
  return new Map([['datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`], ...files])
}

/** The tabular form: one CSV per table and the Tabular Data Package descriptor. */
export function hsdsCsvFiles(data: HsdsDataset): Map<string, string> {
  const objects = tableObjects(data)
  const files = new Map<string, string>()
  const counts: Record<string, number> = {}
  for (const table of HSDS_TABLES) {
    const list = objects[table.name] ?? []
    counts[table.name] = list.length
    files.set(table.path, toCsv(table, list))
  }
  const descriptor = tabularDatapackage(data, counts)
  return new Map([['datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`], ...files])
}

export function hsdsFiles(data: HsdsDataset, format: HsdsFormat): Map<string, string> {
  return format === 'hsds-json' ? hsdsJsonFiles(data) : hsdsCsvFiles(data)
}
