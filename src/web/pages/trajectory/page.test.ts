// SPDX-License-Identifier: EUPL-1.2
// The B8 planner page through inject() on the curated data in data/, served by the whole app so
// the calendar link is followed to the real API: form, timeline, errors, scope, JSON input file.
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../data/database.ts'
import { loadDataset } from '../../../data/dataset/load.ts'
import { parseTrajectoryInput } from '../../../domain/trajectory/index.ts'
import { buildTestApp } from '../../../../test/helpers/test-app.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'

const SCENARIO =
  'nationalityGroup=third-country&residence=none&firstSignal=2024-01-10&reflectionStart=2024-01-10&reflectionEnd=2024-02-20' +
  '&reflectionEndReason=reported&report=2024-02-20&permitGranted=2024-02-21&asOf=2024-06-01'

/** The markup of one step of the timeline. */
function step(body: string, id: string): string {
  const start = body.indexOf(`id="stap-${id}"`)
  expect(start, `step ${id} is on the page`).toBeGreaterThan(-1)
  const end = body.indexOf('</li>\n<li class="wgw-timeline__step', start)
  return body.slice(start, end === -1 ? body.indexOf('</ol>', start) : end)
}

function hrefOf(body: string, text: string): string {
  const m = new RegExp(`href="([^"]+)"[^>]*>${text}<`).exec(body)
  expect(m, `a link "${text}"`).not.toBeNull()
  return (m?.[1] ?? '').replaceAll('&amp;', '&')
}

