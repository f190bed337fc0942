// SPDX-License-Identifier: EUPL-1.2
// The register as HSDS 3.0 on one date: parties become organisations, each responsibility and
// each right a provider grants becomes a service, regions and their municipalities become service
// areas, checked phone numbers become phones, and our classifications become taxonomies applied
// through attributes. Pure: the catalogue and the words in, plain HSDS objects out. Every id is a
// UUID v5 of our own key (uuid.ts), so every export names the same thing with the same id.
// docs/hsds.md explains each choice and what HSDS cannot say.
import type { CatalogView } from '../catalog/index.ts'
import { conditionsOverlap, mayHold } from '../conditions/index.ts'
import { AGE_OF_MAJORITY, type Conditions } from '../facets.ts'
import type { Party, Phone } from '../party.ts'
import type { Region } from '../region.ts'
import type { Responsibility } from '../responsibility.ts'
import type { Right } from '../right.ts'
import { GENERIC_PARTY_FOR_KIND } from '../route/regional.ts'
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsLocation,
  HsdsMetadata,
  HsdsOrganization,
  HsdsOrganizationIdentifier,
  HsdsOrganizationListItem,
  HsdsOrganizationWithServices,
  HsdsPhone,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsServiceListItem,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './schema.ts'
import {
  CODE_TAXONOMIES,
  TAXONOMY_KEYS,
  linkTypeOf,
  taxonomyKey,
  termKey,
  type CodeTaxonomyKey,
  type PropertyCode,
  type TaxonomyKey,
} from './taxonomies.ts'
import { hsdsId } from './uuid.ts'
import type { HsdsWords, NameAndDescription } from './words.ts'

/** The HSDS version this mapping follows. */
export const HSDS_VERSION = '3.0'

/** The register as HSDS objects on one date. Lists are in a fixed order (our ids). */
export interface HsdsDataset {
  readonly asOf: string
  /** The dataset version (hash) the objects come from. */
  readonly version: string
  /** Fully nested, with their services in list form. */
  readonly organizations: readonly HsdsOrganizationWithServices[]
  /** Fully nested, with their organisation (without its services). */
  readonly services: readonly HsdsService[]
  readonly locations: readonly HsdsLocation[]
  /** Flat (ids only); the API and the export nest the location where the reference asks. */
  readonly serviceAtLocations: readonly HsdsServiceAtLocation[]
  readonly taxonomies: readonly HsdsTaxonomy[]
  /** With their taxonomy as taxonomy_detail. */
  readonly taxonomyTerms: readonly HsdsTaxonomyTerm[]
  /** The objects below, flat, each once (they also appear nested above). */
  readonly phones: readonly HsdsPhone[]
  readonly contacts: readonly HsdsContact[]
  readonly serviceAreas: readonly HsdsServiceArea[]
  readonly organizationIdentifiers: readonly HsdsOrganizationIdentifier[]
  readonly attributes: readonly HsdsAttribute[]
  readonly metadata: readonly HsdsMetadata[]
  /** Our id behind each organisation and service UUID ("parties/comensha", "rights/bedenktijd"). */
  readonly sourceIds: ReadonlyMap<string, string>
}

/** The one-to-one fields of an organisation (its list form). */
export function organizationListItem(o: HsdsOrganization | HsdsOrganizationWithServices): HsdsOrganizationListItem {
  const {
    contacts: _c,
    phones: _p,
    locations: _l,
    organization_identifiers: _i,
    attributes: _a,
    metadata: _m,
    ...fields
  } = o
  const { services: _s, ...oneToOne } = fields as typeof fields & { services?: unknown }
  return oneToOne
}

/** The one-to-one fields of a service and its organisation (its list form). */
export function serviceListItem(s: HsdsService): HsdsServiceListItem {
  const {
    service_areas: _a,
    service_at_locations: _l,
    organization,
    contacts: _c,
    attributes: _at,
    metadata: _m,
    ...fields
  } = s
  return organization === undefined ? fields : { ...fields, organization: organizationListItem(organization) }
}

const midnightUtc = (date: string): string => `${date}T00:00:00Z`
const latest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.reduce<string | undefined>((a, d) => (d !== undefined && (a === undefined || d > a) ? d : a), undefined)

/** Builds the HSDS view of the catalogue on `view.asOf`, worded by `words`. */
export function buildHsds(view: CatalogView, words: HsdsWords): HsdsDataset {
  return new HsdsBuilder(view, words).build()
}

