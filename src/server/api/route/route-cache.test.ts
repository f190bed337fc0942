// SPDX-License-Identifier: EUPL-1.2
// A route is kept when its scenario comes back soon, not when it is asked once, and a stream of
// ever new scenarios keeps nothing.
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { fixtureDataset } from '../../../../test/helpers/fixture.ts'
import { routeBody, type RouteChunks } from './route-cache.ts'

const chunks = (text: string): RouteChunks => {
  const list = [Buffer.from(text)]
  return { list, length: list[0]?.length ?? 0, join: () => Buffer.concat(list) }
}

describe('routeBody', () => {
  it('sends a first answer once, keeps it when asked again, and answers from what it kept', () => {
    const catalog = buildCatalog(fixtureDataset())
    let writes = 0
    const write = (): RouteChunks => {
      writes++
      return chunks('{"route":1}')
    }
    const first = routeBody(catalog, 'a', write)
    expect('once' in first && first.once.join().toString()).toBe('{"route":1}')
    const second = routeBody(catalog, 'a', write)
    expect('kept' in second && second.kept.identity.toString()).toBe('{"route":1}')
    const third = routeBody(catalog, 'a', write)
    expect('kept' in third && third.kept).toBe('kept' in second && second.kept)
    expect(writes).toBe(2)
  })

  it('keeps nothing from a stream of scenarios that come back later than the cache could hold them', () => {
    const catalog = buildCatalog(fixtureDataset())
    const options = { seenKeys: 4 }
    let kept = 0
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 20; i++) {
        kept += 'kept' in routeBody(catalog, `s${i}`, () => chunks(`{"n":${i}}`), options) ? 1 : 0
      }
    }
    expect(kept).toBe(0)
    // The same stream with a scenario that recurs at once: that one is kept.
    routeBody(catalog, 'again', () => chunks('{}'), options)
    expect('kept' in routeBody(catalog, 'again', () => chunks('{}'), options)).toBe(true)
  })
})
