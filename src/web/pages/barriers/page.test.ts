// SPDX-License-Identifier: EUPL-1.2
// The barrier model pages via inject(): index, diagram per form with its list alternative, the
// "what can the municipality do" filter (GET, no JavaScript), the loverboy path, barrier pages.
import { describe, expect, it } from 'vitest'
import { useWebApp } from '../../../../test/helpers/web-app.ts'

const app = useWebApp()

const noInlineStyle = (body: string) => {
  expect(body).not.toMatch(/\sstyle\s*=/i)
  expect(body).not.toMatch(/<style[\s>]/i)
  expect(body).not.toMatch(/\son[a-z]+\s*=/i)
}

/** The part of the page after the SVG: the list alternative. */
const listPart = (body: string) => body.slice(body.indexOf('id="lijst"'))

describe('barrier model pages', () => {
  it('lists the forms, the loverboy path and every barrier', async () => {
    const res = await app().inject('/barrieremodel')
    expect(res.statusCode).toBe(200)
    for (const href of [
      '/barrieremodel/sexual',
      '/barrieremodel/labour',
      '/barrieremodel/loverboy',
      '/barrieremodel/barrieres/woninginspecties',
      '/barrieremodel/barrieres/arbeidscontrole',
    ]) {
      expect(res.body).toContain(`href="${href}"`)
    }
    expect(res.body).toContain('aria-current="page"')
    noInlineStyle(res.body)
  })

  it('draws the stages left to right as an SVG image with title and description, and the same content as a list', async () => {
    const res = await app().inject('/barrieremodel/sexual')
    expect(res.statusCode).toBe(200)
    // Three layouts (4, 2 and 1 steps per row), each with its own ids; CSS shows the one that fits.
    for (const v of ['wide', 'medium', 'narrow']) {
      expect(res.body).toMatch(
        new RegExp(`<svg [^>]*role="img" aria-labelledby="barrier-diagram-${v}-title barrier-diagram-${v}-desc"`),
      )
      expect(res.body).toContain(`<title id="barrier-diagram-${v}-title">Barrièremodel seksuele uitbuiting</title>`)
    }
    expect(res.body).toContain('href="/barrieremodel/sexual/schema.svg" download')
    expect(res.body).toContain('2 stappen van links naar rechts met in totaal 1 barrières')
    const list = listPart(res.body)
    // A form page shows the general path; the loverboy path has its own page, linked from here.
    expect(list).toMatch(/Stap 1: Werving[ <]/)
    expect(list.indexOf('Stap 1: Werving')).toBeLessThan(list.indexOf('Stap 2: Huisvesting'))
    expect(list).not.toContain('Werving via de loverboymethode')
    expect(res.body).toContain('De route via de loverboymethode heeft een eigen barrièremodel:')
    expect(res.body).toContain('href="/barrieremodel/loverboy"')
    expect(list).toContain('href="/barrieremodel/barrieres/woninginspecties"')
    expect(list).toContain('href="/organisaties/gemeente"')
    expect(list).toContain('href="/organisaties/politie"')
    expect(list).not.toContain('arbeidscontrole') // labour only
    noInlineStyle(res.body)
  })

  it('keeps only what the municipality does itself with ?gemeente=1 (a GET form with a checkbox)', async () => {
    const all = await app().inject('/barrieremodel/labour')
    expect(listPart(all.body)).toContain('arbeidscontrole')
    expect(all.body).toMatch(/<form method="get" action="\/barrieremodel\/labour"/)
    expect(all.body).toMatch(/<input [^>]*type="checkbox" id="bm-gemeente" name="gemeente" value="1"(?! checked)/)

    const res = await app().inject('/barrieremodel/labour?gemeente=1')
    expect(res.statusCode).toBe(200)
    const list = listPart(res.body)
    expect(list).toContain('woninginspecties')
    expect(list).not.toContain('arbeidscontrole')
    expect(res.body).toContain('Er is 1 barrière die de gemeente zelf opwerpt.')
    expect(res.body).toMatch(/name="gemeente" value="1" checked/)
    expect(res.body).toContain('Bij deze stap werpt de gemeente zelf geen barrière op.')
  })

  it('answers a bad filter value with 400 and the error next to the checkbox, linked from the summary', async () => {
    const res = await app().inject('/barrieremodel/labour?gemeente=%3Cb%3Eja')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('href="#bm-gemeente"')
    expect(res.body).toContain('id="bm-gemeente-error"')
    expect(res.body).toContain('&quot;&lt;b&gt;ja&quot; is geen geldige keuze')
    expect(res.body).not.toContain('<b>ja')
    expect(res.body).toContain('aria-invalid="true"')
  })

  it('shows the loverboy path without the general recruitment stage', async () => {
    const res = await app().inject('/barrieremodel/loverboy')
    expect(res.statusCode).toBe(200)
    const list = listPart(res.body)
    expect(list).toContain('Werving via de loverboymethode')
    expect(list).not.toMatch(/Stap 1: Werving(?! via)/)
    expect(list).toContain('voorlichting-scholen')
    expect(res.body).toContain('Barrièremodel: de loverboymethode')
    expect(res.body).not.toContain('heeft een eigen barrièremodel')
    // Per stage, as the public models do: opportunities, signals and who facilitates (linked when a party).
    for (const text of [
      '<summary>Gelegenheden die daders benutten</summary>',
      'Eerste contact via sociale media',
      '<summary>Wie de stap mogelijk maakt, bewust of onbewust</summary>',
      '<strong>Chatdiensten</strong>: Verhuizen het contact naar een besloten kanaal',
      'href="/organisaties/gemeente">',
      'Afgeleid',
    ]) {
      expect(list).toContain(text)
    }
  })

  it('shows the practice examples of a barrier with their source', async () => {
    const res = await app().inject('/barrieremodel/barrieres/voorlichting-scholen')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Praktijkvoorbeelden')
    expect(res.body).toContain('Lesweek in Utrecht')
    expect(res.body).toContain('(Utrecht, 2024)')
    expect(res.body).toContain('href="https://zoek.officielebekendmakingen.nl/kst-28638-128.html"')
    noInlineStyle(res.body)
  })

  it('shows a barrier with instrument, type, legal basis, organisations, signals, sources and status', async () => {
    const res = await app().inject('/barrieremodel/barrieres/woninginspecties')
    expect(res.statusCode).toBe(200)
    for (const text of [
      'Gemeente en politie controleren woningen',
      'Bestuurlijk',
      'APV',
      'Matrassen op de grond',
      'Afgeleid',
      'href="/organisaties/gemeente"',
      'href="https://zoek.officielebekendmakingen.nl/kst-28638-128.html"',
      'href="/barrieremodel/labour"',
    ]) {
      expect(res.body).toContain(text)
    }
    noInlineStyle(res.body)
  })

  it('is in English under /en, marking Dutch data text', async () => {
    const res = await app().inject('/en/barrier-model/sexual')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Barrier model: sexual exploitation')
    expect(res.body).toContain('Step 2: Housing')
    expect(res.body).toContain('<span lang="nl">Werving</span>')
    expect(res.body).toContain('href="/en/barrier-model/barriers/woninginspecties"')
  })

  it('shows the English of the lists of a stage item by item under /en, Dutch (marked) where it has none', async () => {
    const list = listPart((await app().inject('/en/barrier-model/loverboy')).body)
    expect(list).toContain('<strong>Chat services</strong>: Move the contact to a closed channel')
    expect(list).toContain('<li class="utrecht-unordered-list__item">Truancy</li>')
    expect(list).toContain('<span lang="nl">Eerste contact via sociale media</span>')
  })

  it('downloads the diagram as SVG with an ETag, answers 304 to it, and as a real PNG', async () => {
    const svg = await app().inject('/barrieremodel/labour/schema.svg?gemeente=1')
    expect(svg.statusCode).toBe(200)
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(svg.headers['content-disposition']).toBe('attachment; filename="barrieremodel-labour.svg"')
    expect(svg.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg.body).toContain('Woninginspecties')
    expect(svg.body).not.toContain('Arbeidscontrole') // the municipal filter holds in the file too
    const etag = String(svg.headers.etag)
    expect(etag).toMatch(/^"bm-svg-/)
    const again = await app().inject({
      url: '/barrieremodel/labour/schema.svg?gemeente=1',
      headers: { 'if-none-match': etag },
    })
    expect(again.statusCode).toBe(304)
    const en = await app().inject('/barrieremodel/labour/schema.svg?lang=en')
    expect(en.body).toContain('Barrier model labour exploitation')

    const page = await app().inject('/barrieremodel/labour')
    expect(page.body).toContain('href="/barrieremodel/labour/schema.png" download')
    const png = await app().inject('/barrieremodel/labour/schema.png')
    expect(png.statusCode).toBe(200)
    expect(png.headers['content-type']).toBe('image/png')
    expect(String(png.headers.etag)).toMatch(/^"bm-png-/)
    expect([...png.rawPayload.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.rawPayload.readUInt32BE(16)).toBeGreaterThan(500) // width: 4 steps per row, zoom 2
  })

  it('answers a bad download with the 404 or 400 page, never an image', async () => {
    expect((await app().inject('/barrieremodel/slavery/schema.svg')).statusCode).toBe(404)
    const bad = await app().inject('/barrieremodel/labour/schema.png?gemeente=ja')
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toContain('text/html')
  })

  it('answers unknown forms and barriers with the 404 page', async () => {
    for (const url of [
      '/barrieremodel/slavery',
      '/barrieremodel/barrieres/bestaat-niet',
      '/en/barrier-model/barriers/x',
    ]) {
      expect((await app().inject(url)).statusCode, url).toBe(404)
    }
  })
})
