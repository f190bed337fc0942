// SPDX-License-Identifier: EUPL-1.2
// Issue 21, item 3 on the REAL dataset: every party a victim or a bystander is shown has a plain
// text (B1, second person, at most 25 words) and a "when to call" line in Dutch and English, and
// the victim and bystander pages show those, not the professional descriptions, with no source
// link beside "Bel 112".
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/entities.ts'
import { PLAIN_TEXT_MAX_WORDS, type Party } from '../../src/domain/party.ts'
import { CONTACT_PARTIES, plainPartyIds, wordCount } from '../../src/domain/public-contacts.ts'
import { plainTextFindings } from '../../src/domain/translations.ts'
import { nationalDataset, nationalPagesApp } from '../helpers/web-app.ts'

let dataset: Dataset
let app: FastifyInstance

beforeAll(async () => {
  dataset = nationalDataset()
  app = await nationalPagesApp(dataset)
})
afterAll(async () => {
  await app?.close()
})

function party(id: string): Party {
  const p = dataset.parties.find((x) => x.id === id)
  expect(p, id).toBeDefined()
  return p as Party
}

/** The visible text of a page: tags dropped, entities left as they are. */
function visibleText(body: string): string {
  const main = body.slice(body.indexOf('<main'), body.indexOf('</main>'))
  return main.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ')
}

describe('plain-language party texts in data/', () => {
  it.each(plainPartyIds())('%s has a plain text and a when-to-call line in Dutch and English', (id) => {
    const plain = party(id).plain
    for (const lang of ['nl', 'en'] as const) {
      const texts = plain?.[lang]
      expect(texts, `${id} plain.${lang}`).toBeDefined()
      expect(wordCount(texts?.text ?? '')).toBeLessThanOrEqual(PLAIN_TEXT_MAX_WORDS)
      expect(texts?.whenToCall.length).toBeGreaterThan(0)
    }
    // Second person: the Dutch text speaks to "u" (as the whole Dutch site), the English to "you".
    expect(plain?.nl.text).toMatch(/\b(u|uw)\b/i)
    expect(plain?.en?.text).toMatch(/\b(you|your)\b/i)
    // Honest about who translated: no English text claims a review nobody did.
    expect(plain?.en?.translation).toBe('machine')
  })

  it('validate finds no party on the victim or bystander page without its Dutch or English plain text', () => {
    expect(plainTextFindings(dataset).filter((f) => f.lang === 'nl' || f.lang === 'en')).toEqual([])
  })
})

describe.each([
  { path: '/hulp', audience: 'victim' as const, lang: 'nl' as const, call: 'Bel 112' },
  { path: '/en/help', audience: 'victim' as const, lang: 'en' as const, call: 'Call 112' },
  { path: '/ik-zie-iets', audience: 'citizen' as const, lang: 'nl' as const, call: 'Bel 112' },
  { path: '/en/i-see-something', audience: 'citizen' as const, lang: 'en' as const, call: 'Call 112' },
])('$path', ({ path, audience, lang, call }) => {
  it('shows every party with its plain text and when-to-call line, not the professional description', async () => {
    const res = await app.inject(path)
    expect(res.statusCode).toBe(200)
    const text = visibleText(res.body)
    for (const id of CONTACT_PARTIES[audience]) {
      const p = party(id)
      expect(text, `${id} plain text`).toContain(p.plain?.[lang]?.text.split(':')[0])
      expect(res.body).toContain(`data-party="${id}"`)
      // The professional description stays on the party page.
      expect(text).not.toContain(p.description.slice(0, 40))
    }
    expect(text).not.toContain('kennisgeving')
  })

  it('has no source link beside the 112 line, and every number is a tap-to-call link', async () => {
    const res = await app.inject(path)
    const note = /<p class="utrecht-paragraph wgw-emergency">([\s\S]*?)<\/p>/.exec(res.body)?.[1] ?? ''
    expect(note).toContain(call.split(' ')[0])
    // The only link beside "Call 112" is the number itself.
    expect(note.replace(/<a class="[^"]*" href="tel:112" dir="ltr">112<\/a>/, '')).not.toMatch(/<a\b/)
    expect(res.body).not.toMatch(/>(Bron|Source)</)
    for (const m of res.body.matchAll(/<p class="utrecht-paragraph wgw-when-to-call">([\s\S]*?)<\/p>/g)) {
      const line = m[1] ?? ''
      const bare = line.replace(/<a\b[^>]*>[\s\S]*?<\/a>/g, '')
      expect(bare, 'a number outside a tel: link').not.toMatch(/\d{3}/)
    }
    // No check dates or publishers on these cards: those are for professionals.
    expect(visibleText(res.body)).not.toMatch(/Gecontroleerd|Checked on/)
  })
})

describe('the English victim page', () => {
  it('shows at most 3 common Dutch words in its visible text (issue 15)', async () => {
    const res = await app.inject('/en/help')
    const body = res.body.slice(res.body.indexOf('<body'))
    const words = body.replace(/<[^>]*>/g, ' ').match(/\p{L}+/gu) ?? []
    const dutch = words.filter((w) =>
      ['het', 'een', 'dat', 'voor', 'slachtoffers', 'organisatie', 'landelijk', 'bij', 'zijn', 'wordt'].includes(
        w.toLowerCase(),
      ),
    )
    expect(dutch.length, dutch.join(' ')).toBeLessThanOrEqual(3)
  })
})

describe('English record pages say when their English is our own translation (issue 15)', () => {
  it('the English party page shows the English description and the translation status; the Dutch page does not', async () => {
    const en = await app.inject('/en/organisations/politie')
    expect(en.statusCode).toBe(200)
    expect(visibleText(en.body)).toContain(party('politie').en?.description?.slice(0, 40))
    expect(en.body).toContain('<span data-translation="machine">Our own translation of the Dutch')
    const nl = await app.inject('/organisaties/politie')
    expect(nl.body).not.toContain('data-translation="machine"')
  })

  it('the English right page shows who it is for in English', async () => {
    const res = await app.inject('/en/rights/gratis-rechtsbijstand')
    expect(visibleText(res.body)).toContain(
      'All victims of human trafficking, whatever their nationality or residence status.',
    )
    expect(visibleText(res.body)).not.toContain('Alle slachtoffers van mensenhandel')
  })
})
