// SPDX-License-Identifier: EUPL-1.2
// The HSDS 3.0 objects this project publishes, as TypeBox schemas: the part of Open Referral's
// Human Services Data Specification we fill, with the official names, types and formats. They give
// the TypeScript types of the mapping, the response schemas of the HSDS API and its OpenAPI
// document. The official JSON Schemas are the test oracle (test/hsds): every object we export and
// every API body is validated against them, so a mistake here cannot pass unseen.
import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox'

const Uuid = (description: string) => Type.String({ format: 'uuid', description })
const Text = (description: string) => Type.String({ description })
const Uri = (description: string) => Type.String({ format: 'uri', description })
const Email = (description: string) => Type.String({ format: 'email', description })
const opt = <T extends TSchema>(schema: T) => Type.Optional(schema)

/** An object of the specification: no fields beyond the ones listed (ours are a strict subset). */
function hsdsObject<P extends TProperties>(id: string, description: string, properties: P) {
  return Type.Object(properties, { $id: id, title: id, description, additionalProperties: false })
}

export const HsdsMetadata = hsdsObject(
  'HsdsMetadata',
  'HSDS metadata: one provenance event of a record. We publish the verification of a record (last_action_type "verified").',
  {
    id: Uuid('The id of this metadata entry.'),
    resource_id: opt(Uuid('The object the entry describes.')),
    resource_type: opt(Text('The type of that object (organization, service, phone).')),
    last_action_date: Text('The day of the action (YYYY-MM-DD).'),
    last_action_type: Text('What was done: "verified" (checked against the source, unchanged or corrected).'),
    field_name: Text('The field checked: number (a phone), website, or sources (the record as a whole).'),
    previous_value: Text('The value before the action (for sources: the addresses checked against).'),
    replacement_value: Text('The value after the action; for a verification the same as before.'),
    updated_by: Text('Who acted: the editors of the register.'),
  },
)

export const HsdsTaxonomy = hsdsObject('HsdsTaxonomy', 'HSDS taxonomy: one of our classifications.', {
  id: Uuid('The id of the taxonomy.'),
  name: Text('The name of the taxonomy.'),
  description: Text('What the taxonomy classifies.'),
  uri: opt(Uri('Where the taxonomy is described.')),
  version: opt(Text('The dataset version the terms come from.')),
  metadata: opt(Type.Array(HsdsMetadata)),
})

export const HsdsTaxonomyTerm = hsdsObject('HsdsTaxonomyTerm', 'HSDS taxonomy term: one value of a classification.', {
  id: Uuid('The id of the term.'),
  code: opt(Text('The code of the term in our data (e.g. the aspect id).')),
  name: Text('The term.'),
  description: Text('What the term means.'),
  parent_id: opt(Uuid('The broader term (an aspect has its phase as parent).')),
  taxonomy: opt(Text('The name of the taxonomy.')),
  taxonomy_detail: opt(HsdsTaxonomy),
  language: opt(Text('ISO 639 code of the language of name and description.')),
  taxonomy_id: opt(Uuid('The taxonomy of the term.')),
  term_uri: opt(Uri('Where the term is described (for a source: the source itself).')),
  metadata: opt(Type.Array(HsdsMetadata)),
})

export const HsdsAttribute = hsdsObject(
  'HsdsAttribute',
  'HSDS attribute: a taxonomy term applied to an object, with a value when the term names a property.',
  {
    id: Uuid('The id of the attribute.'),
    link_id: opt(Uuid('The object the term applies to.')),
    taxonomy_term_id: opt(Uuid('The term applied.')),
    link_type: opt(Text('What the term says about the object (e.g. eligibility, classification, source).')),
    link_entity: opt(Text('The type of the object (organization, service, phone).')),
    value: opt(Text('The value, when the term names a property (e.g. our own id).')),
    taxonomy_term: opt(HsdsTaxonomyTerm),
    metadata: opt(Type.Array(HsdsMetadata)),
  },
)

const described = {
  attributes: opt(Type.Array(HsdsAttribute)),
  metadata: opt(Type.Array(HsdsMetadata)),
}

