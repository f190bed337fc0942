// SPDX-License-Identifier: EUPL-1.2
// Self-scans under abuse, on SQLite and PostgreSQL (issue 16, items 2 and 3): the published-scan
// views read one kept score per municipality (not every scan), rows from before scores were kept
// are filled in, writes are rate-limited per client (API and forms share one budget), untouched
// drafts expire, and a scan's size is capped.
import { sql } from 'kysely'
import { Migrator } from 'kysely'
import type { FastifyInstance } from 'fastify'
import { beforeEach, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/data/migrate.ts'
import { answersSizeProblem, MAX_SCAN_ANSWERS_CHARS } from '../../src/domain/basisniveau/answers.ts'
import { expireDrafts } from '../../src/server/draft-expiry.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { municipalDataset } from '../helpers/municipal-dataset.ts'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import { buildTestApp, TEST_LIMITS } from '../helpers/test-app.ts'
import { NATIONAL_EDITOR, publisher } from '../helpers/publishers.ts'

const catalog = buildCatalog(municipalDataset())
const all = (answer: string) => ({ 'bn01-1': { answer }, 'bn01-2': { answer }, 'bn02-1': { answer } })

describeEachEngine('self-scans under abuse', (t) => {
  let app: FastifyInstance
  beforeEach(async () => {
    await t.reset()
    app = await buildTestApp({ db: t.db, catalog })
  })

  async function publish(municipality: string, answer: string): Promise<string> {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      payload: { municipality, answers: all(answer) },
    })
    const { id } = created.json<{ id: string }>()
    const published = await app.inject({
      method: 'POST',
      headers: (await publisher(t.db, NATIONAL_EDITOR)).headers,
      url: `/api/v1/scans/${id}/publish`,
      payload: { version: 1 },
    })
    expect(published.statusCode, published.body).toBe(200)
    return id
  }

  it('keeps one score row per municipality and never re-reads older scans', async () => {
    await publish('GM0001', 'niet')
    await publish('GM0001', 'deels')
    await publish('GM0003', 'voldoet')
    const latest = await publish('GM0001', 'voldoet')
    const rows = await t.db.selectFrom('published_scan_scores').selectAll().orderBy('municipality_code').execute()
    expect(rows.map((r) => [r.municipality_code, r.scan_id === latest])).toEqual([
      ['GM0001', true],
      ['GM0003', false],
    ])
    // Damage every published scan's answers: the views must not need them any more.
    await t.db.updateTable('scans').set({ answers: 'not json' }).execute()
    const overview = await app.inject('/api/v1/scans/overview')
    expect(overview.statusCode, overview.body).toBe(200)
    const riec = overview.json<{ regions: { region: { id: string }; average: { percent: number | null } }[] }>()
    expect(riec.regions.map((r) => [r.region.id, r.average.percent])).toEqual([
      ['riec-noord', 100],
      ['riec-zuid', 100],
    ])
    const csv = await app.inject('/api/v1/scans.csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.body.trim().split('\r\n')).toHaveLength(3)
    expect((await app.inject('/basisniveau/overzicht')).statusCode).toBe(200)
    await app.close()
  })

  it('scores the published scans that were there before scores were kept (the migration)', async () => {
    await app.close()
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } })
    await migrator.migrateTo('2026_11_29_1800_create_search_index')
    const insert = (id: string, municipality: string, answer: string, at: string) =>
      sql`insert into scans (id, municipality_code, status, version, answers, created_at, updated_at, published_at)
          values (${id}, ${municipality}, 'published', 2, ${JSON.stringify(all(answer))}, ${at}, ${at}, ${at})`.execute(
        t.db,
      )
    await insert('a'.repeat(32), 'GM0001', 'niet', '2025-01-01T00:00:00.000Z')
    await insert('b'.repeat(32), 'GM0001', 'voldoet', '2025-02-01T00:00:00.000Z')
    await insert('c'.repeat(32), 'GM0003', 'deels', '2025-01-05T00:00:00.000Z')
    await migrator.migrateToLatest()
    const rows = await t.db.selectFrom('published_scan_scores').selectAll().orderBy('municipality_code').execute()
    expect(rows.map((r) => [r.municipality_code, r.scan_id, r.score])).toEqual([
      ['GM0001', 'b'.repeat(32), null],
      ['GM0003', 'c'.repeat(32), null],
    ])
    app = await buildTestApp({ db: t.db, catalog })
    const overview = await app.inject('/api/v1/scans/overview?by=police-unit')
    expect(overview.json<{ regions: { average: { percent: number } }[] }>().regions[0]?.average.percent).toBe(75)
    const scored = await t.db.selectFrom('published_scan_scores').select('score').execute()
    expect(scored.every((r) => r.score !== null)).toBe(true)
    await app.close()
  })

  it('limits writes per client, API and forms together, with the documented error', async () => {
    await app.close()
    app = await buildTestApp({ db: t.db, catalog, limits: { ...TEST_LIMITS, writesPerMinute: 2 } })
    const created = await app.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0001' } })
    expect(created.statusCode).toBe(201)
    const form = {
      method: 'POST' as const,
      url: '/basisniveau/scan',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      payload: 'gemeente=GM0001',
    }
    expect((await app.inject(form)).statusCode).toBe(303)
    const page = await app.inject(form)
    expect(page.statusCode).toBe(429)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.body).toContain('Te veel wijzigingen')
    const api = await app.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0001' } })
    expect(api.statusCode).toBe(429)
    expect(api.json<{ error: { code: string } }>().error.code).toBe('WGW_RATE_LIMITED')
    expect(Number(api.headers['retry-after'])).toBeGreaterThan(0)
    // Another client has its own budget.
    const other = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      payload: { municipality: 'GM0001' },
      remoteAddress: '192.0.2.7',
    })
    expect(other.statusCode).toBe(201)
    await app.close()
  })

  it('deletes drafts untouched for the documented period, never published scans', async () => {
    const draft = (
      await app.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0001' } })
    ).json<{
      id: string
    }>().id
    const fresh = (
      await app.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0001' } })
    ).json<{
      id: string
    }>().id
    const published = await publish('GM0003', 'deels')
    const old = new Date(Date.now() - 91 * 24 * 3600 * 1000).toISOString()
    await t.db.updateTable('scans').set({ updated_at: old }).where('id', 'in', [draft, published]).execute()
    expect(await expireDrafts(t.db, TEST_LIMITS.draftTtlDays)).toBe(1)
    expect((await app.inject(`/api/v1/scans/${draft}`)).statusCode).toBe(404)
    expect((await app.inject(`/api/v1/scans/${fresh}`)).statusCode).toBe(200)
    expect((await app.inject(`/api/v1/scans/${published}`)).statusCode).toBe(200)
    expect(TEST_LIMITS.draftTtlDays).toBe(90)
    await app.close()
  })

  it('says which value was wrong, and what a change needs (items 9c, 9d)', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      payload: { municipality: 'X1', answers: { 'bn01-1': { answer: 'ja' } } },
    })
    const messages = bad.json<{ error: { details: { message: string }[] } }>().error.details.map((d) => d.message)
    expect(messages.join('\n')).not.toContain('undefined')
    expect(messages[0]).toContain('"X1"')
    expect(messages[1]).toContain('"ja"')
    expect(messages[1]).toContain('one of: niet, deels, voldoet, nvt, weet-niet, null')
    const created = await app.inject({ method: 'POST', url: '/api/v1/scans', payload: { municipality: 'GM0001' } })
    const { id } = created.json<{ id: string }>()
    const noVersion = await app.inject({ method: 'PUT', url: `/api/v1/scans/${id}`, payload: { answers: {} } })
    expect(noVersion.statusCode).toBe(428)
    expect(noVersion.json<{ error: { message: string } }>().error.message).not.toContain('If-Match')
    await app.close()
  })

  it('caps the size of a scan', async () => {
    const huge = { 'bn01-1': { answer: 'deels' as const, evidence: 'x'.repeat(MAX_SCAN_ANSWERS_CHARS) } }
    expect(answersSizeProblem(huge)?.message).toMatch(/at most 200000 are kept/)
    expect(answersSizeProblem(all('deels') as never)).toBeUndefined()
    // Through the API the body limit (64 KiB) stops it even earlier.
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      payload: { municipality: 'GM0001', answers: huge },
    })
    expect(response.statusCode).toBe(413)
    await app.close()
  })
})
