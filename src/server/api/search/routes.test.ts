// SPDX-License-Identifier: EUPL-1.2
// GET /api/v1/search through inject(), on SQLite and PostgreSQL, with the fixture dataset imported
// (the import builds the search index): grouped results, type filter, limit and every bad input.
import type { FastifyInstance } from 'fastify'
import { beforeAll, expect, it } from 'vitest'
import { describeEachEngine } from '../../../../test/helpers/databases.ts'
import { importDataset } from '../../../data/dataset/import.ts'
import { loadDataset } from '../../../data/dataset/load.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildTestApp } from '../../../../test/helpers/test-app.ts'
import { FIXTURE_DIR } from '../../../../test/helpers/fixture.ts'

const fixture = FIXTURE_DIR
const { dataset } = loadDataset(fixture)

describeEachEngine('search API', (t) => {
  let app: FastifyInstance
  beforeAll(async () => {
    await t.reset()
    app = await buildTestApp({ db: t.db, catalog: buildCatalog(dataset) })
  })
  const get = (query: string) => app.inject({ method: 'GET', url: `/api/v1/search${query}` })
  const detailsOf = async (query: string) => {
    const res = await get(query)
    return { status: res.statusCode, code: res.json().error?.code, details: res.json().error?.details }
  }

  it('answers 503 with a clear error before the dataset is imported', async () => {
    expect(await detailsOf('?q=opvang')).toMatchObject({ status: 503, code: 'WGW_SEARCH_UNAVAILABLE' })
  })

  it('finds records grouped by type, with links, pages and snippets', async () => {
    const report = await importDataset(t.db, fixture)
    expect(report.outcome).toBe('imported')
    const res = await get('?q=Arbeidsinspectie')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.query).toBe('Arbeidsinspectie')
    expect(body.groups[0]).toMatchObject({ type: 'party', label: 'Organisaties' })
    expect(body.groups[0].results[0]).toMatchObject({
      type: 'party',
      id: 'arbeidsinspectie',
      title: 'Nederlandse Arbeidsinspectie',
      link: '/api/v1/parties/arbeidsinspectie',
      page: '/organisaties/arbeidsinspectie',
    })
    expect(typeof body.groups[0].results[0].score).toBe('number')
  })

  it('filters by type and limits each group', async () => {
    const all = (await get('?q=bedenktijd')).json()
    expect(all.groups.map((g: { type: string }) => g.type)).toEqual(['responsibility', 'right', 'glossary'])
    const glossary = (await get('?q=bedenktijd&type=glossary')).json()
    expect(glossary.groups.map((g: { type: string }) => g.type)).toEqual(['glossary'])
    const limited = (await get('?q=testgegevens&limit=1')).json()
    for (const g of limited.groups) {
      expect(g.results.length).toBeLessThanOrEqual(1)
    }
    expect(limited.groups.some((g: { total: number }) => g.total > 1)).toBe(true)
  })

  it('answers an empty result, not an error, when nothing matches', async () => {
    const body = (await get('?q=de%20xyzzyq')).json()
    expect(body).toMatchObject({
      total: 0,
      groups: [],
      ignored: [
        { word: 'de', reason: 'stopword' },
        { word: 'xyzzyq', reason: 'unknown' },
      ],
    })
  })

  it('searches in English with lang=en: English labels, and Dutch text (so marked) where a record has no English', async () => {
    const res = await get('?q=Arbeidsinspectie&lang=en')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ language: 'en', suggestion: null })
    expect(body.total).toBeGreaterThan(0)
    expect(body.groups[0]).toMatchObject({ type: 'party', label: 'Organisations' })
    expect(body.groups[0].results[0]).toMatchObject({ titleLang: 'nl', snippetLang: 'nl' })
    expect((await get('?q=opvang')).json().language).toBe('nl')
    expect((await get('?q=politei')).json().suggestion).toBe('politie')
    expect(await detailsOf('?q=opvang&lang=de')).toMatchObject({
      status: 400,
      details: [expect.objectContaining({ path: 'lang' })],
    })
  })

  it('names the field for every bad input', async () => {
    expect(await detailsOf('')).toMatchObject({
      status: 400,
      code: 'WGW_VALIDATION',
      details: [{ path: 'q', message: 'is required' }],
    })
    expect(await detailsOf('?q=')).toMatchObject({
      status: 400,
      details: [{ path: 'q', message: 'must not be empty' }],
    })
    expect(await detailsOf('?q=%20%20')).toMatchObject({
      status: 400,
      details: [{ path: 'q', message: 'must not be empty' }],
    })
    expect(await detailsOf('?q=%3F!')).toMatchObject({
      status: 400,
      details: [{ path: 'q', message: expect.stringContaining('letter or digit') }],
    })
    expect(await detailsOf(`?q=${'a'.repeat(201)}`)).toMatchObject({ status: 400, details: [{ path: 'q' }] })
    expect((await get(`?q=${'a'.repeat(200)}`)).statusCode).toBe(200)
    expect(await detailsOf('?q=opvang&type=organisatie')).toMatchObject({
      status: 400,
      details: [{ path: 'type', message: expect.stringContaining("'organisatie'") }],
    })
    expect(await detailsOf('?q=opvang&type=,')).toMatchObject({ status: 400, details: [{ path: 'type' }] })
    expect(await detailsOf('?q=opvang&limit=0')).toMatchObject({ status: 400, details: [{ path: 'limit' }] })
    expect(await detailsOf('?q=opvang&limit=veel')).toMatchObject({ status: 400, details: [{ path: 'limit' }] })
    expect(await detailsOf('?q=opvang&limit=51')).toMatchObject({ status: 400, details: [{ path: 'limit' }] })
    expect(await detailsOf('?q=opvang&sort=score')).toMatchObject({
      status: 400,
      details: [{ path: 'sort', message: 'unknown field' }],
    })
  })

  it('is described in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    expect(Object.keys(doc.paths)).toContain('/search')
  })
})
