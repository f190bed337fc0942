// SPDX-License-Identifier: EUPL-1.2
// Behaviour of the scenario wizard, the route page, the search page and the organogram PNG, via
// inject() over the fixture dataset (imported into SQLite, so search has its index).
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp } from '../helpers/web-app.ts'

let app: FastifyInstance
beforeAll(async () => {
  app = await buildWebApp()
})
afterAll(async () => {
  await app.close()
})

const get = (url: string) => app.inject(url)

describe('scenario wizard', () => {
  it('step 1 is a GET form to step 2 with the form of exploitation as checkboxes', async () => {
    const res = await get('/situatie')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<form method="get" action="/situatie"')
    expect(res.body).toContain('name="stap" value="2"')
    expect(res.body).toMatch(/type="checkbox" id="sc-exploitation" name="exploitation" value="sexual"/)
    expect(res.body).not.toContain('name="residence"')
  })

  it('without a form of exploitation, step 1 comes back with the error at the field and in the summary', async () => {
    const res = await get('/situatie?stap=2&ageGroup=minor')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#sc-exploitation"')
    expect(res.body).toContain('id="sc-exploitation-error"')
    expect(res.body).toContain('Vorm van uitbuiting: is verplicht')
    // The answer given is kept.
    expect(res.body).toMatch(/value="minor" checked/)
    expect(res.body).toMatch(/<title>Fout: /)
  })

  it('step 2 asks residence only for non-Dutch nationals and "unaccompanied" only for minors', async () => {
    const dutchAdult = await get('/situatie?stap=2&exploitation=sexual&ageGroup=adult&nationalityGroup=nl')
    expect(dutchAdult.statusCode).toBe(200)
    expect(dutchAdult.body).toContain('<form method="get" action="/route"')
    expect(dutchAdult.body).not.toContain('name="residence"')
    expect(dutchAdult.body).not.toContain('name="unaccompanied"')
    expect(dutchAdult.body).toContain('<input type="hidden" name="exploitation" value="sexual">')
    const foreignMinor = await get('/situatie?stap=2&exploitation=labour&ageGroup=minor&nationalityGroup=third-country')
    expect(foreignMinor.body).toContain('name="residence"')
    expect(foreignMinor.body).toContain('name="unaccompanied"')
    expect(foreignMinor.body).toContain('<option value="GM0344">Utrecht</option>')
  })

  it('step 1 asks who is asking (issue 21 item 4), right after the form, without JavaScript; step 2 carries it', async () => {
    const res = await get('/situatie')
    const asker = res.body.indexOf('name="asker"')
    // The form stays the first control, so the first action is on a phone's first screen.
    expect(asker).toBeGreaterThan(res.body.indexOf('name="exploitation"'))
    expect(res.body).toContain('Wie vraagt?')
    for (const value of [
      'police',
      'education',
      'health-care',
      'youth-care',
      'municipality',
      'aid-organisation',
      'citizen',
      'self',
    ]) {
      expect(res.body).toContain(`name="asker" value="${value}"`)
    }
    expect(res.body).toContain('Zeg ik liever niet')
    const step2 = await get('/situatie?stap=2&asker=police&exploitation=sexual')
    expect(step2.body).toContain('<input type="hidden" name="asker" value="police">')
    expect(step2.body).toContain('Politie')
    const bad = await get('/situatie?stap=2&asker=boss&exploitation=sexual')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('href="#sc-asker"')
  })

  it('the route page says whom its first steps are written for, and never tells the police to call 112', async () => {
    const police = await get('/route?exploitation=sexual&asker=police')
    expect(police.statusCode).toBe(200)
    const summary = police.body.slice(
      police.body.indexOf('id="eerst-doen"'),
      police.body.indexOf('</section>', police.body.indexOf('id="eerst-doen"')),
    )
    expect(summary).toContain('Geschreven voor: politie')
    expect(summary).not.toContain('href="tel:112"')
    const self = await get('/en/route?exploitation=sexual&asker=self')
    expect(self.body).toContain('Written for: the victim themself')
  })

  it('the route page with a bad value shows the wizard step of that field, in English too', async () => {
    const res = await get('/route?exploitation=sexual&nationalityGroup=nl&residence=asylum')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#sc-residence"')
    expect(res.body).toContain('Verblijfsstatus: geldt alleen voor slachtoffers zonder Nederlandse nationaliteit')
    const en = await get('/en/route?exploitation=slavery')
    expect(en.statusCode).toBe(400)
    expect(en.body).toContain('Form of exploitation: &#39;slavery&#39; is not a form of exploitation')
  })

  it('reports an unknown query field by name and leaves it out of the form', async () => {
    const res = await get('/route?exploitation=sexual&utm_source=x')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('onbekend veld &quot;utm_source&quot;')
    expect(res.body).not.toContain('name="utm_source"')
  })

  it('a contradiction (an unaccompanied adult) is an error on the field, not a crash', async () => {
    const res = await get('/route?exploitation=labour&age=40&unaccompanied=true')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#sc-unaccompanied"')
  })
})

