// SPDX-License-Identifier: EUPL-1.2
// How current the dataset is: which facts a user acts on were not checked recently enough. Pure
// functions over the dataset and "today", so `wegwijzer validate` can warn (with file:line) and
// `wegwijzer stats` can report ages and the share of checked contacts.
import type { Dataset, EntityKey } from './entities.ts'
import type { Source } from './source.ts'
import { isValidOn } from './validity.ts'

/** A phone number or contact block older than this is due for a new check. */
export const CONTACT_MAX_AGE_MONTHS = 12
/** A legal rule whose newest dated source is older than this is due for a new reading. */
export const LEGAL_SOURCE_MAX_AGE_YEARS = 3
/** Record types that state legal rules, rights and time limits. */
export const LEGAL_RECORD_TYPES = ['rights', 'trajectoryRules', 'trajectorySteps'] as const
/** Record types that map municipalities to regions and regions to parties. */
export const REGIONAL_RECORD_TYPES = ['regions', 'municipalities'] as const

export const CURRENCY_KINDS = [
  'contact-stale',
  'contact-unchecked',
  'legal-source-old',
  'legal-source-undated',
  'region-undated',
  'region-no-phone',
] as const
export type CurrencyKind = (typeof CURRENCY_KINDS)[number]

export interface CurrencyFinding {
  readonly entity: EntityKey
  readonly id: string
  /** JSON pointer into the record, for file:line. */
  readonly pointer: string
  readonly kind: CurrencyKind
  readonly message: string
}

/** The same day `months` earlier (clamped to the month's last day), as YYYY-MM-DD. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 - months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, last))
  return first.toISOString().slice(0, 10)
}

/** Whole and fractional years between two ISO dates (b after a). */
export function yearsBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / (365.25 * 24 * 3600 * 1000)
}

/** The newest publication date among the cited sources, if any is dated. */
export function newestSourceDate(ids: readonly string[], sources: ReadonlyMap<string, Source>): string | undefined {
  let newest: string | undefined
  for (const id of ids) {
    const date = sources.get(id)?.date
    if (date !== undefined && (newest === undefined || date > newest)) {
      newest = date
    }
  }
  return newest
}

interface Cited {
  readonly id: string
  readonly sources: readonly string[]
  readonly validFrom?: string
  readonly validTo?: string
}

export function currencyFindings(dataset: Dataset, today: string): CurrencyFinding[] {
  const out: CurrencyFinding[] = []
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const contactLimit = monthsBefore(today, CONTACT_MAX_AGE_MONTHS)
  const legalLimit = monthsBefore(today, LEGAL_SOURCE_MAX_AGE_YEARS * 12)

  for (const party of dataset.parties) {
    if (!isValidOn(party, today) || party.contact === undefined) {
      continue
    }
    const c = party.contact
    ;(c.phones ?? []).forEach((p, i) => {
      if (p.verifiedAt < contactLimit) {
        out.push({
          entity: 'parties',
          id: party.id,
          pointer: `/contact/phones/${i}/verifiedAt`,
          kind: 'contact-stale',
          message: `phone ${p.number} of '${party.id}' was last checked on ${p.verifiedAt}, more than ${CONTACT_MAX_AGE_MONTHS} months ago`,
        })
      }
    })
    if (c.verifiedAt === undefined) {
      out.push({
        entity: 'parties',
        id: party.id,
        pointer: '/contact',
        kind: 'contact-unchecked',
        message: `contact details of '${party.id}' (website, e-mail) carry no verifiedAt: never checked`,
      })
    } else if (c.verifiedAt < contactLimit) {
      out.push({
        entity: 'parties',
        id: party.id,
        pointer: '/contact/verifiedAt',
        kind: 'contact-stale',
        message: `contact details of '${party.id}' were last checked on ${c.verifiedAt}, more than ${CONTACT_MAX_AGE_MONTHS} months ago`,
      })
    }
  }

  for (const key of LEGAL_RECORD_TYPES) {
    for (const record of dataset[key] as readonly Cited[]) {
      if (!isValidOn(record, today)) {
        continue
      }
      const newest = newestSourceDate(record.sources, sources)
      if (newest === undefined) {
        out.push({
          entity: key,
          id: record.id,
          pointer: '/sources',
          kind: 'legal-source-undated',
          message: `none of the sources of '${record.id}' has a date; the rule cannot be shown to be current`,
        })
      } else if (newest < legalLimit) {
        out.push({
          entity: key,
          id: record.id,
          pointer: '/sources',
          kind: 'legal-source-old',
          message: `the newest source of '${record.id}' dates from ${newest}, more than ${LEGAL_SOURCE_MAX_AGE_YEARS} years ago`,
        })
      }
    }
  }

  for (const key of REGIONAL_RECORD_TYPES) {
    for (const record of dataset[key] as readonly Cited[]) {
      if (isValidOn(record, today) && newestSourceDate(record.sources, sources) === undefined) {
        out.push({
          entity: key,
          id: record.id,
          pointer: '/sources',
          kind: 'region-undated',
          message: `the regional mapping '${record.id}' cites no dated source`,
        })
      }
    }
  }

  const parties = new Map(dataset.parties.filter((p) => isValidOn(p, today)).map((p) => [p.id, p]))
  const reachable = (id: string | undefined) => (parties.get(id ?? '')?.contact?.phones ?? []).length > 0
  for (const region of dataset.regions) {
    if (region.kind !== 'zorgcoordinatie' || !isValidOn(region, today)) {
      continue
    }
    if (!(region.parties ?? []).some(reachable) && !reachable(region.fallback)) {
      out.push({
        entity: 'regions',
        id: region.id,
        pointer: '/parties',
        kind: 'region-no-phone',
        message: `zorgcoördinatie region '${region.id}' has no party with a checked phone number and no fallback that has one`,
      })
    }
  }
  return out
}

