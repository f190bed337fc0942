// SPDX-License-Identifier: EUPL-1.2
// Done means (issue 14): every object of the HSDS view of the whole national dataset is valid
// against Open Referral's official HSDS 3.0 schemas — 0 errors — and against our own stricter
// schemas (the ones the OpenAPI document promises); the tabular form has the official columns;
// every reference points at an object that is there.
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import {
  HSDS_TABLES,
  HsdsOrganizationWithServices,
  HsdsService,
  HsdsServiceListItem,
  buildHsds,
  organizationListItem,
  serviceListItem,
  tableObjects,
  type HsdsDataset,
} from '../../src/domain/hsds/index.ts'
import { todayInAmsterdam } from '../../src/domain/validity.ts'
import { hsdsWordsNl } from '../../src/messages/hsds.ts'
import { OFFICIAL, invalidObjects, officialColumns } from './oracle.ts'

const { dataset } = loadDataset(join(import.meta.dirname, '../../data'))
const catalog = buildCatalog(dataset, { version: 'test' })
const today = buildHsds(catalog.on(todayInAmsterdam()), hsdsWordsNl)
// An older date reaches the records that have since ended (Inspectie SZW, the 2011 advance rules).
const past = buildHsds(catalog.on('2015-06-01'), hsdsWordsNl)

function everyObject(data: HsdsDataset): [string, readonly unknown[]][] {
  return [
    ['organization', data.organizations],
    ['organization', data.organizations.map(organizationListItem)],
    ['service', data.services],
    ['service', data.services.map(serviceListItem)],
    ['location', data.locations],
    ['service_at_location', data.serviceAtLocations],
    ['taxonomy', data.taxonomies],
    ['taxonomy_term', data.taxonomyTerms],
    ['phone', data.phones],
    ['contact', data.contacts],
    ['service_area', data.serviceAreas],
    ['organization_identifier', data.organizationIdentifiers],
    ['attribute', data.attributes],
    ['metadata', data.metadata],
  ]
}

describe.each([
  ['today', today],
  ['2015-06-01', past],
])('the HSDS view of the national dataset on %s', (_label, data) => {
  it('has every kind of object the register can fill', () => {
    expect(data.organizations.length).toBeGreaterThan(100)
    expect(data.services.length).toBeGreaterThan(300)
    expect(data.phones.length).toBeGreaterThan(0)
    expect(data.serviceAreas.length).toBeGreaterThanOrEqual(data.services.length)
    expect(data.taxonomies.length).toBeGreaterThanOrEqual(10)
  })

  it.each(everyObject(data).map(([type, list], i) => [`${type} #${i}`, type, list] as const))(
    'is valid against the official schema: %s',
    (_name, type, list) => {
      expect(list.length).toBeGreaterThan(0)
      expect(invalidObjects(type, list)).toEqual([])
    },
  )

  it('is valid against our own schemas, which allow no other fields', () => {
    const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }))
    const check = (schema: object, list: readonly unknown[]): string[] => {
      // Nested HSDS objects carry their $id more than once; ajv wants each $id once per schema.
      const plain = JSON.parse(JSON.stringify(schema), (key, value: unknown) => (key === '$id' ? undefined : value))
      const validate = ajv.compile(plain as object)
      return list.flatMap((o) => (validate(o) ? [] : [ajv.errorsText(validate.errors)]))
    }
    expect(check(HsdsService, data.services)).toEqual([])
    expect(check(HsdsServiceListItem, data.services.map(serviceListItem))).toEqual([])
    expect(check(HsdsOrganizationWithServices, data.organizations)).toEqual([])
  })

  it('has unique ids, and every reference points at an object of the view', () => {
    const all = everyObject(data)
      .filter(([, list], i) => i !== 1 && i !== 3 && list.length >= 0)
      .flatMap(([, list]) => list as readonly { id: string }[])
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length)
    const ids = (list: readonly { id: string }[]) => new Set(list.map((o) => o.id))
    const orgs = ids(data.organizations)
    const services = ids(data.services)
    const terms = ids(data.taxonomyTerms)
    const taxonomies = ids(data.taxonomies)
    const locations = ids(data.locations)
    const contacts = ids(data.contacts)
    const everything = new Set(all.map((o) => o.id))
    const missing = [
      ...data.services.filter((s) => !orgs.has(s.organization_id ?? '')).map((s) => `service ${s.id}`),
      ...data.organizations
        .filter((o) => o.parent_organization_id !== undefined && !orgs.has(o.parent_organization_id))
        .map((o) => `parent of ${o.id}`),
      ...data.phones.filter((p) => !orgs.has(p.organization_id ?? '')).map((p) => `phone ${p.id}`),
      ...data.phones
        .filter((p) => p.contact_id !== undefined && !contacts.has(p.contact_id))
        .map((p) => `contact of ${p.id}`),
      ...data.serviceAreas.filter((a) => !services.has(a.service_id ?? '')).map((a) => `area ${a.id}`),
      ...data.serviceAtLocations
        .filter((s) => !services.has(s.service_id ?? '') || !locations.has(s.location_id ?? ''))
        .map((s) => `service at location ${s.id}`),
      ...data.attributes
        .filter((a) => !terms.has(a.taxonomy_term_id ?? '') || !everything.has(a.link_id ?? ''))
        .map((a) => `attribute ${a.id}`),
      ...data.taxonomyTerms.filter((t) => !taxonomies.has(t.taxonomy_id ?? '')).map((t) => `term ${t.id}`),
      ...data.taxonomyTerms
        .filter((t) => t.parent_id !== undefined && !terms.has(t.parent_id))
        .map((t) => `parent of term ${t.id}`),
      ...data.metadata.filter((m) => !everything.has(m.resource_id ?? '')).map((m) => `metadata ${m.id}`),
    ]
    expect(missing).toEqual([])
  })
})

describe('the tabular form', () => {
  it('has, per table, the official file name and the official columns in their order', () => {
    for (const table of HSDS_TABLES) {
      const official = OFFICIAL[table.name]
      expect(official?.['path'], table.name).toBe(table.path)
      expect(
        table.fields.map((f) => f.name),
        table.name,
      ).toEqual(officialColumns(table.name))
    }
  })

  it('marks the official required fields required, with the official types and formats', () => {
    for (const table of HSDS_TABLES) {
      const official = OFFICIAL[table.name] ?? {}
      const required = new Set([
        ...((official['required'] as string[] | undefined) ?? []),
        ...((official['tabular_required'] as string[] | undefined) ?? []),
      ])
      const properties = official['properties'] as Record<
        string,
        { type: string; format?: string; datapackage_type?: string }
      >
      for (const field of table.fields) {
        const p = properties[field.name]
        expect(field.required === true, `${table.name}.${field.name} required`).toBe(required.has(field.name))
        expect(field.type, `${table.name}.${field.name} type`).toBe(p?.datapackage_type ?? p?.type)
        if (p?.format !== undefined && p.format !== 'date-time') {
          expect(field.format, `${table.name}.${field.name} format`).toBe(p.format)
        }
      }
    }
  })

  it('lists every object of the view once, in the table of its type', () => {
    const tables = tableObjects(today)
    expect(Object.keys(tables).sort()).toEqual(HSDS_TABLES.map((t) => t.name).sort())
    expect(tables['service']).toHaveLength(today.services.length)
  })
})
