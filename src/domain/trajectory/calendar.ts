// SPDX-License-Identifier: EUPL-1.2
// Calendar arithmetic for legal time limits, on Europe/Amsterdam calendar dates (YYYY-MM-DD, no
// times). The trajectory deadlines all come from here, so the counting rule is written down once.
//
// Counting rule (our convention, marked derived; it follows the civil-law practice also written in
// BGB §188): a period of n months (or years = 12n months) that starts on day S counts S as its first
// day and runs up to and including the day before the day with the same number n months later.
// When that month has no such day (31 January + 1 month), the period runs through the last day of
// that month. So: 15 Jan + 3 months → last day 14 Apr; 30 Nov + 3 months → last day 28 Feb (29 in
// a leap year); 29 Feb 2016 + 1 year → last day 28 Feb 2017.
// Days and weeks count S as day 1. A limit in hours starts at some moment on day S, so it runs out
// on day S + ceil(hours / 24): "24 hours" ends at the latest on the next day.
// The first day *after* a period (when a threshold such as "three years on the permit" is reached)
// is the day after its last day.
import type { TimeUnit } from '../right.ts'

interface YMD {
  readonly y: number
  readonly m: number // 1–12
  readonly d: number
}

function parse(date: string): YMD {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (m === null) {
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`)
  }
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
}

function format({ y, m, d }: YMD): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0
}

/** The date n days later (n may be negative). UTC arithmetic: calendar dates have no time zone shifts. */
export function addDays(date: string, n: number): string {
  const { y, m, d } = parse(date)
  const t = new Date(Date.UTC(y, m - 1, d + n))
  return format({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() })
}

/** Month n months after (y, m), and whether day d exists in it. */
function shiftMonth({ y, m, d }: YMD, n: number): { y: number; m: number; exists: boolean } {
  const index = y * 12 + (m - 1) + n
  const ny = Math.floor(index / 12)
  const nm = (index % 12) + 1
  return { y: ny, m: nm, exists: d <= daysInMonth(ny, nm) }
}

/** Same day number n months later, clamped to the last day of that month (31 Jan + 1 → 28/29 Feb). */
export function addMonthsClamped(date: string, n: number): string {
  const start = parse(date)
  const t = shiftMonth(start, n)
  return format({ y: t.y, m: t.m, d: Math.min(start.d, daysInMonth(t.y, t.m)) })
}

/** The last day of a period of `value` `unit`s that starts on `start` (see the counting rule above). */
export function periodLastDay(start: string, value: number, unit: TimeUnit): string {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`a period needs a positive whole number, got ${value}`)
  }
  switch (unit) {
    case 'hours':
      return addDays(start, Math.ceil(value / 24))
    case 'days':
      return addDays(start, value - 1)
    case 'weeks':
      return addDays(start, 7 * value - 1)
    case 'months':
    case 'years': {
      const months = unit === 'years' ? 12 * value : value
      const s = parse(start)
      const t = shiftMonth(s, months)
      return t.exists
        ? addDays(format({ y: t.y, m: t.m, d: s.d }), -1)
        : format({ y: t.y, m: t.m, d: daysInMonth(t.y, t.m) })
    }
  }
}

/** The first day after a period of `value` `unit`s that starts on `start`: a threshold is reached. */
export function dayAfterPeriod(start: string, value: number, unit: TimeUnit): string {
  return addDays(periodLastDay(start, value, unit), 1)
}
