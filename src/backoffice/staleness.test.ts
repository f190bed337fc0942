// SPDX-License-Identifier: EUPL-1.2
// Staleness periods: contact details after 6 months, roles after 12 (configurable), never-verified first.
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../domain/entities.ts'
import { staleRecords, stalenessFromEnv } from './staleness.ts'

const dataset = {
  parties: [
    { id: 'a', contact: { website: 'https://a.example', verifiedAt: '2026-01-01' }, verifiedAt: '2026-03-01' },
    { id: 'b', verifiedAt: '2026-06-01' },
    { id: 'c' },
  ],
  responsibilities: [{ id: 'r1', party: 'a', verifiedAt: '2025-06-01' }],
  regions: [{ id: 'z', parties: ['a', 'b'], verifiedAt: '2026-01-01' }],
} as unknown as Dataset

describe('editorial staleness', () => {
  it('contact details after 6 months, roles after 12, never-verified first', () => {
    const stale = staleRecords(dataset, '2026-07-01')
    expect(stale.map((s) => `${s.entity}/${s.id}`)).toEqual(['parties/c', 'responsibilities/r1', 'parties/a'])
    expect(stale[1]).toMatchObject({ kind: 'role', dueOn: '2026-06-01', organisations: ['a'] })
    expect(stale[2]).toMatchObject({ kind: 'contact', verifiedAt: '2026-01-01', dueOn: '2026-07-01' })
  })

  it('reads other periods from the environment', () => {
    expect(stalenessFromEnv({ STALE_CONTACT_MONTHS: '3', STALE_ROLE_MONTHS: 'x' })).toEqual({
      contactMonths: 3,
      roleMonths: 12,
    })
    const stale = staleRecords(dataset, '2026-04-02', { contactMonths: 3, roleMonths: 24 })
    expect(stale.map((s) => s.id)).toEqual(['c', 'a'])
  })
})
