// SPDX-License-Identifier: EUPL-1.2
// GET /aspects (filter on phase) and GET /aspects/{id} with the responsibilities held on it.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

describeInMemory('API /aspects', (t) => {
  const app = useApiApp(t)

  it('filters aspects on phase', async () => {
    const page = (await app().inject('/api/v1/aspects?phase=A')).json<{ items: { phase: string }[]; total: number }>()
    expect(page.total).toBeGreaterThan(0)
    expect(page.items.every((a) => a.phase === 'A')).toBe(true)
    const bad = await app().inject('/api/v1/aspects?phase=Z')
    expect(errorPaths(bad.json<ErrorJson>())).toEqual(['phase'])
  })

  it('shows the responsibilities on an aspect with their party, lead roles first', async () => {
    const aspect = (await app().inject('/api/v1/aspects/signaleren')).json<{
      phaseRef: { id: string }
      responsibilities: { id: string; party: { id: string; name: string } }[]
    }>()
    expect(aspect.phaseRef.id).toBe('A')
    expect(aspect.responsibilities.map((r) => r.party.id)).toEqual(
      expect.arrayContaining(['arbeidsinspectie', 'politie']),
    )
    expect(aspect.responsibilities.find((r) => r.party.id === 'arbeidsinspectie')?.party.name).toBe(
      'Nederlandse Arbeidsinspectie',
    )
    expect((await app().inject('/api/v1/aspects/nope')).statusCode).toBe(404)
  })
})
