// SPDX-License-Identifier: EUPL-1.2
// Issue 15 on the REAL dataset: the victim pages in the languages victims read, with lang and dir
// right, the quick exit labelled in the page's language, a chooser naming every language in its
// own script, the language in the URL (never a cookie), honest translation status, and the
// parties' plain texts in the page's language.
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEXT_LANGUAGES, VICTIM_LANGUAGES } from '../../../domain/languages.ts'
import { VICTIM_MESSAGES } from '../../../messages/victim/index.ts'
import { victimPath, VICTIM_PAGES } from './paths.ts'
import type { Dataset } from '../../../domain/entities.ts'
import { visibleBlocks } from '../../../../test/helpers/dutch-text.ts'
import { nationalDataset, nationalPagesApp } from '../../../../test/helpers/web-app.ts'

let app: FastifyInstance
let dataset: Dataset

beforeAll(async () => {
  dataset = nationalDataset()
  app = await nationalPagesApp(dataset)
})
afterAll(async () => {
  await app?.close()
})

const OTHER = VICTIM_LANGUAGES.filter((l) => l !== 'en')

describe.each(OTHER)('victim pages in %s', (lang) => {
  const v = VICTIM_MESSAGES[lang]

  it.each(VICTIM_PAGES)('%s renders with lang, dir, the exit in the language and no cookie', async (page) => {
    const res = await app.inject(victimPath(lang, page))
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`)
    expect(res.body).toContain(`data-quick-exit aria-describedby="quick-exit-hint">${v.quickExit.label}</a>`)
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(res.headers['cache-control']).toBe('no-store')
    // The exit link is the first link in the body.
    const body = res.body.slice(res.body.indexOf('<body'))
    expect(/<a\b[^>]*>/.exec(body)?.[0]).toContain('data-quick-exit')
    // Honest: a page nobody fluent checked says so.
    expect(res.body).toContain('data-translation="machine"')
    expect(res.body).toContain(v.machineNote)
    // No dataset text falls back to Dutch: the only parts marked Dutch are names (the chooser's
    // "Nederlands", the organisations' own names).
    const names = new Set(['Nederlands', ...dataset.parties.flatMap((p) => [p.name, p.shortName ?? ''])])
    const dutch = visibleBlocks(res.body)
      .flat()
      .map((p) => ({ ...p, text: p.text.trim() }))
      .filter((p) => p.lang.startsWith('nl') && p.text !== '' && !names.has(p.text))
    expect(dutch).toEqual([])
  })

  it('answers an address that does not exist under its prefix in this language, with the exit and the way to help', async () => {
    for (const path of [`/${lang}/help`, `/${lang}/hulp/onbekend`]) {
      const res = await app.inject(path)
      expect(res.statusCode, path).toBe(404)
      expect(res.body).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`)
      expect(res.body).toContain(`>${v.notFound.title}</h1>`)
      expect(res.body).toContain(`href="${victimPath(lang, 'help')}"`)
      expect(res.body).toContain(`data-quick-exit aria-describedby="quick-exit-hint">${v.quickExit.label}</a>`)
      expect(res.body).not.toContain('Pagina niet gevonden')
      expect(res.headers['set-cookie']).toBeUndefined()
    }
  })

  it('shows the victim parties with their plain texts in this language and every number as a link', async () => {
    const res = await app.inject(victimPath(lang, 'help'))
    for (const id of ['comensha', 'fairwork', 'politie', 'veilig-thuis', 'slachtofferhulp']) {
      const party = dataset.parties.find((p) => p.id === id)
      const texts = party?.plain?.[lang]
      expect(texts, `${id} plain.${lang}`).toBeDefined()
      expect(res.body).toContain(`data-party="${id}" data-translation="machine"`)
      expect(res.body).toContain(texts?.text.replace(/'/g, '&#39;').replace(/"/g, '&quot;').slice(0, 30))
    }
    expect(res.body).toMatch(/href="tel:112" dir="ltr"/)
  })
})