export interface SourceAge {
  readonly records: number
  /** Records valid today that cite at least one dated source. */
  readonly dated: number
  /** Median and maximum age in years of the newest dated source per record. */
  readonly medianYears?: number
  readonly maxYears?: number
  /** Records valid today with a verifiedAt. */
  readonly verified: number
}

export interface ContactStats {
  readonly parties: number
  readonly partiesWithPhone: number
  readonly phones: number
  /** Phones checked within CONTACT_MAX_AGE_MONTHS. */
  readonly phonesVerified: number
  readonly contactBlocks: number
  /** Contact blocks with a verifiedAt within CONTACT_MAX_AGE_MONTHS. */
  readonly contactBlocksVerified: number
}

export interface CurrencyStats {
  readonly today: string
  readonly sourceAges: Readonly<Partial<Record<EntityKey, SourceAge>>>
  readonly contacts: ContactStats
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) {
    return undefined
  }
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const round1 = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 10) / 10)

export function currencyStats(dataset: Dataset, today: string, keys: readonly EntityKey[]): CurrencyStats {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const sourceAges: Partial<Record<EntityKey, SourceAge>> = {}
  for (const key of keys) {
    if (key === 'sources') {
      continue
    }
    const records = (dataset[key] as readonly (Cited & { verifiedAt?: string })[]).filter((r) => isValidOn(r, today))
    const ages = records.flatMap((r) => {
      const newest = newestSourceDate(r.sources, sources)
      return newest === undefined ? [] : [yearsBetween(newest, today)]
    })
    const medianYears = round1(median(ages))
    const maxYears = round1(ages.length === 0 ? undefined : Math.max(...ages))
    sourceAges[key] = {
      records: records.length,
      dated: ages.length,
      ...(medianYears === undefined ? {} : { medianYears }),
      ...(maxYears === undefined ? {} : { maxYears }),
      verified: records.filter((r) => r.verifiedAt !== undefined).length,
    }
  }
  const limit = monthsBefore(today, CONTACT_MAX_AGE_MONTHS)
  const parties = dataset.parties.filter((p) => isValidOn(p, today))
  const phones = parties.flatMap((p) => p.contact?.phones ?? [])
  const blocks = parties.flatMap((p) => (p.contact === undefined ? [] : [p.contact]))
  return {
    today,
    sourceAges,
    contacts: {
      parties: parties.length,
      partiesWithPhone: parties.filter((p) => (p.contact?.phones ?? []).length > 0).length,
      phones: phones.length,
      phonesVerified: phones.filter((p) => p.verifiedAt >= limit).length,
      contactBlocks: blocks.length,
      contactBlocksVerified: blocks.filter((c) => c.verifiedAt !== undefined && c.verifiedAt >= limit).length,
    },
  }
}
