// SPDX-License-Identifier: EUPL-1.2
// The route plans are shared by every date in a validity bucket, which is only correct if dates in
// one bucket get the same isValidOn answer for every record; these tests check exactly that.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidOn, type Dated } from '../validity.ts'
import { ValidityBuckets } from './validity-buckets.ts'

const date = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2018, 0, 1 + d)).toISOString().slice(0, 10))
const dated: fc.Arbitrary<Dated> = fc.record({
  validFrom: fc.option(date, { nil: undefined }),
  validTo: fc.option(date, { nil: undefined }),
})

describe('ValidityBuckets', () => {
  it('puts validFrom in the bucket where the record starts (inclusive) and validTo where it ends (exclusive)', () => {
    const b = new ValidityBuckets([{ validFrom: '2018-11-13' }, { validTo: '2022-01-01' }])
    expect(b.count).toBe(3)
    expect(b.bucketOf('2018-11-12')).toBe(0)
    expect(b.bucketOf('2018-11-13')).toBe(1)
    expect(b.bucketOf('2021-12-31')).toBe(1)
    expect(b.bucketOf('2022-01-01')).toBe(2)
    expect(new ValidityBuckets([]).bucketOf('2025-01-01')).toBe(0)
  })

  it('gives two dates the same bucket only when every record is valid on both or on neither', () => {
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 12 }), date, date, (records, a, b) => {
        const buckets = new ValidityBuckets(records)
        if (buckets.bucketOf(a) === buckets.bucketOf(b)) {
          for (const r of records) {
            expect(isValidOn(r, a)).toBe(isValidOn(r, b))
          }
        }
        // Buckets follow the calendar.
        expect(a <= b ? buckets.bucketOf(a) <= buckets.bucketOf(b) : buckets.bucketOf(a) >= buckets.bucketOf(b)).toBe(
          true,
        )
      }),
      { numRuns: 500 },
    )
  })
})
