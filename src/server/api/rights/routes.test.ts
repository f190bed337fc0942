// SPDX-License-Identifier: EUPL-1.2
// GET /rights (filters kind, form, category, provider) and GET /rights/{id}.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

describeInMemory('API /rights', (t) => {
  const app = useApiApp(t)
  const ids = async (query: string): Promise<string[]> =>
    (await app().inject(`/api/v1/rights?${query}`)).json<{ items: { id: string }[] }>().items.map((r) => r.id)

  it('filters on kind, category and provider', async () => {
    const residence = await ids('kind=residence')
    expect(residence).toHaveLength(5)
    expect(residence).toContain('bedenktijd')
    // Bedenktijd is for non-Dutch victims only.
    expect(await ids('category=nl-adult')).not.toContain('bedenktijd')
    expect(await ids('category=eu-adult')).toContain('bedenktijd')
    expect(await ids('provider=kmar')).toContain('bedenktijd')
    expect(await ids('q=bedenktijd')).toEqual(['bedenktijd'])
  })

  it('names unknown filter values', async () => {
    for (const [query, field] of [
      ['kind=wishes', 'kind'],
      ['category=x', 'category'],
      ['provider=nobody', 'provider'],
      ['form=none', 'form'],
    ]) {
      const response = await app().inject(`/api/v1/rights?${query}`)
      expect(response.statusCode).toBe(400)
      expect(errorPaths(response.json<ErrorJson>())).toEqual([field])
    }
  })

  it('shows a right with its providers and sources resolved', async () => {
    const right = (await app().inject('/api/v1/rights/bedenktijd')).json<{
      providerParties: { id: string; name: string }[]
      limits: { value: number }[]
      sources: { url: string }[]
    }>()
    expect(right.providerParties.map((p) => p.id)).toEqual(['politie', 'kmar', 'ind'])
    expect(right.limits[0]?.value).toBe(3)
    expect(right.sources[0]?.url).toMatch(/^https?:/)
    expect((await app().inject('/api/v1/rights/geen-recht')).statusCode).toBe(404)
  })
})
