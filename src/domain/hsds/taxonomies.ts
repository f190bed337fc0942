// SPDX-License-Identifier: EUPL-1.2
// Our classifications as HSDS taxonomies. Each applies to objects through attributes with a
// link_type saying what the term tells about the object. Terms of dataset taxonomies (phases and
// aspects, exploitation forms, victim categories, sources) come from the records; terms of code
// taxonomies come from the closed lists of the domain, worded by the caller (HsdsWords).
import { STATUSES } from '../common.ts'
import { PARTY_KINDS, PARTY_LEVELS, PHONE_PURPOSES, SERVICE_TYPES } from '../party.ts'
import { ROLE_TYPES } from '../responsibility.ts'
import { RIGHT_KINDS } from '../right.ts'

/** Code taxonomies: their codes are a closed list of the domain. */
export const CODE_TAXONOMIES = {
  'role-types': { codes: ROLE_TYPES, linkType: 'classification' },
  'right-kinds': { codes: RIGHT_KINDS, linkType: 'classification' },
  'party-kinds': { codes: PARTY_KINDS, linkType: 'classification' },
  'party-levels': { codes: PARTY_LEVELS, linkType: 'classification' },
  'service-types': { codes: SERVICE_TYPES, linkType: 'classification' },
  'phone-purposes': { codes: PHONE_PURPOSES, linkType: 'classification' },
  statuses: { codes: STATUSES, linkType: 'status' },
  /** Terms that name a property; the attribute's value holds the value. */
  properties: { codes: ['wegwijzer-id', 'legal-basis', 'name-en', 'free-call'], linkType: 'property' },
} as const satisfies Record<string, { codes: readonly string[]; linkType: string }>

/** Dataset taxonomies: their terms are records of the dataset. */
export const DATASET_TAXONOMIES = {
  /** Phases and, below them, their aspects (the organogram of Kamerstuk 28 638 nr. 128). */
  organogram: { linkType: 'classification' },
  'exploitation-forms': { linkType: 'eligibility' },
  'victim-categories': { linkType: 'eligibility' },
  sources: { linkType: 'source' },
} as const satisfies Record<string, { linkType: string }>

export type CodeTaxonomyKey = keyof typeof CODE_TAXONOMIES
export type DatasetTaxonomyKey = keyof typeof DATASET_TAXONOMIES
export type TaxonomyKey = CodeTaxonomyKey | DatasetTaxonomyKey
export type PropertyCode = (typeof CODE_TAXONOMIES)['properties']['codes'][number]

/** Every taxonomy, in the order the export lists them. */
export const TAXONOMY_KEYS: readonly TaxonomyKey[] = [
  'organogram',
  'exploitation-forms',
  'victim-categories',
  'role-types',
  'right-kinds',
  'party-kinds',
  'party-levels',
  'service-types',
  'phone-purposes',
  'statuses',
  'sources',
  'properties',
]

export function linkTypeOf(key: TaxonomyKey): string {
  return key in CODE_TAXONOMIES
    ? CODE_TAXONOMIES[key as CodeTaxonomyKey].linkType
    : DATASET_TAXONOMIES[key as DatasetTaxonomyKey].linkType
}

/** The key of a term, from which its UUID is derived: stable as long as the code is. */
export function termKey(taxonomy: TaxonomyKey, code: string): string {
  return `taxonomy_term:${taxonomy}:${code}`
}

export function taxonomyKey(taxonomy: TaxonomyKey): string {
  return `taxonomy:${taxonomy}`
}
