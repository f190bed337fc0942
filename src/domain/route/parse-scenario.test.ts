// SPDX-License-Identifier: EUPL-1.2
// parseScenario: every bad input is rejected with an error that names the field; valid input is
// normalised (codes upper-cased, groups derived, unknown facets listed).
import { describe, expect, it } from 'vitest'
import { municipalityNames } from '../municipality-names.ts'
import { twoBergens } from '../../../test/helpers/fixture.ts'
import { parseScenario, type ParseResult, type ScenarioError } from './parse-scenario.ts'

const ctx = { municipalities: new Set(['GM0344', 'GM0363']), today: '2025-03-01' }
const parse = (input: unknown, fromQuery = false): ParseResult => parseScenario(input, ctx, { fromQuery })

function errorsOf(input: unknown, fromQuery = false): ScenarioError[] {
  const r = parse(input, fromQuery)
  if (r.ok) {
    throw new Error('expected errors')
  }
  return r.errors
}

describe('parseScenario: valid input', () => {
  it('needs only exploitation; asOf defaults to today and every open facet is listed as unknown', () => {
    const r = parse({ exploitation: ['sexual'] })
    expect(r).toEqual({
      ok: true,
      scenario: {
        exploitation: ['sexual'],
        asOf: '2025-03-01',
        derived: [],
        unknown: [
          'ageGroup',
          'nationalityGroup',
          'residence',
          'unaccompanied',
          'gender',
          'recruitment',
          'cooperation',
          'municipality',
        ],
      },
      case: {},
    })
  })

  it('derives ageGroup and nationalityGroup, upper-cases codes and orders forms canonically', () => {
    const r = parse({
      age: 16,
      nationality: 'ng',
      exploitation: ['criminal', 'sexual'],
      municipality: 'gm0344',
      residence: 'none',
    })
    expect(r.ok && r.scenario).toMatchObject({
      age: 16,
      ageGroup: 'minor',
      nationality: 'NG',
      nationalityGroup: 'third-country',
      residence: 'none',
      exploitation: ['sexual', 'criminal'],
      municipality: 'GM0344',
      derived: ['ageGroup', 'nationalityGroup'],
    })
  })

  it('counts EEA and Swiss nationals as eu, NL as nl', () => {
    for (const [code, group] of [
      ['NO', 'eu'],
      ['CH', 'eu'],
      ['IS', 'eu'],
      ['RO', 'eu'],
      ['NL', 'nl'],
      ['GB', 'third-country'],
      ['UA', 'third-country'],
    ] as const) {
      const r = parse({ nationality: code, exploitation: ['labour'] })
      expect(r.ok && r.scenario.nationalityGroup, code).toBe(group)
    }
  })

  it('treats residence as not open for Dutch nationals, and unaccompanied as false for adults', () => {
    const r = parse({ nationality: 'NL', age: 30, exploitation: ['labour'] })
    expect(r.ok && r.scenario.unknown).toEqual(['gender', 'recruitment', 'cooperation', 'municipality'])
    expect(r.ok && r.scenario.unaccompanied).toBe(false)
  })

  it('makes an unaccompanied person of unknown age a minor', () => {
    const r = parse({ unaccompanied: true, exploitation: ['criminal'] })
    expect(r.ok && r.scenario.ageGroup).toBe('minor')
  })

  it('accepts agreeing age and ageGroup, nationality and nationalityGroup', () => {
    expect(
      parse({ age: 17, ageGroup: 'minor', nationality: 'PL', nationalityGroup: 'eu', exploitation: ['labour'] }).ok,
    ).toBe(true)
  })
})

describe('parseScenario: errors name the field and say what is wrong by a code (wording: src/messages/scenario-errors.test.ts)', () => {
  it('reports every bad field at once, each with the value given', () => {
    const errors = errorsOf({ age: 'x', gender: 'q', exploitation: ['nope'], extra: 1 })
    expect(errors.map((e) => e.path).sort()).toEqual(['age', 'exploitation', 'extra', 'gender'])
    expect(errors.find((e) => e.path === 'age')).toEqual({
      path: 'age',
      code: 'scenario.error.age',
      params: { given: { type: 'text', value: 'x' }, max: 120 },
    })
  })

  it('shows a long text cut short, and only the kind of a list or an object', () => {
    const [long] = errorsOf({ exploitation: ['sexual'], gender: 'x'.repeat(50) })
    expect(long?.params).toMatchObject({ given: { type: 'text', value: `${'x'.repeat(40)}…` } })
    const [list] = errorsOf({ exploitation: ['sexual'], municipality: ['GM0344'] })
    expect(list).toMatchObject({ code: 'scenario.error.municipality-code', params: { given: { type: 'list' } } })
  })
})

