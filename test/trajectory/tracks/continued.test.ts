// SPDX-License-Identifier: EUPL-1.2
// Track 3: continued residence on the national data — after a final conviction, after the OM's
// decision to prosecute (2018 rule), after three years on the permit, or special circumstances.
import { describe, expect, it } from 'vitest'
import { STEP } from '../../../src/domain/trajectory/context.ts'
import { datesOf, planFor, stepOf, dutch } from '../plan-for.ts'

const granted = { residence: 'none', report: '2019-01-10', permitGranted: '2019-01-12' }

describe('continued-residence track', () => {
  it('counts three years on the permit', () => {
    const t11 = stepOf(planFor({ ...granted, asOf: '2020-01-01' }), STEP.continued)
    expect(datesOf(t11)[`${STEP.continued}.continued-three-years`]).toBe('2022-01-12')
    expect(t11.status).toBe('upcoming')
    expect(stepOf(planFor({ ...granted, asOf: '2022-02-01' }), STEP.continued).status).toBe('current')
  })

  it('opens continued residence from a decision to prosecute under the rule in force on that date', () => {
    const t11 = stepOf(planFor({ ...granted, prosecutionDecision: '2019-06-01', asOf: '2019-07-01' }), STEP.continued)
    expect(t11.status).toBe('current')
    expect(t11.deadlines.map((d) => d.id)).toContain(`${STEP.continued}.prosecution`)
  })

  it('leaves a witness who reported only special individual circumstances', () => {
    const t11 = stepOf(
      planFor({ residence: 'none', witness: true, report: '2024-01-10', asOf: '2024-02-01' }),
      STEP.continued,
    )
    expect(t11.notes.map(dutch).join(' ')).toMatch(/bijzondere individuele omstandigheden/)
    expect(t11.deadlines).toEqual([])
  })

  it('says the three-year rule does not help when the case stopped before three years', () => {
    const t11 = stepOf(
      planFor({ ...granted, caseOutcome: 'dismissal', caseOutcomeDate: '2020-01-01', asOf: '2020-02-01' }),
      STEP.continued,
    )
    expect(t11.notes.map(dutch).join(' ')).toMatch(/driejaarsregel helpt dan niet/)
  })
})
