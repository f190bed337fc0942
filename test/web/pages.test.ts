// SPDX-License-Identifier: EUPL-1.2
// Render tests for every page type via inject(): status, title, key content, no inline styles or
// scripts, security headers, no cookies; plus the behaviour of each page on its own.
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp } from '../helpers/web-app.ts'
import { englishPath, PAGE_EXAMPLES } from './page-types.ts'

let app: FastifyInstance
beforeAll(async () => {
  app = await buildWebApp()
})
afterAll(async () => {
  await app.close()
})

function title(body: string): string {
  return /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? ''
}

function assertSafeMarkup(body: string): void {
  expect(body).not.toMatch(/\sstyle\s*=/i)
  expect(body).not.toMatch(/<style[\s>]/i)
  // Scripts only from /assets/, never inline.
  for (const m of body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    expect(m[1]).toMatch(/src="\/assets\//)
    expect(m[2]).toBe('')
  }
  expect(body).not.toMatch(/\son[a-z]+\s*=/i)
}

describe.each(PAGE_EXAMPLES)('page type $name', (example) => {
  it('renders in Dutch with title, content, headers and no inline style or script', async () => {
    const res = await app.inject(example.path)
    expect(res.statusCode).toBe(example.status)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(title(res.body).startsWith(example.title)).toBe(true)
    expect(res.body).toContain(example.contains)
    expect(res.body).toMatch(/<html lang="nl"/)
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/)
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline/)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(res.headers['cache-control']).toBe('no-store')
    assertSafeMarkup(res.body)
    expect(res.body).toContain('data-quick-exit')
    expect(res.body).toContain('Naar de inhoud')
  })

  it('renders in English under /en with a switch back to Dutch', async () => {
    const res = await app.inject(englishPath(example.path))
    expect(res.statusCode).toBe(example.status)
    expect(res.body).toMatch(/<html lang="en"/)
    expect(res.body).toContain('Quick exit')
    expect(res.body).toContain('hreflang="nl"')
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/)
    assertSafeMarkup(res.body)
  })
})

