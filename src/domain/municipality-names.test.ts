// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import { foldName, municipalityNames } from './municipality-names.ts'
import type { Municipality } from './region.ts'

const m = (id: string, name: string, aliases: Municipality['aliases'] = []): Municipality => ({
  id,
  name,
  ...(aliases.length === 0 ? {} : { aliases }),
  regions: { province: 'p', policeUnit: 'u', riec: 'r', safetyRegion: 's' },
  status: 'derived',
  sources: ['x'],
})

const names = municipalityNames([
  m('GM0518', "'s-Gravenhage", [
    { name: 'Den Haag', kind: 'common-name' },
    { name: 'Scheveningen', kind: 'place' },
  ]),
  m('GM0796', "'s-Hertogenbosch", [{ name: 'Den Bosch', kind: 'common-name' }]),
  m('GM0363', 'Amsterdam', [{ name: 'Weesp', kind: 'former-municipality', until: '2022-03-24' }]),
  m('GM0373', 'Bergen (NH.)', [{ name: 'Bergen', kind: 'common-name' }]),
  m('GM0893', 'Bergen (L.)', [{ name: 'Bergen', kind: 'common-name' }]),
  m('GM1900', 'Súdwest-Fryslân', [{ name: 'Sneek', kind: 'place' }]),
])
const ids = (hits: { municipality: { id: string } }[]) => hits.map((h) => h.municipality.id)

describe('foldName', () => {
  it('ignores case, accents, apostrophes and hyphens', () => {
    expect(foldName("'s-Hertogenbosch")).toBe('s hertogenbosch')
    expect(foldName('Súdwest-Fryslân')).toBe('sudwest fryslan')
    expect(foldName('  DEN   haag ')).toBe('den haag')
  })
})

describe('municipalityNames', () => {
  it('finds a municipality by its CBS name, common name, former municipality, place or code', () => {
    expect(ids(names.exact('Den Haag'))).toEqual(['GM0518'])
    expect(ids(names.exact("'s-gravenhage"))).toEqual(['GM0518'])
    expect(ids(names.exact('den bosch'))).toEqual(['GM0796'])
    expect(ids(names.exact('Weesp'))).toEqual(['GM0363'])
    expect(ids(names.exact('sneek'))).toEqual(['GM1900'])
    expect(ids(names.exact('sudwest fryslan'))).toEqual(['GM1900'])
    expect(ids(names.exact('gm0363'))).toEqual(['GM0363'])
    expect(names.exact('Den Haag')[0]?.alias?.kind).toBe('common-name')
    expect(names.exact('Amsterdam')[0]?.alias).toBeUndefined()
  })

  it('returns every municipality an ambiguous name fits, and none for an unknown one', () => {
    expect(ids(names.exact('Bergen')).sort()).toEqual(['GM0373', 'GM0893'])
    expect(names.exact('Atlantis')).toEqual([])
    expect(names.exact('GM9999')).toEqual([])
  })

  it('searches as you type: exact first, then prefixes, then parts', () => {
    expect(ids(names.search('haag'))).toEqual(['GM0518'])
    expect(ids(names.search('den'))).toEqual(['GM0518', 'GM0796'])
    expect(ids(names.search('berg'))).toEqual(['GM0893', 'GM0373'])
    expect(names.search('')).toHaveLength(6)
  })
})
