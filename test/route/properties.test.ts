// SPDX-License-Identifier: EUPL-1.2
// Properties of the route engine over random valid scenarios (fast-check): no crash, only parties
// whose conditions hold (or depend on unknown facets) and all of those, no residence-scheme rights
// for Dutch nationals, a guardianship/child-protection party for every minor, determinism.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ISO_3166_ALPHA2 } from '../../src/domain/countries.ts'
import {
  AGE_GROUPS,
  COOPERATION,
  EXPLOITATION_FORMS,
  GENDERS,
  NATIONALITY_GROUPS,
  RECRUITMENT_METHODS,
  RESIDENCE_STATUSES,
  type Conditions,
} from '../../src/domain/facets.ts'
import {
  buildRouteIndex,
  computeRoute,
  parseScenario,
  partyOnDate,
  ScenarioInput,
} from '../../src/domain/route/index.ts'
import type { Scenario } from '../../src/domain/scenario.ts'
import { isValidOn } from '../../src/domain/validity.ts'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { routeData } from './route-data.ts'
import { texts } from '../helpers/messages.ts'

const { index, dataset, name } = routeData()
const today = '2025-01-01'
const ctx = { municipalities: index.municipalities, today }
const municipalityCodes = [...index.municipalities.keys()]
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const checkInput = addFormats(new Ajv({ allErrors: true, strict: true })).compile(ScenarioInput)

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined })

/** Random scenario inputs that are valid by construction (impossible combinations repaired). */
const validInput = fc
  .record({
    age: opt(fc.integer({ min: 0, max: 120 })),
    ageGroup: opt(fc.constantFrom(...AGE_GROUPS)),
    nationality: opt(fc.constantFrom(...ISO_3166_ALPHA2, 'NL', 'NL', 'RO', 'NG', 'VN')),
    nationalityGroup: opt(fc.constantFrom(...NATIONALITY_GROUPS)),
    residence: opt(fc.constantFrom(...RESIDENCE_STATUSES)),
    gender: opt(fc.constantFrom(...GENDERS)),
    exploitation: fc.subarray([...EXPLOITATION_FORMS], { minLength: 1 }),
    recruitment: opt(fc.constantFrom(...RECRUITMENT_METHODS)),
    unaccompanied: opt(fc.boolean()),
    cooperation: opt(fc.constantFrom(...COOPERATION)),
    municipality: municipalityCodes.length === 0 ? fc.constant(undefined) : opt(fc.constantFrom(...municipalityCodes)),
    asOf: opt(fc.constantFrom('2014-12-01', '2018-11-12', '2018-11-13', '2021-12-31', '2022-01-01', '2025-06-30')),
  })
  .map((r) => {
    const input: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(r)) {
      if (v !== undefined) {
        input[k] = v
      }
    }
    if (input.age !== undefined) {
      delete input.ageGroup
    }
    if (input.nationality !== undefined) {
      delete input.nationalityGroup
    }
    const adult = (typeof input.age === 'number' && input.age >= 18) || input.ageGroup === 'adult'
    if (adult && input.unaccompanied === true) {
      delete input.unaccompanied
    }
    if (input.nationality === 'NL' || input.nationalityGroup === 'nl') {
      delete input.residence
    }
    return input
  })

/** Independent, literal reading of the condition semantics, without bit masks. */
function verdict(
  c: Conditions | undefined,
  s: Scenario,
  regions: ReadonlySet<string> | undefined,
): 'holds' | 'open' | 'fails' {
  if (c === undefined) {
    return 'holds'
  }
  let open = false
  const check = (
    listed: readonly (string | boolean)[] | undefined,
    value: string | boolean | undefined,
    possible: readonly (string | boolean)[],
  ): boolean => {
    if (listed === undefined) {
      return true
    }
    if (value !== undefined) {
      return listed.includes(value)
    }
    const some = possible.some((v) => listed.includes(v))
    const all = possible.every((v) => listed.includes(v))
    if (some && !all) {
      open = true
    }
    return some
  }
  if (c.exploitation !== undefined && !c.exploitation.some((f) => s.exploitation.includes(f))) {
    return 'fails'
  }
  const nationalities = s.residence !== undefined ? ['eu', 'third-country'] : NATIONALITY_GROUPS
  const residence = s.nationalityGroup === 'nl' ? 'not-applicable' : s.residence
  const residences = s.nationalityGroup === undefined ? [...RESIDENCE_STATUSES, 'not-applicable'] : RESIDENCE_STATUSES
  const unaccompanied = s.unaccompanied ?? (s.ageGroup === 'adult' ? false : undefined)
  const ok =
    check(c.ageGroup, s.ageGroup, AGE_GROUPS) &&
    check(c.nationalityGroup, s.nationalityGroup, nationalities) &&
    check(c.residence, residence, residences) &&
    check(c.unaccompanied === undefined ? undefined : [c.unaccompanied], unaccompanied, [true, false]) &&
    check(c.gender, s.gender, GENDERS) &&
    check(c.recruitment, s.recruitment, RECRUITMENT_METHODS) &&
    check(c.cooperation, s.cooperation, COOPERATION)
  if (!ok) {
    return 'fails'
  }
  if (c.regions !== undefined) {
    if (regions === undefined) {
      open = true
    } else if (!c.regions.some((r) => regions.has(r))) {
      return 'fails'
    }
  }
  return open ? 'open' : 'holds'
}