describe('parseScenario: query-string input (fromQuery)', () => {
  it('accepts text numbers and booleans, comma-separated and repeated forms, empty fields as unknown', () => {
    const r = parse(
      { age: '15', unaccompanied: 'true', exploitation: ['criminal,labour', 'sexual'], gender: '', nationality: 'vn' },
      true,
    )
    expect(r.ok && r.scenario).toMatchObject({
      age: 15,
      ageGroup: 'minor',
      unaccompanied: true,
      exploitation: ['sexual', 'labour', 'criminal'],
      nationality: 'VN',
    })
    expect(r.ok && r.scenario.unknown).toContain('gender')
  })

  it('still rejects bad text, naming the field', () => {
    const errors = errorsOf({ age: 'sixteen', unaccompanied: 'yes', exploitation: '' }, true)
    expect(errors.map((e) => e.path).sort()).toEqual(['age', 'exploitation', 'unaccompanied'])
  })

  it('rejects a repeated single-valued field', () => {
    const errors = errorsOf({ exploitation: 'sexual', gender: ['female', 'male'] }, true)
    expect(errors).toEqual([{ path: 'gender', code: 'scenario.error.repeated', params: {} }])
  })

  it('does not coerce text without fromQuery', () => {
    expect(errorsOf({ exploitation: 'sexual,labour' }).map((e) => e.path)).toEqual(['exploitation'])
  })
})

describe('parseScenario: a municipality by name', () => {
  const withNames = {
    ...ctx,
    names: municipalityNames([
      {
        id: 'GM0363',
        name: 'Amsterdam',
        aliases: [{ name: 'Weesp', kind: 'former-municipality', until: '2022-03-24' }],
        regions: { province: 'p', policeUnit: 'u', riec: 'r', safetyRegion: 's' },
        status: 'derived',
        sources: ['x'],
      },
      ...twoBergens(),
    ]),
  }
  const parseNamed = (municipality: string) => parseScenario({ exploitation: ['labour'], municipality }, withNames)

  it('resolves a name, a former municipality and a code to the CBS code', () => {
    for (const name of ['Amsterdam', 'weesp', 'GM0363']) {
      const r = parseNamed(name)
      expect(r.ok && r.scenario.municipality).toBe('GM0363')
    }
  })

  it('asks for the code when a name fits two municipalities, and names an unknown place', () => {
    const ambiguous = parseNamed('Bergen')
    expect(!ambiguous.ok && ambiguous.errors[0]?.params).toEqual({
      given: { type: 'text', value: 'Bergen' },
      matches: [
        { id: 'GM0893', name: 'Bergen (L.)' },
        { id: 'GM0373', name: 'Bergen (NH.)' },
      ],
    })
    const unknown = parseNamed('Atlantis')
    expect(!unknown.ok && unknown.errors.map((e) => e.path)).toEqual(['municipality'])
  })

  it('keeps refusing names when no name index is given', () => {
    expect(errorsOf({ exploitation: ['labour'], municipality: 'Amsterdam' }).map((e) => e.path)).toEqual([
      'municipality',
    ])
  })
})

describe('parseScenario: nationalities as people type them (#21)', () => {
  const nationality = (v: string): string | undefined => {
    const r = parse({ exploitation: ['labour'], nationality: v })
    return r.ok ? r.scenario.nationality : undefined
  }

  it('accepts country names and adjectives in Dutch and English besides codes', () => {
    for (const v of ['China', 'Chinees', 'Chinese', 'chinese', 'CN', 'cn']) {
      expect(nationality(v), v).toBe('CN')
    }
    for (const v of ['Roemenië', 'Roemenie', 'Romania', 'Roemeens', 'Roemeense', 'Romanian']) {
      expect(nationality(v), v).toBe('RO')
    }
    expect(nationality('Nederlandse')).toBe('NL')
    expect(nationality('Nigeriaans')).toBe('NG')
    expect(nationality('Nigerees')).toBe('NE')
    expect(nationality('Vietnam')).toBe('VN')
  })

  it('derives the nationality group from a name as from a code', () => {
    const r = parse({ exploitation: ['labour'], nationality: 'Bulgaarse' })
    expect(r.ok && r.scenario).toMatchObject({ nationality: 'BG', nationalityGroup: 'eu' })
  })

  it('suggests the nearest name for a typo, naming the field', () => {
    const [e] = errorsOf({ exploitation: ['labour'], nationality: 'Roemenei' })
    expect(e).toEqual({
      path: 'nationality',
      code: 'scenario.error.nationality-unknown',
      params: { given: { type: 'text', value: 'Roemenei' }, suggestion: 'Roemenië' },
    })
    const [c] = errorsOf({ exploitation: ['labour'], nationality: 'Chineez' })
    expect(c?.params).toMatchObject({ suggestion: 'Chinees' })
  })

  it('asks for the code when a word fits two countries', () => {
    const [e] = errorsOf({ exploitation: ['labour'], nationality: 'Congolees' })
    expect(e).toMatchObject({ path: 'nationality', code: 'scenario.error.nationality-ambiguous' })
    expect(e?.params).toMatchObject({ codes: expect.arrayContaining(['CD', 'CG']) })
  })
})
