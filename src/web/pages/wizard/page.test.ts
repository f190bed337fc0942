// SPDX-License-Identifier: EUPL-1.2
// The scenario wizard via inject() over the fixture dataset: its two steps as GET forms, who is
// asking, field errors at the field and in the summary (on the route page too); and names people type
// (#21 item 5) in the wizard, the route page and the planner: a country name or adjective is understood
// and shown back by name with its code; a typo gets a suggestion.
import { describe, expect, it } from 'vitest'
import { useWebApp } from '../../../../test/helpers/web-app.ts'
import { ASKERS } from '../../../domain/asker.ts'

const app = useWebApp()

const get = (url: string) => app().inject(url)

describe('nationalities typed as names', () => {
  it('the wizard accepts "Chinees" and shows it back as China (CN), and asks residence for a third country', async () => {
    const res = await get('/situatie?stap=2&exploitation=labour&age=40&nationality=Chinees')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('China (CN)')
    expect(res.body).toContain('name="residence"')
    const dutch = await get('/situatie?stap=2&exploitation=labour&age=40&nationality=Nederlandse')
    expect(dutch.body).toContain('Nederland (NL)')
    expect(dutch.body).not.toContain('name="residence"')
  })

  it('the route page names the country in the page language', async () => {
    const nl = await get('/route?exploitation=labour&nationality=Roemeense')
    expect(nl.statusCode).toBe(200)
    expect(nl.body).toContain('Roemenië (RO)')
    const en = await get('/en/route?exploitation=labour&nationality=China')
    expect(en.statusCode).toBe(200)
    expect(en.body).toContain('China (CN)')
  })

  it('a typo is refused at the field with a suggestion', async () => {
    const res = await get('/route?exploitation=labour&nationality=Roemenei')
    expect(res.statusCode).toBe(400)
    expect(res.body).toMatch(/bedoelt u &#39;Roemenië&#39;\?/)
  })

  it('the planner reads the same words', async () => {
    const res = await get('/b8-planner?nationality=Chinese&residence=none&exploitation=labour&asOf=2025-04-01')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('id="tijdlijn"')
  })
})

describe('scenario wizard', () => {
  it('step 1 is a GET form to step 2 with the form of exploitation as checkboxes', async () => {
    const res = await app().inject('/situatie')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<form method="get" action="/situatie"')
    expect(res.body).toContain('name="stap" value="2"')
    expect(res.body).toMatch(/type="checkbox" id="sc-exploitation" name="exploitation" value="sexual"/)
    expect(res.body).not.toContain('name="residence"')
  })

  it('without a form of exploitation, step 1 comes back with the error at the field and in the summary', async () => {
    const res = await app().inject('/situatie?stap=2&ageGroup=minor')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#sc-exploitation"')
    expect(res.body).toContain('id="sc-exploitation-error"')
    expect(res.body).toContain('Vorm van uitbuiting: is verplicht')
    // The answer given is kept.
    expect(res.body).toMatch(/value="minor" checked/)
    expect(res.body).toMatch(/<title>Fout: /)
  })

  it('step 2 asks residence only for non-Dutch nationals and "unaccompanied" only for minors', async () => {
    const dutchAdult = await app().inject('/situatie?stap=2&exploitation=sexual&ageGroup=adult&nationalityGroup=nl')
    expect(dutchAdult.statusCode).toBe(200)
    expect(dutchAdult.body).toContain('<form method="get" action="/route"')
    expect(dutchAdult.body).not.toContain('name="residence"')
    expect(dutchAdult.body).not.toContain('name="unaccompanied"')
    expect(dutchAdult.body).toContain('<input type="hidden" name="exploitation" value="sexual">')
    const foreignMinor = await app().inject(
      '/situatie?stap=2&exploitation=labour&ageGroup=minor&nationalityGroup=third-country',
    )
    expect(foreignMinor.body).toContain('name="residence"')
    expect(foreignMinor.body).toContain('name="unaccompanied"')
    expect(foreignMinor.body).toContain('<option value="GM0344">Utrecht</option>')
  })

  it('step 1 asks who is asking (issue 21 item 4), right after the form, without JavaScript; step 2 carries it', async () => {
    const res = await app().inject('/situatie')
    const asker = res.body.indexOf('name="asker"')
    // The form stays the first control, so the first action is on a phone's first screen.
    expect(asker).toBeGreaterThan(res.body.indexOf('name="exploitation"'))
    expect(res.body).toContain('Wie vraagt?')
    for (const value of ASKERS) {
      expect(res.body).toContain(`name="asker" value="${value}"`)
    }
    expect(res.body).toContain('Zeg ik liever niet')
    const step2 = await app().inject('/situatie?stap=2&asker=police&exploitation=sexual')
    expect(step2.body).toContain('<input type="hidden" name="asker" value="police">')
    expect(step2.body).toContain('Politie')
    const bad = await app().inject('/situatie?stap=2&asker=boss&exploitation=sexual')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('href="#sc-asker"')
  })

  it('the route page says whom its first steps are written for, and never tells the police to call 112', async () => {
    const police = await app().inject('/route?exploitation=sexual&asker=police')
    expect(police.statusCode).toBe(200)
    const summary = police.body.slice(
      police.body.indexOf('id="eerst-doen"'),
      police.body.indexOf('</section>', police.body.indexOf('id="eerst-doen"')),
    )
    expect(summary).toContain('Geschreven voor: politie')
    expect(summary).not.toContain('href="tel:112"')
    const self = await app().inject('/en/route?exploitation=sexual&asker=self')
    expect(self.body).toContain('Written for: the victim themself')
  })

  it('the route page with a bad value shows the wizard step of that field, in English too', async () => {
    const res = await app().inject('/route?exploitation=sexual&nationalityGroup=nl&residence=asylum')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#sc-residence"')
    expect(res.body).toContain('Verblijfsstatus: geldt alleen voor slachtoffers zonder Nederlandse nationaliteit')
    const en = await app().inject('/en/route?exploitation=slavery')
    expect(en.statusCode).toBe(400)
    expect(en.body).toContain('Form of exploitation: &#39;slavery&#39; is not a form of exploitation')
  })

  it('reports an unknown query field by name and leaves it out of the form', async () => {
    const res = await app().inject('/route?exploitation=sexual&utm_source=x')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('onbekend veld &quot;utm_source&quot;')
    expect(res.body).not.toContain('name="utm_source"')
  })

  it('a contradiction (an unaccompanied adult) is an error on the field, not a crash', async () => {
    const res = await app().inject('/route?exploitation=labour&age=40&unaccompanied=true')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#sc-unaccompanied"')
  })
})
