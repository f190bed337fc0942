// SPDX-License-Identifier: EUPL-1.2
// Unit tests of ranking, grouping and snippets.
import { describe, expect, it } from 'vitest'
import { buildIndex } from './analyze-document.ts'
import { analyzeQuery, matchesPlan } from './analyze-query.ts'
import { FIELD_WEIGHT, type SearchSource, type SearchType } from './documents.ts'
import { rankAndGroup, weightOf } from './rank.ts'
import { makeSnippet, SNIPPET_LENGTH } from './snippet.ts'
import { Vocabulary } from './vocabulary.ts'

const doc = (type: SearchType, recordId: string, title: string, body: string): SearchSource => ({
  lang: 'nl',
  titleLang: 'nl',
  bodyLang: 'nl',
  type,
  recordId,
  title,
  body,
  page: `/p/${recordId}`,
  link: `/api/v1/x/${recordId}`,
  fields: [
    { text: title, weight: FIELD_WEIGHT.title },
    { text: body, weight: FIELD_WEIGHT.body },
  ],
})

const sources = [
  doc('party', 'b-opvang', 'Opvanghuis', 'Biedt opvang aan slachtoffers.'),
  doc('party', 'a-politie', 'Politie', 'Neemt aangifte op en verwijst door naar opvang.'),
  doc('party', 'c-fier', 'Fier', 'Specialistische opvang.'),
  doc('glossary', 'opvang', 'Opvang', 'Een veilige plek om te wonen.'),
  doc('right', 'recht-op-opvang', 'Recht op opvang', 'Slachtoffers hebben recht op opvang.'),
  doc('indicator', 'geen-paspoort', 'Heeft geen eigen paspoort.', 'Heeft geen eigen paspoort.'),
  doc('indicator', 'b-twin', 'Werkt lange dagen.', 'Werkt lange dagen.'),
  doc('indicator', 'a-twin', 'Werkt lange dagen.', 'Werkt lange dagen.'),
]
const built = buildIndex(sources)
const vocabulary = new Vocabulary(built.vocabularies.nl)
const search = (
  q: string,
  types: readonly SearchType[] = ['party', 'responsibility', 'right', 'indicator', 'glossary'],
  limit = 10,
) => {
  const plan = analyzeQuery(q, vocabulary)
  const candidates = built.documents.filter((d) => matchesPlan(plan, new Set(d.tokens.split(' '))))
  return rankAndGroup(q, plan, candidates, vocabulary, { types, limit })
}

describe('weights', () => {
  it('reads a term weight from the encoded string, and 0 for absent or prefix-only terms', () => {
    expect(weightOf('|opvang:4|slachtoffer:1.5|', 'slachtoffer')).toBe(1.5)
    expect(weightOf('|opvang:4|', 'opvan')).toBe(0)
    expect(weightOf('|opvang:4|', 'pvang')).toBe(0)
  })
  it('weighs a word in the title more than in the body', () => {
    const glossary = built.documents.find((d) => d.recordId === 'opvang')
    expect(glossary === undefined ? 0 : weightOf(glossary.weights, 'opvang')).toBe(FIELD_WEIGHT.title)
  })
})

describe('ranking and grouping', () => {
  it('groups in the fixed type order and counts every match', () => {
    const r = search('opvang')
    expect(r.groups.map((g) => g.type)).toEqual(['party', 'right', 'glossary'])
    expect(r.total).toBe(5)
    expect(r.groups[0]?.total).toBe(3)
  })
  it('ranks a title match above a body match', () => {
    const parties = search('opvang').groups[0]?.results.map((h) => h.id)
    expect(parties?.at(-1)).toBe('a-politie')
  })
  it('breaks score ties by id', () => {
    const r = search('lange dagen')
    expect(r.groups.map((g) => g.results.map((h) => h.id))).toEqual([['a-twin', 'b-twin']])
    expect(r.groups[0]?.results[0]?.score).toBe(r.groups[0]?.results[1]?.score)
  })
  it('keeps only the requested types and cuts each group at the limit', () => {
    const r = search('opvang', ['party', 'glossary'], 1)
    expect(r.groups.map((g) => [g.type, g.total, g.results.length])).toEqual([
      ['party', 3, 1],
      ['glossary', 1, 1],
    ])
    expect(r.total).toBe(4)
  })
  it('returns links, pages, Dutch labels and an explanation of the query', () => {
    const r = search('opvang de')
    expect(r.groups[0]).toMatchObject({ label: 'Organisaties' })
    expect(r.groups[0]?.results[0]).toMatchObject({
      link: expect.stringMatching(/^\/api\/v1\//),
      page: expect.stringMatching(/^\/p\//),
    })
    expect(r.terms).toEqual([{ word: 'opvang', matches: [{ term: 'opvang', via: 'exact' }] }])
    expect(r.ignored).toEqual([{ word: 'de', reason: 'stopword' }])
  })
})

describe('snippets', () => {
  const long = `${'Inleiding zonder het zoekwoord. '.repeat(8)}Hier staat de opvang van slachtoffers beschreven. ${'Nog meer tekst achteraf. '.repeat(8)}`
  it('starts shortly before the first match and marks cuts', () => {
    const s = makeSnippet(long, (w) => w.toLowerCase() === 'opvang')
    expect(s.startsWith('…')).toBe(true)
    expect(s.endsWith('…')).toBe(true)
    expect(s).toContain('opvang van slachtoffers')
    expect(s.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2)
  })
  it('returns a short body whole and starts at the beginning without a match', () => {
    expect(makeSnippet('Korte  tekst.', () => false)).toBe('Korte tekst.')
    expect(makeSnippet(long, () => false).startsWith('Inleiding')).toBe(true)
  })
})
