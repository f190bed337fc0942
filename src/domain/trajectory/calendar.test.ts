// SPDX-License-Identifier: EUPL-1.2
// The counting rule of legal periods at month ends and in leap years.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, addMonthsClamped, dayAfterPeriod, daysInMonth, isLeapYear, periodLastDay } from './calendar.ts'

describe('calendar arithmetic', () => {
  it('knows leap years, including the century rules', () => {
    expect([2016, 2000, 2024].map(isLeapYear)).toEqual([true, true, true])
    expect([2015, 1900, 2100].map(isLeapYear)).toEqual([false, false, false])
    expect(daysInMonth(2016, 2)).toBe(29)
    expect(daysInMonth(2017, 2)).toBe(28)
  })

  it('adds days across month and year ends', () => {
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01')
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29')
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29')
    expect(addDays('2017-03-01', -1)).toBe('2017-02-28')
  })

  it('clamps same-day-number month arithmetic to the month end', () => {
    expect(addMonthsClamped('2015-01-31', 1)).toBe('2015-02-28')
    expect(addMonthsClamped('2016-01-31', 1)).toBe('2016-02-29')
    expect(addMonthsClamped('2016-02-29', 12)).toBe('2017-02-28')
    expect(addMonthsClamped('2015-11-30', 3)).toBe('2016-02-29')
  })

  it('ends a period of n months on the day before the same day number', () => {
    expect(periodLastDay('2014-01-15', 3, 'months')).toBe('2014-04-14')
    expect(periodLastDay('2014-03-01', 3, 'months')).toBe('2014-05-31')
    expect(periodLastDay('2014-12-01', 3, 'months')).toBe('2015-02-28')
  })

  it('runs a period through the month end when the same day number does not exist', () => {
    // 31 Jan + 3 months: 31 April does not exist → through 30 April.
    expect(periodLastDay('2014-01-31', 3, 'months')).toBe('2014-04-30')
    // 30 Nov + 3 months: 30 Feb does not exist → through the last day of February.
    expect(periodLastDay('2014-11-30', 3, 'months')).toBe('2015-02-28')
    expect(periodLastDay('2015-11-30', 3, 'months')).toBe('2016-02-29')
    // 29 Nov + 3 months: 29 Feb exists only in a leap year.
    expect(periodLastDay('2015-11-29', 3, 'months')).toBe('2016-02-28')
    expect(periodLastDay('2014-11-29', 3, 'months')).toBe('2015-02-28')
  })

  it('counts years as twelve months, also from 29 February', () => {
    expect(periodLastDay('2016-02-29', 1, 'years')).toBe('2017-02-28')
    expect(dayAfterPeriod('2016-02-29', 1, 'years')).toBe('2017-03-01')
    expect(periodLastDay('2015-03-01', 1, 'years')).toBe('2016-02-29')
    expect(dayAfterPeriod('2016-02-29', 4, 'years')).toBe('2020-02-29')
    expect(dayAfterPeriod('2014-03-12', 3, 'years')).toBe('2017-03-12')
  })

  it('counts days and weeks with the start as day one, and hours to the day they run out', () => {
    expect(periodLastDay('2016-02-28', 2, 'days')).toBe('2016-02-29')
    expect(periodLastDay('2016-02-24', 1, 'weeks')).toBe('2016-03-01')
    expect(periodLastDay('2016-02-28', 24, 'hours')).toBe('2016-02-29')
    expect(periodLastDay('2016-02-28', 25, 'hours')).toBe('2016-03-01')
  })

  it('rejects non-positive or fractional periods and malformed dates', () => {
    expect(() => periodLastDay('2016-02-28', 0, 'months')).toThrow(RangeError)
    expect(() => periodLastDay('2016-02-28', 1.5, 'months')).toThrow(RangeError)
    expect(() => addDays('28-02-2016', 1)).toThrow(RangeError)
  })

  it('always lands inside the target month, never before the start (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const last = periodLastDay(start, n, 'months')
        const after = dayAfterPeriod(start, n, 'months')
        expect(after > start).toBe(true)
        expect(addDays(last, 1)).toBe(after)
        const startDay = Number(start.slice(8))
        const afterDay = Number(after.slice(8))
        // The threshold keeps the day number, or moves to the 1st after a clamped month end.
        expect(afterDay === startDay || afterDay === 1).toBe(true)
        const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))]
        const index = y * 12 + (m - 1) + n
        const target = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
        expect(last.slice(0, 7) === target || afterDay === startDay).toBe(true)
      }),
    )
  })
})
