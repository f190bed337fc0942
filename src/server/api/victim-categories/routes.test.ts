// SPDX-License-Identifier: EUPL-1.2
// GET /victim-categories and GET /victim-categories/{id}.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

describeInMemory('API /victim-categories', (t) => {
  const app = useApiApp(t)

  it('lists the categories and shows one with its facets', async () => {
    const page = (await app().inject('/api/v1/victim-categories?per_page=100')).json<{
      total: number
      items: { id: string }[]
    }>()
    expect(page.total).toBe(11)
    const one = (await app().inject('/api/v1/victim-categories/eu-minor')).json<{
      facets: { ageGroup: string[] }
      sources: { url: string }[]
    }>()
    expect(one.facets.ageGroup).toEqual(['minor'])
    expect(one.sources[0]?.url).toMatch(/^https?:/)
    expect((await app().inject('/api/v1/victim-categories/nope')).statusCode).toBe(404)
    expect(errorPaths((await app().inject('/api/v1/victim-categories?per_page=x')).json<ErrorJson>())).toEqual([
      'per_page',
    ])
  })
})
