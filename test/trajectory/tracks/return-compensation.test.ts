// SPDX-License-Identifier: EUPL-1.2
// Track 5: return and compensation on the national data.
import { describe, expect, it } from 'vitest'
import { STEP } from '../../../src/domain/trajectory/context.ts'
import { planFor, statusOf, stepOf } from '../plan-for.ts'

describe('return and compensation track', () => {
  it('expects return when the reflection period ended without a permit, and offers it otherwise', () => {
    const ended = planFor({
      residence: 'none',
      reflectionStart: '2024-01-10',
      reflectionEnd: '2024-02-10',
      reflectionEndReason: 'declined',
      asOf: '2024-03-01',
    })
    expect(statusOf(ended, STEP.returnHome)).toBe('upcoming')
    expect(statusOf(planFor({ residence: 'none', report: '2024-01-10', asOf: '2024-02-01' }), STEP.returnHome)).toBe(
      'possible',
    )
  })

  it('runs compensation beside the case, current after a conviction with the CJIB advance date', () => {
    const p = planFor({
      residence: 'none',
      report: '2020-01-10',
      permitGranted: '2020-01-12',
      caseOutcome: 'conviction',
      caseOutcomeDate: '2022-03-01',
      asOf: '2022-04-01',
    })
    const p01 = stepOf(p, STEP.compensation)
    expect(p01.status).toBe('current')
    expect(p01.deadlines.map((d) => d.id)).toContain(`${STEP.compensation}.cjib-advance-after`)
    expect(statusOf(planFor({ residence: 'none', asOf: '2024-02-01' }), STEP.compensation)).toBeUndefined()
  })
})
