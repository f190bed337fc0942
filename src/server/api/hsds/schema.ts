// SPDX-License-Identifier: EUPL-1.2
// Schemas of the HSDS API (the HSDS 3.0 API reference, read-only): query parameters as the
// reference names them, the reference's Page wrapper, and the HSDS objects of src/domain/hsds.
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { literalUnion } from '../../../domain/common.ts'
import {
  HsdsOrganizationWithServices,
  HsdsOrganizationListItem,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceAtLocationListItem,
  HsdsServiceListItem,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from '../../../domain/hsds/index.ts'
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../pagination.ts'
import { QueryOf } from '../refs.ts'

const tags = ['hsds']

const uuid = (description: string) => Type.Optional(Type.String({ format: 'uuid', description }))

const query = {
  search: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Full text search: every word must occur in the name or texts (case and accents ignored).',
    }),
  ),
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Page number, from 1 (default 1).' }),
  ),
  per_page: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_PER_PAGE,
      description: `Items per page, 1–${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}).`,
    }),
  ),
  format: Type.Optional(literalUnion(['json'] as const, 'The format of the result: json (the only one served).')),
}

const serviceFilters = {
  taxonomy_term_id: uuid('Only services with this taxonomy term (id from /taxonomy_terms).'),
  taxonomy_id: uuid('Only services with a term of this taxonomy (id from /taxonomies).'),
  organization_id: uuid('Only services of this organisation (id from /organizations).'),
  modified_after: Type.Optional(
    Type.String({
      maxLength: 40,
      description:
        'Only services modified (verified) on or after this date-time (RFC 3339, e.g. 2026-01-01T00:00:00Z) or date (YYYY-MM-DD).',
    }),
  ),
  full: Type.Optional(Type.Boolean({ description: 'true: fully nested services instead of their one-to-one fields.' })),
}

export const ServicesQuery = QueryOf({
  ...query,
  ...serviceFilters,
  minimal: Type.Optional(
    Type.Boolean({
      description: `true: only id and last_modified of each service, all on one page unless per_page is given (at most ${MAX_PER_PAGE} then).`,
    }),
  ),
})
export type ServicesQuery = Static<typeof ServicesQuery>

export const ServiceAtLocationsQuery = QueryOf({ ...query, ...serviceFilters })
export type ServiceAtLocationsQuery = Static<typeof ServiceAtLocationsQuery>

export const OrganizationsQuery = QueryOf({
  ...query,
  full: Type.Optional(Type.Boolean({ description: 'true: fully nested organisations.' })),
  full_service: Type.Optional(Type.Boolean({ description: 'true: with their services fully nested.' })),
})
export type OrganizationsQuery = Static<typeof OrganizationsQuery>

export const OrganizationQuery = QueryOf({
  full_service: Type.Optional(Type.Boolean({ description: 'true: with its services fully nested.' })),
})
export type OrganizationQuery = Static<typeof OrganizationQuery>

export const TaxonomiesQuery = QueryOf(query)
export type TaxonomiesQuery = Static<typeof TaxonomiesQuery>

export const TaxonomyTermsQuery = QueryOf({
  ...query,
  taxonomy_id: uuid('Only terms of this taxonomy.'),
  top_only: Type.Optional(Type.Boolean({ description: 'true: only terms without a parent.' })),
  parent_id: uuid('Only terms whose parent is this term.'),
})
export type TaxonomyTermsQuery = Static<typeof TaxonomyTermsQuery>

export const UuidParams = QueryOf({ id: Type.String({ format: 'uuid', description: 'The HSDS id (a UUID).' }) })
export type UuidParams = Static<typeof UuidParams>

/** The Page of the HSDS API reference around a list of `item`. */
function PageOf<T extends TSchema>(item: T, title: string) {
  return Type.Object(
    {
      total_items: Type.Integer({ minimum: 0, description: 'The number of items over all pages.' }),
      total_pages: Type.Integer({ minimum: 0, description: 'The number of pages.' }),
      page_number: Type.Integer({ minimum: 1, description: 'The number of this page, from 1.' }),
      size: Type.Integer({ minimum: 0, description: 'The number of items on this page.' }),
      first_page: Type.Boolean({ description: 'True on the first page.' }),
      last_page: Type.Boolean({ description: 'True on the last page (and past it).' }),
      empty: Type.Boolean({ description: 'True when nothing matches.' }),
      contents: Type.Array(item),
    },
    { title, additionalProperties: false },
  )
}

const MinimalService = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    last_modified: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { title: 'Minimal service', additionalProperties: false },
)

export const ApiMeta = Type.Object(
  {
    version: Type.String({ description: 'The HSDS version of this API.' }),
    profile: Type.String({ format: 'uri', description: 'Where the HSDS mapping of this register is described.' }),
    openapi_url: Type.String({
      format: 'uri-reference',
      description: 'The OpenAPI document that describes this API (on this server).',
    }),
  },
  { title: 'HSDS API information', additionalProperties: false },
)

const fileParams = (extension: 'json' | 'csv') =>
  QueryOf({
    file: Type.String({
      pattern: `^[a-z_]+\\.${extension}$`,
      maxLength: 60,
      description: `A file of the ${extension === 'json' ? 'JSON' : 'tabular'} form, as listed in its datapackage.json.`,
    }),
  })

