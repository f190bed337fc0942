// SPDX-License-Identifier: EUPL-1.2
// The organogram downloads are made once per dataset version and query, carry an ETag (304 when the
// client has the file), render a PNG once however many clients ask at once, and refuse work with
// 503 when too many renders wait (issue 16, item 4).
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp } from '../../../../test/helpers/web-app.ts'
import { assetBundle } from '../../assets/bundle.ts'
import { notFoundPage } from '../not-found/template.ts'
import { DownloadCache, etagMatches } from './downloads.ts'
import { registerOrganogramPages } from './route.ts'
import { buildCatalog, type Catalog } from '../../../domain/catalog/index.ts'
import { FIXTURE_TODAY, fixtureDataset } from '../../../../test/helpers/fixture.ts'

describe('organogram downloads in the app', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildWebApp()
  })
  afterAll(async () => {
    await app.close()
  })

  it.each(['png', 'svg'])('%s: sends an ETag and answers 304 when the client already has it', async (kind) => {
    const first = await app.inject(`/organogram.${kind}?form=labour&lang=nl`)
    expect(first.statusCode).toBe(200)
    const etag = first.headers.etag
    expect(etag).toMatch(new RegExp(`^"og-${kind}-[\\w-]{22}"$`))
    expect(first.headers['cache-control']).toBe('private, no-cache')
    const again = await app.inject({
      url: `/organogram.${kind}?form=labour&lang=nl`,
      headers: { 'if-none-match': String(etag) },
    })
    expect(again.statusCode).toBe(304)
    expect(again.rawPayload.length).toBe(0)
    expect(again.headers.etag).toBe(etag)
    // Another query is another file.
    const other = await app.inject(`/organogram.${kind}?form=sexual&lang=nl`)
    expect(other.headers.etag).not.toBe(etag)
    const stale = await app.inject({
      url: `/organogram.${kind}?form=sexual&lang=nl`,
      headers: { 'if-none-match': String(etag) },
    })
    expect(stale.statusCode).toBe(200)
  })
})

/** A stand-in for resvg that counts renders and finishes only when told to. */
function slowRenderer() {
  const pending: (() => void)[] = []
  let renders = 0
  return {
    render: async (svg: string): Promise<Buffer> => {
      renders++
      await new Promise<void>((resolve) => pending.push(resolve))
      return Buffer.from(`png of ${svg.length} bytes`)
    },
    finishAll: () => pending.splice(0).forEach((f) => f()),
    get renders() {
      return renders
    },
    get waiting() {
      return pending.length
    },
  }
}

describe('organogram download cache', () => {
  let app: FastifyInstance | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  async function appWith(cache: DownloadCache, catalog: () => Catalog): Promise<FastifyInstance> {
    const a = Fastify({ logger: false })
    await registerOrganogramPages(
      a,
      { catalog, today: () => FIXTURE_TODAY, assets: assetBundle() },
      notFoundPage,
      cache,
    )
    await a.ready()
    return a
  }

  it('renders a PNG once for ten simultaneous requests, and again only for a new query or dataset', async () => {
    const renderer = slowRenderer()
    const cache = new DownloadCache(renderer.render)
    let catalog = buildCatalog(fixtureDataset())
    app = await appWith(cache, () => catalog)
    const current = app
    const ten = Array.from({ length: 10 }, () => current.inject('/organogram.png?form=labour'))
    await waitUntil(() => renderer.waiting === 1)
    renderer.finishAll()
    const answers = await Promise.all(ten)
    expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(200))
    expect(new Set(answers.map((r) => r.body)).size).toBe(1)
    expect(cache.stats).toEqual({ svgBuilds: 1, pngRenders: 1 })
    // Cached: no new render, not even a new SVG.
    const cached = await current.inject('/organogram.png?form=labour')
    expect(cached.statusCode).toBe(200)
    expect(cache.stats).toEqual({ svgBuilds: 1, pngRenders: 1 })
    // A new query renders once more.
    const other = current.inject('/organogram.png?form=sexual')
    await waitUntil(() => renderer.waiting === 1)
    renderer.finishAll()
    expect((await other).statusCode).toBe(200)
    expect(cache.stats).toEqual({ svgBuilds: 2, pngRenders: 2 })
    // A new dataset version (a new catalogue) is a new version, even with the same content.
    catalog = buildCatalog(fixtureDataset())
    const reimported = current.inject('/organogram.png?form=labour')
    await waitUntil(() => renderer.waiting === 1)
    renderer.finishAll()
    const after = await reimported
    expect(cache.stats).toEqual({ svgBuilds: 3, pngRenders: 3 })
    // Same content, same ETag: a client's copy stays valid.
    expect(after.headers.etag).toBe(cached.headers.etag)
  })

  it('answers 503 with Retry-After when too many renders wait, and serves again afterwards', async () => {
    const renderer = slowRenderer()
    const cache = new DownloadCache(renderer.render, { maxRenders: 1, maxWaiting: 1 })
    const fixed = buildCatalog(fixtureDataset())
    app = await appWith(cache, () => fixed)
    const current = app
    const running = current.inject('/organogram.png?fase=A')
    await waitUntil(() => renderer.waiting === 1)
    const queued = current.inject('/organogram.png?fase=B')
    await waitUntil(() => cache.queued === 1)
    const refused = await current.inject('/organogram.png?fase=C')
    expect(refused.statusCode).toBe(503)
    expect(refused.headers['retry-after']).toBe('5')
    expect(refused.headers.etag).toBeUndefined()
    expect(refused.body).toContain('Probeer het over enkele seconden opnieuw')
    renderer.finishAll()
    expect((await running).statusCode).toBe(200)
    await waitUntil(() => renderer.waiting === 1)
    renderer.finishAll()
    expect((await queued).statusCode).toBe(200)
    const retried = current.inject('/organogram.png?fase=C')
    await waitUntil(() => renderer.waiting === 1)
    renderer.finishAll()
    expect((await retried).statusCode).toBe(200)
  })

  it('keeps a bounded number of entries, the least recently used going first', () => {
    const cache = new DownloadCache(undefined, { maxEntries: 2 })
    const version = {}
    const build = (text: string) => () => text
    cache.entry(cache.key(version, ['a']), build('a'))
    cache.entry(cache.key(version, ['b']), build('b'))
    cache.entry(cache.key(version, ['a']), build('a')) // a is now the most recent
    cache.entry(cache.key(version, ['c']), build('c')) // evicts b
    expect(cache.stats.svgBuilds).toBe(3)
    cache.entry(cache.key(version, ['a']), build('a'))
    expect(cache.stats.svgBuilds).toBe(3)
    cache.entry(cache.key(version, ['b']), build('b'))
    expect(cache.stats.svgBuilds).toBe(4)
  })

  it('matches If-None-Match lists, weak validators and *', () => {
    expect(etagMatches(undefined, '"x"')).toBe(false)
    expect(etagMatches('"y", "x"', '"x"')).toBe(true)
    expect(etagMatches('W/"x"', '"x"')).toBe(true)
    expect(etagMatches('*', '"x"')).toBe(true)
    expect(etagMatches('"xx"', '"x"')).toBe(false)
  })
})

/** Waits (a few event-loop turns at a time) until `ready` holds; fails after a second. */
async function waitUntil(ready: () => boolean): Promise<void> {
  const start = Date.now()
  while (!ready()) {
    if (Date.now() - start > 1000) {
      throw new Error('condition not reached within 1 s')
    }
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}