describe('the language chooser', () => {
  it('names every language in its own name and script, with lang, hreflang and dir on each link', async () => {
    const res = await app.inject('/ar/hulp')
    const chooser = /<nav class="wgw-languages"[\s\S]*?<\/nav>/.exec(res.body)?.[0] ?? ''
    for (const lang of TEXT_LANGUAGES) {
      const name = VICTIM_MESSAGES[lang].languageName
      expect(chooser).toContain(
        `href="${victimPath(lang, 'help')}" lang="${lang}" hreflang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`,
      )
      expect(chooser).toContain(`>${name}</a>`)
    }
    expect(chooser).toContain('aria-current="page">العربية</a>')
    for (const name of [
      'Polski',
      'Română',
      'Български',
      'Українська',
      'Español',
      'Português',
      'Magyar',
      'Tiếng Việt',
    ]) {
      expect(chooser).toContain(name)
    }
  })

  it('is on the Dutch and English victim pages too, and keeps the page when switching', async () => {
    const nl = await app.inject('/hulp/rechten')
    expect(nl.statusCode).toBe(200)
    expect(nl.body).toContain('href="/pl/hulp/rechten" lang="pl"')
    const en = await app.inject('/en/help')
    expect(en.body).toContain('href="/vi/hulp" lang="vi"')
    expect(en.body).toContain('<html lang="en"')
  })

  it('remembers the language in the URL: /pl, /pl/ and /hulp?lang=pl lead to /pl/hulp', async () => {
    for (const url of ['/pl', '/pl/', '/hulp?lang=pl', '/en/help?lang=pl']) {
      const res = await app.inject(url)
      expect(res.statusCode, url).toBe(303)
      expect(res.headers.location).toBe('/pl/hulp')
      expect(res.headers['set-cookie']).toBeUndefined()
    }
    const unknown = await app.inject('/hulp?lang=xx')
    expect(unknown.statusCode).toBe(200)
    expect(unknown.body).toContain('<html lang="nl"')
    expect((await app.inject('/xx/hulp')).statusCode).toBe(404)
  })
})

describe('Dutch and English victim pages', () => {
  it.each([
    '/hulp',
    '/hulp/rechten',
    '/hulp/aangifte',
    '/hulp/kaart',
    '/en/help',
    '/en/help/rights',
    '/en/help/reporting',
    '/en/help/card',
  ])('%s renders in the site layout without a source link beside 112', async (path) => {
    const res = await app.inject(path)
    expect(res.statusCode).toBe(200)
    const note = /<p class="utrecht-paragraph wgw-emergency">([\s\S]*?)<\/p>/.exec(res.body)?.[1] ?? ''
    expect(note).toMatch(/href="tel:112"/)
    expect(note).not.toMatch(/Bron|Source/)
  })

  it('sends /hulp/veilig to the fuller safe-browsing page', async () => {
    expect((await app.inject('/hulp/veilig')).headers.location).toBe('/veilig-internetten')
    expect((await app.inject('/en/help/safe')).headers.location).toBe('/en/browse-safely')
  })

  it('the English pages say their texts are our own translation; the Dutch ones do not', async () => {
    expect((await app.inject('/en/help/rights')).body).toContain('data-translation="machine"')
    expect((await app.inject('/hulp/rechten')).body).not.toContain('wgw-translation-note')
  })
})

describe('the referral card', () => {
  it.each(['nl', 'en', 'pl', 'ar', 'vi'] as const)(
    'in %s names CoMensha, FairWork, Veilig Thuis, the police and 112 with checked numbers',
    async (lang) => {
      for (const format of ['', '?format=a6']) {
        const res = await app.inject(victimPath(lang, 'card') + format)
        expect(res.statusCode).toBe(200)
        for (const id of ['comensha', 'fairwork', 'veilig-thuis', 'politie']) {
          expect(res.body).toContain(`data-party="${id}"`)
        }
        for (const tel of ['tel:112', 'tel:0334481186', 'tel:08002000', 'tel:09008844']) {
          expect(res.body).toContain(`href="${tel}"`)
        }
        // FairWork has no checked number in the dataset: its website, never a guessed number.
        expect(res.body).toContain('fairwork.nu')
        expect(res.body).toContain(`data-format="${format === '' ? 'a4' : 'a6'}"`)
      }
    },
  )
})
