// SPDX-License-Identifier: EUPL-1.2
// The fast path (masks) against the reference (enumeration of every situation the facet rules
// allow), over random condition sets and random partial knowledge.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXPLOITATION_FORMS, FACETS, FACET_RULES, breaksRule, type Conditions } from '../facets.ts'
import {
  EXCLUDED,
  MASK_FACETS,
  MUNICIPALITY_BIT,
  compileConditions,
  conditionsOverlap,
  contradictions,
  evaluate,
  evaluateReference,
  formBits,
  maskPlan,
  mayHold,
  openBits,
  overlapReference,
  possibleValues,
  satisfiableReference,
  type Facts,
} from './index.ts'

const REGIONS = ['r1', 'r2', 'r3'] as const
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined })
const someOf = <T extends string>(values: readonly T[]) => opt(fc.subarray([...values], { minLength: 1 }))

const conditions: fc.Arbitrary<Conditions> = fc
  .record({
    ageGroup: someOf(FACETS.ageGroup.values),
    nationalityGroup: someOf(FACETS.nationalityGroup.values),
    residence: someOf(FACETS.residence.values),
    unaccompanied: opt(fc.boolean()),
    gender: someOf(FACETS.gender.values),
    exploitation: someOf(FACETS.exploitation.values),
    recruitment: someOf(FACETS.recruitment.values),
    cooperation: someOf(FACETS.cooperation.values),
    regions: someOf(REGIONS),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Conditions)

/** Partial knowledge as a parser produces it: single values that break no facet rule. */
const facts: fc.Arbitrary<Facts> = fc
  .record({
    ageGroup: opt(fc.constantFrom(...FACETS.ageGroup.values)),
    nationalityGroup: opt(fc.constantFrom(...FACETS.nationalityGroup.values)),
    residence: opt(fc.constantFrom(...FACETS.residence.values)),
    unaccompanied: opt(fc.boolean()),
    gender: opt(fc.constantFrom(...FACETS.gender.values)),
    recruitment: opt(fc.constantFrom(...FACETS.recruitment.values)),
    cooperation: opt(fc.constantFrom(...FACETS.cooperation.values)),
    exploitation: opt(fc.subarray([...EXPLOITATION_FORMS], { minLength: 1 })),
    regions: opt(fc.subarray([...REGIONS]).map((r) => new Set<string>(r))),
  })
  .filter((f) => FACET_RULES.every((rule) => !breaksRule(rule.id, f)))

function fast(c: Conditions, f: Facts) {
  return evaluate(compileConditions(c), possibleValues(f), formBits(f.exploitation ?? EXPLOITATION_FORMS), f.regions)
}

describe('conditions: fast path = reference', () => {
  it('evaluate gives the reference verdict, dependsOn included, for every satisfiable condition set', () => {
    fc.assert(
      fc.property(conditions.filter(satisfiableReference), facts, (c, f) => {
        expect(fast(c, f)).toEqual(evaluateReference(c, f))
      }),
      { numRuns: 3000 },
    )
  })

  it('the allocation-free openBits agrees with evaluate', () => {
    fc.assert(
      fc.property(conditions, facts, (c, f) => {
        const p = possibleValues(f)
        const bits = openBits(
          maskPlan(compileConditions(c)),
          MASK_FACETS.map((m) => p[m]),
          formBits(f.exploitation ?? EXPLOITATION_FORMS),
          f.regions,
        )
        const verdict = fast(c, f)
        if (verdict.kind === 'excluded') {
          expect(bits).toBe(EXCLUDED)
        } else {
          const names = [
            ...MASK_FACETS.filter((_, i) => (bits & (1 << i)) !== 0),
            ...((bits & MUNICIPALITY_BIT) !== 0 ? ['municipality'] : []),
          ]
          expect(names).toEqual(verdict.dependsOn)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('mayHold is "not excluded" by the reference', () => {
    fc.assert(
      fc.property(conditions.filter(satisfiableReference), facts, (c, f) => {
        expect(mayHold(c, f)).toBe(evaluateReference(c, f).kind !== 'excluded')
      }),
      { numRuns: 2000 },
    )
  })

  it('conditionsOverlap is "one situation satisfies both" by the reference', () => {
    fc.assert(
      fc.property(conditions, conditions, (a, b) => {
        expect(conditionsOverlap(a, b)).toBe(overlapReference(a, b))
      }),
      { numRuns: 3000 },
    )
  })

  it('contradictions are empty exactly for the condition sets some situation satisfies', () => {
    fc.assert(
      fc.property(conditions, (c) => {
        expect(contradictions(c).length === 0).toBe(satisfiableReference(c))
      }),
      { numRuns: 3000 },
    )
  })
})
