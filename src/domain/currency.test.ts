// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import { currencyFindings, currencyStats, monthsBefore, yearsBetween } from './currency.ts'
import { ENTITY_KEYS, type Dataset } from './entities.ts'
import type { Party } from './party.ts'

const empty = Object.fromEntries(ENTITY_KEYS.map((k) => [k, []])) as unknown as Dataset

const party = (id: string, contact: Party['contact'], extra: Partial<Party> = {}): Party => ({
  id,
  name: id,
  kind: 'ngo',
  level: 'national',
  description: 'x',
  ...(contact === undefined ? {} : { contact }),
  status: 'sourced',
  sources: ['s-new'],
  ...extra,
})

const dataset: Dataset = {
  ...empty,
  sources: [
    { id: 's-new', url: 'https://example.org/a', title: 'A', kind: 'webpage', date: '2025-01-01' },
    { id: 's-old', url: 'https://example.org/b', title: 'B', kind: 'law', date: '2020-01-01' },
    { id: 's-undated', url: 'https://example.org/c', title: 'C', kind: 'webpage' },
  ],
  parties: [
    party('fresh', {
      phones: [{ number: '0800-1', purpose: 'general', source: 's-new', verifiedAt: '2026-06-01' }],
      verifiedAt: '2026-06-01',
    }),
    party('stale', {
      phones: [{ number: '0800-2', purpose: 'general', source: 's-new', verifiedAt: '2025-11-30' }],
      verifiedAt: '2026-06-01',
    }),
    party('web-only', { website: 'https://example.org' }),
    party('gone', { website: 'https://example.org' }, { validTo: '2020-01-01' }),
  ],
  rights: [
    {
      id: 'old-right',
      name: 'Old',
      kind: 'residence',
      summary: 'x',
      providers: ['fresh'],
      legalBasis: 'x',
      status: 'sourced',
      sources: ['s-old'],
    },
    {
      id: 'history',
      name: 'History',
      kind: 'residence',
      summary: 'x',
      providers: ['fresh'],
      legalBasis: 'x',
      status: 'sourced',
      sources: ['s-undated'],
      validTo: '2023-05-18',
    },
  ],
  regions: [
    {
      id: 'zc-ok',
      kind: 'zorgcoordinatie',
      name: 'Z',
      parties: [],
      fallback: 'fresh',
      status: 'unverified',
      sources: ['s-new'],
    },
    {
      id: 'zc-mute',
      kind: 'zorgcoordinatie',
      name: 'Z',
      parties: ['web-only'],
      status: 'unverified',
      sources: ['s-undated'],
    },
  ],
}

describe('monthsBefore and yearsBetween', () => {
  it('counts back months, keeping the day where it exists', () => {
    expect(monthsBefore('2026-12-06', 12)).toBe('2025-12-06')
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28')
    expect(monthsBefore('2026-01-15', 36)).toBe('2023-01-15')
    expect(Math.round(yearsBetween('2023-05-18', '2026-12-06') * 10) / 10).toBe(3.6)
  })
})

describe('currencyFindings', () => {
  const findings = currencyFindings(dataset, '2026-12-06')
  const of = (id: string) => findings.filter((f) => f.id === id).map((f) => `${f.kind} ${f.pointer}`)

  it('warns about numbers checked more than twelve months ago and contact details never checked', () => {
    expect(of('fresh')).toEqual([])
    expect(of('stale')).toEqual(['contact-stale /contact/phones/0/verifiedAt'])
    expect(of('web-only')).toEqual(['contact-unchecked /contact'])
    expect(of('gone')).toEqual([])
  })

  it('warns about legal rules in force whose newest source is older than three years', () => {
    expect(of('old-right')).toEqual(['legal-source-old /sources'])
    expect(of('history')).toEqual([])
  })

  it('warns about undated regional mappings and zorgcoördinatie regions without a checked number', () => {
    expect(of('zc-ok')).toEqual([])
    expect(of('zc-mute')).toEqual(['region-undated /sources', 'region-no-phone /parties'])
  })
})

describe('currencyStats', () => {
  it('reports the age of the newest dated source and the share of checked contacts', () => {
    const stats = currencyStats(dataset, '2026-12-06', ENTITY_KEYS)
    expect(stats.contacts).toEqual({
      parties: 3,
      partiesWithPhone: 2,
      phones: 2,
      phonesVerified: 1,
      contactBlocks: 3,
      contactBlocksVerified: 2,
    })
    expect(stats.sourceAges.rights).toMatchObject({ records: 1, dated: 1, medianYears: 6.9, maxYears: 6.9 })
    expect(stats.sourceAges.regions).toMatchObject({ records: 2, dated: 1 })
    expect(stats.sourceAges.sources).toBeUndefined()
  })
})
