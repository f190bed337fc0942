// SPDX-License-Identifier: EUPL-1.2
// The scenario parser's errors as a reader sees them: the domain names the field and returns a code
// with the given value (src/domain/scenario-errors.ts); the catalogue words it in Dutch and English.
import { describe, expect, it } from 'vitest'
import { municipalityNames } from '../domain/municipality-names.ts'
import { twoBergens } from '../../test/helpers/fixture.ts'
import { parseScenario } from '../domain/route/parse-scenario.ts'
import { parseTrajectoryInput } from '../domain/trajectory/parse-input.ts'
import type { ScenarioError, ScenarioErrorCode } from '../domain/scenario-errors.ts'
import { render } from './catalogue.ts'

const ctx = { municipalities: new Set(['GM0344', 'GM0363']), today: '2025-03-01' }

function errorsOf(
  input: unknown,
  fromQuery = false,
  context: Parameters<typeof parseScenario>[1] = ctx,
): ScenarioError[] {
  const r = parseScenario(input, context, { fromQuery })
  if (r.ok) {
    throw new Error('expected errors')
  }
  return r.errors
}
const first = (input: unknown, fromQuery = false): ScenarioError => {
  const [e] = errorsOf(input, fromQuery)
  if (e === undefined) {
    throw new Error('expected an error')
  }
  return e
}

describe('scenario errors: each names its field, a code and, in English, what is wrong', () => {
  const cases: [string, unknown, string, ScenarioErrorCode, RegExp][] = [
    ['not an object', [1, 2], 'scenario', 'scenario.error.not-object', /JSON object/],
    ['null', null, 'scenario', 'scenario.error.not-object', /JSON object/],
    ['missing exploitation', { age: 16 }, 'exploitation', 'scenario.error.exploitation-missing', /required/],
    ['empty exploitation', { exploitation: [] }, 'exploitation', 'scenario.error.exploitation-empty', /at least one/],
    [
      'exploitation as a string',
      { exploitation: 'sexual' },
      'exploitation',
      'scenario.error.exploitation-not-list',
      /must be a list/,
    ],
    [
      'unknown form',
      { exploitation: ['sexual', 'begging'] },
      'exploitation',
      'scenario.error.exploitation-unknown',
      /'begging' is not a form/,
    ],
    [
      'duplicate form',
      { exploitation: ['sexual', 'sexual'] },
      'exploitation',
      'scenario.error.exploitation-twice',
      /listed twice/,
    ],
    [
      'unknown field',
      { exploitation: ['sexual'], name: 'Anna' },
      'name',
      'scenario.error.unknown-field',
      /unknown field/,
    ],
    ['age as text', { exploitation: ['sexual'], age: '16' }, 'age', 'scenario.error.age', /whole number/],
    ['age fraction', { exploitation: ['sexual'], age: 16.5 }, 'age', 'scenario.error.age', /whole number/],
    ['age too high', { exploitation: ['sexual'], age: 121 }, 'age', 'scenario.error.age', /0 to 120/],
    ['negative age', { exploitation: ['sexual'], age: -1 }, 'age', 'scenario.error.age', /whole number/],
    [
      'bad ageGroup',
      { exploitation: ['sexual'], ageGroup: 'child' },
      'ageGroup',
      'scenario.error.not-allowed',
      /'child' is not allowed/,
    ],
    [
      'age and ageGroup disagree',
      { exploitation: ['sexual'], age: 16, ageGroup: 'adult' },
      'ageGroup',
      'scenario.error.age-group-disagrees',
      /disagrees with age 16/,
    ],
    [
      'nationality not a country',
      { exploitation: ['sexual'], nationality: 'Atlantis' },
      'nationality',
      'scenario.error.nationality-unknown',
      /not a country/,
    ],
    [
      'nationality not ISO',
      { exploitation: ['sexual'], nationality: 'XX' },
      'nationality',
      'scenario.error.nationality-unknown',
      /not a country/,
    ],
    [
      'nationality too short',
      { exploitation: ['sexual'], nationality: 'C' },
      'nationality',
      'scenario.error.nationality',
      /ISO 3166-1 code/,
    ],
    [
      'nationality as number',
      { exploitation: ['sexual'], nationality: 31 },
      'nationality',
      'scenario.error.nationality',
      /number 31/,
    ],
    [
      'bad nationalityGroup',
      { exploitation: ['sexual'], nationalityGroup: 'eea' },
      'nationalityGroup',
      'scenario.error.not-allowed',
      /not allowed/,
    ],
    [
      'nationality and group disagree',
      { exploitation: ['sexual'], nationality: 'RO', nationalityGroup: 'third-country' },
      'nationalityGroup',
      'scenario.error.nationality-group-disagrees',
      /disagrees with nationality RO/,
    ],
    [
      'residence for a Dutch national',
      { exploitation: ['sexual'], nationality: 'NL', residence: 'none' },
      'residence',
      'scenario.error.residence-dutch',
      /non-Dutch/,
    ],
    [
      'residence for the nl group',
      { exploitation: ['sexual'], nationalityGroup: 'nl', residence: 'asylum' },
      'residence',
      'scenario.error.residence-dutch',
      /non-Dutch/,
    ],
    [
      'bad residence',
      { exploitation: ['sexual'], residence: 'illegal' },
      'residence',
      'scenario.error.not-allowed',
      /not allowed/,
    ],
    ['bad gender', { exploitation: ['sexual'], gender: 'f' }, 'gender', 'scenario.error.not-allowed', /not allowed/],
    [
      'bad recruitment',
      { exploitation: ['sexual'], recruitment: 'online' },
      'recruitment',
      'scenario.error.not-allowed',
      /not allowed/,
    ],
    [
      'bad cooperation',
      { exploitation: ['sexual'], cooperation: 'yes' },
      'cooperation',
      'scenario.error.not-allowed',
      /not allowed/,
    ],
    [
      'unaccompanied as text',
      { exploitation: ['sexual'], unaccompanied: 'true' },
      'unaccompanied',
      'scenario.error.not-boolean',
      /true or false/,
    ],
    [
      'unaccompanied adult by age',
      { exploitation: ['sexual'], age: 19, unaccompanied: true },
      'unaccompanied',
      'scenario.error.unaccompanied-adult',
      /only a minor.*age is 19/,
    ],
    [
      'unaccompanied adult by group',
      { exploitation: ['sexual'], ageGroup: 'adult', unaccompanied: true },
      'unaccompanied',
      'scenario.error.unaccompanied-adult',
      /only a minor/,
    ],
    [
      'municipality format',
      { exploitation: ['sexual'], municipality: '0344' },
      'municipality',
      'scenario.error.municipality-code',
      /CBS municipality code/,
    ],
    [
      'unknown municipality',
      { exploitation: ['sexual'], municipality: 'GM9999' },
      'municipality',
      'scenario.error.municipality-unknown',
      /unknown municipality code 'GM9999'/,
    ],
    ['asOf format', { exploitation: ['sexual'], asOf: '1-1-2025' }, 'asOf', 'scenario.error.date', /YYYY-MM-DD/],
    [
      'asOf not a real date',
      { exploitation: ['sexual'], asOf: '2025-02-30' },
      'asOf',
      'scenario.error.date',
      /real calendar date/,
    ],
    ['asOf as number', { exploitation: ['sexual'], asOf: 20250101 }, 'asOf', 'scenario.error.date', /YYYY-MM-DD/],
  ]
  it.each(cases)('%s', (_label, input, path, code, english) => {
    const errors = errorsOf(input)
    const hit = errors.find((e) => e.path === path)
    expect(hit, JSON.stringify(errors)).toMatchObject({ code })
    expect(hit && render('en', hit)).toMatch(english)
    expect(hit && render('nl', hit).length).toBeGreaterThan(10)
  })
})

