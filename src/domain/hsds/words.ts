// SPDX-License-Identifier: EUPL-1.2
// The words an HSDS export needs beyond the dataset's own texts (taxonomy names, labels of our
// code lists, eligibility sentences, phone descriptions). The domain writes no prose: the caller
// passes these in from its message catalogue, in the language of the export.
import type { Conditions } from '../facets.ts'
import type { Phone } from '../party.ts'
import type { RegionKind } from '../region.ts'
import type { TimeLimit } from '../right.ts'
import type { Source } from '../source.ts'
import type { CodeTaxonomyKey, TaxonomyKey } from './taxonomies.ts'

export interface NameAndDescription {
  readonly name: string
  readonly description: string
}

/** A region as a service area is described: kind, municipalities and who delivers there. */
export interface RegionAreaFacts {
  readonly kind: RegionKind
  readonly name: string
  readonly code?: string
  readonly municipalities: readonly { readonly code: string; readonly name: string }[]
  /** The region's own parties, then its fallback (marked). */
  readonly parties: readonly { readonly name: string; readonly fallback: boolean }[]
  /** True when the region's parties are not confirmed by a current source. */
  readonly unverified: boolean
}

export interface HsdsWords {
  /** ISO 639-2 code of the language these words (and the dataset texts) are in, e.g. "nld". */
  readonly language: string
  /** Name and description of one of our taxonomies. */
  taxonomy(key: TaxonomyKey): NameAndDescription
  /** Name and description of one value of a code list (role type, party kind, status …). */
  term(key: CodeTaxonomyKey, code: string): NameAndDescription
  /** Description of a source as a taxonomy term: publisher, kind and date. */
  source(source: Source): string
  /** For whom a record holds, from its conditions; undefined when the conditions say nothing. */
  eligibility(conditions: Conditions | undefined): string | undefined
  /** Time limits and amount of a right, as a sentence to add to its description. */
  limits(limits: readonly TimeLimit[], amount: string | undefined): string | undefined
  /** The whole country as a service area. */
  nationalArea(): NameAndDescription
  /** A region as a service area. */
  regionArea(facts: RegionAreaFacts): NameAndDescription
  /** What a phone number is for, when it is answered, what it costs, and its note. */
  phone(phone: Phone): string
  /** Title and department of the contact route for professionals. */
  professionalsContact(): { readonly title: string; readonly department: string }
  /** Name and description of an organisation's website as its virtual location. */
  website(organisation: string): NameAndDescription
  /** The alert on a service whose record is not checked against a source. */
  unverified(): string
  /** Who checks the records (metadata updated_by). */
  editors(): string
}
