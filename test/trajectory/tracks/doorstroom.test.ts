// SPDX-License-Identifier: EUPL-1.2
// Track 4: doorstroom on the national data — only on the way to a permit, and "now" once it is held.
import { describe, expect, it } from 'vitest'
import { STEP } from '../../../src/domain/trajectory/context.ts'
import { planFor, statusOf } from '../plan-for.ts'

describe('doorstroom track', () => {
  it('makes registration in the BRP current once the permit is held, the rest follows', () => {
    const p = planFor({ residence: 'none', report: '2024-01-10', permitGranted: '2024-01-12', asOf: '2024-02-01' })
    expect(statusOf(p, STEP.brp)).toBe('current')
    expect(statusOf(p, STEP.housing)).toBe('upcoming')
  })

  it('is ahead while a permit may still come', () => {
    const p = planFor({ residence: 'none', reflectionStart: '2024-01-10', asOf: '2024-02-01' })
    expect(statusOf(p, STEP.brp)).toBe('upcoming')
  })

  it('is left out when the person declined or no permit will come', () => {
    expect(
      statusOf(planFor({ residence: 'none', cooperation: 'declined', asOf: '2024-02-01' }), STEP.brp),
    ).toBeUndefined()
    expect(
      statusOf(
        planFor({ residence: 'dublin', report: '2024-01-10', presenceNeeded: false, asOf: '2024-02-01' }),
        STEP.brp,
      ),
    ).toBeUndefined()
  })
})
