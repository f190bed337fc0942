// SPDX-License-Identifier: EUPL-1.2
// The order of the parties inside an aspect (party-order.ts, docs/route-summary.md): role type,
// then sourced before derived/unverified, then national before regional before sector, then name.
// Checked on every aspect of a spread of routes on the national data, and on the rule itself.
import { describe, expect, it } from 'vitest'
import { compareParties, partyReach, ROLE_ORDER, type Route } from '../../src/domain/route/index.ts'
import { routeData, routeFor } from './route-data.ts'

const { index, dataset } = routeData()
const SCENARIOS: Record<string, unknown>[] = [
  { age: 16, nationality: 'NL', exploitation: ['sexual'], recruitment: 'loverboy', municipality: 'GM0344' },
  { age: 40, nationality: 'CN', residence: 'none', exploitation: ['labour'], municipality: 'GM0363' },
  { age: 15, nationality: 'VN', unaccompanied: true, exploitation: ['criminal', 'labour', 'sexual'] },
  { exploitation: ['sexual', 'labour', 'criminal', 'organ-removal'] },
]
const route = (input: Record<string, unknown>): Route => routeFor(index, { asOf: '2026-12-06', ...input })

describe('parties inside an aspect', () => {
  it('the rule: role first, then status, then reach, then name', () => {
    const base = { roleType: 'executes', status: 'sourced', reach: 'national', name: 'B', key: 'b' } as const
    expect(compareParties({ ...base, roleType: 'lead', status: 'unverified', reach: 'sector' }, base)).toBeLessThan(0)
    expect(compareParties({ ...base, roleType: 'supports' }, { ...base, roleType: 'advises' })).toBeLessThan(0)
    expect(compareParties({ ...base, status: 'derived', name: 'A' }, base)).toBeGreaterThan(0)
    expect(compareParties({ ...base, reach: 'sector', name: 'A' }, { ...base, reach: 'regional' })).toBeGreaterThan(0)
    expect(compareParties({ ...base, name: 'A' }, base)).toBeLessThan(0)
    expect(ROLE_ORDER.slice(0, 2)).toEqual(['lead', 'executes'])
    expect(ROLE_ORDER.indexOf('supports')).toBeLessThan(ROLE_ORDER.indexOf('advises'))
  })

  it('reach: a sector (businesses, professions, branch bodies) after a named organisation', () => {
    expect(partyReach({ kind: 'police-justice', level: 'national' })).toBe('national')
    expect(partyReach({ kind: 'care-provider', level: 'regional' })).toBe('regional')
    expect(partyReach({ kind: 'municipality', level: 'local' })).toBe('regional')
    expect(partyReach({ kind: 'private', level: 'local' })).toBe('sector')
    expect(partyReach({ kind: 'sector-body', level: 'national' })).toBe('sector')
  })

  it.each(SCENARIOS)('every aspect of the route is in that order: %j', (input) => {
    const r = route(input)
    const parties = new Map(dataset.parties.map((p) => [p.id, p]))
    for (const phase of r.phases) {
      for (const aspect of phase.aspects) {
        const keys = aspect.parties.map((p) => ({
          roleType: p.roleType,
          status: p.status,
          reach: p.reach,
          name: p.name,
          key: p.responsibility,
        }))
        for (let i = 1; i < keys.length; i++) {
          expect(
            compareParties(keys[i - 1] as never, keys[i] as never),
            `${aspect.id}: ${keys[i - 1]?.key} before ${keys[i]?.key}`,
          ).toBeLessThan(0)
        }
        for (const p of aspect.parties) {
          const record = parties.get(p.id)
          if (record !== undefined) {
            expect(p.reach).toBe(partyReach(record))
          }
        }
      }
    }
  })
})
