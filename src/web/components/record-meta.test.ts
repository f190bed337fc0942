// SPDX-License-Identifier: EUPL-1.2
// Dates are worded by a formatter kept per language and remembered per date: the words stay those
// of a fresh Intl formatter, in each language, however often and in whatever order asked.
import { describe, expect, it } from 'vitest'
import type { PageContext } from '../page-context.ts'
import { formatDate } from './record-meta.ts'

const ctx = (locale: 'nl' | 'en') => ({ locale }) as PageContext

describe('formatDate', () => {
  it('words a date as a fresh formatter would, per language, also when asked again', () => {
    for (const iso of ['2026-12-07', '2021-01-01', '2026-12-07']) {
      const date = new Date(`${iso}T00:00:00Z`)
      for (const [locale, tag] of [
        ['nl', 'nl-NL'],
        ['en', 'en-GB'],
      ] as const) {
        const fresh = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
        expect(formatDate(ctx(locale), iso)).toBe(fresh)
      }
    }
    expect(formatDate(ctx('nl'), '2026-12-07')).toBe('7 december 2026')
  })
})