describe('route page', () => {
  it('shows per phase the aspects with parties, role, why and phone, and the rights with limits', async () => {
    const res = await get('/route?exploitation=labour&nationalityGroup=third-country&municipality=GM0344')
    expect(res.statusCode).toBe(200)
    for (const id of ['fase-A', 'fase-B', 'fase-C', 'fase-D']) {
      expect(res.body).toContain(`id="${id}"`)
    }
    expect(res.body).toContain('href="/aspecten/opsporing"')
    expect(res.body).toContain('href="/organisaties/arbeidsinspectie"')
    expect(res.body).toContain('Spoort daders op')
    expect(res.body).toContain('href="tel:09008844"')
    expect(res.body).toContain('Waarom: arbeidsuitbuiting')
    expect(res.body).toContain('href="/rechten/bedenktijd"')
    expect(res.body).toContain('ten hoogste 3 maanden')
    expect(res.body).toContain('Contacten in uw regio')
    expect(res.body).toContain('Politie-eenheid Midden-Nederland')
    expect(res.body).toContain('wgw-badge--derived')
  })

  it('leaves out what the scenario excludes', async () => {
    const res = await get('/route?exploitation=sexual&nationalityGroup=nl')
    expect(res.body).not.toContain('href="/organisaties/arbeidsinspectie"')
    expect(res.body).not.toContain('href="/rechten/bedenktijd"')
  })

  it('lists conditional items under "possibly also" and links each open answer to its route', async () => {
    const res = await get('/route?exploitation=sexual')
    expect(res.body).toContain('Mogelijk ook')
    expect(res.body).toContain('id="open-vragen"')
    expect(res.body).toContain('href="/route?exploitation=sexual&amp;nationalityGroup=third-country"')
    expect(res.body).toContain('er is geen gemeente gekozen'.replace('er', 'Er'))
  })

  it('shows the shareable address and a link back to the wizard with the answers', async () => {
    const res = await app.inject({
      url: '/route?ageGroup=adult&exploitation=labour',
      headers: { host: 'wegwijzer.test' },
    })
    expect(res.body).toContain(
      '<code class="wgw-share">http://wegwijzer.test/route?exploitation=labour&amp;ageGroup=adult</code>',
    )
    expect(res.body).toContain('href="/situatie?exploitation=labour&amp;ageGroup=adult"')
  })

  it('renders in English with English phase names and Dutch role texts marked lang="nl"', async () => {
    const res = await get('/en/route?exploitation=labour')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Route for this situation')
    expect(res.body).toContain('<span lang="nl">Spoort daders op</span>')
    expect(res.body).toContain('href="/en/organisations/politie"')
  })

  it('escapes query values everywhere they are echoed', async () => {
    const res = await get('/route?exploitation=%3Cscript%3Ealert(1)%3C/script%3E')
    expect(res.statusCode).toBe(400)
    expect(res.body).not.toContain('<script>alert')
  })
})

describe('search page', () => {
  it('shows the form, and results grouped by type with links to the pages', async () => {
    const empty = await get('/zoeken')
    expect(empty.statusCode).toBe(200)
    expect(empty.body).toContain('role="search"')
    const res = await get('/zoeken?q=opsporing')
    expect(res.statusCode).toBe(200)
    expect(res.body).toMatch(/resultaten? voor &quot;opsporing&quot;/)
    expect(res.body).toContain('id="groep-')
    expect(res.body).toContain('href="/organisaties/')
  })

  it('gives guidance when nothing is found', async () => {
    const res = await get('/zoeken?q=xyzzyqwv')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Niets gevonden voor &quot;xyzzyqwv&quot;')
    expect(res.body).toContain('Controleer de spelling.')
  })

  it('answers an empty, word-less or too long query with a field error', async () => {
    for (const [url, text] of [
      ['/zoeken?q=', 'Vul een of meer zoekwoorden in.'],
      ['/zoeken?q=%21%21%21', 'ten minste één letter'],
      [`/zoeken?q=${'a'.repeat(201)}`, '201 tekens'],
    ] as const) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(400)
      expect(res.body).toContain(text)
      expect(res.body).toContain('href="#zoek-q"')
    }
  })

  it('escapes the query and snippets', async () => {
    const res = await get('/zoeken?q=%3Cb%3Epolitie%3C/b%3E')
    expect(res.body).not.toContain('<b>politie')
    expect(res.body).toContain('&lt;b&gt;politie')
  })
})

describe('organogram PNG', () => {
  it('is a real PNG with a size, and the page links to it', async () => {
    const page = await get('/organogram?form=labour')
    expect(page.body).toContain('href="/organogram.png?form=labour&amp;lang=nl"')
    const res = await get('/organogram.png?form=labour&lang=nl')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
    const png = res.rawPayload
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
    expect(png.readUInt32BE(16)).toBeGreaterThan(100)
    expect(png.readUInt32BE(20)).toBeGreaterThan(100)
  })

  it('answers a bad highlight with the 400 page, not an image', async () => {
    const res = await get('/organogram.png?form=slavery')
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('text/html')
  })
})
