// SPDX-License-Identifier: EUPL-1.2
// GET /phases and GET /phases/{id}: the four phases in order, each with its aspects.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

describeInMemory('API /phases', (t) => {
  const app = useApiApp(t)

  it('lists the phases in order with their aspects in order', async () => {
    const page = (await app().inject('/api/v1/phases')).json<{
      items: { id: string; aspects: { id: string; order: number }[] }[]
      total: number
    }>()
    expect(page.items.map((p) => p.id)).toEqual(['A', 'B', 'C', 'D'])
    const orders = page.items[0]?.aspects.map((a) => a.order) ?? []
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    expect(page.items[0]?.aspects.map((a) => a.id)).toContain('signaleren')
  })

  it('shows one phase with resolved sources; an unknown phase is a 400 naming id', async () => {
    const phase = (await app().inject('/api/v1/phases/B')).json<{
      id: string
      sources: { url: string }[]
      aspects: { phase: string }[]
    }>()
    expect(phase.id).toBe('B')
    expect(phase.aspects.every((a) => a.phase === 'B')).toBe(true)
    expect(phase.sources[0]?.url).toMatch(/^https?:/)
    const bad = await app().inject('/api/v1/phases/E')
    expect(bad.statusCode).toBe(400)
    expect(errorPaths(bad.json<ErrorJson>())).toEqual(['id'])
  })
})