describe('B8 trajectory planner page', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    const { dataset } = loadDataset(fileURLToPath(new URL('../../../../data', import.meta.url)))
    // The planner reads only the dataset; no page here touches the database.
    app = await buildTestApp({ db: {} as Kysely<Database>, catalog: buildCatalog(dataset) })
  })
  afterAll(async () => {
    await app.close()
  })

  it('shows an empty GET form with the privacy note and no timeline on the first visit', async () => {
    const res = await app.inject('/b8-planner')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<form method="get" action="/b8-planner"')
    expect(res.body).not.toContain('method="post"')
    expect(res.body).toContain('Er wordt niets opgeslagen')
    expect(res.body).toContain('geen naam')
    expect(res.body).not.toContain('id="tijdlijn"')
    expect(res.body).not.toContain('role="alert"')
    // Rarer situations are folded away until needed.
    expect(res.body).toMatch(/<details class="wgw-details wgw-planner-group"><summary>Bijzondere situaties<\/summary>/)
    expect(res.body).not.toMatch(/\sstyle\s*=/i)
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('turns a realistic situation into a timeline with parties, rights, dated deadlines and what comes next', async () => {
    const res = await app.inject(`/b8-planner?${SCENARIO}`)
    expect(res.statusCode).toBe(200)
    const body = res.body
    expect(body).toContain('Plandatum: <time datetime="2024-06-01">1 juni 2024</time>')
    expect(body).toContain('Passende vergunningsgronden (Vb 2000 art. 3.48 lid 1): a')

    const permit = step(body, 't08-tijdelijke-vergunning')
    expect(permit).toContain('>Afgerond<')
    expect(permit).toContain('href="/organisaties/ind"')
    expect(permit).toContain('href="/rechten/recht-op-werk"')
    // One year on the permit, counted by the calendar rule: the last day is 20 February 2025.
    expect(permit).toMatch(
      /Uiterlijk <time datetime="2025-02-20">20 februari 2025<\/time><\/strong>: Laatste geldigheidsdag van de eerste vergunning\s*<span class="wgw-legal-basis">\(<span lang="nl">Vb 2000 art. 3.58 lid 6<\/span>\)/,
    )
    expect(permit).toContain('href="#stap-t15a-inschrijving-brp"')

    const reflection = step(body, 't06-bedenktijd')
    expect(reflection).toMatch(
      /<time datetime="2024-02-20">20 februari 2024<\/time><\/strong> \(voorbij\): Einde van de bedenktijd/,
    )

    const brp = step(body, 't15a-inschrijving-brp')
    expect(brp).toContain('>Nu aan de orde<')
    expect(brp).toContain('href="/organisaties/gemeente"')
    expect(brp).toContain('href="/rechten/wmo-opvang"')
    expect(brp).toContain('wgw-badge--derived')

    const renewal = step(body, 't09-verlenging')
    expect(renewal).toContain('Vraag verlenging aan vóór 2025-02-20')

    // The values stay in the form, so the user can change one fact and plan again.
    expect(body).toContain('name="permitGranted" type="text" value="2024-02-21"')
    expect(body).toContain('<option value="third-country" selected>')
    expect(body).not.toMatch(/\sstyle\s*=/i)
  })

  it('links to a calendar file with the same deadlines and to the input as a JSON file', async () => {
    const page = (await app.inject(`/b8-planner?${SCENARIO}`)).body
    const ics = await app.inject(hrefOf(page, 'Termijnen in uw agenda \\(iCalendar-bestand\\)'))
    expect(ics.statusCode).toBe(200)
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20250220\r\n')

    const file = await app.inject(hrefOf(page, 'Invoer downloaden als bestand \\(JSON\\)'))
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-disposition']).toContain('attachment')
    expect(file.headers['cache-control']).toBe('no-store')
    const input: unknown = file.json()
    expect(input).toMatchObject({ nationalityGroup: 'third-country', permitGranted: '2024-02-21', asOf: '2024-06-01' })
    // The file is valid input for the CLI and the API.
    expect(parseTrajectoryInput(input, { municipalities: new Set<string>(), today: '2024-06-01' }).ok).toBe(true)
  })

  it('keeps the values and names every wrong field inline and in a summary that links to it', async () => {
    const res = await app.inject(
      '/b8-planner?nationality=Roemenei&residence=none&reflectionStart=2024-02-30&renewals=2024-05-01,morgen',
    )
    expect(res.statusCode).toBe(400)
    const body = res.body
    expect(body).toContain('role="alert"')
    expect(body).toMatch(
      /<a class="utrecht-link" href="#b8-nationality">Nationaliteit: .*bedoelt u &#39;Roemenië&#39;\?/,
    )
    expect(body).toMatch(
      /<a class="utrecht-link" href="#b8-reflectionStart">Eerste dag van de bedenktijd: moet een bestaande datum zijn/,
    )
    expect(body).toMatch(
      /<a class="utrecht-link" href="#b8-renewals">Verlengingen van de vergunning: .*&#39;morgen&#39;/,
    )
    expect(body).toContain('id="b8-reflectionStart-error"')
    expect(body).toMatch(
      /id="b8-reflectionStart" name="reflectionStart" type="text" value="2024-02-30" autocomplete="off" aria-invalid="true"/,
    )
    expect(body).toContain('name="renewals" type="text" value="2024-05-01,morgen"')
    expect(body).not.toContain('id="tijdlijn"')
  })

  it('opens a folded group when one of its fields is wrong, and says so for a fact that needs another', async () => {
    const res = await app.inject('/b8-planner?nationalityGroup=third-country&residence=lawful&detentionConsent=true')
    expect(res.statusCode).toBe(400)
    expect(res.body).toMatch(
      /<details class="wgw-details wgw-planner-group" open><summary>Bijzondere situaties<\/summary>/,
    )
    expect(res.body).toContain('href="#b8-detentionConsent"')
    expect(res.body).toContain('geldt alleen in vreemdelingenbewaring')
  })

  it('says the scheme does not apply to a Dutch victim, with the reason and the routes that apply instead', async () => {
    const res = await app.inject('/b8-planner?nationalityGroup=nl&asOf=2024-06-01')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('De verblijfsregeling is niet van toepassing')
    expect(res.body).toContain('geldt niet voor Nederlanders')
    expect(res.body).toContain('Wat wel geldt')
    expect(res.body).toContain('href="/rechten/wmo-opvang"')
    expect(res.body).toContain('href="/rechten/zorgcoordinatie"')
    expect(res.body).not.toContain('class="wgw-timeline"')
  })

  it('speaks English under /en, the planner notes too', async () => {
    const res = await app.inject(`/en/b8-planner?${SCENARIO}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<form method="get" action="/en/b8-planner"')
    expect(res.body).toContain('Temporary residence permit (B8)')
    expect(res.body).toMatch(
      /At the latest <time datetime="2025-02-20">20 February 2025<\/time><\/strong>: Last day of validity of the first permit/,
    )
    expect(res.body).toContain('href="/en/organisations/ind"')
    expect(res.body).toMatch(/<li class="utrecht-unordered-list__item">Apply for renewal before/)
    expect(res.body).not.toContain('Vraag verlenging aan')
    expect(res.body).toContain('/api/v1/trajectory.ics?')
    expect(res.body).toMatch(/trajectory\.ics\?[^"]*&amp;lang=en"/)
    expect(res.body).toContain('href="/en/b8-planner/input.json?')
  })

  it('answers a damaged JSON-file link with the planner page and its errors', async () => {
    const res = await app.inject('/b8-planner/invoer.json?nationalityGroup=mars')
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toContain('href="#b8-nationalityGroup"')
    // Every field may be unknown: an empty form is a plan of the scheme for an unknown nationality.
    const empty = await app.inject('/b8-planner/invoer.json')
    expect(empty.statusCode).toBe(200)
    expect(JSON.parse(empty.body)).toEqual({})
  })
})
