// SPDX-License-Identifier: EUPL-1.2
// The self-scan pages via inject(): start, form with per-field errors and an error summary, values
// kept on error, the version check (a stale save never overwrites), publishing, the report, the
// regional overview, the same-origin check on every POST and the headers of capability pages.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { municipalityOf, NATIONAL_EDITOR, publisher } from '../../../../test/helpers/publishers.ts'
import { buildWebApp, databaseOf } from '../../../../test/helpers/web-app.ts'
import { localePath } from '../../i18n.ts'

let app: FastifyInstance
beforeAll(async () => {
  app = await buildWebApp()
})
afterAll(async () => {
  await app.close()
})

const FORM = 'application/x-www-form-urlencoded'
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' }

function post(
  url: string,
  body: string,
  headers: Record<string, string> = SAME_ORIGIN,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: { 'content-type': FORM, ...headers }, payload: body })
}

async function newScan(code = 'GM0344', prefix = ''): Promise<string> {
  const start = prefix === '' ? '/basisniveau/scan' : `${prefix}/basic-level/scan`
  const res = await post(start, `gemeente=${code}`)
  expect(res.statusCode).toBe(303)
  const location = res.headers.location as string
  expect(location).toMatch(new RegExp(`^${start}/[A-Za-z0-9_-]{32}$`))
  return location.slice(location.lastIndexOf('/') + 1)
}

const scanUrl = (token: string) => `/basisniveau/scan/${token}`
const sectionUrl = (token: string, section: string) => `${scanUrl(token)}/onderdeel/${section}`
const checked = (body: string, q: string, value: string) =>
  new RegExp(`name="antwoord-${q}" value="${value}" checked`).test(body)
const hiddenVersion = (body: string) => /name="versie" value="(\d+)"/.exec(body)?.[1]

function noInlineStyle(body: string): void {
  expect(body).not.toMatch(/\sstyle\s*=/i)
  expect(body).not.toMatch(/<style[\s>]/i)
  expect(body).not.toMatch(/\son[a-z]+\s*=/i)
}

