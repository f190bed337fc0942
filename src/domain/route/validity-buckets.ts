// SPDX-License-Identifier: EUPL-1.2
// Splits time at every validFrom/validTo in the dataset, so all dates between two such boundaries
// see exactly the same records and the work that depends only on asOf can be done once per bucket.
import type { Dated } from '../validity.ts'

export class ValidityBuckets {
  /** Every distinct validFrom and validTo, sorted. */
  private readonly boundaries: readonly string[]

  constructor(records: Iterable<Dated>) {
    const dates = new Set<string>()
    for (const r of records) {
      if (r.validFrom !== undefined) {
        dates.add(r.validFrom)
      }
      if (r.validTo !== undefined) {
        dates.add(r.validTo)
      }
    }
    this.boundaries = [...dates].sort()
  }

  /**
   * The number of boundaries on or before asOf. isValidOn only compares asOf with boundaries
   * (asOf < validFrom, asOf >= validTo), so two dates with the same bucket get the same answers.
   */
  bucketOf(asOf: string): number {
    let lo = 0
    let hi = this.boundaries.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.boundaries[mid] ?? '') <= asOf) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    return lo
  }

  get count(): number {
    return this.boundaries.length + 1
  }
}
