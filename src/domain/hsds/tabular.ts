// SPDX-License-Identifier: EUPL-1.2
// The tabular form of HSDS 3.0 (a Frictionless Tabular Data Package): one CSV per object type,
// with the columns of the official package descriptor in its order, ids as foreign keys, and a
// datapackage.json describing them. We fill the tables we have data for; the columns are every
// column HSDS defines for those tables (empty where we have nothing), so the official descriptor
// reads our files. A test checks these columns against the official schemas.
import type { HsdsDataset } from './build.ts'
import { HSDS_VERSION } from './build.ts'

export type FieldType = 'string' | 'number' | 'date' | 'datetime'

export interface TabularField {
  readonly name: string
  readonly type: FieldType
  readonly format?: 'uuid' | 'email' | 'uri'
  /** Required by the object schema or by the tabular form (tabular_required). */
  readonly required?: true
}

export interface TabularTable {
  /** The HSDS object type (the resource name). */
  readonly name: string
  /** The official file name. */
  readonly path: string
  readonly fields: readonly TabularField[]
}

const s = (name: string, required?: true): TabularField => ({ name, type: 'string', ...(required ? { required } : {}) })
const uuid = (name: string, required?: true): TabularField => ({
  name,
  type: 'string',
  format: 'uuid',
  ...(required ? { required } : {}),
})
const f = (name: string, type: FieldType, format?: 'email' | 'uri'): TabularField => ({
  name,
  type,
  ...(format === undefined ? {} : { format }),
})

/** The tables we publish, in the order of the official descriptor. */
export const HSDS_TABLES: readonly TabularTable[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields: [
      uuid('id', true),
      s('name', true),
      s('alternate_name'),
      s('description', true),
      f('email', 'string', 'email'),
      f('website', 'string', 'uri'),
      s('tax_status'),
      s('tax_id'),
      f('year_incorporated', 'number'),
      s('legal_status'),
      s('logo'),
      f('uri', 'string', 'uri'),
      uuid('parent_organization_id'),
    ],
  },
  {
    name: 'service',
    path: 'services.csv',
    fields: [
      uuid('id', true),
      uuid('organization_id', true),
      uuid('program_id'),
      s('name', true),
      s('alternate_name'),
      s('description'),
      f('url', 'string', 'uri'),
      f('email', 'string', 'email'),
      s('status', true),
      s('interpretation_services'),
      s('application_process'),
      s('fees_description'),
      s('wait_time'),
      s('fees'),
      s('accreditations'),
      s('eligibility_description'),
      f('minimum_age', 'number'),
      f('maximum_age', 'number'),
      f('assured_date', 'date'),
      f('assurer_email', 'string', 'email'),
      s('licenses'),
      s('alert'),
      f('last_modified', 'datetime'),
    ],
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    fields: [
      uuid('id', true),
      uuid('link_id', true),
      uuid('taxonomy_term_id', true),
      s('link_type'),
      s('link_entity', true),
      s('value'),
    ],
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    fields: [uuid('id', true), uuid('service_id', true), uuid('location_id', true), s('description')],
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields: [
      uuid('id', true),
      s('location_type', true),
      f('url', 'string', 'uri'),
      uuid('organization_id'),
      s('name'),
      s('alternate_name'),
      s('description'),
      s('transportation'),
      f('latitude', 'number'),
      f('longitude', 'number'),
      s('external_identifier'),
      s('external_identifier_type'),
    ],
  },
  {
    name: 'phone',
    path: 'phones.csv',
    fields: [
      uuid('id', true),
      uuid('location_id'),
      uuid('service_id'),
      uuid('organization_id'),
      uuid('contact_id'),
      uuid('service_at_location_id'),
      s('number', true),
      f('extension', 'number'),
      s('type'),
      s('description'),
    ],
  },
  {
    name: 'contact',
    path: 'contacts.csv',
    fields: [
      uuid('id', true),
      uuid('organization_id'),
      uuid('service_id'),
      uuid('service_at_location_id'),
      uuid('location_id'),
      s('name'),
      s('title'),
      s('department'),
      f('email', 'string', 'email'),
    ],
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    fields: [
      uuid('id', true),
      uuid('service_id'),
      s('name'),
      s('description'),
      s('extent'),
      s('extent_type'),
      s('uri'),
    ],
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: [
      uuid('id', true),
      s('code'),
      s('name', true),
      s('description', true),
      uuid('parent_id'),
      s('taxonomy'),
      s('language'),
      uuid('taxonomy_id'),
      f('term_uri', 'string', 'uri'),
    ],
  },
  {
    name: 'metadata',
    path: 'metadata.csv',
    fields: [
      uuid('id', true),
      uuid('resource_id', true),
      s('resource_type', true),
      { name: 'last_action_date', type: 'date', required: true },
      s('last_action_type', true),
      s('field_name', true),
      s('previous_value', true),
      s('replacement_value', true),
      s('updated_by', true),
    ],
  },
  {
    name: 'organization_identifier',
    path: 'organization_identifiers.csv',
    fields: [
      uuid('id', true),
      uuid('organization_id', true),
      s('identifier_scheme'),
      s('identifier_type', true),
      s('identifier', true),
    ],
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    fields: [uuid('id', true), s('name', true), s('description', true), f('uri', 'string', 'uri'), s('version')],
  },
]

