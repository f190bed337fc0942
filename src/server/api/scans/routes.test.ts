// SPDX-License-Identifier: EUPL-1.2
// The self-scan API through inject(), on SQLite and PostgreSQL: create, update, conflict,
// invalid input that leaves the stored scan untouched, publish, report, overview and CSV.
import { beforeEach, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { describeEachEngine } from '../../../../test/helpers/databases.ts'
import { municipalDataset } from '../../../../test/helpers/municipal-dataset.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildTestApp } from '../../../../test/helpers/test-app.ts'
import { NATIONAL_AUTH } from '../../../../test/helpers/publishers.ts'
import { hashPublishKey } from '../../../domain/basisniveau/publishers.ts'

const dataset = municipalDataset()
const all = (answer: string) => ({ 'bn01-1': { answer }, 'bn01-2': { answer }, 'bn02-1': { answer } })

describeEachEngine('scans API', (t) => {
  let app: FastifyInstance
  beforeEach(async () => {
    await t.reset()
    app = await buildTestApp({ db: t.db, catalog: buildCatalog(dataset) })
  })

  async function create(body: unknown = { municipality: 'GM0001' }) {
    return app.inject({ method: 'POST', url: '/api/v1/scans', payload: body as object })
  }

  it('creates a draft behind an unguessable link', async () => {
    const res = await create({
      municipality: 'GM0001',
      answers: { 'bn01-1': { answer: 'deels', evidence: ' notitie ' } },
    })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(body).toMatchObject({
      status: 'draft',
      version: 1,
      link: `/basisniveau/scan/${body.id}`,
      municipality: { code: 'GM0001', name: 'Aadorp' },
    })
    expect(body.answers['bn01-1']).toEqual({ answer: 'deels', evidence: 'notitie' })
    expect(body.score.overall).toMatchObject({ answered: 1, questions: 3, complete: false })
    expect(res.headers['cache-control']).toBe('no-store')
    const other = (await create()).json()
    expect(other.id).not.toBe(body.id)
  })

  it('rejects an unknown municipality, bad answers and unknown fields with field-level details', async () => {
    expect((await create({ municipality: 'GM9999' })).json().error.details).toEqual([
      { path: '/municipality', message: expect.stringContaining('GM9999') },
    ])
    const bad = await create({ municipality: 'GM0001', answers: { 'bn01-1': { answer: 'misschien' } }, extra: 1 })
    expect(bad.statusCode).toBe(400)
    const paths = bad.json().error.details.map((d: { path: string }) => d.path)
    expect(paths).toContain('/answers/bn01-1/answer')
    expect(paths).toContain('/extra')
    const unknown = await create({ municipality: 'GM0001', answers: { 'bn07-1': { answer: 'niet' } } })
    expect(unknown.json().error.details).toEqual([
      { path: '/answers/bn07-1', message: expect.stringContaining('unknown question') },
    ])
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/scans',
          headers: { 'content-type': 'application/json' },
          payload: '{"municipality":',
        })
      ).statusCode,
    ).toBe(400)
  })

  it('updates with the current version and refuses a stale one without touching the stored scan', async () => {
    const id = (await create()).json().id as string
    const first = await app.inject({
      method: 'PUT',
      url: `/api/v1/scans/${id}`,
      payload: { version: 1, answers: { 'bn01-1': { answer: 'voldoet' } } },
    })
    expect(first.statusCode).toBe(200)
    expect(first.json().version).toBe(2)

    const stale = await app.inject({
      method: 'PUT',
      url: `/api/v1/scans/${id}`,
      payload: { version: 1, answers: { 'bn01-1': { answer: 'niet' } } },
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error).toMatchObject({
      code: 'WGW_CONFLICT',
      details: [{ path: '/version', message: expect.stringContaining('stored version is 2') }],
    })

    const invalid = await app.inject({
      method: 'PUT',
      url: `/api/v1/scans/${id}`,
      payload: { version: 2, answers: { 'bn01-1': { answer: 'ja' } } },
    })
    expect(invalid.statusCode).toBe(400)
    const missingVersion = await app.inject({ method: 'PUT', url: `/api/v1/scans/${id}`, payload: { answers: {} } })
    expect(missingVersion.statusCode).toBe(428)

    const stored = (await app.inject({ method: 'GET', url: `/api/v1/scans/${id}` })).json()
    expect(stored.version).toBe(2)
    expect(stored.answers).toEqual({ 'bn01-1': { answer: 'voldoet' } })
  })

  it('answers 404 for an unknown scan and 400 for a malformed id', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/v1/scans/${'a'.repeat(32)}` })).statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: '/api/v1/scans/short' })).statusCode).toBe(400)
  })

  it('publishes only a complete scan, names the missing questions, then freezes it', async () => {
    const id = (await create({ municipality: 'GM0002', answers: { 'bn01-1': { answer: 'voldoet' } } })).json()
      .id as string
    const early = await app.inject({
      method: 'POST',
      headers: NATIONAL_AUTH,
      url: `/api/v1/scans/${id}/publish`,
      payload: { version: 1 },
    })
    expect(early.statusCode).toBe(400)
    expect(early.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      '/answers/bn01-2',
      '/answers/bn02-1',
    ])

    await app.inject({ method: 'PUT', url: `/api/v1/scans/${id}`, payload: { version: 1, answers: all('voldoet') } })
    const stalePublish = await app.inject({
      method: 'POST',
      headers: NATIONAL_AUTH,
      url: `/api/v1/scans/${id}/publish`,
      payload: { version: 1 },
    })
    expect(stalePublish.statusCode).toBe(409)
    const published = await app.inject({
      method: 'POST',
      headers: NATIONAL_AUTH,
      url: `/api/v1/scans/${id}/publish`,
      payload: { version: 2 },
    })
    expect(published.statusCode).toBe(200)
    expect(published.json()).toMatchObject({ status: 'published', version: 3 })
    expect(published.json().publishedAt).toEqual(expect.any(String))

    const edit = await app.inject({
      method: 'PUT',
      url: `/api/v1/scans/${id}`,
      payload: { version: 3, answers: all('niet') },
    })
    expect(edit.statusCode).toBe(409)
    expect(edit.json().error.details[0].path).toBe('/status')
  })

  it("starts a scan from the municipality's latest published answers, marked until confirmed", async () => {
    const publish = (id: string, version: number) =>
      app.inject({ method: 'POST', headers: NATIONAL_AUTH, url: `/api/v1/scans/${id}/publish`, payload: { version } })
    const none = await create({ municipality: 'GM0002', startFrom: 'latest-published' })
    expect(none.statusCode).toBe(400)
    expect(none.json().error.details).toEqual([{ path: '/startFrom', message: expect.stringContaining('GM0002') }])
    const both = await create({ municipality: 'GM0002', startFrom: 'latest-published', answers: {} })
    expect(both.json().error.details).toEqual([{ path: '/answers', message: expect.stringContaining('not both') }])

    const old = (
      await create({
        municipality: 'GM0002',
        answers: { ...all('deels'), 'bn01-1': { answer: 'voldoet', evidence: 'Protocol' } },
      })
    ).json()
    const publishedAt = (await publish(old.id, 1)).json().publishedAt as string
    const res = await create({ municipality: 'GM0002', startFrom: 'latest-published' })
    expect(res.statusCode).toBe(201)
    const scan = res.json()
    const from = publishedAt.slice(0, 10)
    expect(scan.answers).toEqual({
      'bn01-1': { answer: 'voldoet', evidence: 'Protocol', carriedFrom: from },
      'bn01-2': { answer: 'deels', carriedFrom: from },
      'bn02-1': { answer: 'deels', carriedFrom: from },
    })
    // Carried-over answers count in the score, but are not published before someone confirms them.
    expect(scan.score.overall.answered).toBe(3)
    const early = await publish(scan.id, 1)
    expect(early.statusCode).toBe(400)
    expect(early.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      '/answers/bn01-1/carriedFrom',
      '/answers/bn01-2/carriedFrom',
      '/answers/bn02-1/carriedFrom',
    ])
    // Sending an answer without carriedFrom confirms it; a mark sent back stays.
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/scans/${scan.id}`,
      payload: { version: 1, answers: { ...scan.answers, 'bn01-1': { answer: 'voldoet', evidence: 'Protocol' } } },
    })
    expect(put.json().answers['bn01-1']).toEqual({ answer: 'voldoet', evidence: 'Protocol' })
    expect(put.json().answers['bn01-2'].carriedFrom).toBe(from)
    const bad = await app.inject({
      method: 'PUT',
      url: `/api/v1/scans/${scan.id}`,
      payload: { version: 2, answers: { 'bn01-1': { answer: 'niet', carriedFrom: 'vorig jaar' } } },
    })
    expect(bad.json().error.details[0].path).toBe('/answers/bn01-1/carriedFrom')
    await app.inject({
      method: 'PUT',
      url: `/api/v1/scans/${scan.id}`,
      payload: { version: 2, answers: all('voldoet') },
    })
    expect((await publish(scan.id, 3)).statusCode).toBe(200)
  })

  it('refuses anonymous and cross-municipality publishing; a municipality or national key publishes (ADR 0024)', async () => {
    await app.close()
    app = await buildTestApp({
      db: t.db,
      catalog: buildCatalog(dataset),
      scanPublishers: {
        keys: [
          { scope: 'GM0001', sha256: hashPublishKey('sleutel-aadorp') },
          { scope: 'national', sha256: hashPublishKey('sleutel-landelijk') },
        ],
      },
    })
    const publish = (id: string, version: number, key?: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/scans/${id}/publish`,
        payload: { version },
        ...(key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } }),
      })
    const other = (await create({ municipality: 'GM0002', answers: all('niet') })).json()
    // Anyone may still fill in a draft by its link.
    expect(other.status).toBe('draft')
    const anonymous = await publish(other.id, 1)
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().error.code).toBe('WGW_UNAUTHENTICATED')
    expect(anonymous.headers['www-authenticate']).toBe('Bearer')
    expect((await publish(other.id, 1, 'geraden')).statusCode).toBe(401)
    const cross = await publish(other.id, 1, 'sleutel-aadorp')
    expect(cross.statusCode).toBe(403)
    expect(cross.json().error.code).toBe('WGW_FORBIDDEN')
    // Nothing changed: still a draft, same version, not in the overview.
    expect((await app.inject(`/api/v1/scans/${other.id}`)).json()).toMatchObject({ status: 'draft', version: 1 })
    const empty = (await app.inject('/api/v1/scans/overview')).json()
    expect(empty.regions.every((r: { published: number }) => r.published === 0)).toBe(true)

    const own = (await create({ municipality: 'GM0001', answers: all('voldoet') })).json()
    expect((await publish(own.id, 1, 'sleutel-aadorp')).json()).toMatchObject({ status: 'published' })
    expect((await publish(other.id, 1, 'sleutel-landelijk')).json()).toMatchObject({ status: 'published' })
  })

  it('reports next steps, and lists published scans in the overview and CSV only', async () => {
    const draft = (await create({ municipality: 'GM0001', answers: all('niet') })).json()
    const report = (await app.inject({ method: 'GET', url: `/api/v1/scans/${draft.id}/report` })).json()
    expect(report.score.overall.percent).toBe(0)
    expect(report.nextSteps.map((s: { element: { code: string } }) => s.element.code)).toEqual(['BN01', 'BN02'])

    const pub = (await create({ municipality: 'GM0003', answers: all('deels') })).json()
    await app.inject({
      method: 'POST',
      headers: NATIONAL_AUTH,
      url: `/api/v1/scans/${pub.id}/publish`,
      payload: { version: 1 },
    })

    const overview = (await app.inject({ method: 'GET', url: '/api/v1/scans/overview?by=riec' })).json()
    expect(
      overview.regions.map((r: { region: { id: string }; published: number }) => [r.region.id, r.published]),
    ).toEqual([
      ['riec-noord', 0],
      ['riec-zuid', 1],
    ])
    expect(JSON.stringify(overview)).not.toContain(pub.id)
    const badBy = await app.inject({ method: 'GET', url: '/api/v1/scans/overview?by=provincie' })
    expect(badBy.statusCode).toBe(400)
    expect(badBy.json().error.details[0].path).toBe('by')

    const csv = await app.inject({ method: 'GET', url: '/api/v1/scans.csv' })
    expect(csv.headers['content-type']).toContain('text/csv')
    const lines = csv.body.trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/^GM0003,"Ceedorp, ""C""",RIEC Zuid,/)
    expect(csv.body).not.toContain(pub.id)
  })
})