const parse = (input: unknown): Scenario => {
  const r = parseScenario(input, ctx)
  if (!r.ok) {
    throw new Error(`generator produced invalid input: ${JSON.stringify(r.errors)}`)
  }
  return r.scenario
}

describe(`route properties over random scenarios (${name} data)`, () => {
  it('valid inputs pass the published input schema and parse', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(checkInput(input)).toBe(true)
        parse(input)
      }),
      { numRuns: 300 },
    )
  })

  it('includes exactly the responsibilities and rights whose conditions hold or are open; open ones are marked', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const s = parse(input)
        const route = computeRoute(index, s)
        const regions = s.municipality === undefined ? undefined : index.municipalities.get(s.municipality)?.regionSet
        const shown = new Map(
          route.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties.map((x) => [x.responsibility, x] as const))),
        )
        const aspectsOn = new Set(dataset.aspects.filter((a) => isValidOn(a, s.asOf)).map((a) => a.id))
        for (const r of dataset.responsibilities) {
          if (!isValidOn(r, s.asOf) || !aspectsOn.has(r.aspect)) {
            expect(shown.has(r.id)).toBe(false)
            continue
          }
          const v = verdict(r.conditions, s, regions)
          const entry = shown.get(r.id)
          if (v === 'fails' || partyOnDate(index, r.party, s.asOf) === undefined) {
            expect(entry, `${r.id} must not be shown`).toBeUndefined()
          } else {
            expect(entry, `${r.id} must be shown`).toBeDefined()
            expect(entry?.conditional === true, `${r.id} conditional flag`).toBe(v === 'open')
            for (const f of entry?.dependsOn ?? []) {
              expect(s.unknown as string[]).toContain(f)
            }
          }
        }
        const rights = new Map(route.rights.map((x) => [x.id, x]))
        for (const r of dataset.rights) {
          const v = isValidOn(r, s.asOf) ? verdict(r.conditions, s, regions) : 'fails'
          expect(rights.has(r.id), `${r.id} (${v})`).toBe(v !== 'fails')
          expect(rights.get(r.id)?.conditional === true).toBe(v === 'open')
        }
      }),
      { numRuns: 400 },
    )
  })

  it('never gives Dutch nationals rights of the residence scheme', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const s = parse({ ...input, nationality: 'NL', residence: undefined, nationalityGroup: undefined })
        const route = computeRoute(index, s)
        expect(route.rights.filter((r) => r.kind === 'residence').map((r) => r.id)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('always gives a minor a guardianship or child-protection party', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 0, max: 17 }), (input, age) => {
        const s = parse({ ...input, age, ageGroup: undefined })
        const route = computeRoute(index, s)
        const guardians = route.phases.flatMap((p) =>
          p.aspects.filter((a) => a.id === 'voogdij-jeugdbescherming').flatMap((a) => a.parties),
        )
        expect(guardians.length, JSON.stringify(s)).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic, also across a freshly built index', () => {
    const fresh = buildRouteIndex(dataset)
    fc.assert(
      fc.property(validInput, (input) => {
        const s = parse(input)
        const a = computeRoute(index, s)
        expect(computeRoute(index, s)).toEqual(a)
        expect(computeRoute(fresh, s)).toEqual(a)
        expect(JSON.stringify(a)).toBe(JSON.stringify(computeRoute(fresh, parse(input))))
      }),
      { numRuns: 150 },
    )
  })

  it('every item says why', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const route = computeRoute(index, parse(input))
        for (const p of route.phases.flatMap((x) => x.aspects.flatMap((a) => a.parties))) {
          expect(p.why.length).toBeGreaterThan(0)
          expect(texts(p.why).every((w) => w.trim().length > 0)).toBe(true)
        }
        for (const r of route.rights) {
          expect(r.why.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 150 },
    )
  })
})
