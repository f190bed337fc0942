// SPDX-License-Identifier: EUPL-1.2
// GET /sources (kind, q) and GET /sources/{id}.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

describeInMemory('API /sources', (t) => {
  const app = useApiApp(t)

  it('lists and shows sources with their URLs', async () => {
    const page = (await app().inject('/api/v1/sources?kind=kamerstuk')).json<{
      items: { id: string; kind: string; url: string }[]
    }>()
    expect(page.items.length).toBeGreaterThan(0)
    expect(page.items.every((s) => s.kind === 'kamerstuk' && /^https?:/.test(s.url))).toBe(true)
    const one = (await app().inject('/api/v1/sources/kst-28638-128')).json<{ id: string; url: string }>()
    expect(one.id).toBe('kst-28638-128')
    expect((await app().inject('/api/v1/sources/nope')).statusCode).toBe(404)
    expect(errorPaths((await app().inject('/api/v1/sources?kind=blog')).json<ErrorJson>())).toEqual(['kind'])
  })
})