/** The objects of each table, flat: each object once, its relations as ids. */
export function tableObjects(data: HsdsDataset): Readonly<Record<string, readonly object[]>> {
  return {
    organization: data.organizations,
    service: data.services,
    attribute: data.attributes,
    service_at_location: data.serviceAtLocations,
    location: data.locations,
    phone: data.phones,
    contact: data.contacts,
    service_area: data.serviceAreas,
    taxonomy_term: data.taxonomyTerms,
    metadata: data.metadata,
    organization_identifier: data.organizationIdentifiers,
    taxonomy: data.taxonomies,
  }
}

export type Cell = string | number | undefined

/** The rows of a table: one cell per field (undefined when the object has no value). */
export function tableRows(table: TabularTable, objects: readonly object[]): Cell[][] {
  return objects.map((o) =>
    table.fields.map((field) => {
      const value = (o as Readonly<Record<string, unknown>>)[field.name]
      return typeof value === 'string' || typeof value === 'number' ? value : undefined
    }),
  )
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Values are written
 * as they are, without a spreadsheet formula guard: this is a data package for programs, its
 * values come from the curated dataset, and a guard would change numbers such as +31 … .
 */
export function csvCell(value: Cell): string {
  if (value === undefined) {
    return ''
  }
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(table: TabularTable, objects: readonly object[]): string {
  const lines = [table.fields.map((f) => f.name), ...tableRows(table, objects)].map((row) =>
    row.map((cell) => csvCell(cell)).join(','),
  )
  return `${lines.join('\r\n')}\r\n`
}

/** The Frictionless descriptor of the tabular form, with a row count per resource. */
export function tabularDatapackage(data: HsdsDataset, counts: Readonly<Record<string, number>>): object {
  return {
    profile: 'tabular-data-package',
    ...packageHeader(data),
    resources: HSDS_TABLES.map((table) => ({
      name: table.name,
      path: table.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.fields.map((field) => ({
          name: field.name,
          type: field.type,
          ...(field.format === undefined ? {} : { format: field.format }),
          constraints: { required: field.required === true, ...(field.name === 'id' ? { unique: true } : {}) },
        })),
        primaryKey: 'id',
        foreignKeys: foreignKeys(table),
      },
      'x-count': counts[table.name] ?? 0,
    })),
  }
}

/** What every descriptor says about the package. */
export function packageHeader(data: HsdsDataset): object {
  return {
    name: 'wegwijzer-mensenhandel-hsds',
    title: 'Wegwijzer mensenhandel as Open Referral HSDS',
    description:
      'The Dutch national referral mechanism for human trafficking (organisations, their responsibilities and the rights they grant, service areas, checked phone numbers, classifications) as Human Services Data Specification 3.0.',
    version: data.version,
    'x-hsds-version': HSDS_VERSION,
    'x-as-of': data.asOf,
    licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0' }],
  }
}

const REFERENCES: Readonly<Record<string, string>> = {
  organization_id: 'organization',
  parent_organization_id: 'organization',
  service_id: 'service',
  location_id: 'location',
  contact_id: 'contact',
  service_at_location_id: 'service_at_location',
  taxonomy_id: 'taxonomy',
  parent_id: 'taxonomy_term',
  taxonomy_term_id: 'taxonomy_term',
}

function foreignKeys(table: TabularTable): object[] {
  const published = new Set(HSDS_TABLES.map((t) => t.name))
  return table.fields.flatMap((field) => {
    const target = REFERENCES[field.name]
    return target === undefined || !published.has(target)
      ? []
      : [{ fields: field.name, reference: { resource: target === table.name ? '' : target, fields: 'id' } }]
  })
}
