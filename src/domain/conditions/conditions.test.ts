// SPDX-License-Identifier: EUPL-1.2
// The conditions module by example: the facet rules are applied everywhere (two fixed bugs: the
// category overlap and the planner ignored them), contradictions, and the facet table derivations.
import { describe, expect, it } from 'vitest'
import { ageGroupOfAge, nationalityGroupOf, residenceApplies, unaccompaniedApplies } from '../facets.ts'
import { conditionsOverlap, contradictionMessage, contradictions, mayHold } from './index.ts'

describe('conditionsOverlap', () => {
  it('meets when every facet both restrict shares a value', () => {
    expect(conditionsOverlap({ ageGroup: ['minor'] }, { ageGroup: ['minor', 'adult'], gender: ['female'] })).toBe(true)
    expect(conditionsOverlap({ gender: ['male'] }, { gender: ['female'] })).toBe(false)
    expect(conditionsOverlap({ exploitation: ['labour'] }, { exploitation: ['sexual'] })).toBe(false)
    expect(conditionsOverlap({ regions: ['a'] }, { regions: ['a', 'b'] })).toBe(true)
    expect(conditionsOverlap(undefined, { gender: ['x'] })).toBe(true)
  })

  // Fixed: the API and the web compared facet by facet only, so a category of Dutch adults met a
  // right for people without lawful stay, and a category of adults met a duty for unaccompanied minors.
  it('applies the facet rules: no residence status for Dutch nationals, no unaccompanied adults', () => {
    expect(conditionsOverlap({ nationalityGroup: ['nl'], ageGroup: ['adult'] }, { residence: ['none'] })).toBe(false)
    expect(conditionsOverlap({ nationalityGroup: ['nl', 'eu'] }, { residence: ['none'] })).toBe(true)
    expect(conditionsOverlap({ ageGroup: ['adult'] }, { unaccompanied: true })).toBe(false)
    expect(conditionsOverlap({ ageGroup: ['adult'] }, { unaccompanied: false })).toBe(true)
  })
})

describe('mayHold', () => {
  it('keeps a condition set when no known fact rules it out', () => {
    expect(mayHold({ gender: ['female'] }, {})).toBe(true)
    expect(mayHold({ exploitation: ['labour'] }, { exploitation: ['sexual'] })).toBe(false)
    expect(mayHold({ exploitation: ['labour'] }, { exploitation: ['sexual', 'labour'] })).toBe(true)
    expect(mayHold({ recruitment: ['loverboy'] }, { recruitment: 'other' })).toBe(false)
  })

  it('follows the facet rules from what is known', () => {
    expect(mayHold({ ageGroup: ['adult'] }, { unaccompanied: true })).toBe(false)
    expect(mayHold({ residence: ['none'] }, { nationalityGroup: 'nl' })).toBe(false)
    expect(mayHold({ nationalityGroup: ['nl'] }, { residence: 'none' })).toBe(false)
    expect(mayHold({ unaccompanied: true }, { ageGroup: 'adult' })).toBe(false)
  })
})

describe('contradictions', () => {
  it('names the rule a condition set breaks, in the words of wegwijzer validate', () => {
    expect(contradictions({ ageGroup: ['adult'], unaccompanied: true })).toEqual(['unaccompanied-only-minor'])
    expect(contradictions({ nationalityGroup: ['nl'], residence: ['none'] })).toEqual(['residence-only-non-dutch'])
    expect(contradictions({ nationalityGroup: ['nl', 'eu'], residence: ['none'] })).toEqual([])
    expect(contradictionMessage('unaccompanied-only-minor')).toBe(
      'conditions require an unaccompanied minor but exclude minors',
    )
  })
})

describe('facet table', () => {
  it('derives groups the same way for every parser and form', () => {
    expect([ageGroupOfAge(0), ageGroupOfAge(17), ageGroupOfAge(18), ageGroupOfAge(90)]).toEqual([
      'minor',
      'minor',
      'adult',
      'adult',
    ])
    expect([
      nationalityGroupOf('NL'),
      nationalityGroupOf('RO'),
      nationalityGroupOf('CH'),
      nationalityGroupOf('NG'),
    ]).toEqual(['nl', 'eu', 'eu', 'third-country'])
    expect([residenceApplies('nl'), residenceApplies('eu'), residenceApplies(undefined)]).toEqual([false, true, true])
    expect([unaccompaniedApplies('adult'), unaccompaniedApplies('minor'), unaccompaniedApplies(undefined)]).toEqual([
      false,
      true,
      true,
    ])
  })
})