describe('basisniveau pages', () => {
  it('introduces the basisniveau with its elements, sources and a start button', async () => {
    const res = await app.inject('/basisniveau')
    expect(res.statusCode).toBe(200)
    for (const text of [
      'BN01 Signalering',
      'BN02 Beleid',
      'href="/basisniveau/scan"',
      'href="/basisniveau/overzicht"',
      'kst-28638-128.html',
    ]) {
      expect(res.body).toContain(text)
    }
    noInlineStyle(res.body)
  })

  it('starts a scan by CBS code: POST form, field errors for a missing or unknown municipality, 303 to the new link', async () => {
    const start = await app.inject('/basisniveau/scan')
    expect(start.statusCode).toBe(200)
    expect(start.body).toMatch(/<form method="post" action="\/basisniveau\/scan"/)
    expect(start.body).toContain('<option value="GM0344">Utrecht (GM0344)</option>')
    expect(start.headers['x-robots-tag']).toBe('noindex, nofollow')

    const missing = await post('/basisniveau/scan', 'gemeente=')
    expect(missing.statusCode).toBe(400)
    expect(missing.body).toContain('href="#gemeente"')
    expect(missing.body).toContain('id="gemeente-error"')
    const unknown = await post('/basisniveau/scan', 'gemeente=GM9999')
    expect(unknown.statusCode).toBe(400)
    expect(unknown.body).toContain('Er is geen gemeente met CBS-code &quot;GM9999&quot;')
    expect((await app.inject('/basisniveau/scan?gemeente=GM0307')).body).toContain('<option value="GM0307" selected>')
    expect((await app.inject('/basisniveau/scan?gemeente=XX')).statusCode).toBe(400)

    const token = await newScan()
    // The link opens the overview: progress per section, a link to each, and publishing.
    const page = await app.inject(scanUrl(token))
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Zelfscan Utrecht')
    expect(page.body).toContain('0 van de 3 vragen beantwoord')
    expect(page.body).toContain(`href="${sectionUrl(token, 'bn01')}"`)
    expect(page.body).toContain(`href="${sectionUrl(token, 'bn02')}"`)
    expect(hiddenVersion(page.body)).toBe('1')
    expect(page.body).toMatch(new RegExp(`<form method="post" action="/basisniveau/scan/${token}"`))
    expect(page.headers['cache-control']).toBe('no-store')
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.headers['set-cookie']).toBeUndefined()
    noInlineStyle(page.body)

    // One section per element, with where the person is and a save button of its own.
    const section = await app.inject(sectionUrl(token, 'bn01'))
    expect(section.statusCode).toBe(200)
    expect(section.body).toContain('Onderdeel 1 van 2')
    expect(section.body).toMatch(new RegExp(`<form method="post" action="${sectionUrl(token, 'bn01')}"`))
    expect(section.body).toContain('name="antwoord-bn01-1" value="niet"')
    expect(section.body).not.toContain('name="antwoord-bn02-1"')
    expect(section.body).toContain('<textarea')
    expect(section.body).toContain('value="opslaan"')
    expect(section.body).toContain('value="volgende"')
    expect(hiddenVersion(section.body)).toBe('1')
    expect(section.headers['x-robots-tag']).toBe('noindex, nofollow')
    noInlineStyle(section.body)
    expect((await app.inject(`${scanUrl(token)}/onderdeel/bn99`)).statusCode).toBe(404)
  })

  it('saves each section on its own: back to the same section, or on to the next, then the overview', async () => {
    const token = await newScan()
    const stay = await post(
      sectionUrl(token, 'bn01'),
      'versie=1&actie=opslaan&antwoord-bn01-1=voldoet&onderbouwing-bn01-1=',
    )
    expect(stay.statusCode).toBe(303)
    expect(stay.headers.location).toBe(`${sectionUrl(token, 'bn01')}?opgeslagen=1`)
    const saved = await app.inject(stay.headers.location as string)
    expect(saved.body).toContain('Uw antwoorden zijn opgeslagen (versie 2).')
    expect(saved.body).toContain('1 van de 3 vragen beantwoord')
    expect(checked(saved.body, 'bn01-1', 'voldoet')).toBe(true)

    const next = await post(
      sectionUrl(token, 'bn01'),
      'versie=2&actie=volgende&antwoord-bn01-1=voldoet&antwoord-bn01-2=deels',
    )
    expect(next.headers.location).toBe(`${sectionUrl(token, 'bn02')}?opgeslagen=1`)
    const second = await app.inject(next.headers.location as string)
    expect(second.body).toContain('Onderdeel 2 van 2')
    expect(second.body).toContain('2 van de 3 vragen beantwoord')
    // Saving bn02 keeps bn01's answers; the last section goes on to the overview.
    const last = await post(sectionUrl(token, 'bn02'), 'versie=3&actie=volgende&antwoord-bn02-1=niet')
    expect(last.headers.location).toBe(`${scanUrl(token)}?opgeslagen=1`)
    const overview = await app.inject(last.headers.location as string)
    expect(overview.body).toContain('3 van de 3 vragen beantwoord')
    expect(overview.body).toContain('2 van de 2 onderdelen zijn compleet.')
    // Clearing a section's answer makes that question open again, nothing else changes.
    await post(sectionUrl(token, 'bn02'), 'versie=4&actie=opslaan&onderbouwing-bn02-1=')
    expect((await app.inject(scanUrl(token))).body).toContain('2 van de 3 vragen beantwoord')
    // A section does not publish.
    const publish = await post(sectionUrl(token, 'bn01'), 'versie=5&actie=publiceren&antwoord-bn01-1=voldoet')
    expect(publish.statusCode).toBe(400)
  })

  it('shows field errors and a linked summary, keeps the input and saves nothing when an answer is invalid', async () => {
    const token = await newScan()
    const res = await post(
      sectionUrl(token, 'bn01'),
      'versie=1&actie=opslaan&antwoord-bn01-1=misschien&antwoord-bn01-2=deels&onderbouwing-bn01-2=Raadsbesluit+%3Cb%3E2024%3C%2Fb%3E&onderbouwing-bn01-1=' +
        'x'.repeat(2001),
    )
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('Er is iets mis met de antwoorden')
    expect(res.body).toContain('href="#vraag-bn01-1"')
    expect(res.body).toContain('href="#onderbouwing-bn01-1"')
    expect(res.body).toContain('id="vraag-bn01-1-error"')
    expect(res.body).toContain('id="onderbouwing-bn01-1-error"')
    expect(res.body).toContain('Er is niets opgeslagen')
    expect(checked(res.body, 'bn01-2', 'deels')).toBe(true)
    expect(res.body).toContain('Raadsbesluit &lt;b&gt;2024&lt;/b&gt;</textarea>')
    noInlineStyle(res.body)

    const stored = await app.inject(sectionUrl(token, 'bn01'))
    expect(hiddenVersion(stored.body)).toBe('1')
    expect(checked(stored.body, 'bn01-2', 'deels')).toBe(false)
  })

  it('refuses unknown fields and a missing version as form errors', async () => {
    const token = await newScan()
    const unknown = await post(scanUrl(token), 'versie=1&antwoord-bn99-1=niet')
    expect(unknown.statusCode).toBe(400)
    expect(unknown.body).toContain('onbekend veld &quot;antwoord-bn99-1&quot;')
    expect(unknown.body).toContain('href="#scan-formulier"')
    const noVersion = await post(scanUrl(token), 'antwoord-bn01-1=niet')
    expect(noVersion.statusCode).toBe(400)
    expect(noVersion.body).toContain('mist het versienummer')
    // A section takes its own questions only.
    const other = await post(sectionUrl(token, 'bn01'), 'versie=1&antwoord-bn02-1=niet')
    expect(other.statusCode).toBe(400)
    expect(other.body).toContain('onbekend veld &quot;antwoord-bn02-1&quot;')
  })

  it('saves a draft (303, then a confirmation) and refuses a stale version without overwriting', async () => {
    const token = await newScan()
    const first = await post(
      sectionUrl(token, 'bn01'),
      'versie=1&actie=opslaan&antwoord-bn01-1=voldoet&onderbouwing-bn01-1=Protocol',
    )
    expect(first.statusCode).toBe(303)
    expect(first.headers.location).toBe(`${sectionUrl(token, 'bn01')}?opgeslagen=1`)
    const saved = await app.inject(first.headers.location as string)
    expect(saved.body).toContain('Uw antwoorden zijn opgeslagen (versie 2).')
    expect(checked(saved.body, 'bn01-1', 'voldoet')).toBe(true)
    expect(hiddenVersion(saved.body)).toBe('2')

    // A colleague still has version 1 open and saves the same section.
    const stale = await post(
      sectionUrl(token, 'bn01'),
      'versie=1&actie=opslaan&antwoord-bn01-1=niet&antwoord-bn01-2=deels',
    )
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Iemand anders heeft deze scan intussen gewijzigd')
    expect(stale.body).toContain('U bewerkte versie 1, maar inmiddels is versie 2 opgeslagen.')
    expect(checked(stale.body, 'bn01-1', 'niet')).toBe(true) // their own input stays on screen
    expect(stale.body).toContain('Opgeslagen door iemand anders: Voldoet')
    expect(stale.body).toContain(`href="${sectionUrl(token, 'bn01')}"`) // reload
    expect(hiddenVersion(stale.body)).toBe('2')
    // Another section with the stale version is refused just the same: the version is the scan's.
    expect((await post(sectionUrl(token, 'bn02'), 'versie=1&antwoord-bn02-1=deels')).statusCode).toBe(409)

    const after = await app.inject(sectionUrl(token, 'bn01'))
    expect(checked(after.body, 'bn01-1', 'voldoet')).toBe(true)
    expect(checked(after.body, 'bn01-2', 'deels')).toBe(false)
    expect(hiddenVersion(after.body)).toBe('2')
  })

  it('saves but does not publish while questions are open, then publishes and freezes the scan', async () => {
    const token = await newScan('GM0307')
    const open = await post(scanUrl(token), 'versie=1&actie=publiceren&antwoord-bn01-1=voldoet')
    expect(open.statusCode).toBe(400)
    expect(open.body).toContain('De scan is niet gepubliceerd: 2 vragen zijn nog niet beantwoord')
    // What stops publishing links to its section.
    expect(open.body).toContain(`href="${sectionUrl(token, 'bn01')}"`)
    expect(open.body).toContain(`href="${sectionUrl(token, 'bn02')}"`)
    expect(hiddenVersion(open.body)).toBe('2')

    // A published scan speaks for the municipality: without a logged-in account of it (or a national
    // editor) nothing is published, but the answers are kept as a draft (ADR 0032).
    const answers =
      'actie=publiceren&antwoord-bn01-1=voldoet&antwoord-bn01-2=deels&antwoord-bn02-1=niet&onderbouwing-bn02-1=geheim+memo'
    const anonymous = await post(scanUrl(token), `versie=2&${answers}`)
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.body).toContain('Niet gepubliceerd: publiceren vraagt een ingelogd account van deze gemeente')
    expect(anonymous.body).toContain('href="#publiceren"')
    expect(anonymous.body).toContain('href="/beheer/inloggen"')
    expect(hiddenVersion(anonymous.body)).toBe('3')
    const amersfoort = await publisher(databaseOf(app), municipalityOf('GM0307'))
    const otherToken = await newScan('GM0344')
    const cross = await post(scanUrl(otherToken), `versie=1&${answers}`, amersfoort.headers)
    expect(cross.statusCode).toBe(403)
    expect(cross.body).toContain('Niet gepubliceerd')

    const done = await post(scanUrl(token), `versie=3&${answers}`, amersfoort.headers)
    expect(done.statusCode).toBe(303)
    expect(done.headers.location).toBe(`${scanUrl(token)}?gepubliceerd=1`)
    const page = await app.inject(done.headers.location as string)
    expect(page.body).toContain('De scan is gepubliceerd.')
    expect(page.body).toContain('door de gemeente (GM0307).')
    expect(page.body).not.toContain('<form method="post"')

    const late = await post(sectionUrl(token, 'bn01'), 'versie=4&actie=opslaan&antwoord-bn01-1=niet')
    expect(late.statusCode).toBe(409)
    expect(late.body).toContain('Deze scan is al gepubliceerd')
    expect(late.body).toContain('href="/basisniveau/scan?gemeente=GM0307&amp;basis=vorige"')
    expect((await post(scanUrl(token), 'versie=4&actie=publiceren')).statusCode).toBe(409)
    // The sections of a published scan lead to its read-only page.
    const frozen = await app.inject(sectionUrl(token, 'bn01'))
    expect(frozen.statusCode).toBe(303)
    expect(frozen.headers.location).toBe(scanUrl(token))

    // The report: page 1 with the verdict, three priorities, the change and the regional comparison;
    // then scores, next steps per question with who helps and the barrier used, contacts.
    const report = await app.inject(`${scanUrl(token)}/rapport`)
    expect(report.statusCode).toBe(200)
    expect(report.body).toContain('Rapport zelfscan Amersfoort')
    // BN02 (minimum) is answered niet: less than half of a building block, so the verdict is voldoet niet.
    expect(report.body).toContain('<p class="utrecht-paragraph wgw-verdict"><strong>Voldoet niet</strong></p>')
    expect(report.body).toContain('Minder dan de helft op orde (dan voldoet de gemeente niet): BN02.')
    expect(report.body).toMatch(
      /Drie prioriteiten[\s\S]*<strong>BN02-1<\/strong> \(Niet, minimum\)[\s\S]*<strong>BN01-2<\/strong> \(Deels, buiten het minimum\)/,
    )
    expect(report.body).toContain('Er is geen eerder gepubliceerde scan van deze gemeente')
    expect(report.body).toContain('Vergelijking in de regio')
    expect(report.body).toContain('<td class="utrecht-table__cell">75%</td>')
    // Advice follows the answers: BN01-2 (deels) gets its step, BN01-1 (voldoet) none.
    expect(report.body).toContain('Spreek af wie signalen uit woninginspecties doorgeeft.')
    expect(report.body).not.toContain('Neem signalering op in woninginspecties.')
    expect(report.body).toContain('href="/barrieremodel/barrieres/woninginspecties"')
    expect(report.body).toContain('href="/organisaties/gemeente"')
    expect(report.body).toContain('RIEC Midden-Nederland')
    expect(report.headers['x-robots-tag']).toBe('noindex, nofollow')
    noInlineStyle(report.body)

    // The overview shows the published scan per region, never its link or evidence.
    const overview = await app.inject('/basisniveau/overzicht?per=riec')
    expect(overview.statusCode).toBe(200)
    expect(overview.body).toContain('Amersfoort (GM0307)')
    expect(overview.body).not.toContain(token)
    expect(overview.body).not.toContain('geheim memo')
    expect(overview.headers['x-robots-tag']).toBeUndefined()
    // Utrecht (GM0344) has no published scan: the overview names it, with n beside every average.
    expect(overview.body).toContain('Zonder gepubliceerde scan in RIEC Midden-Nederland')
    expect(overview.body).toMatch(
      /Zonder gepubliceerde scan in RIEC Midden-Nederland<\/h3>\s*<p class="utrecht-paragraph wgw-small">Utrecht<\/p>/,
    )
    expect(overview.body).toContain('(n = 1 van 2)')
    const byCare = await app.inject('/basisniveau/overzicht?per=zorgcoordinatie')
    expect(byCare.statusCode).toBe(200)
    expect(byCare.body).toContain('<option value="zorgcoordinatie" selected>')
    expect(byCare.body).toContain('Zonder gepubliceerde scan in')
    const byUnit = await app.inject('/basisniveau/overzicht?per=politie-eenheid')
    expect(byUnit.body).toContain('Politie-eenheid Midden-Nederland')
    expect(byUnit.body).toContain('<option value="politie-eenheid" selected>')
  })

  it("starts a new scan from last year's published answers, marked until confirmed section by section", async () => {
    // Amersfoort (GM0307) publishes a scan; Utrecht (GM0344) has none yet.
    const national = await publisher(databaseOf(app), NATIONAL_EDITOR)
    const first = await newScan('GM0307')
    const answers =
      'antwoord-bn01-1=voldoet&onderbouwing-bn01-1=Protocol+2025&antwoord-bn01-2=deels&antwoord-bn02-1=nvt&onderbouwing-bn02-1=Geen+seksbedrijven'
    const published = await post(scanUrl(first), `versie=1&actie=publiceren&${answers}`, national.headers)
    expect(published.statusCode).toBe(303)
    const frozen = await app.inject(scanUrl(first))
    expect(frozen.body).toContain('href="/basisniveau/scan?gemeente=GM0307&amp;basis=vorige"')
    const start = await app.inject('/basisniveau/scan?gemeente=GM0307&basis=vorige')
    expect(start.body).toMatch(/name="basis" value="vorige" checked/)

    // No published scan to start from: the field says so and nothing is created.
    const none = await post('/basisniveau/scan', 'gemeente=GM0344&basis=vorige')
    expect(none.statusCode).toBe(400)
    expect(none.body).toContain('href="#basis"')
    expect(none.body).toContain('Utrecht heeft nog geen gepubliceerde scan om mee te beginnen')
    expect((await post('/basisniveau/scan', 'gemeente=GM0344&basis=iets')).statusCode).toBe(400)

    const res = await post('/basisniveau/scan', 'gemeente=GM0307&basis=vorige')
    expect(res.statusCode).toBe(303)
    const token = (res.headers.location as string).split('/').pop() as string
    expect(token).not.toBe(first)
    const overview = await app.inject(scanUrl(token))
    expect(overview.body).toContain('3 van de 3 vragen beantwoord')
    expect(overview.body).toContain('3 overgenomen antwoorden te bevestigen')
    expect(overview.body).toContain('0 van de 2 onderdelen zijn compleet.')
    const bn01 = await app.inject(sectionUrl(token, 'bn01'))
    expect(checked(bn01.body, 'bn01-1', 'voldoet')).toBe(true)
    expect(bn01.body).toContain('Protocol 2025</textarea>')
    expect(bn01.body).toMatch(/Overgenomen uit de scan van \d+ \w+ \d{4}, nog niet bevestigd/)
    expect(bn01.body).toContain('Met opslaan bevestigt u de antwoorden van dit onderdeel')

    // Carried-over answers are not published unconfirmed, whoever asks.
    const early = await post(scanUrl(token), 'versie=1&actie=publiceren', national.headers)
    expect(early.statusCode).toBe(400)
    expect(early.body).toContain('3 overgenomen antwoorden zijn nog niet bevestigd')
    expect(early.body).toContain(`href="${sectionUrl(token, 'bn01')}"`)

    // Saving a section confirms it: bn01 as it was, bn02 changed.
    await post(
      sectionUrl(token, 'bn01'),
      'versie=1&actie=volgende&antwoord-bn01-1=voldoet&onderbouwing-bn01-1=Protocol+2025&antwoord-bn01-2=deels',
    )
    const after = await app.inject(sectionUrl(token, 'bn01'))
    expect(after.body).not.toContain('Overgenomen uit de scan van')
    expect((await app.inject(scanUrl(token))).body).toContain('1 overgenomen antwoord te bevestigen')
    await post(sectionUrl(token, 'bn02'), 'versie=2&actie=volgende&antwoord-bn02-1=voldoet')
    const done = await post(scanUrl(token), 'versie=3&actie=publiceren', national.headers)
    expect(done.statusCode).toBe(303)
    expect(done.headers.location).toBe(`${scanUrl(token)}?gepubliceerd=1`)
    // The first scan is untouched.
    expect((await app.inject(scanUrl(first))).body).toContain('Geen seksbedrijven')
  })

  it('answers a bad overview grouping with 400 and the error at the field', async () => {
    const res = await app.inject('/basisniveau/overzicht?per=provincie')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#per"')
    expect(res.body).toContain('&quot;provincie&quot; is geen bekende indeling')
  })

  it('refuses cross-site posts with a 403 page and stores nothing', async () => {
    const token = await newScan()
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
      {},
      { referer: 'https://evil.example/page' },
    ]
    for (const headers of refused) {
      const res = await post(scanUrl(token), 'versie=1&antwoord-bn01-1=niet', headers)
      expect(res.statusCode, JSON.stringify(headers)).toBe(403)
      expect(res.body).toContain('Dit formulier kan niet worden verwerkt')
      expect(res.headers['content-security-policy']).toBeDefined()
      const create = await post('/basisniveau/scan', 'gemeente=GM0344', headers)
      expect(create.statusCode).toBe(403)
    }
    expect(hiddenVersion((await app.inject(scanUrl(token))).body)).toBe('1')
    // Same host by Origin or Referer is accepted (older browsers without Sec-Fetch-Site).
    expect(
      (await post(scanUrl(token), 'versie=1&antwoord-bn01-1=niet', { origin: 'http://localhost:80' })).statusCode,
    ).toBe(303)
    expect(
      (
        await post(scanUrl(token), 'versie=2&antwoord-bn01-1=deels', {
          referer: `http://localhost:80${scanUrl(token)}`,
        })
      ).statusCode,
    ).toBe(303)
  })

  it('answers unknown or malformed links with the 404 page and a non-form body with a 4xx page', async () => {
    expect((await app.inject('/basisniveau/scan/kort')).statusCode).toBe(404)
    expect((await app.inject(`/basisniveau/scan/${'A'.repeat(32)}`)).statusCode).toBe(404)
    expect((await app.inject(`/basisniveau/scan/${'A'.repeat(32)}/rapport`)).statusCode).toBe(404)
    expect((await post(`/basisniveau/scan/${'A'.repeat(32)}`, 'versie=1')).statusCode).toBe(404)
    const text = await app.inject({
      method: 'POST',
      url: '/basisniveau/scan',
      headers: { 'content-type': 'application/xml', ...SAME_ORIGIN },
      payload: '<x/>',
    })
    expect(text.statusCode).toBe(415)
    expect(text.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(text.body).toContain('Het formulier kon niet worden gelezen')
  })

  it('works in English under /en, redirecting to the English link', async () => {
    const token = await newScan('GM0344', '/en')
    const page = await app.inject(localePath('en', scanUrl(token)))
    expect(page.body).toContain('Self-scan Utrecht')
    expect(page.body).toContain('0 of 3 questions answered')
    expect(page.body).toContain(`href="/en/basic-level/scan/${token}/section/bn01"`)
    const bn01 = await app.inject(localePath('en', sectionUrl(token, 'bn01')))
    expect(bn01.body).toContain('Section 1 of 2')
    expect(bn01.body).toContain('Have the work processes with signals been named?')
    expect(bn01.body).toContain('<span lang="nl">Worden signalen doorgegeven?</span>')
    const res = await post(localePath('en', sectionUrl(token, 'bn01')), 'versie=1&antwoord-bn01-1=nope')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('Question BN01-1: &quot;nope&quot; is not a valid answer.')
    const saved = await post(localePath('en', sectionUrl(token, 'bn01')), 'versie=1&antwoord-bn01-1=niet')
    expect(saved.headers.location).toBe(`${localePath('en', sectionUrl(token, 'bn01'))}?opgeslagen=1`)
    expect((await app.inject(localePath('en', `${scanUrl(token)}/rapport`))).body).toContain(
      'Include signalling in housing inspections.',
    )
  })
})