describe('scenario errors in both languages', () => {
  it('quotes the value given, in Dutch as in English', () => {
    const e = first({ exploitation: ['sexual'], asOf: '2025-02-30' })
    expect(e).toEqual({
      path: 'asOf',
      code: 'scenario.error.date',
      params: { given: { type: 'text', value: '2025-02-30' } },
    })
    expect(render('nl', e)).toBe("moet een bestaande datum zijn in de vorm JJJJ-MM-DD, maar is '2025-02-30'")
    expect(render('en', e)).toBe("must be a real calendar date as YYYY-MM-DD, got '2025-02-30'")
  })

  it('says a field was given more than once', () => {
    const e = first({ exploitation: 'sexual', gender: ['female', 'male'] }, true)
    expect(e.path).toBe('gender')
    expect(render('en', e)).toMatch(/more than once/)
  })

  it('suggests the nearest country for a typo and lists the countries a word fits, each in the language', () => {
    const typo = first({ exploitation: ['labour'], nationality: 'Roemenei' })
    expect(render('en', typo)).toMatch(/did you mean 'Roemenië'\?/)
    expect(render('nl', typo)).toMatch(/bedoelt u 'Roemenië'\?/)
    expect(render('nl', first({ exploitation: ['labour'], nationality: 'Chineez' }))).toMatch(/bedoelt u 'Chinees'\?/)
    const congo = first({ exploitation: ['labour'], nationality: 'Congolees' })
    expect(congo.params).toMatchObject({
      given: { type: 'text', value: 'Congolees' },
      codes: expect.arrayContaining(['CD', 'CG']),
    })
    expect(render('en', congo)).toMatch(/CD .*CG/)
  })

  it('lists the municipalities a name fits, with their codes', () => {
    const names = municipalityNames(twoBergens())
    const [e] = errorsOf({ exploitation: ['labour'], municipality: 'Bergen' }, false, { ...ctx, names })
    expect(e && render('nl', e)).toMatch(/GM0893 \(Bergen \(L\.\)\), GM0373 \(Bergen \(NH\.\)\)/)
  })

  it("names the planner's dates by field, and in Dutch by what a counsellor calls them", () => {
    const r = parseTrajectoryInput(
      {
        nationalityGroup: 'third-country',
        residence: 'none',
        reflectionStart: '2019-03-01',
        permitGranted: '2019-02-01',
      },
      { municipalities: new Set<string>(), today: '2020-06-01' },
    )
    const e = r.ok ? undefined : r.errors[0]
    expect(e).toMatchObject({ path: 'permitGranted', code: 'scenario.error.date-order' })
    expect(e && render('en', e)).toBe(
      '2019-02-01 lies before reflectionStart 2019-03-01: the permit cannot be granted before the reflection period started',
    )
    expect(e && render('nl', e)).toContain('reflectionStart (begin bedenktijd)')
  })
})
