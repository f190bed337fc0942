// SPDX-License-Identifier: EUPL-1.2
// Track 2: the permit and non-cooperation on the national data — grounds from the scenario, the
// report as the application, renewal while the case runs, withdrawal when it stops, the one-year
// permit for victims unable to cooperate, and the 2019 Dublin rule.
import { describe, expect, it } from 'vitest'
import { STEP } from '../../../src/domain/trajectory/context.ts'
import { datesOf, planFor, statusOf, stepOf } from '../plan-for.ts'

describe('permit track', () => {
  it('derives the grounds from the scenario: report (a), other cooperation (b), labour without a title (g)', () => {
    expect(planFor({ residence: 'none', report: '2024-01-10', asOf: '2024-01-11' }).permitGrounds).toEqual(['a'])
    expect(
      planFor({ residence: 'none', cooperation: 'cooperating-otherwise', exploitation: ['labour'], asOf: '2024-01-11' })
        .permitGrounds,
    ).toEqual(['b', 'g'])
    expect(
      planFor({ residence: 'lawful', cooperation: 'reporting', exploitation: ['labour'], asOf: '2024-01-11' })
        .permitGrounds,
    ).toEqual(['a'])
  })

  it('makes the permit "now" once the person reports, and the renewal once it is granted', () => {
    const reported = planFor({ residence: 'none', report: '2024-01-10', asOf: '2024-01-11' })
    expect(statusOf(reported, STEP.report)).toBe('done')
    expect(statusOf(reported, STEP.permit)).toBe('current')
    const granted = planFor({
      residence: 'none',
      report: '2024-01-10',
      permitGranted: '2024-01-12',
      asOf: '2024-06-01',
    })
    expect(statusOf(granted, STEP.permit)).toBe('done')
    expect(statusOf(granted, STEP.renewal)).toBe('current')
    expect(datesOf(stepOf(granted, STEP.permit))[`${STEP.permit}.permit-max`]).toBe('2025-01-11')
  })

  it('stops renewal and puts withdrawal first when the case ends in an acquittal', () => {
    const p = planFor({
      residence: 'none',
      report: '2024-01-10',
      permitGranted: '2024-01-12',
      caseOutcome: 'acquittal',
      caseOutcomeDate: '2024-05-01',
      asOf: '2024-06-01',
    })
    expect(statusOf(p, STEP.renewal)).toBe('not-applicable')
    expect(statusOf(p, STEP.withdrawal)).toBe('current')
  })

  it('gives a victim unable to cooperate the one-year permit (ground d) without a title only', () => {
    const p = planFor({ residence: 'none', cooperation: 'unable', permitGranted: '2024-01-12', asOf: '2024-02-01' })
    expect(p.permitGrounds).toEqual(['d'])
    expect(statusOf(p, STEP.noncoop)).toBe('done')
    expect(datesOf(stepOf(p, STEP.noncoop))[`${STEP.noncoop}.noncoop-permit`]).toBe('2025-01-11')
    expect(statusOf(planFor({ residence: 'lawful', cooperation: 'unable', asOf: '2024-02-01' }), STEP.noncoop)).toBe(
      'not-applicable',
    )
  })

  it('blocks the permit for a Dublin claimant whose presence the OM does not need', () => {
    const p = planFor({ residence: 'dublin', report: '2024-01-10', presenceNeeded: false, asOf: '2024-02-01' })
    expect(statusOf(p, STEP.permit)).toBe('not-applicable')
    expect(statusOf(p, STEP.renewal)).toBeUndefined()
    expect(statusOf(p, STEP.returnHome)).toBe('upcoming')
  })
})
