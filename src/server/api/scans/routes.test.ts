// SPDX-License-Identifier: EUPL-1.2
// The self-scan API through inject(), on SQLite and PostgreSQL: create, update, conflict,
// invalid input that leaves the stored scan untouched, publish (an account of the municipality or a
// national editor, ADR 0032), withdraw, every publication kept, report, overview with history and CSV.
import { beforeEach, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { describeEachEngine } from '../../../../test/helpers/databases.ts'
import { municipalDataset } from '../../../../test/helpers/municipal-dataset.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildTestApp } from '../../../../test/helpers/test-app.ts'
import { municipalityOf, NATIONAL_EDITOR, publisher } from '../../../../test/helpers/publishers.ts'

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
    const NATIONAL_AUTH = (await publisher(t.db, NATIONAL_EDITOR)).headers
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
    const NATIONAL_AUTH = (await publisher(t.db, NATIONAL_EDITOR)).headers
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

  it('refuses anonymous and cross-municipality publishing; the municipality or a national editor publishes (ADR 0032)', async () => {
    const publish = (id: string, version: number, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: `/api/v1/scans/${id}/publish`, payload: { version }, headers })
    const aadorp = await publisher(t.db, municipalityOf('GM0001'))
    const national = await publisher(t.db, NATIONAL_EDITOR)
    const editor = await publisher(t.db, [{ role: 'organisation-editor', scope: 'politie' }])
    // The attack of issue 20: an anonymous draft for another municipality, then publish.
    const other = (await create({ municipality: 'GM0002', answers: all('niet') })).json()
    // Anyone may still fill in a draft by its link.
    expect(other.status).toBe('draft')
    const anonymous = await publish(other.id, 1)
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().error.code).toBe('WGW_UNAUTHENTICATED')
    // A publication key of the old kind is no credential any more.
    expect((await publish(other.id, 1, { authorization: 'Bearer sleutel' })).statusCode).toBe(401)
    const cross = await publish(other.id, 1, aadorp.headers)
    expect(cross.statusCode).toBe(403)
    expect(cross.json().error).toMatchObject({ code: 'WGW_FORBIDDEN' })
    expect(cross.json().error.details[0].message).toBe('your account is for municipality:GM0001')
    expect((await publish(other.id, 1, editor.headers)).statusCode).toBe(403)
    // The session cookie alone, from another site: refused (CSRF).
    const crossSite = await publish(other.id, 1, { cookie: national.cookie, 'sec-fetch-site': 'cross-site' })
    expect(crossSite.statusCode).toBe(403)
    expect(crossSite.json().error.details[0].path).toBe('origin')
    // Nothing changed: still a draft, same version, not in the overview.
    expect((await app.inject(`/api/v1/scans/${other.id}`)).json()).toMatchObject({ status: 'draft', version: 1 })
    const empty = (await app.inject('/api/v1/scans/overview')).json()
    expect(empty.regions.every((r: { published: number }) => r.published === 0)).toBe(true)
    expect((await publish('x'.repeat(32), 1)).statusCode).toBe(401)
    expect((await publish('x'.repeat(32), 1, aadorp.headers)).statusCode).toBe(404)

    const own = (await create({ municipality: 'GM0001', answers: all('voldoet') })).json()
    const ownPublished = (await publish(own.id, 1, aadorp.headers)).json()
    expect(ownPublished).toMatchObject({
      status: 'published',
      publication: { role: 'municipality', organisation: 'GM0001', withdrawnAt: null },
    })
    expect((await publish(other.id, 1, national.headers)).json()).toMatchObject({
      status: 'published',
      publication: { role: 'national-editor', organisation: null },
    })
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['actor', 'action', 'subject'])
      .where('action', 'like', 'scan.%')
      .orderBy('seq')
      .execute()
    expect(audit).toEqual([
      { actor: aadorp.id, action: 'scan.published', subject: `scan:${own.id}` },
      { actor: national.id, action: 'scan.published', subject: `scan:${other.id}` },
    ])
  })

  it('keeps every publication; a municipality withdraws its own, never another’s; the overview shows the latest with its history', async () => {
    const aadorp = await publisher(t.db, municipalityOf('GM0001'))
    const beedorp = await publisher(t.db, municipalityOf('GM0002'))
    const national = await publisher(t.db, NATIONAL_EDITOR)
    const publishNew = async (answer: string, who = aadorp) => {
      const scan = (await create({ municipality: 'GM0001', answers: all(answer) })).json()
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/scans/${scan.id}/publish`,
        payload: { version: 1 },
        headers: who.headers,
      })
      expect(res.statusCode).toBe(200)
      return scan.id as string
    }
    const withdraw = (
      id: string,
      headers: Record<string, string> = {},
      payload: object = { reason: 'Verkeerde antwoorden ingevuld' },
    ) => app.inject({ method: 'POST', url: `/api/v1/scans/${id}/withdraw`, payload, headers })
    const first = await publishNew('deels')
    const second = await publishNew('niet', national)
    const latest = () =>
      app.inject('/api/v1/scans/overview').then((r) => r.json().regions.flatMap((g: { scans: unknown[] }) => g.scans))

    const [shown] = await latest()
    expect(shown).toMatchObject({
      municipality: 'GM0001',
      percent: 0,
      publisher: { role: 'national-editor', organisation: null },
    })
    expect(shown.history.map((h: { percent: number; role: string }) => [h.percent, h.role])).toEqual([
      [0, 'national-editor'],
      [50, 'municipality'],
    ])
    expect(shown.history[0]).toMatchObject({ year: new Date().getUTCFullYear(), withdrawnAt: null })

    expect((await withdraw(second)).statusCode).toBe(401)
    expect((await withdraw(second, beedorp.headers)).statusCode).toBe(403)
    const badReason = await withdraw(second, aadorp.headers, { reason: '' })
    expect(badReason.statusCode).toBe(400)
    expect(badReason.json().error.details[0].path).toBe('/reason')
    const withdrawn = await withdraw(second, aadorp.headers)
    expect(withdrawn.statusCode).toBe(200)
    expect(withdrawn.json()).toMatchObject({
      status: 'withdrawn',
      publication: { withdrawnReason: 'Verkeerde antwoorden ingevuld' },
    })
    expect((await withdraw(second, aadorp.headers)).statusCode).toBe(409)

    // The overview falls back to the publication before; the withdrawn one stays in the history.
    const [after] = await latest()
    expect(after).toMatchObject({ percent: 50, publisher: { role: 'municipality', organisation: 'GM0001' } })
    expect(after.history[0]).toMatchObject({ percent: 0, withdrawnReason: 'Verkeerde antwoorden ingevuld' })
    const publications = (await app.inject('/api/v1/scans/publications?municipality=GM0001')).json()
    expect(publications.municipalities[0].publications).toHaveLength(2)
    expect((await app.inject('/api/v1/scans/publications?municipality=GM9999')).statusCode).toBe(400)
    expect(JSON.stringify(publications)).not.toContain(first)

    // Withdrawing the last one leaves the municipality without a published scan.
    expect((await withdraw(first, national.headers)).statusCode).toBe(200)
    expect(await latest()).toEqual([])
    const draft = (await create({ municipality: 'GM0001' })).json()
    expect((await withdraw(draft.id, aadorp.headers)).json().error.message).toContain('draft')
  })

  it('reports next steps, and lists published scans in the overview and CSV only', async () => {
    const draft = (await create({ municipality: 'GM0001', answers: all('niet') })).json()
    const report = (await app.inject({ method: 'GET', url: `/api/v1/scans/${draft.id}/report` })).json()
    expect(report.score.overall.percent).toBe(0)
    expect(report.nextSteps.map((s: { element: { code: string } }) => s.element.code)).toEqual(['BN01', 'BN02'])

    const pub = (await create({ municipality: 'GM0003', answers: all('deels') })).json()
    await app.inject({
      method: 'POST',
      headers: (await publisher(t.db, NATIONAL_EDITOR)).headers,
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
