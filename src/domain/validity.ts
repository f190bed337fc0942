// SPDX-License-Identifier: EUPL-1.2
// Validity in time: every record may carry validFrom (inclusive) and validTo (exclusive), so the
// dataset can answer any question "as of" a date.

export interface Dated {
  readonly validFrom?: string
  readonly validTo?: string
}

/** ISO dates (YYYY-MM-DD) compare correctly as strings. */
export function isValidOn(record: Dated, asOf: string): boolean {
  if (record.validFrom !== undefined && asOf < record.validFrom) {
    return false
  }
  if (record.validTo !== undefined && asOf >= record.validTo) {
    return false
  }
  return true
}

// One formatter: making one costs far more than formatting (every page asks for today).
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's date in Europe/Amsterdam, as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return AMSTERDAM_DATE.format(now)
}

/** True when the string is a real calendar date in YYYY-MM-DD form (rejects 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (m === null) {
    return false
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}
