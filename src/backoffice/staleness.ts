// SPDX-License-Identifier: EUPL-1.2
// Freshness (issue 13): every record an organisation keeps has a verified date; contact details
// not verified within 6 months and roles not within 12 (configurable) are stale. The dashboard
// lists them per organisation, oldest first; the owning editors see theirs first after login.
import type { Dataset, EntityKey } from '../domain/entities.ts'
import { OWNABLE, ownersOf } from './ownership.ts'

export interface StalenessPeriods {
  /** Months within which contact details (a party's contact block) must be verified. */
  readonly contactMonths: number
  /** Months within which roles (responsibilities, regional roles) must be verified. */
  readonly roleMonths: number
}

export const DEFAULT_STALENESS: StalenessPeriods = { contactMonths: 6, roleMonths: 12 }

/** Periods from STALE_CONTACT_MONTHS and STALE_ROLE_MONTHS (whole months, 1–120), else the defaults. */
export function stalenessFromEnv(env: Readonly<Record<string, string | undefined>>): StalenessPeriods {
  const months = (name: string, fallback: number): number => {
    const n = Number(env[name])
    return Number.isInteger(n) && n >= 1 && n <= 120 ? n : fallback
  }
  return {
    contactMonths: months('STALE_CONTACT_MONTHS', DEFAULT_STALENESS.contactMonths),
    roleMonths: months('STALE_ROLE_MONTHS', DEFAULT_STALENESS.roleMonths),
  }
}

export interface StaleRecord {
  readonly entity: EntityKey
  readonly id: string
  readonly kind: 'contact' | 'role'
  /** The last verification, or undefined when never verified. */
  readonly verifiedAt: string | undefined
  /** The day it became (or becomes) stale. */
  readonly dueOn: string
  readonly organisations: readonly string[]
}

function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

/** The record's own verifiedAt; for a party with contact details the older of that and the contact's. */
function verifiedOf(
  entity: EntityKey,
  record: Record<string, unknown>,
): { kind: 'contact' | 'role'; verifiedAt: string | undefined } {
  const own = typeof record['verifiedAt'] === 'string' ? record['verifiedAt'] : undefined
  if (entity === 'parties') {
    const contact = record['contact'] as { verifiedAt?: string } | undefined
    if (contact === undefined) {
      return { kind: 'contact', verifiedAt: own }
    }
    const c = contact.verifiedAt
    return { kind: 'contact', verifiedAt: own === undefined || c === undefined ? undefined : own < c ? own : c }
  }
  return { kind: 'role', verifiedAt: own }
}

/** Records owned by organisations that are stale on `today`, oldest first. */
export function staleRecords(
  dataset: Dataset,
  today: string,
  periods: StalenessPeriods = DEFAULT_STALENESS,
): StaleRecord[] {
  const out: StaleRecord[] = []
  for (const entity of OWNABLE) {
    for (const record of dataset[entity] as readonly Record<string, unknown>[]) {
      const id = String(record['id'])
      const { kind, verifiedAt } = verifiedOf(entity, record)
      const dueOn =
        verifiedAt === undefined
          ? '0000-01-01'
          : addMonths(verifiedAt, kind === 'contact' ? periods.contactMonths : periods.roleMonths)
      if (dueOn <= today) {
        out.push({ entity, id, kind, verifiedAt, dueOn, organisations: ownersOf(dataset, entity, id) })
      }
    }
  }
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id < b.id ? -1 : 1))
}