export const HsdsPhone = hsdsObject('HsdsPhone', 'HSDS phone: a checked phone number.', {
  id: Uuid('The id of the phone number.'),
  organization_id: opt(Uuid('The organisation the number belongs to.')),
  contact_id: opt(Uuid('The contact the number belongs to (the line for professionals).')),
  number: Text('The number as dialled in the Netherlands.'),
  type: opt(Text('RFC 6350 type: voice.')),
  description: opt(Text('What the number is for, when it is answered and what a call costs.')),
  ...described,
})

export const HsdsContact = hsdsObject('HsdsContact', 'HSDS contact: a contact route of an organisation.', {
  id: Uuid('The id of the contact.'),
  organization_id: opt(Uuid('The organisation.')),
  name: opt(Text('The name of the contact.')),
  title: opt(Text('What the contact is for.')),
  department: opt(Text('Who the contact is meant for (e.g. professionals).')),
  email: opt(Email('The e-mail address of the contact.')),
  phones: opt(Type.Array(HsdsPhone)),
  ...described,
})

export const HsdsLocation = hsdsObject(
  'HsdsLocation',
  'HSDS location. We publish no addresses (shelter addresses are secret); an organisation with a checked website has one virtual location: the website.',
  {
    id: Uuid('The id of the location.'),
    location_type: Type.Unsafe<'physical' | 'postal' | 'virtual'>({
      type: 'string',
      enum: ['physical', 'postal', 'virtual'],
      description: 'Always virtual here.',
    }),
    url: opt(Uri('The website.')),
    organization_id: opt(Uuid('The organisation.')),
    name: opt(Text('The name of the location.')),
    description: opt(Text('What the location is.')),
    ...described,
  },
)

export const HsdsServiceArea = hsdsObject(
  'HsdsServiceArea',
  'HSDS service area: where a service is available (the Netherlands, or a region with its municipalities).',
  {
    id: Uuid('The id of the service area.'),
    service_id: opt(Uuid('The service.')),
    name: opt(Text('The area: "Nederland" or the name of the region.')),
    description: opt(Text('The kind of region, its municipalities and who delivers the service there.')),
    extent: opt(Text('The CBS codes of the municipalities of the region, comma-separated.')),
    extent_type: opt(Text('"cbs-gemeentecodes" when extent lists municipality codes.')),
    ...described,
  },
)

export const HsdsOrganizationIdentifier = hsdsObject(
  'HsdsOrganizationIdentifier',
  'HSDS organization identifier: our own id of the party, and official identifiers where known.',
  {
    id: Uuid('The id of this entry.'),
    organization_id: opt(Uuid('The organisation.')),
    identifier_scheme: opt(Text('The org-id.guide scheme, where there is one (NL-KVK).')),
    identifier_type: Text('What the identifier is.'),
    identifier: Text('The identifier.'),
    ...described,
  },
)

const organizationFields = {
  id: Uuid('The id of the organisation (UUID v5 of our party id).'),
  name: Text('The name of the organisation.'),
  alternate_name: opt(Text('The short name.')),
  description: Text('What the organisation does in the chain against human trafficking.'),
  email: opt(Email('The general e-mail address.')),
  website: opt(Uri('The website.')),
  parent_organization_id: opt(Uuid('The organisation this one is part of.')),
}

/** An organisation in a list: its one-to-one fields only (HSDS API reference). */
export const HsdsOrganizationListItem = hsdsObject(
  'HsdsOrganizationListItem',
  'HSDS organization with its one-to-one fields.',
  organizationFields,
)

const serviceFields = {
  id: Uuid('The id of the service (UUID v5 of our responsibility or right id).'),
  organization_id: opt(Uuid('The organisation that provides the service.')),
  name: Text('What the organisation does or grants.'),
  alternate_name: opt(Text('The English name, where the data has one.')),
  description: opt(Text('The service in more words.')),
  status: Type.Unsafe<'active' | 'inactive' | 'defunct' | 'temporarily closed'>({
    type: 'string',
    enum: ['active', 'inactive', 'defunct', 'temporarily closed'],
    description: 'Always active: only records valid on the export date are published.',
  }),
  eligibility_description: opt(Text('For whom the service is, from the conditions of the record.')),
  minimum_age: opt(Type.Number({ description: '18 when the service is for adults only.' })),
  maximum_age: opt(Type.Number({ description: '17 when the service is for minors only.' })),
  assured_date: opt(Text('The day an editor last checked the record against its sources (YYYY-MM-DD).')),
  alert: opt(Text('A warning when the record is not checked against a source.')),
  last_modified: opt(
    Type.String({
      format: 'date-time',
      description: 'The latest verification date of the service and the organisation it carries, at 00:00 UTC.',
    }),
  ),
}

