// SPDX-License-Identifier: EUPL-1.2
// GET /parties (filters, pagination, Link headers) and GET /parties/{id} on SQLite and PostgreSQL.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

interface PartyPage {
  items: { id: string; status: string }[]
  total: number
  page: number
  perPage: number
  totalPages: number
}

describeInMemory('API /parties', (t) => {
  const app = useApiApp(t)
  const ids = async (query: string): Promise<string[]> => {
    const response = await app().inject(`/api/v1/parties?${query}`)
    expect(response.statusCode, query).toBe(200)
    return response.json<PartyPage>().items.map((p) => p.id)
  }

  it('pages through all parties with a page wrapper and RFC 8288 links', async () => {
    const first = await app().inject('/api/v1/parties?per_page=10')
    const page = first.json<PartyPage>()
    expect(page).toMatchObject({ total: 27, page: 1, perPage: 10, totalPages: 3 })
    expect(page.items).toHaveLength(10)
    expect(first.headers['link']).toBe(
      '</api/v1/parties?per_page=10&page=1>; rel="first", </api/v1/parties?per_page=10&page=2>; rel="next", </api/v1/parties?per_page=10&page=3>; rel="last"',
    )
    const last = (await app().inject('/api/v1/parties?per_page=10&page=3')).json<PartyPage>()
    expect(last.items).toHaveLength(7)
    const all = [
      ...page.items,
      ...(await app().inject('/api/v1/parties?per_page=10&page=2')).json<PartyPage>().items,
      ...last.items,
    ].map((p) => p.id)
    expect(new Set(all).size).toBe(27)
    expect((await app().inject('/api/v1/parties?page=9')).json<PartyPage>().items).toEqual([])
  })

  it('filters on phase, aspect, form, category, region, kind and text', async () => {
    expect(await ids('aspect=signaleren')).toEqual(['arbeidsinspectie', 'politie'])
    expect(await ids('aspect=signaleren&form=sexual')).toEqual(['politie'])
    expect(await ids('phase=C')).toEqual(expect.arrayContaining(['om', 'riec', 'arbeidsinspectie']))
    expect(await ids('phase=C')).not.toContain('fier')
    // fier only helps minors recruited by a loverboy: not for Dutch adults.
    expect(await ids('category=nl-minor')).toContain('fier')
    expect(await ids('category=nl-adult')).not.toContain('fier')
    // A municipality code stands for all of its regions.
    expect(await ids('region=GM0344')).toEqual(
      expect.arrayContaining(['politie-eenheid-midden-nederland', 'riec', 'riec-midden-nederland']),
    )
    expect(await ids('region=riec-midden-nederland')).toEqual(['riec', 'riec-midden-nederland'])
    expect(await ids('kind=inspectorate')).toEqual(['arbeidsinspectie', 'inspectie-szw'])
    expect(await ids('q=arbeidsinspectie')).toEqual(['arbeidsinspectie', 'inspectie-szw']) // the predecessor names its successor
    expect(await ids('asOf=2020-01-01&kind=inspectorate')).toEqual(['inspectie-szw'])
  })

  it('names the filter when a value is unknown or malformed', async () => {
    const cases: [string, string][] = [
      ['aspect=nope', 'aspect'],
      ['category=nope', 'category'],
      ['region=GM9999', 'region'],
      ['phase=E', 'phase'],
      ['form=slavery', 'form'],
      ['per_page=101', 'per_page'],
      ['page=0', 'page'],
      ['page=1.5', 'page'],
      ['colour=red', 'colour'],
      ['status=maybe', 'status'],
      ['asOf=yesterday', 'asOf'],
      ['phase=A&phase=B', 'phase'],
    ]
    for (const [query, field] of cases) {
      const response = await app().inject(`/api/v1/parties?${query}`)
      expect(response.statusCode, query).toBe(400)
      expect(errorPaths(response.json<ErrorJson>()), query).toContain(field)
    }
  })

  it('shows a party with its responsibilities per phase and aspect, sources as URLs, and its successor', async () => {
    const response = await app().inject('/api/v1/parties/inspectie-szw')
    expect(response.statusCode).toBe(200)
    const party = response.json<{
      successorParty: { id: string } | null
      sources: { url: string }[]
      phases: unknown[]
    }>()
    expect(party.successorParty?.id).toBe('arbeidsinspectie')
    expect(party.sources[0]?.url).toMatch(/^https?:\/\//)
    const current = (await app().inject('/api/v1/parties/arbeidsinspectie')).json<{
      predecessors: { id: string }[]
      phases: {
        id: string
        aspects: { id: string; responsibilities: { id: string; sources: { url: string }[] }[] }[]
      }[]
    }>()
    expect(current.predecessors.map((p) => p.id)).toEqual(['inspectie-szw'])
    expect(current.phases.map((p) => p.id)).toEqual(['A', 'C'])
    expect(current.phases[0]?.aspects[0]?.responsibilities[0]?.id).toBe('arbeidsinspectie-signaleren')
    expect(current.phases[0]?.aspects[0]?.responsibilities[0]?.sources[0]?.url).toMatch(/^https?:\/\//)
  })

  it('answers an unknown party with 404 in the error shape', async () => {
    const response = await app().inject('/api/v1/parties/bestaat-niet')
    expect(response.statusCode).toBe(404)
    expect(response.json<ErrorJson>().error.code).toBe('WGW_NOT_FOUND')
  })
})