interface Org {
  readonly full: HsdsOrganization
  readonly party: Party
}

class HsdsBuilder {
  readonly #terms = new Map<string, HsdsTaxonomyTerm>()
  readonly #usedTaxonomies = new Set<TaxonomyKey>()
  readonly #attributes: HsdsAttribute[] = []
  readonly #metadata: HsdsMetadata[] = []
  readonly #sourceIds = new Map<string, string>()
  readonly #municipalitiesOf = new Map<string, { code: string; name: string }[]>()
  readonly #partyIds: ReadonlySet<string>
  readonly #websites = new Map<string, HsdsLocation>()
  readonly #phonesOf = new Map<string, readonly Phone[]>()

  constructor(
    readonly view: CatalogView,
    readonly words: HsdsWords,
  ) {
    this.#partyIds = new Set(view.valid('parties').map((p) => p.id))
    for (const m of view.valid('municipalities')) {
      for (const region of Object.values(m.regions)) {
        if (region !== undefined) {
          const list = this.#municipalitiesOf.get(region) ?? []
          list.push({ code: m.id, name: m.name })
          this.#municipalitiesOf.set(region, list)
        }
      }
    }
  }

  build(): HsdsDataset {
    const view = this.view
    const parties = view.valid('parties')
    for (const party of parties) {
      this.#phonesOf.set(party.id, party.contact?.phones ?? [])
    }
    const orgList = parties.map((p) => this.organization(p))
    const orgs = new Map(orgList.map((o) => [o.party.id, o]))
    const servicesOf = new Map<string, HsdsService[]>()
    const services: HsdsService[] = []
    const serviceAtLocations: HsdsServiceAtLocation[] = []
    const add = (service: HsdsService): void => {
      services.push(service)
      serviceAtLocations.push(...(service.service_at_locations ?? []))
      const org = service.organization_id ?? ''
      servicesOf.set(org, [...(servicesOf.get(org) ?? []), service])
    }
    for (const r of view.valid('responsibilities')) {
      const aspect = view.byId('aspects', r.aspect)
      if (this.#partyIds.has(r.party) && aspect !== undefined && view.aspectsOf(aspect.phase).includes(aspect)) {
        add(this.responsibilityService(r, orgs))
      }
    }
    for (const right of view.valid('rights')) {
      for (const provider of right.providers) {
        if (this.#partyIds.has(provider)) {
          add(this.rightService(right, provider, orgs))
        }
      }
    }
    const organizations = orgList.map((o) => ({
      ...o.full,
      services: (servicesOf.get(o.full.id) ?? []).map(serviceListItem),
    }))
    const taxonomies = TAXONOMY_KEYS.filter((k) => this.#usedTaxonomies.has(k)).map((k) => this.taxonomy(k))
    const detail = new Map(taxonomies.map((t) => [t.id, t]))
    const taxonomyTerms = [...this.#terms.values()].map((t) => {
      const taxonomy = detail.get(t.taxonomy_id ?? '')
      return taxonomy === undefined ? t : { ...t, taxonomy_detail: taxonomy }
    })
    return {
      asOf: view.asOf,
      version: view.catalog.version,
      organizations,
      services,
      locations: [...this.#websites.values()],
      serviceAtLocations,
      taxonomies,
      taxonomyTerms,
      phones: orgList.flatMap((o) => o.full.phones ?? []),
      contacts: orgList.flatMap((o) => (o.full.contacts ?? []).map(({ phones: _p, ...c }) => c)),
      serviceAreas: services.flatMap((s) => s.service_areas ?? []),
      organizationIdentifiers: orgList.flatMap((o) => o.full.organization_identifiers ?? []),
      attributes: this.#attributes.map(({ taxonomy_term: _t, ...a }) => a),
      metadata: this.#metadata,
      sourceIds: this.#sourceIds,
    }
  }

  // ── Organisations ─────────────────────────────────────────────────────────────────────────────

  organization(party: Party): Org {
    const id = hsdsId(`organization:${party.id}`)
    this.#sourceIds.set(id, `parties/${party.id}`)
    const contact = party.contact
    const professionals = this.professionalsContact(party, id)
    const phones = (contact?.phones ?? []).map((p, i) =>
      this.phone(party, p, i, id, p.purpose === 'professionals' ? professionals?.id : undefined),
    )
    const website = contact?.website
    let location: HsdsLocation | undefined
    if (website !== undefined) {
      const site = this.words.website(party.name)
      const key = `location:${party.id}:website`
      location = {
        id: hsdsId(key),
        location_type: 'virtual',
        url: website,
        organization_id: id,
        name: site.name,
        description: site.description,
      }
      this.#websites.set(party.id, location)
    }
    const attributes = [
      this.attribute('organization', id, 'party-kinds', party.kind),
      this.attribute('organization', id, 'party-levels', party.level),
      ...(party.serviceTypes ?? []).map((t) => this.attribute('organization', id, 'service-types', t)),
      this.attribute('organization', id, 'statuses', party.status),
      ...this.sourceAttributes('organization', id, party.sources),
      ...this.property('organization', id, 'name-en', party.en?.name),
    ]
    const metadata = [
      ...this.verified('organization', id, party.verifiedAt, 'sources', this.sourceUrls(party.sources)),
      ...(contact?.verifiedAt !== undefined && website !== undefined
        ? this.verified('organization', id, contact.verifiedAt, 'website', website)
        : []),
    ]
    const full: HsdsOrganization = {
      id,
      name: party.name,
      ...(party.shortName === undefined ? {} : { alternate_name: party.shortName }),
      description: party.description,
      ...(contact?.email === undefined ? {} : { email: contact.email }),
      ...(website === undefined ? {} : { website }),
      ...(party.parent !== undefined && this.#partyIds.has(party.parent)
        ? { parent_organization_id: hsdsId(`organization:${party.parent}`) }
        : {}),
      ...(professionals === undefined
        ? {}
        : {
            contacts: [{ ...professionals, phones: phones.filter((p) => p.contact_id === professionals.id) }],
          }),
      ...(phones.length === 0 ? {} : { phones }),
      ...(location === undefined ? {} : { locations: [location] }),
      organization_identifiers: this.identifiers(party, id),
      attributes,
      ...(metadata.length === 0 ? {} : { metadata }),
    }
    return { full, party }
  }

  /** The contact route for professionals: their e-mail address and their line, where known. */
  professionalsContact(party: Party, organizationId: string): HsdsContact | undefined {
    const email = party.contact?.professionalEmail
    const line = (party.contact?.phones ?? []).some((p) => p.purpose === 'professionals')
    if (email === undefined && !line) {
      return undefined
    }
    const words = this.words.professionalsContact()
    return {
      id: hsdsId(`contact:${party.id}:professionals`),
      organization_id: organizationId,
      title: words.title,
      department: words.department,
      ...(email === undefined ? {} : { email }),
    }
  }

  phone(party: Party, phone: Phone, index: number, organizationId: string, contactId: string | undefined): HsdsPhone {
    const digits = phone.number.replace(/[^0-9+]/g, '')
    // Number and purpose name a phone; the index only separates a number listed twice for one purpose.
    const same = (party.contact?.phones ?? [])
      .slice(0, index)
      .filter((p) => p.purpose === phone.purpose && p.number.replace(/[^0-9+]/g, '') === digits).length
    const id = hsdsId(`phone:${party.id}:${phone.purpose}:${digits}${same === 0 ? '' : `:${same}`}`)
    const attributes = [
      this.attribute('phone', id, 'phone-purposes', phone.purpose),
      ...this.sourceAttributes('phone', id, [phone.source]),
      ...this.property('phone', id, 'free-call', phone.free === undefined ? undefined : String(phone.free)),
    ]
    return {
      id,
      organization_id: organizationId,
      ...(contactId === undefined ? {} : { contact_id: contactId }),
      number: phone.number,
      type: 'voice',
      description: this.words.phone(phone),
      attributes,
      metadata: this.verified('phone', id, phone.verifiedAt, 'number', phone.number),
    }
  }

  identifiers(party: Party, organizationId: string): HsdsOrganizationIdentifier[] {
    const entry = (
      scheme: string,
      type: string,
      identifier: string,
      identifierScheme?: string,
    ): HsdsOrganizationIdentifier => ({
      id: hsdsId(`organization_identifier:${party.id}:${scheme}`),
      organization_id: organizationId,
      ...(identifierScheme === undefined ? {} : { identifier_scheme: identifierScheme }),
      identifier_type: type,
      identifier,
    })
    const ids = party.identifiers
    return [
      entry('wegwijzer', this.words.term('properties', 'wegwijzer-id').name, party.id),
      ...(ids?.kvk === undefined ? [] : [entry('kvk', 'KvK-nummer', ids.kvk, 'NL-KVK')]),
      ...(ids?.oin === undefined ? [] : [entry('oin', 'OIN', ids.oin)]),
      ...(ids?.tooi === undefined ? [] : [entry('tooi', 'TOOI', ids.tooi)]),
    ]
  }

  // ── Services ──────────────────────────────────────────────────────────────────────────────────

  responsibilityService(r: Responsibility, orgs: ReadonlyMap<string, Org>): HsdsService {
    const key = `service:responsibility:${r.id}`
    const id = hsdsId(key)
    this.#sourceIds.set(id, `responsibilities/${r.id}`)
    const aspect = this.view.byId('aspects', r.aspect)
    const attributes = [
      ...(aspect === undefined
        ? []
        : [
            this.organogramAttribute(id, aspect.phase, undefined),
            this.organogramAttribute(id, aspect.id, aspect.phase),
          ]),
      this.attribute('service', id, 'role-types', r.roleType),
      ...this.conditionAttributes(id, r.conditions),
      this.attribute('service', id, 'statuses', r.status),
      ...this.sourceAttributes('service', id, r.sources),
      ...this.property('service', id, 'wegwijzer-id', `responsibilities/${r.id}`),
      ...this.property('service', id, 'legal-basis', r.legalBasis),
    ]
    return this.service(key, id, r.party, orgs, {
      name: r.role,
      description: r.description,
      eligibility: this.words.eligibility(r.conditions),
      conditions: r.conditions,
      record: r,
      attributes,
    })
  }

  rightService(right: Right, provider: string, orgs: ReadonlyMap<string, Org>): HsdsService {
    const key = `service:right:${right.id}:${provider}`
    const id = hsdsId(key)
    this.#sourceIds.set(id, `rights/${right.id}`)
    const attributes = [
      this.attribute('service', id, 'right-kinds', right.kind),
      ...this.conditionAttributes(id, right.conditions),
      this.attribute('service', id, 'statuses', right.status),
      ...this.sourceAttributes('service', id, right.sources),
      ...this.property('service', id, 'wegwijzer-id', `rights/${right.id}`),
      ...this.property('service', id, 'legal-basis', right.legalBasis),
    ]
    const limits = this.words.limits(right.limits ?? [], right.amount)
    return this.service(key, id, provider, orgs, {
      name: right.name,
      ...(right.en?.name === undefined ? {} : { alternateName: right.en.name }),
      description: [right.summary, right.description, limits].filter((t) => t !== undefined).join('\n\n'),
      eligibility: right.eligibility ?? this.words.eligibility(right.conditions),
      conditions: right.conditions,
      record: right,
      attributes,
    })
  }

  service(
    key: string,
    id: string,
    partyId: string,
    orgs: ReadonlyMap<string, Org>,
    s: {
      name: string
      alternateName?: string
      description: string
      eligibility: string | undefined
      conditions: Conditions | undefined
      record: { status: string; verifiedAt?: string; sources: readonly string[] }
      attributes: HsdsAttribute[]
    },
  ): HsdsService {
    const org = orgs.get(partyId)
    const party = org?.party
    const organizationId = hsdsId(`organization:${partyId}`)
    const ages = s.conditions?.ageGroup
    const onlyMinors = ages !== undefined && ages.length === 1 && ages[0] === 'minor'
    const onlyAdults = ages !== undefined && ages.length === 1 && ages[0] === 'adult'
    const modified = latest([
      s.record.verifiedAt,
      party?.verifiedAt,
      party?.contact?.verifiedAt,
      ...(this.#phonesOf.get(partyId) ?? []).map((p) => p.verifiedAt),
    ])
    const website = this.#websites.get(partyId)
    const serviceAtLocations: HsdsServiceAtLocation[] =
      website === undefined
        ? []
        : [{ id: hsdsId(`service_at_location:${key}:website`), service_id: id, location_id: website.id }]
    const metadata = this.verified('service', id, s.record.verifiedAt, 'sources', this.sourceUrls(s.record.sources))
    // The organisation as the compiled HSDS service nests it: its details without its own
    // classifications and history (those are on the organisation itself).
    const {
      attributes: _a,
      metadata: _m,
      ...organization
    } = org?.full ?? {
      id: organizationId,
      name: partyId,
      description: '',
    }
    return {
      id,
      organization_id: organizationId,
      name: s.name,
      ...(s.alternateName === undefined ? {} : { alternate_name: s.alternateName }),
      description: s.description,
      status: 'active',
      ...(s.eligibility === undefined ? {} : { eligibility_description: s.eligibility }),
      ...(onlyAdults ? { minimum_age: AGE_OF_MAJORITY } : {}),
      ...(onlyMinors ? { maximum_age: AGE_OF_MAJORITY - 1 } : {}),
      ...(s.record.verifiedAt === undefined ? {} : { assured_date: s.record.verifiedAt }),
      ...(s.record.status === 'unverified' ? { alert: this.words.unverified() } : {}),
      ...(modified === undefined ? {} : { last_modified: midnightUtc(modified) }),
      service_areas: this.serviceAreas(key, id, partyId, s.conditions),
      ...(serviceAtLocations.length === 0
        ? {}
        : { service_at_locations: serviceAtLocations.map((sal) => ({ ...sal, location: website as HsdsLocation })) }),
      organization,
      attributes: s.attributes,
      ...(metadata.length === 0 ? {} : { metadata }),
    }
  }

  /**
   * Where a service is available: the regions its conditions name; else, for a regional or local
   * party, the regions that list it; else, for a party that acts through one regional organisation per region (police
   * units, Veilig Thuis, RIECs, zorgcoördinatie), every region of that kind with who delivers
   * there; else the whole country.
   */
  serviceAreas(key: string, serviceId: string, partyId: string, conditions: Conditions | undefined): HsdsServiceArea[] {
    const regions = (ids: readonly string[]): Region[] =>
      ids.flatMap((rid) => {
        const r = this.view.byId('regions', rid)
        return r !== undefined && this.view.valid('regions').includes(r) ? [r] : []
      })
    let chosen: Region[] = []
    if (conditions?.regions !== undefined) {
      chosen = regions(conditions.regions)
    }
    // A national party may also be a region's party (CoMensha for a zorgcoördinatie region); that
    // does not make its other services regional.
    const level = this.view.byId('parties', partyId)?.level
    if (chosen.length === 0 && level !== 'national' && level !== 'international') {
      chosen = regions(this.view.catalog.regionsListing(partyId))
    }
    if (chosen.length === 0) {
      const kind = Object.entries(GENERIC_PARTY_FOR_KIND).find(([, generic]) => generic === partyId)?.[0]
      chosen = kind === undefined ? [] : this.view.valid('regions').filter((r) => r.kind === kind)
    }
    if (chosen.length === 0) {
      const nl = this.words.nationalArea()
      return [
        { id: hsdsId(`service_area:${key}:nl`), service_id: serviceId, name: nl.name, description: nl.description },
      ]
    }
    return chosen.map((region) => {
      const municipalities = this.#municipalitiesOf.get(region.id) ?? []
      const members = [
        ...(region.parties ?? []).map((p) => ({ id: p, fallback: false })),
        ...(region.fallback === undefined ? [] : [{ id: region.fallback, fallback: true }]),
      ].flatMap((m) => {
        const party = this.view.byId('parties', m.id)
        return party === undefined || !this.#partyIds.has(party.id) ? [] : [{ name: party.name, fallback: m.fallback }]
      })
      const area: NameAndDescription = this.words.regionArea({
        kind: region.kind,
        name: region.name,
        ...(region.code === undefined ? {} : { code: region.code }),
        municipalities,
        parties: members,
        unverified: region.status === 'unverified',
      })
      return {
        id: hsdsId(`service_area:${key}:${region.id}`),
        service_id: serviceId,
        name: area.name,
        description: area.description,
        ...(municipalities.length === 0
          ? {}
          : { extent: municipalities.map((m) => m.code).join(','), extent_type: 'text' }),
      }
    })
  }

  // ── Attributes, terms, metadata ───────────────────────────────────────────────────────────────

  /** Exploitation forms and victim categories the conditions can hold for. */
  conditionAttributes(serviceId: string, conditions: Conditions | undefined): HsdsAttribute[] {
    const forms = this.view
      .valid('exploitationForms')
      .filter((f) => mayHold(conditions, { exploitation: [f.id] }))
      .map((f) => this.attribute('service', serviceId, 'exploitation-forms', f.id))
    const categories = this.view
      .valid('victimCategories')
      .filter((c) => conditionsOverlap(conditions, c.facets))
      .map((c) => this.attribute('service', serviceId, 'victim-categories', c.id))
    return [...forms, ...categories]
  }

  organogramAttribute(serviceId: string, code: string, parentPhase: string | undefined): HsdsAttribute {
    if (parentPhase !== undefined) {
      this.term('organogram', parentPhase) // the phase term first, so the aspect can name its parent
    }
    return this.attribute('service', serviceId, 'organogram', code)
  }

  sourceAttributes(entity: string, linkId: string, sources: readonly string[]): HsdsAttribute[] {
    return sources
      .filter((s) => this.view.source(s) !== undefined)
      .map((s) => this.attribute(entity, linkId, 'sources', s))
  }

  property(entity: string, linkId: string, code: PropertyCode, value: string | undefined): HsdsAttribute[] {
    return value === undefined ? [] : [this.attribute(entity, linkId, 'properties', code, value)]
  }

  attribute(entity: string, linkId: string, taxonomy: TaxonomyKey, code: string, value?: string): HsdsAttribute {
    const term = this.term(taxonomy, code)
    const attribute: HsdsAttribute = {
      id: hsdsId(`attribute:${entity}:${linkId}:${termKey(taxonomy, code)}${value === undefined ? '' : `:${value}`}`),
      link_id: linkId,
      taxonomy_term_id: term.id,
      link_type: linkTypeOf(taxonomy),
      link_entity: entity,
      ...(value === undefined ? {} : { value }),
      taxonomy_term: term,
    }
    this.#attributes.push(attribute)
    return attribute
  }

  /** The term (made on first use, so the export lists only terms it applies). */
  term(taxonomy: TaxonomyKey, code: string): HsdsTaxonomyTerm {
    const key = termKey(taxonomy, code)
    const known = this.#terms.get(key)
    if (known !== undefined) {
      return known
    }
    this.#usedTaxonomies.add(taxonomy)
    const text = this.termText(taxonomy, code)
    const parent = taxonomy === 'organogram' ? this.view.byId('aspects', code)?.phase : undefined
    const term: HsdsTaxonomyTerm = {
      id: hsdsId(key),
      code,
      name: text.name,
      description: text.description,
      ...(parent === undefined ? {} : { parent_id: hsdsId(termKey('organogram', parent)) }),
      taxonomy: this.words.taxonomy(taxonomy).name,
      language: this.words.language,
      taxonomy_id: hsdsId(taxonomyKey(taxonomy)),
      ...(text.uri === undefined ? {} : { term_uri: text.uri }),
    }
    this.#terms.set(key, term)
    return term
  }

  termText(taxonomy: TaxonomyKey, code: string): NameAndDescription & { uri?: string } {
    const view = this.view
    switch (taxonomy) {
      case 'organogram': {
        const record = view.byId('phases', code) ?? view.byId('aspects', code)
        return { name: record?.name ?? code, description: record?.description ?? code }
      }
      case 'exploitation-forms': {
        const form = view.byId('exploitationForms', code)
        return { name: form?.name ?? code, description: form?.description ?? code }
      }
      case 'victim-categories': {
        const category = view.byId('victimCategories', code)
        return { name: category?.name ?? code, description: category?.description ?? code }
      }
      case 'sources': {
        const source = view.source(code)
        return source === undefined
          ? { name: code, description: code }
          : { name: source.title, description: this.words.source(source), uri: source.url }
      }
      default:
        return this.words.term(taxonomy as CodeTaxonomyKey, code)
    }
  }

  taxonomy(key: TaxonomyKey): HsdsTaxonomy {
    const text = this.words.taxonomy(key)
    return {
      id: hsdsId(taxonomyKey(key)),
      name: text.name,
      description: text.description,
      ...(key in CODE_TAXONOMIES ? {} : { version: this.view.catalog.version }),
    }
  }

  /** The addresses of sources, space-separated (what a record was checked against). */
  sourceUrls(ids: readonly string[]): string {
    return ids.map((id) => this.view.source(id)?.url ?? id).join(' ')
  }

  /**
   * A verification as HSDS metadata: on `date` the editors checked the field against its source
   * and found it right, so the value before and after is the same. For a whole record the field
   * is `sources` and the value the sources it was checked against.
   */
  verified(
    resourceType: string,
    resourceId: string,
    date: string | undefined,
    field: string,
    value: string,
  ): HsdsMetadata[] {
    if (date === undefined) {
      return []
    }
    const entry: HsdsMetadata = {
      id: hsdsId(`metadata:${resourceType}:${resourceId}:verified:${field}`),
      resource_id: resourceId,
      resource_type: resourceType,
      last_action_date: date,
      last_action_type: 'verified',
      field_name: field,
      previous_value: value,
      replacement_value: value,
      updated_by: this.words.editors(),
    }
    this.#metadata.push(entry)
    return [entry]
  }
}
