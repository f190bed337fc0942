// SPDX-License-Identifier: EUPL-1.2
// GET /analysis and /analysis.csv through inject(), on the known-answer dataset.
import { beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../../data/database.ts'
import { knownDataset } from '../../../../test/helpers/analysis-dataset.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildTestApp } from '../../../../test/helpers/test-app.ts'

describe('analysis API', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    // The analysis reads only the dataset; it never touches the database.
    app = await buildTestApp({ db: {} as Kysely<Database>, catalog: buildCatalog(knownDataset()) })
  })

  it('returns gaps and overlaps, each with aspect, scope in words and parties', async () => {
    const res = await app.inject({ url: '/api/v1/analysis?asOf=2021-06-01' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.asOf).toBe('2021-06-01')
    const gaps = body.findings.filter((f: { kind: string }) => f.kind === 'gap')
    expect(gaps.map((g: { aspect: { id: string } }) => g.aspect.id)).toEqual(['opvang', 'voogdij-jeugdbescherming'])
    expect(
      body.findings.find((f: { id: string }) => f.id === 'overlap/opvang/centrumgemeente-vo+comensha'),
    ).toMatchObject({
      kind: 'overlap',
      severity: 'executor-overlap',
      aspect: { id: 'opvang', phase: 'B' },
      scope: 'volwassenen uit de EU, EER of Zwitserland zonder rechtmatig verblijf',
      parties: [{ id: 'centrumgemeente-vo' }, { id: 'comensha' }],
      sources: ['test-bron'],
      action: { code: 'analysis.action.agree-roles', params: { parties: ['centrumgemeente-vo', 'comensha'] } },
    })
    expect(body.findings.map((f: { severity: string }) => f.severity)).toEqual([
      'gap',
      'gap',
      'executor-overlap',
      'executor-overlap',
      'executor-overlap',
      'agreed',
    ])
    expect(body.summary.severities).toMatchObject({ gap: 2, 'lead-conflict': 0, 'executor-overlap': 3, agreed: 1 })
    // The grouped view is added next to the flat lists, never instead of them.
    expect(body.groups.overlaps.map((g: { aspect: { id: string } }) => g.aspect.id)).toEqual([
      'opvang',
      'voogdij-jeugdbescherming',
      'zorgcoordinatie',
    ])
    expect(body.summary.sharedDutyOverlaps).toBe(0)
    expect(body.heatmap.rows).toHaveLength(4)
    expect(body.comparison).toBeUndefined()
  })

  it('words actions, scopes and heatmap groups in the language of lang, else Accept-Language, beside code and params', async () => {
    const english = await app.inject({ url: '/api/v1/analysis?asOf=2021-06-01&lang=en' })
    const accepted = await app.inject({ url: '/api/v1/analysis?asOf=2021-06-01', headers: { 'accept-language': 'en' } })
    expect(english.headers['content-language']).toBe('en')
    expect(accepted.json()).toEqual(english.json())
    const body = english.json()
    const opvang = body.findings.find((f: { id: string }) => f.id === 'overlap/opvang/centrumgemeente-vo+comensha')
    expect(opvang.scope).toBe('adults from the EU, EEA or Switzerland without lawful stay')
    expect(opvang.scopes[0]).toMatchObject({ code: 'analysis.scope', params: { who: 'adults', nationality: 'eu' } })
    expect(opvang.action.message).toBe(
      'Record a role agreement between Partij centrumgemeente-vo and Partij comensha on ‘Opvang’.',
    )
    expect(body.heatmap.slices[0]).toMatchObject({ id: 'nl-minor', name: 'Dutch minors' })
    const bad = await app.inject({ url: '/api/v1/analysis?lang=fr' })
    expect(bad.statusCode).toBe(400)
  })

  it('answers the top view: counts per severity and only the findings to act on first, with actions', async () => {
    const res = await app.inject({ url: '/api/v1/analysis?asOf=2021-06-01&view=top' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.view).toBe('top')
    expect(body.findings.map((f: { id: string }) => f.id)).toEqual(body.top)
    expect(body.findings.every((f: { severity: string }) => f.severity !== 'agreed')).toBe(true)
    expect(body.findings[0].action.message).toMatch(/^Wijs een partij aan/)
    expect(body.summary.severities.agreed).toBe(1)
    expect(body.groups).toBeUndefined()
    expect(body.heatmap).toBeUndefined()
    const bad = await app.inject({ url: '/api/v1/analysis?view=kort' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain('view')
  })

  it('analyses one region, and names region when it does not exist', async () => {
    const body = (await app.inject({ url: '/api/v1/analysis?asOf=2021-06-01&region=zc-twente' })).json()
    expect(body.region).toEqual({ id: 'zc-twente', name: 'Zorgcoördinatie Twente', municipalities: 2 })
    expect(body.findings.some((f: { aspect: { id: string } }) => f.aspect.id === 'zorgcoordinatie')).toBe(true)
    const csv = await app.inject({ url: '/api/v1/analysis.csv?asOf=2021-06-01&region=zc-twente' })
    expect(csv.headers['content-disposition']).toContain('wegwijzer-analyse-2021-06-01-zc-twente.csv')
    for (const url of ['/api/v1/analysis?region=nergens', '/api/v1/analysis.csv?region=nergens']) {
      const res = await app.inject({ url })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain('region')
    }
  })

  it('adds what changed when a second date is given', async () => {
    const body = (await app.inject({ url: '/api/v1/analysis?asOf=2021-06-01&compare=2023-01-01' })).json()
    expect(body.comparison).toMatchObject({ from: '2021-06-01', to: '2023-01-01' })
    expect(body.comparison.gaps.removed.map((g: { scope: string }) => g.scope)).toEqual(['alle minderjarigen'])
    expect(body.comparison.overlaps.removed.map((o: { aspect: { id: string } }) => o.aspect.id)).toEqual([
      'zorgcoordinatie',
    ])
  })

  it('exports CSV with one row per finding', async () => {
    const res = await app.inject({ url: '/api/v1/analysis.csv?asOf=2021-06-01' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/csv')
    expect(res.headers['content-disposition']).toContain('wegwijzer-analyse-2021-06-01.csv')
    expect(res.body.trim().split('\r\n')).toHaveLength(1 + 2 + 3 + 1)
  })

  it.each([
    ['/api/v1/analysis?asOf=2021-13-01', 'asOf'],
    ['/api/v1/analysis?asOf=2021-02-30', 'asOf'],
    ['/api/v1/analysis?compare=gisteren', 'compare'],
    ['/api/v1/analysis.csv?asOf=1-1-2020', 'asOf'],
    ['/api/v1/analysis?datum=2020-01-01', 'datum'],
  ])('answers %s with 400 naming %s', async (url, field) => {
    const res = await app.inject({ url })
    expect(res.statusCode).toBe(400)
    const error = res.json().error
    expect(error.code).toBe('WGW_VALIDATION')
    expect(error.details.map((d: { path: string }) => d.path)).toContain(field)
  })
})
