// SPDX-License-Identifier: EUPL-1.2
// GET /municipalities (q, region) and GET /municipalities/{code} with regions and regional parties.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

describeInMemory('API /municipalities', (t) => {
  const app = useApiApp(t)

  it('finds municipalities by name or code', async () => {
    const byName = (await app().inject('/api/v1/municipalities?q=utrecht')).json<{ items: { id: string }[] }>()
    expect(byName.items.map((m) => m.id)).toEqual(['GM0344'])
    const inRegion = (await app().inject('/api/v1/municipalities?region=riec-midden-nederland')).json<{
      total: number
    }>()
    expect(inRegion.total).toBe(2)
    expect(errorPaths((await app().inject('/api/v1/municipalities?region=nowhere')).json<ErrorJson>())).toEqual([
      'region',
    ])
  })

  it('finds a municipality by the name people use, a place in it, or part of it', async () => {
    const ids = async (q: string) =>
      (await app().inject(`/api/v1/municipalities?q=${encodeURIComponent(q)}`))
        .json<{ items: { id: string }[] }>()
        .items.map((m) => m.id)
    expect(await ids('Den Haag')).toEqual(['GM0518'])
    expect(await ids('den   HAAG')).toEqual(['GM0518'])
    expect(await ids("'s-Gravenhage")).toEqual(['GM0518'])
    expect(await ids('Scheveningen')).toEqual(['GM0518'])
    expect(await ids('gm0518')).toEqual(['GM0518'])
    expect(await ids('haag')).toEqual(['GM0518'])
    expect(await ids('Rotterdam')).toEqual([])
  })

  it('gives an unconfirmed zorgcoördinatie region its fallback party with a checked phone number', async () => {
    const m = (await app().inject('/api/v1/municipalities/GM0518')).json<{
      regions: {
        key: string
        status: string
        parties: { id: string; fallback?: boolean; contact?: { phones?: { number: string; verifiedAt: string }[] } }[]
      }[]
    }>()
    const zc = m.regions.find((r) => r.key === 'zorgcoordinatie')
    expect(zc?.status).toBe('unverified')
    expect(zc?.parties).toEqual([
      expect.objectContaining({
        id: 'comensha',
        fallback: true,
        contact: expect.objectContaining({
          phones: [expect.objectContaining({ number: '033 448 11 86', verifiedAt: '2026-12-06' })],
        }),
      }),
    ])
  })

  it('shows a municipality with its regions and the regional parties with contact', async () => {
    const response = await app().inject('/api/v1/municipalities/gm0344')
    expect(response.statusCode).toBe(200)
    const m = response.json<{ id: string; regions: { key: string; id: string; parties: { id: string }[] }[] }>()
    expect(m.id).toBe('GM0344')
    expect(m.regions[0]).toMatchObject({ key: 'policeUnit', id: 'politie-eenheid-midden-nederland' })
    expect(m.regions.find((r) => r.key === 'riec')?.parties.map((p) => p.id)).toEqual(['riec-midden-nederland'])
  })

  it('tells a malformed code (400) from an unknown one (404)', async () => {
    expect((await app().inject('/api/v1/municipalities/utrecht')).statusCode).toBe(400)
    expect((await app().inject('/api/v1/municipalities/GM9999')).statusCode).toBe(404)
  })
})