/** A service in a list: its one-to-one fields and its organisation (HSDS API reference). */
export const HsdsServiceListItem = hsdsObject('HsdsServiceListItem', 'HSDS service with its one-to-one fields.', {
  ...serviceFields,
  organization: opt(HsdsOrganizationListItem),
})

export const HsdsServiceAtLocation = hsdsObject(
  'HsdsServiceAtLocation',
  'HSDS service at location: a service reached at the virtual location (website) of its organisation.',
  {
    id: Uuid('The id of the entry.'),
    service_id: opt(Uuid('The service.')),
    location_id: opt(Uuid('The location.')),
    location: opt(HsdsLocation),
    ...described,
  },
)

/** The service at location of a list: with its location and the service's one-to-one fields. */
export const HsdsServiceAtLocationListItem = hsdsObject(
  'HsdsServiceAtLocationListItem',
  'HSDS service at location with its location and service.',
  {
    id: Uuid('The id of the entry.'),
    service_id: opt(Uuid('The service.')),
    location_id: opt(Uuid('The location.')),
    location: opt(HsdsLocation),
    service: opt(HsdsServiceListItem),
  },
)

const organizationDetails = {
  ...organizationFields,
  contacts: opt(Type.Array(HsdsContact)),
  phones: opt(Type.Array(HsdsPhone)),
  locations: opt(Type.Array(HsdsLocation)),
  organization_identifiers: opt(Type.Array(HsdsOrganizationIdentifier)),
  ...described,
}

/** An organisation with everything but its services (as a service nests it). */
export const HsdsOrganization = hsdsObject(
  'HsdsOrganization',
  'HSDS organization with its details (as a service nests it, without its services).',
  organizationDetails,
)

/** A fully nested service (GET /services/{id}). */
export const HsdsService = hsdsObject('HsdsService', 'HSDS service, fully nested.', {
  ...serviceFields,
  service_areas: opt(Type.Array(HsdsServiceArea)),
  service_at_locations: opt(Type.Array(HsdsServiceAtLocation)),
  organization: opt(HsdsOrganization),
  contacts: opt(Type.Array(HsdsContact)),
  ...described,
})

/** A fully nested organisation (GET /organizations/{id}, organizations.json): with its services. */
export const HsdsOrganizationWithServices = hsdsObject(
  'HsdsOrganizationWithServices',
  'HSDS organization, fully nested, with its services.',
  {
    ...organizationDetails,
    services: opt(
      Type.Array(Type.Union([HsdsServiceListItem, HsdsService]), {
        description: 'The services of the organisation: their one-to-one fields, or all fields with full_service=true.',
      }),
    ),
  },
)

export type HsdsMetadata = Static<typeof HsdsMetadata>
export type HsdsTaxonomy = Static<typeof HsdsTaxonomy>
export type HsdsTaxonomyTerm = Static<typeof HsdsTaxonomyTerm>
export type HsdsAttribute = Static<typeof HsdsAttribute>
export type HsdsPhone = Static<typeof HsdsPhone>
export type HsdsContact = Static<typeof HsdsContact>
export type HsdsLocation = Static<typeof HsdsLocation>
export type HsdsServiceArea = Static<typeof HsdsServiceArea>
export type HsdsOrganizationIdentifier = Static<typeof HsdsOrganizationIdentifier>
export type HsdsOrganizationListItem = Static<typeof HsdsOrganizationListItem>
export type HsdsOrganization = Static<typeof HsdsOrganization>
export type HsdsOrganizationWithServices = Static<typeof HsdsOrganizationWithServices>
export type HsdsServiceListItem = Static<typeof HsdsServiceListItem>
export type HsdsService = Static<typeof HsdsService>
export type HsdsServiceAtLocation = Static<typeof HsdsServiceAtLocation>
export type HsdsServiceAtLocationListItem = Static<typeof HsdsServiceAtLocationListItem>
