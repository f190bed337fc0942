// SPDX-License-Identifier: EUPL-1.2
// POST /route and GET /route on SQLite and PostgreSQL: same route both ways, ETag/304, CORS, and
// every kind of bad input answered with a 4xx that names the field.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'
import type { Route } from '../../../domain/route/index.ts'

describeInMemory('API /route', (t) => {
  const app = useApiApp(t)

  it('answers POST with the route for a JSON scenario', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/v1/route',
      payload: { exploitation: ['labour'], nationality: 'RO', asOf: '2024-06-01' },
    })
    expect(response.statusCode).toBe(200)
    const route = response.json<Route>()
    expect(route.scenario).toMatchObject({
      exploitation: ['labour'],
      nationality: 'RO',
      nationalityGroup: 'eu',
      asOf: '2024-06-01',
    })
    const signaleren = route.phases.find((p) => p.id === 'A')?.aspects.find((a) => a.id === 'signaleren')
    expect(signaleren?.parties.map((p) => p.id)).toContain('arbeidsinspectie')
  })

  it('shows the predecessor name for an old date (Inspectie SZW before 2022)', async () => {
    const response = await app().inject('/api/v1/route?exploitation=labour&asOf=2020-05-01')
    const ids = response.json<Route>().phases.flatMap((p) => p.aspects.flatMap((a) => a.parties.map((x) => x.id)))
    expect(ids).toContain('inspectie-szw')
    expect(ids).not.toContain('arbeidsinspectie')
  })

  it('gives the same route for GET with query fields as for POST with JSON', async () => {
    const body = { exploitation: ['sexual', 'labour'], age: 17, municipality: 'GM0344', asOf: '2024-06-01' }
    const post = await app().inject({ method: 'POST', url: '/api/v1/route', payload: body })
    const repeated = await app().inject(
      '/api/v1/route?exploitation=sexual&exploitation=labour&age=17&municipality=gm0344&asOf=2024-06-01',
    )
    const commas = await app().inject(
      '/api/v1/route?exploitation=labour,sexual&age=17&municipality=GM0344&asOf=2024-06-01',
    )
    expect(repeated.statusCode).toBe(200)
    expect(repeated.json()).toEqual(post.json())
    expect(commas.body).toBe(repeated.body)
    expect(repeated.json<Route>().regional.municipality?.code).toBe('GM0344')
  })

  it("keeps GET /route (a victim's facts in the URL) out of every cache, and allows any origin", async () => {
    const url = '/api/v1/route?exploitation=criminal&asOf=2024-06-01'
    const first = await app().inject(url)
    expect(first.headers['cache-control']).toBe('private, no-store')
    expect(first.headers['access-control-allow-origin']).toBe('*')
    expect(first.headers['x-content-type-options']).toBe('nosniff')
    // Nothing is stored, so there is nothing to revalidate: never a 304.
    const again = await app().inject({ url, headers: { 'if-none-match': String(first.headers['etag']) } })
    expect(again.statusCode).toBe(200)
  })

  it('answers with code and params beside a message in the language of lang, else Accept-Language, else Dutch', async () => {
    const url = '/api/v1/route?exploitation=labour&age=16&asOf=2024-06-01'
    type Json = { code: string; params: object; message: string }
    const first = (r: { json: <T>() => T }): Json => {
      const route = r.json<{ phases: { aspects: { parties: { why: Json[] }[] }[] }[]; warnings: Json[] }>()
      return route.phases[0]?.aspects[0]?.parties[0]?.why[0] as Json
    }
    const dutch = await app().inject(url)
    const english = await app().inject(`${url}&lang=en`)
    const accepted = await app().inject({ url, headers: { 'accept-language': 'de;q=0.9, en-GB;q=0.8, nl;q=0.1' } })
    expect(dutch.headers['content-language']).toBe('nl')
    expect(english.headers['content-language']).toBe('en')
    expect(accepted.headers['content-language']).toBe('en')
    expect(first(english).code).toBe(first(dutch).code)
    expect(first(english).params).toEqual(first(dutch).params)
    expect(first(english).message).not.toBe(first(dutch).message)
    expect(first(accepted).message).toBe(first(english).message)
    const warnings = english.json<{ warnings: Json[] }>().warnings
    expect(warnings.map((w) => w.code)).toContain('route.warning.no-municipality')
    expect(warnings.find((w) => w.code === 'route.warning.no-municipality')?.message).toMatch(
      /^No municipality was given/,
    )
    const open = english.json<{ openQuestions: { facet: string; question: string; options: { label: string }[] }[] }>()
    expect(open.openQuestions.find((q) => q.facet === 'gender')?.question).toBe('What is the person’s gender?')
    const posted = await app().inject({
      method: 'POST',
      url: '/api/v1/route?lang=en',
      payload: { exploitation: ['labour'] },
    })
    expect(posted.headers['content-language']).toBe('en')
    const bad = await app().inject(`${url}&lang=fr`)
    expect(bad.statusCode).toBe(400)
    expect(errorPaths(bad.json<ErrorJson>())).toContain('lang')
  })

  it('names the field of every problem in the query string', async () => {
    const cases: [string, string][] = [
      ['/api/v1/route?age=30', 'exploitation'],
      ['/api/v1/route?exploitation=slavery', 'exploitation'],
      ['/api/v1/route?exploitation=labour&age=abc', 'age'],
      ['/api/v1/route?exploitation=labour&age=30&age=31', 'age'],
      ['/api/v1/route?exploitation=labour&municipality=GM9999', 'municipality'],
      ['/api/v1/route?exploitation=labour&nationality=XX', 'nationality'],
      ['/api/v1/route?exploitation=labour&asOf=2025-02-30', 'asOf'],
      ['/api/v1/route?exploitation=labour&colour=red', 'colour'],
      ['/api/v1/route?exploitation=labour&age=30&unaccompanied=true', 'unaccompanied'],
      ['/api/v1/route?exploitation=labour&asker=boss', 'asker'],
    ]
    for (const [url, field] of cases) {
      const response = await app().inject(url)
      expect(response.statusCode, url).toBe(400)
      expect(errorPaths(response.json<ErrorJson>()), url).toContain(field)
    }
  })

  it('words the summary for who is asking (asker): the police are not sent to the police', async () => {
    const general = await app().inject({ method: 'POST', url: '/api/v1/route', payload: { exploitation: ['sexual'] } })
    const police = await app().inject({
      method: 'POST',
      url: '/api/v1/route',
      payload: { exploitation: ['sexual'], asker: 'police' },
    })
    expect(police.statusCode).toBe(200)
    const body = police.json<{
      scenario: { asker?: string }
      summary: { party: { id: string }; call?: { partyId: string } }[]
    }>()
    expect(body.scenario.asker).toBe('police')
    for (const a of body.summary) {
      expect(a.party.id).not.toBe('politie')
      expect(a.call?.partyId).not.toBe('politie')
    }
    // Route answers carry no ETag (ADR 0036); a cache keyed without the asker would have served the
    // general summary (asked first) to the police, which the checks above and this one catch.
    expect(police.headers['etag']).toBeUndefined()
    const generalSummary = general.json<{ summary: { party: { id: string } }[] }>().summary.map((a) => a.party.id)
    expect(body.summary.map((a) => a.party.id)).not.toEqual(generalSummary)
  })

  it('points into the JSON body for body problems', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/v1/route',
      payload: { exploitation: 'labour', age: -1, extra: true },
    })
    expect(response.statusCode).toBe(400)
    const body = response.json<ErrorJson>()
    expect(body.error.code).toBe('WGW_VALIDATION')
    expect(errorPaths(body)).toEqual(expect.arrayContaining(['/exploitation', '/age', '/extra']))
  })

  it('rejects broken JSON, other media types and oversized bodies with their own codes', async () => {
    const broken = await app().inject({
      method: 'POST',
      url: '/api/v1/route',
      headers: { 'content-type': 'application/json' },
      payload: '{"exploitation": [',
    })
    expect([broken.statusCode, broken.json<ErrorJson>().error.code]).toEqual([400, 'WGW_BAD_JSON'])
    const text = await app().inject({
      method: 'POST',
      url: '/api/v1/route',
      headers: { 'content-type': 'text/plain' },
      payload: 'exploitation=labour',
    })
    expect([text.statusCode, text.json<ErrorJson>().error.code]).toEqual([415, 'WGW_UNSUPPORTED_MEDIA_TYPE'])
    const huge = await app().inject({
      method: 'POST',
      url: '/api/v1/route',
      payload: { exploitation: ['labour'], note: 'x'.repeat(70_000) },
    })
    expect([huge.statusCode, huge.json<ErrorJson>().error.code]).toEqual([413, 'WGW_BODY_TOO_LARGE'])
  })
})
