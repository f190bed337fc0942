// SPDX-License-Identifier: EUPL-1.2
// Reading HSDS back: the JSON form (nested objects in one file per type) or the tabular form (CSV
// per table) into one empty HSDS-shaped store — per object type, each object once by id, with its
// one-to-one fields. Used to prove the round trip (our export read back is our export) and usable
// by anyone who takes in an HSDS publication. Pure: the caller reads the files.
import { HSDS_TABLES, type TabularTable } from './tabular.ts'

/** Per HSDS object type, the objects by id (their one-to-one fields only). */
export type HsdsStore = Map<string, Map<string, Readonly<Record<string, string | number>>>>

/** The object type of a nested array or object, by the property that holds it. */
const NESTED: Readonly<Record<string, string>> = {
  organization: 'organization',
  services: 'service',
  service: 'service',
  phones: 'phone',
  contacts: 'contact',
  locations: 'location',
  location: 'location',
  service_areas: 'service_area',
  service_at_locations: 'service_at_location',
  organization_identifiers: 'organization_identifier',
  attributes: 'attribute',
  taxonomy_term: 'taxonomy_term',
  taxonomy_detail: 'taxonomy',
  metadata: 'metadata',
}

/** The object type of a JSON file, by its name (services.json → service). */
export function typeOfFile(name: string): string | undefined {
  const base = name.replace(/\.json$/, '')
  const singular = base === 'metadata' ? base : base.replace(/ies$/, 'y').replace(/s$/, '')
  return HSDS_TABLES.some((t) => t.name === singular) ? singular : undefined
}

export class HsdsConflict extends Error {
  override readonly name = 'HsdsConflict'
}

function put(store: HsdsStore, type: string, object: Readonly<Record<string, unknown>>, where: string): void {
  const id = object['id']
  if (typeof id !== 'string') {
    throw new HsdsConflict(`${where}: a ${type} without an id`)
  }
  const fields: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(object)) {
    if (typeof value === 'string' || typeof value === 'number') {
      fields[key] = value
    }
  }
  let byId = store.get(type)
  if (byId === undefined) {
    byId = new Map()
    store.set(type, byId)
  }
  const known = byId.get(id)
  if (known === undefined) {
    byId.set(id, fields)
    return
  }
  // The same object met twice (nested and flat): every field either side has must agree.
  const merged = { ...known }
  for (const [key, value] of Object.entries(fields)) {
    if (key in merged && merged[key] !== value) {
      throw new HsdsConflict(
        `${where}: ${type} ${id} has ${key} ${JSON.stringify(value)} and ${JSON.stringify(merged[key])}`,
      )
    }
    merged[key] = value
  }
  byId.set(id, merged)
}

function walk(store: HsdsStore, type: string, value: unknown, where: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(store, type, item, `${where}[${i}]`))
    return
  }
  if (typeof value !== 'object' || value === null) {
    throw new HsdsConflict(`${where}: expected a ${type} object`)
  }
  const object = value as Readonly<Record<string, unknown>>
  put(store, type, object, where)
  for (const [key, child] of Object.entries(object)) {
    const childType = NESTED[key]
    if (childType !== undefined && typeof child === 'object' && child !== null) {
      walk(store, childType, child, `${where}.${key}`)
    }
  }
}

/** Reads the JSON form: file name → parsed content (an array of objects, or one object). */
export function readHsdsJson(files: Readonly<Record<string, unknown>>, store: HsdsStore = new Map()): HsdsStore {
  for (const [name, content] of Object.entries(files)) {
    const type = typeOfFile(name)
    if (type !== undefined) {
      walk(store, type, content, name)
    }
  }
  return store
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') {
        quoted = false
      } else {
        cell += c
      }
    } else if (c === '"' && cell === '') {
      quoted = true
    } else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++
      }
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else {
      cell += c
    }
  }
  if (quoted) {
    throw new HsdsConflict('CSV ends inside a quoted field')
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** Reads the tabular form: CSV file name → text, for the tables we know (HSDS_TABLES). */
export function readHsdsCsv(files: Readonly<Record<string, string>>, store: HsdsStore = new Map()): HsdsStore {
  for (const table of HSDS_TABLES) {
    const text = files[table.path]
    if (text !== undefined) {
      readTable(store, table, text)
    }
  }
  return store
}

function readTable(store: HsdsStore, table: TabularTable, text: string): void {
  const [header, ...rows] = parseCsv(text)
  if (header === undefined) {
    return
  }
  const fields = header.map((name) => table.fields.find((f) => f.name === name))
  rows.forEach((row, r) => {
    const object: Record<string, string | number> = {}
    row.forEach((cell, c) => {
      const field = fields[c]
      if (field !== undefined && cell !== '') {
        object[field.name] = field.type === 'number' ? Number(cell) : cell
      }
    })
    put(store, table.name, object, `${table.path} row ${r + 2}`)
  })
}

/** What differs between two stores, per type: missing or extra ids and differing fields. */
export function compareStores(expected: HsdsStore, actual: HsdsStore): string[] {
  const problems: string[] = []
  for (const type of new Set([...expected.keys(), ...actual.keys()])) {
    const a = expected.get(type) ?? new Map()
    const b = actual.get(type) ?? new Map()
    if (a.size !== b.size) {
      problems.push(`${type}: ${a.size} expected, ${b.size} read`)
    }
    for (const [id, fields] of a) {
      const other = b.get(id)
      if (other === undefined) {
        problems.push(`${type} ${id}: missing`)
        continue
      }
      for (const key of new Set([...Object.keys(fields), ...Object.keys(other)])) {
        if (fields[key] !== other[key]) {
          problems.push(`${type} ${id}.${key}: ${JSON.stringify(fields[key])} ≠ ${JSON.stringify(other[key])}`)
        }
      }
    }
    for (const id of b.keys()) {
      if (!a.has(id)) {
        problems.push(`${type} ${id}: not expected`)
      }
    }
  }
  return problems
}
