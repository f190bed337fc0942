// SPDX-License-Identifier: EUPL-1.2
// Invalid and contradictory planner input gets errors that name the fields.
import { describe, expect, it } from 'vitest'
import { parseTrajectoryInput, type TrajectoryInputError } from './parse-input.ts'

const TODAY = '2020-06-01'
const base = { nationalityGroup: 'third-country', residence: 'none' }

function errorsOf(input: unknown, fromQuery = false): TrajectoryInputError[] {
  const r = parseTrajectoryInput(input, { municipalities: new Set<string>(), today: TODAY }, { fromQuery })
  return r.ok ? [] : r.errors
}
const paths = (input: unknown, fromQuery = false) => errorsOf(input, fromQuery).map((e) => e.path)

describe('parseTrajectoryInput', () => {
  it('accepts a consistent trajectory and fills in the plan date', () => {
    const r = parseTrajectoryInput(
      {
        ...base,
        firstSignal: '2019-01-31',
        reflectionStart: '2019-01-31',
        report: '2019-03-10',
        permitGranted: '2019-03-12',
        renewals: ['2020-03-01'],
      },
      { municipalities: new Set<string>(), today: TODAY },
    )
    expect(r.ok).toBe(true)
    expect(r.ok && r.input.asOf).toBe(TODAY)
  })

  it('needs no field (unknown facets stay unknown) and rejects unknown fields and values', () => {
    expect(paths({})).toEqual([])
    expect(paths({ ...base, colour: 'red' })).toEqual(['colour'])
    expect(paths({ nationalityGroup: 'mars' })).toEqual(['nationalityGroup'])
    expect(paths({ ...base, cooperation: 'maybe' })).toEqual(['cooperation'])
    expect(paths('not an object')).toEqual(['scenario'])
  })

  it('rejects impossible calendar dates, naming the field', () => {
    const errors = errorsOf({ ...base, firstSignal: '2019-02-29' })
    expect(errors.map((e) => e.path)).toEqual(['firstSignal'])
    expect(errors[0]).toMatchObject({ code: 'scenario.error.date', params: { given: { value: '2019-02-29' } } })
    expect(paths({ ...base, renewals: ['2020-01-01', '2020-13-01'] })).toEqual(['renewals/1'])
  })

  it('rejects a permit granted before the reflection period started', () => {
    const errors = errorsOf({ ...base, reflectionStart: '2019-03-01', permitGranted: '2019-02-01' })
    expect(errors.map((e) => e.path)).toEqual(['permitGranted'])
    expect(errors[0]?.params).toEqual({
      date: '2019-02-01',
      earlier: 'reflectionStart',
      earlierDate: '2019-03-01',
      rule: 'permit-after-reflection',
    })
  })

  it('rejects dates in an impossible order', () => {
    expect(paths({ ...base, firstSignal: '2019-03-01', reflectionStart: '2019-02-01' })).toEqual(['reflectionStart'])
    expect(paths({ ...base, reflectionStart: '2019-03-01', reflectionEnd: '2019-02-01' })).toEqual(['reflectionEnd'])
    expect(paths({ ...base, report: '2019-03-01', permitGranted: '2019-02-01' })).toEqual(['permitGranted'])
    expect(
      paths({
        ...base,
        report: '2019-03-01',
        prosecutionDecision: '2019-04-01',
        caseOutcome: 'conviction',
        caseOutcomeDate: '2019-03-15',
      }),
    ).toEqual(['caseOutcomeDate'])
    expect(paths({ ...base, permitGranted: '2019-03-01', renewals: ['2020-03-01', '2020-02-01'] })).toEqual([
      'renewals/1',
    ])
    expect(paths({ ...base, permitGranted: '2019-03-01', renewals: ['2019-02-01'] })).toEqual(['renewals/0'])
  })

  it('rejects a reflection period longer than three months, at month ends and in leap years', () => {
    // 30 Nov 2015 + 3 months runs through 29 Feb 2016.
    expect(paths({ ...base, reflectionStart: '2015-11-30', reflectionEnd: '2016-02-29' })).toEqual([])
    expect(paths({ ...base, reflectionStart: '2015-11-30', reflectionEnd: '2016-03-01' })).toEqual(['reflectionEnd'])
    expect(paths({ ...base, reflectionStart: '2014-11-30', reflectionEnd: '2015-03-01' })).toEqual(['reflectionEnd'])
  })

  it('rejects a reflection period for witnesses and in detention without consent', () => {
    // Lawful stay is no input error: whether it excludes a reflection period depends on the date
    // (until 18 May 2023 it did), so the planner decides by the rule in force and warns.
    expect(paths({ ...base, residence: 'lawful', reflectionStart: '2019-01-01' })).toEqual([])
    expect(paths({ ...base, witness: true, reflectionStart: '2019-01-01' })).toEqual(['reflectionStart'])
    expect(paths({ ...base, residence: 'detained', reflectionStart: '2019-01-01' })).toEqual(['detentionConsent'])
    expect(paths({ ...base, residence: 'detained', detentionConsent: true, reflectionStart: '2019-01-01' })).toEqual([])
  })

  it('rejects facets that exclude each other', () => {
    expect(paths({ nationalityGroup: 'nl', residence: 'none' })).toEqual(['residence'])
    expect(paths({ ...base, euResidenceRight: false })).toEqual(['euResidenceRight'])
    expect(paths({ ...base, ageGroup: 'adult', unaccompanied: true })).toEqual(['unaccompanied'])
    expect(paths({ ...base, witness: true, cooperation: 'unable' })).toEqual(['cooperation'])
    expect(paths({ ...base, presenceNeeded: true })).toEqual(['presenceNeeded'])
    expect(paths({ ...base, renewals: ['2020-01-01'] })).toEqual(['renewals'])
    expect(paths({ ...base, reflectionEndReason: 'declined' })).toEqual(['reflectionEndReason'])
    expect(paths({ ...base, caseOutcomeDate: '2019-01-01' })).toEqual(['caseOutcomeDate'])
  })

  it('rejects dates after the plan date', () => {
    expect(paths({ ...base, firstSignal: '2021-01-01' })).toEqual(['firstSignal'])
    expect(paths({ ...base, firstSignal: '2019-01-01', asOf: '2018-12-31' })).toEqual(['firstSignal'])
  })

  it('reads query-string text: booleans, comma-separated renewals, empty fields as absent', () => {
    const r = parseTrajectoryInput(
      {
        nationalityGroup: 'third-country',
        residence: '',
        witness: 'true',
        report: '2019-01-10',
        permitGranted: '2019-01-11',
        renewals: '2019-12-01, 2020-05-01',
      },
      { municipalities: new Set<string>(), today: TODAY },
      { fromQuery: true },
    )
    expect(r.ok && r.input).toMatchObject({ witness: true, renewals: ['2019-12-01', '2020-05-01'] })
    expect(r.ok && 'residence' in r.input).toBe(false)
    expect(paths({ nationalityGroup: 'third-country', witness: 'yes' }, true)).toEqual(['witness'])
    expect(paths({ nationalityGroup: ['eu', 'nl'] }, true)).toContain('nationalityGroup')
    expect(paths({ nationalityGroup: 'eu', witness: 'true' })).toEqual(['witness'])
  })
})
