// SPDX-License-Identifier: EUPL-1.2
// The analysis must agree with the route engine: for every facet combination and municipality,
// the parties the analysis finds on an aspect are the lead/execute parties of computeRoute, and the
// cell kind (gap, overlap, agreed, covered) matches a plain reading of required aspects and agreements.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { agreement, knownDataset, party, required, resp, skeleton } from '../../../test/helpers/analysis-dataset.ts'
import type { Dataset } from '../entities.ts'
import type { Conditions } from '../facets.ts'
import {
  AGE_GROUPS,
  EXPLOITATION_FORMS,
  GENDERS,
  NATIONALITY_GROUPS,
  RESIDENCE_STATUSES,
  COOPERATION,
} from '../facets.ts'
import { allQueries, bruteForceScenario, buildAnalysisIndex, evaluateCells, stateFor } from './index.ts'
import { SECONDARY_FACETS } from './grid.ts'

function expectAgreement(dataset: Dataset, asOf: string): number {
  const index = buildAnalysisIndex(dataset)
  const run = evaluateCells(index, asOf)
  const secondary = SECONDARY_FACETS.filter((f) => index.aspects.some((a) => a.grid.dims.some((d) => d.facet === f)))
  const municipalities = index.route.municipalities.size === 0 ? [undefined] : [...index.route.municipalities.keys()]
  let checked = 0
  for (const q of allQueries(secondary, municipalities)) {
    const truth = bruteForceScenario(index.route, { ...dataset, areas: index.areas }, q, asOf)
    for (const [aspect, expected] of truth) {
      const state = stateFor(run, aspect, q)
      expect({ aspect, q, parties: state?.parties, kind: state?.kind }).toEqual({
        aspect,
        q,
        parties: expected.parties,
        kind: expected.kind,
      })
      checked++
    }
  }
  return checked
}

describe('analysis agrees with a brute-force evaluation of the route engine', () => {
  it('on the known dataset, exhaustively, on three dates', () => {
    for (const asOf of ['2020-01-01', '2022-01-01', '2030-06-30']) {
      expect(expectAgreement(knownDataset(), asOf)).toBe(132 * 3 * 4)
    }
  })

  const list = <T extends string>(values: readonly T[]) =>
    fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length }), {
      nil: undefined,
    })
  const conditions: fc.Arbitrary<Conditions> = fc
    .record({
      ageGroup: list(AGE_GROUPS),
      nationalityGroup: list(NATIONALITY_GROUPS),
      residence: list(RESIDENCE_STATUSES),
      unaccompanied: fc.option(fc.boolean(), { nil: undefined }),
      exploitation: list(EXPLOITATION_FORMS),
      gender: fc.option(list(GENDERS), { nil: undefined }).map((g) => g ?? undefined),
      cooperation: fc.oneof(fc.constant(undefined), list(COOPERATION)),
      regions: fc.option(fc.uniqueArray(fc.constantFrom('zc-twente', 'zc-elders'), { minLength: 1, maxLength: 2 }), {
        nil: undefined,
      }),
    })
    .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Conditions)
  const partyIds = ['p1', 'p2', 'p3', 'p4']
  const aspects = ['signaleren', 'opvang', 'voogdij-jeugdbescherming', 'zorgcoordinatie']
  const date = fc.constantFrom(undefined, '2019-01-01', '2021-01-01', '2023-01-01')
  const dataset = fc.record({
    resps: fc.array(
      fc.record({
        party: fc.constantFrom(...partyIds),
        aspect: fc.constantFrom(...aspects),
        conditions: fc.option(conditions, { nil: undefined }),
        role: fc.constantFrom('lead', 'executes', 'supports', 'refers'),
        from: date,
        to: date,
      }),
      { maxLength: 10 },
    ),
    reqs: fc.array(fc.record({ aspect: fc.constantFrom(...aspects), scope: conditions, from: date }), { maxLength: 4 }),
    agrs: fc.array(
      fc.record({
        aspect: fc.constantFrom(...aspects),
        parties: fc.uniqueArray(fc.constantFrom(...partyIds), { minLength: 2, maxLength: 4 }),
        scope: conditions,
        to: date,
      }),
      { maxLength: 4 },
    ),
    asOf: fc.constantFrom('2018-06-01', '2020-06-01', '2022-06-01', '2024-06-01'),
  })

  it('on random datasets (fast-check)', () => {
    fc.assert(
      fc.property(dataset, ({ resps, reqs, agrs, asOf }) => {
        const d = skeleton()
        // p3 works only in Twente, p4 only elsewhere (regional parties of different regions), p1
        // and p2 nationally: the area rule is exercised on every run.
        d.parties = partyIds.map((id) => party(id, id === 'p3' || id === 'p4' ? { level: 'regional' } : {}))
        d.regions = d.regions.map((r) =>
          r.id === 'zc-twente' ? { ...r, parties: ['p3'] } : r.id === 'zc-elders' ? { ...r, parties: ['p4'] } : r,
        )
        d.responsibilities = resps.map((r, i) =>
          resp(`r${i}`, r.party, r.aspect, r.conditions, {
            roleType: r.role as 'lead',
            ...(r.from === undefined ? {} : { validFrom: r.from }),
            ...(r.to === undefined || (r.from !== undefined && r.to <= r.from) ? {} : { validTo: r.to }),
          }),
        )
        d.requiredAspects = reqs.map((r, i) =>
          required(`q${i}`, r.aspect, r.scope, r.from === undefined ? {} : { validFrom: r.from }),
        )
        d.agreements = agrs.map((a, i) =>
          agreement(`a${i}`, a.aspect, a.parties, a.scope, a.to === undefined ? {} : { validTo: a.to }),
        )
        expectAgreement(d, asOf)
      }),
      { numRuns: 10, seed: 20141209 },
    )
    // About 15 s alone; with the full suite on a loaded two-core machine it passed 30 s.
  }, 120_000)
})