export const metaSchema = {
  summary: 'Over deze HSDS-API',
  description: 'The HSDS version of this API and where its description lives (HSDS API reference: /).',
  tags,
  response: { 200: ApiMeta },
  examples: [''],
} as const

export const listServicesSchema = {
  summary: 'Diensten (HSDS)',
  description:
    'Services: each responsibility of an organisation and each right an organisation grants, valid today. Their one-to-one fields and organisation; full=true nests everything; minimal=true gives id and last_modified only. Filters combine (AND).',
  tags,
  querystring: ServicesQuery,
  response: {
    200: PageOf(Type.Union([HsdsServiceListItem, HsdsService, MinimalService]), 'Page of HSDS services'),
  },
  examples: ['/services?per_page=5', '/services?search=bedenktijd'],
} as const

export const getServiceSchema = {
  summary: 'Eén dienst, volledig (HSDS)',
  description: 'One service with its organisation, service areas, locations, attributes and metadata.',
  tags,
  params: UuidParams,
  response: { 200: HsdsService },
} as const

export const listOrganizationsSchema = {
  summary: 'Organisaties (HSDS)',
  description: 'Organisations (the parties of the register), their one-to-one fields; full=true nests everything.',
  tags,
  querystring: OrganizationsQuery,
  response: {
    200: PageOf(Type.Union([HsdsOrganizationListItem, HsdsOrganizationWithServices]), 'Page of HSDS organizations'),
  },
  examples: ['/organizations?search=comensha'],
} as const

export const getOrganizationSchema = {
  summary: 'Eén organisatie, volledig (HSDS)',
  description:
    'One organisation with its phones, contact, website, identifiers, attributes, metadata and services (their one-to-one fields; all fields with full_service=true).',
  tags,
  params: UuidParams,
  querystring: OrganizationQuery,
  response: { 200: HsdsOrganizationWithServices },
} as const

export const listTaxonomiesSchema = {
  summary: 'Taxonomieën (HSDS)',
  description: 'Our classifications: the organogram, exploitation forms, victim categories, code lists and sources.',
  tags,
  querystring: TaxonomiesQuery,
  response: { 200: PageOf(HsdsTaxonomy, 'Page of HSDS taxonomies') },
  examples: ['/taxonomies'],
} as const

export const getTaxonomySchema = {
  summary: 'Eén taxonomie (HSDS)',
  tags,
  params: UuidParams,
  response: { 200: HsdsTaxonomy },
} as const

export const listTaxonomyTermsSchema = {
  summary: 'Taxonomietermen (HSDS)',
  description: 'The terms of our classifications, with their taxonomy.',
  tags,
  querystring: TaxonomyTermsQuery,
  response: { 200: PageOf(HsdsTaxonomyTerm, 'Page of HSDS taxonomy terms') },
  examples: ['/taxonomy_terms?top_only=true', '/taxonomy_terms?search=arbeidsuitbuiting'],
} as const

export const getTaxonomyTermSchema = {
  summary: 'Eén taxonomieterm (HSDS)',
  tags,
  params: UuidParams,
  response: { 200: HsdsTaxonomyTerm },
} as const

export const listServiceAtLocationsSchema = {
  summary: 'Diensten per locatie (HSDS)',
  description:
    'Each service at the virtual location (website) of its organisation, with the location and the service; the same filters as /services.',
  tags,
  querystring: ServiceAtLocationsQuery,
  response: {
    200: PageOf(
      Type.Union([HsdsServiceAtLocationListItem, HsdsServiceAtLocation]),
      'Page of HSDS services at locations',
    ),
  },
  examples: ['/service_at_locations?per_page=5'],
} as const

export const getServiceAtLocationSchema = {
  summary: 'Eén dienst op een locatie (HSDS)',
  description: 'One service at location with its location and the full service.',
  tags,
  params: UuidParams,
  response: {
    200: Type.Object(
      {
        ...HsdsServiceAtLocation.properties,
        service: Type.Optional(HsdsService),
      },
      { title: 'HSDS service at location, fully nested', additionalProperties: false },
    ),
  },
} as const

export const jsonFileSchema = {
  summary: 'De HSDS-export als JSON (datapackage)',
  description:
    'The JSON form of the export: datapackage.json lists one file per object type (the same files as `wegwijzer export --format hsds-json`).',
  tags,
  params: fileParams('json'),
  response: { 200: Type.Unknown({ description: 'A Data Package descriptor, or an array of HSDS objects.' }) },
  examples: ['/export/json/datapackage.json'],
} as const

export const csvPackageSchema = {
  summary: 'De HSDS-export als tabellen: datapackage.json',
  description:
    'The Tabular Data Package descriptor of the CSV form (the same files as `wegwijzer export --format hsds-csv`); the CSV files sit next to it.',
  tags,
  response: { 200: Type.Unknown({ description: 'A Tabular Data Package descriptor.' }) },
  examples: ['/export/csv/datapackage.json'],
} as const

export const csvFileSchema = {
  summary: 'De HSDS-export als tabellen: één CSV',
  description: 'One CSV table of the tabular form, as listed in its datapackage.json.',
  tags,
  params: fileParams('csv'),
  produces: ['text/csv'],
  examples: ['/export/csv/services.csv'],
} as const