describe('English addresses (issue 15)', () => {
  it.each([
    ['/en/situatie', '/en/situation'],
    ['/en/rechten/bedenktijd', '/en/rights/bedenktijd'],
    ['/en/organisaties?fase=A', '/en/organisations?fase=A'],
    ['/en/hulp/kaart?format=a6', '/en/help/card?format=a6'],
    ['/en/barrieremodel/barrieres/x', '/en/barrier-model/barriers/x'],
  ])('%s moves permanently to %s', async (old, now) => {
    const res = await app.inject(old)
    expect(res.statusCode).toBe(308)
    expect(res.headers.location).toBe(now)
  })

  it('keeps a form posted to an old address on its way (308 keeps the method)', async () => {
    const res = await app.inject({ method: 'POST', url: '/en/basisniveau/scan', payload: {} })
    expect(res.statusCode).toBe(308)
    expect(res.headers.location).toBe('/en/basic-level/scan')
  })

  it('links, menu and language switch use the words of each language', async () => {
    const en = (await app.inject('/en/rights/bedenktijd')).body
    expect(en).toContain('href="/en/situation"')
    expect(en).toContain('href="/en/organisations"')
    expect(en).toContain('<link rel="alternate" hreflang="nl" href="/rechten/bedenktijd">')
    expect(en).not.toMatch(/href="\/en\/(situatie|organisaties|rechten|signalen|gemeenten|hulp)\b/)
    const nl = (await app.inject('/rechten/bedenktijd')).body
    expect(nl).toContain('<link rel="alternate" hreflang="en" href="/en/rights/bedenktijd">')
  })
})

describe('page behaviour', () => {
  it('escapes data text (a party description with a script tag)', async () => {
    const res = await app.inject('/organisaties/gemeente')
    expect(res.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(res.body).not.toContain('<script>alert')
  })

  it('answers unknown records with the 404 page, in the page language', async () => {
    for (const [url, text] of [
      ['/organisaties/bestaat-niet', 'Pagina niet gevonden'],
      ['/en/rights/nope', 'Page not found'],
      ['/fasen/E', 'Pagina niet gevonden'],
      ['/signalen/slavery', 'Pagina niet gevonden'],
      ['/gemeenten/GM9999', 'Pagina niet gevonden'],
    ] as const) {
      const res = await app.inject(url)
      expect(res.statusCode, url).toBe(404)
      expect(res.body).toContain(text)
      expect(res.headers['content-security-policy']).toBeDefined()
    }
  })

  it('marks Dutch fallback text with lang="nl" on English pages and uses English where present', async () => {
    const ind = await app.inject('/en/organisations/ind')
    expect(ind.body).toContain('Immigration and Naturalisation Service')
    expect(ind.body).toContain('Decides on residence permits')
    const comensha = await app.inject('/en/organisations/comensha')
    expect(comensha.body).toMatch(
      /<p class="utrecht-paragraph utrecht-paragraph--lead" lang="nl">Landelijk coördinatiecentrum/,
    )
  })

  it('shows validity in time: the predecessor is out of the list but its page links the successor', async () => {
    const list = await app.inject('/organisaties')
    expect(list.body).not.toContain('Inspectie SZW')
    expect(list.body).toContain('Nederlandse Arbeidsinspectie')
    const old = await app.inject('/organisaties/inspectie-szw')
    expect(old.statusCode).toBe(200)
    expect(old.body).toContain('Opgevolgd door')
    expect(old.body).toContain('href="/organisaties/arbeidsinspectie"')
    const successor = await app.inject('/organisaties/arbeidsinspectie')
    expect(successor.body).toContain('Voorganger')
  })

  it('shows sources with their URL, status and the day it was checked on a party page', async () => {
    const res = await app.inject('/organisaties/politie')
    expect(res.body).toContain('href="https://zoek.officielebekendmakingen.nl/kst-28638-128.html"')
    expect(res.body).toContain('Met bron')
    expect(res.body).toMatch(/Gecontroleerd op<\/dt>\s*<dd[^>]*><time datetime="2025-01-15">15 januari 2025<\/time>/)
    const unverified = await app.inject('/organisaties/riec-midden-nederland')
    expect(unverified.body).toContain('Niet gecontroleerd')
    expect(unverified.body).toContain('Nog niet opnieuw gecontroleerd')
  })

  it('shows each checked phone number with its purpose and the day and place it was checked', async () => {
    const res = await app.inject('/organisaties/politie')
    expect(res.body).toMatch(
      /<a class="utrecht-link utrecht-link--telephone" href="tel:09008844" dir="ltr">0900\u20118844<\/a> \(Algemeen nummer\) <small class="wgw-checked"><time datetime="2026-12-06">gecontroleerd op 6 december 2026 bij [^<]+<\/time><\/small>/,
    )
    expect(res.body).not.toContain('niet tegen een bron gecontroleerd')
  })

  it('lists the victim categories a party can serve when all its roles are conditional', async () => {
    // IND has no role for Dutch victims: every category but the two Dutch ones can overlap its roles.
    const ind = await app.inject('/organisaties/ind')
    const served = /Voor wie<\/h2>\s*<ul class="utrecht-unordered-list">(.*?)<\/ul>/.exec(ind.body)?.[1] ?? ''
    expect([...served.matchAll(/<li[^>]*>([^<]+)<\/li>/g)].map((m) => m[1])).toEqual([
      'Slachtoffer van buiten de EU',
      'Vreemdeling in vreemdelingenbewaring',
      'Dublinclaimant',
      'EU-burger, volwassen',
      'EU-burger, minderjarig',
      'Minderjarig slachtoffer',
      'Asielzoeker',
      'Derdelander zonder rechtmatig verblijf',
      'Alleenstaande minderjarige vreemdeling',
    ])
    const politie = await app.inject('/organisaties/politie') // unconditional roles: everyone
    expect(politie.body).toMatch(/Voor wie<\/h2>\s*<p class="utrecht-paragraph">Iedereen<\/p>/)
  })

  it('searches municipalities ignoring case and accents, and rejects an over-long name with a field error', async () => {
    const found = await app.inject('/gemeenten?naam=UTRÉCHT')
    expect(found.body).toContain('1 gemeente gevonden')
    expect(found.body).toContain('href="/gemeenten/GM0344"')
    const none = await app.inject('/gemeenten?naam=zzz')
    expect(none.body).toContain('Geen gemeente gevonden')
    const long = await app.inject(`/gemeenten?naam=${'a'.repeat(101)}`)
    expect(long.statusCode).toBe(400)
    expect(long.body).toContain('id="naam-error"')
    expect(long.body).toContain('aria-invalid="true"')
  })

  it('municipality page shows regional parties with contact', async () => {
    const res = await app.inject('/gemeenten/gm0344')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Politie-eenheid Midden-Nederland')
    expect(res.body).toContain('href="/organisaties/politie-eenheid-midden-nederland"')
    expect(res.body).toContain('Zorgcoördinatie: Midden-Nederland')
  })

  it('signal pages filter by form and by the loverboy method', async () => {
    const labour = await app.inject('/signalen/labour')
    expect(labour.body).toContain('lange dagen')
    expect(labour.body).not.toContain('dure cadeaus')
    const loverboy = await app.inject('/signalen/loverboy')
    expect(loverboy.body).toContain('dure cadeaus')
    expect(loverboy.body).not.toContain('lange dagen')
    const index = await app.inject('/signalen')
    expect(index.body).toContain('paspoort') // general signal
    expect(index.body).not.toContain('dure cadeaus')
  })

  it('right page shows time limits and providers', async () => {
    const res = await app.inject('/en/rights/bedenktijd')
    expect(res.body).toContain('Length of the reflection period: at most 3 months')
    expect(res.body).toContain('href="/en/organisations/ind"')
  })
})

describe('organogram', () => {
  it('renders the chart from the data and an equivalent table', async () => {
    const res = await app.inject('/organogram')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<caption class="utrecht-table__caption">Organisaties per fase en aspect</caption>')
    // Every valid party with a role appears on the chart and in the table, under its name of the day.
    for (const label of ['Politie', 'CoMensha', 'IND', 'NLA']) {
      expect(res.body).toContain(`<span>${label}</span></a>`)
    }
    expect(res.body).toContain('href="/organisaties/arbeidsinspectie">Nederlandse Arbeidsinspectie</a>: Voert uit')
    expect(res.body).not.toContain('Inspectie SZW')
    expect(res.body).not.toContain('is-none')
  })

  it('marks the scenario through the query string: labour gives the inspectorate a role, sexual does not', async () => {
    const dimmed = (body: string): string[] =>
      [...body.matchAll(/<a class="(?:is-lead )?is-none" href="\/organisaties\/([^"]+)"/g)].map((m) => m[1] ?? '')
    const labour = await app.inject('/organogram?form=labour')
    expect(dimmed(labour.body)).toEqual([])
    const sexual = await app.inject('/organogram?form=sexual')
    // The inspectorate has a role in two blocks (signaleren, opsporing): dimmed in both.
    expect(dimmed(sexual.body)).toEqual(['arbeidsinspectie', 'arbeidsinspectie'])
    // A victim from outside the EU also dims the roles only for Dutch and EU victims (centrumgemeente, jeugdhulp).
    const eu = await app.inject('/organogram?category=derdelander&form=sexual')
    expect(dimmed(eu.body)).toEqual(['arbeidsinspectie', 'centrumgemeente-vo', 'jeugdhulp', 'arbeidsinspectie'])
  })

  it('names the field and keeps the page when a query value is unknown', async () => {
    const res = await app.inject('/organogram?form=%3Cb%3Ex&category=kinderen')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('id="og-form-error"')
    expect(res.body).toContain('&quot;&lt;b&gt;x&quot; is geen bekende vorm van uitbuiting')
    expect(res.body).toContain('id="og-category-error"')
    expect(res.body).toContain('class="wgw-og-chart"')
  })

  it('offers the SVG as a download with the same scenario, and a 400 page for a bad query', async () => {
    const res = await app.inject('/organogram.svg?form=sexual&lang=en')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(res.body).toContain('Situation: Sexual exploitation')
    const bad = await app.inject('/organogram.svg?form=nope')
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toContain('text/html')
  })
})

describe('assets', () => {
  it('serves hashed CSS, JS, font and icon with a long cache and no third-party URLs', async () => {
    const home = await app.inject('/')
    const urls = [...home.body.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '')
    expect(urls.length).toBe(3)
    for (const url of urls) {
      const res = await app.inject(url)
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(url).toMatch(/\.[0-9a-f]{12}\.(css|js|svg)$/)
    }
    const css = await app.inject(urls.find((u) => u.endsWith('.css')) ?? '')
    const fontUrls = [...css.body.matchAll(/url\(([^)]+)\)/g)]
      .map((m) => m[1] ?? '')
      .filter((u) => !u.startsWith('"data:'))
    expect(fontUrls.length).toBeGreaterThan(0)
    for (const u of fontUrls) {
      expect(u).toMatch(/^\/assets\/fonts\//)
      expect((await app.inject(u)).statusCode).toBe(200)
    }
    expect(css.body).not.toMatch(/url\(["']?https?:/)
    expect((await app.inject('/assets/nope.css')).statusCode).toBe(404)
  })
})
