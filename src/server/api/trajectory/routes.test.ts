// SPDX-License-Identifier: EUPL-1.2
// POST /trajectory and GET /trajectory.ics through inject(), on the curated data in data/.
import { beforeAll, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../../data/database.ts'
import { loadDataset } from '../../../data/dataset/load.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildTestApp } from '../../../../test/helpers/test-app.ts'

describe('trajectory API', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    const { dataset } = loadDataset(fileURLToPath(new URL('../../../../data', import.meta.url)))
    // The planner reads only the dataset; it never touches the database.
    app = await buildTestApp({ db: {} as Kysely<Database>, catalog: buildCatalog(dataset) })
  })

  it('answers a plan with steps, parties and dated deadlines, and stores nothing in caches', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/trajectory',
      payload: {
        nationalityGroup: 'third-country',
        residence: 'none',
        reflectionStart: '2014-01-31',
        asOf: '2014-02-10',
      },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const body = res.json()
    expect(body.applicable).toBe(true)
    const t06 = body.steps.find((s: { id: string }) => s.id === 't06-bedenktijd')
    expect(t06.deadlines).toContainEqual(
      expect.objectContaining({ date: '2014-04-30', kind: 'max', legalBasis: 'Vc 2000 (B) B8/3.1', passed: false }),
    )
    expect(t06.parties).toContainEqual({ id: 'ind', name: 'IND' })
  })

  it('says the scheme does not apply to an EU citizen, with a reason and alternatives', async () => {
    const body = (
      await app.inject({ method: 'POST', url: '/api/v1/trajectory', payload: { nationalityGroup: 'eu' } })
    ).json()
    expect(body).toMatchObject({ applicable: false, steps: [] })
    expect(body.reason).toMatchObject({
      code: 'trajectory.scope.eu-citizens',
      message: expect.stringMatching(/EU-recht/),
    })
    const english = await app.inject({
      method: 'POST',
      url: '/api/v1/trajectory?lang=en',
      payload: { nationalityGroup: 'eu' },
    })
    expect(english.headers['content-language']).toBe('en')
    expect(english.json().reason.message).toMatch(/^Citizens of the EU/)
    expect(body.alternatives.length).toBeGreaterThan(0)
  })

  it('names each bad field of the body as a JSON pointer, with its code and the message in the language asked', async () => {
    const payload = {
      nationalityGroup: 'third-country',
      reflectionStart: '2014-03-01',
      permitGranted: '2014-02-01',
      asOf: '2014-06-01',
    }
    const res = await app.inject({ method: 'POST', url: '/api/v1/trajectory', payload })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'WGW_VALIDATION',
      details: [
        {
          path: '/permitGranted',
          code: 'scenario.error.date-order',
          params: { date: '2014-02-01', earlier: 'reflectionStart', earlierDate: '2014-03-01' },
          message: expect.stringContaining('reflectionStart (begin bedenktijd)'),
        },
      ],
    })
    const english = await app.inject({ method: 'POST', url: '/api/v1/trajectory?lang=en', payload })
    expect(english.json().error.details[0].message).toMatch(/^2014-02-01 lies before reflectionStart 2014-03-01: /)
    const schemaError = await app.inject({
      method: 'POST',
      url: '/api/v1/trajectory',
      payload: { nationalityGroup: 'mars', witness: 'yes' },
    })
    expect(schemaError.statusCode).toBe(400)
    expect(schemaError.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['/nationalityGroup']),
    )
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/trajectory',
      headers: { 'content-type': 'application/json' },
      payload: '{"nationalityGroup":',
    })
    expect(bad.json().error.code).toBe('WGW_BAD_JSON')
  })

  it('exports the deadlines as iCalendar from the query string', async () => {
    const res = await app.inject({
      url: '/api/v1/trajectory.ics?nationalityGroup=third-country&residence=none&report=2016-02-28&permitGranted=2016-02-29&renewals=2017-02-20&asOf=2017-03-01',
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.body).toMatch(/^BEGIN:VCALENDAR\r\n/)
    // Only dates still ahead on the plan date, each with a reminder (#20 item 10): the first
    // expiry (2017-02-28) has passed on 2017-03-01, the one after the renewal has not.
    expect(res.body).not.toContain('DTSTART;VALUE=DATE:20170228\r\n')
    expect(res.body).toContain('DTSTART;VALUE=DATE:20180228\r\n')
    expect(res.body).toContain('BEGIN:VALARM\r\n')
  })

  it('names the query field of a bad calendar request', async () => {
    const res = await app.inject({
      url: '/api/v1/trajectory.ics?nationalityGroup=third-country&reflectionStart=2014-02-30',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'WGW_VALIDATION', details: [{ path: 'reflectionStart' }] })
    // The planner reads the one Scenario (ADR 0013): no field is required, a wrong one is named.
    const typo = await app.inject({ url: '/api/v1/trajectory.ics?residence=none&nationality=Roemenei' })
    expect(typo.statusCode).toBe(400)
    expect(typo.json().error.details).toMatchObject([{ path: 'nationality' }])
  })
})
