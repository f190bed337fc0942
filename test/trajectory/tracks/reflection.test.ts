// SPDX-License-Identifier: EUPL-1.2
// Track 1: the reflection period on the national data — its deadlines, who gets none, its end by a
// report, and the overdue state when its last day passed without a recorded end (#12).
import { describe, expect, it } from 'vitest'
import { STEP } from '../../../src/domain/trajectory/context.ts'
import { datesOf, planFor, statusOf, stepOf, dutch } from '../plan-for.ts'

describe('reflection track', () => {
  it('counts three months from the start and reports monthly while it runs', () => {
    const p = planFor({ residence: 'none', reflectionStart: '2025-03-10', asOf: '2025-04-01' })
    const t06 = stepOf(p, STEP.reflection)
    expect(t06.status).toBe('current')
    expect(datesOf(t06)).toMatchObject({
      [`${STEP.reflection}.reflection-max`]: '2025-06-09',
      [`${STEP.reflection}.reflection-reporting.1`]: '2025-04-09',
    })
    expect(statusOf(p, STEP.shelter)).toBe('current')
  })

  it('shows a period started more than three months before the plan date, without an end, as overdue with what to do now', () => {
    const p = planFor({ residence: 'none', reflectionStart: '2025-01-02', asOf: '2025-04-10' })
    const t06 = stepOf(p, STEP.reflection)
    expect(t06.status).toBe('overdue')
    expect(t06.notes.map(dutch).join(' ')).toMatch(/verstreken: de laatste dag was 2025-04-01.*Nu: /)
    expect(p.warnings.map(dutch).join(' ')).toMatch(/reflectionEnd en reflectionEndReason/)
    // The same period on its last day is still current.
    expect(
      statusOf(planFor({ residence: 'none', reflectionStart: '2025-01-02', asOf: '2025-04-01' }), STEP.reflection),
    ).toBe('current')
  })

  it('ends on the day of the report, so it is done and never overdue once a report is recorded', () => {
    const p = planFor({ residence: 'none', reflectionStart: '2025-01-02', report: '2025-02-01', asOf: '2025-06-01' })
    const t06 = stepOf(p, STEP.reflection)
    expect(t06.status).toBe('done')
    expect(t06.deadlines.find((d) => d.id === `${STEP.reflection}.end`)?.date).toBe('2025-02-01')
    expect(statusOf(p, STEP.shelter)).toBe('done')
  })

  it('gives a witness who reported no reflection period', () => {
    const p = planFor({ residence: 'none', witness: true, report: '2025-02-01', asOf: '2025-03-01' })
    expect(statusOf(p, STEP.offer)).toBe('not-applicable')
    expect(statusOf(p, STEP.reflection)).toBeUndefined()
  })

  it('gives a Dublin claimant the shorter period of the rule in force on the start', () => {
    const p = planFor({ residence: 'dublin', reflectionStart: '2024-03-01', asOf: '2024-03-05' })
    expect(datesOf(stepOf(p, STEP.reflection))[`${STEP.reflection}.reflection-max`]).toBe('2024-03-30')
  })
})
