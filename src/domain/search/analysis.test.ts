// SPDX-License-Identifier: EUPL-1.2
// Unit tests of the Dutch analysis: folding, stemming, participles, compounds and typos.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildIndex, termsOfWord } from './analyze-document.ts'
import { analyzeQuery, matchesPlan } from './analyze-query.ts'
import { splitCompound } from './compounds.ts'
import type { SearchSource } from './documents.ts'
import { boundedEditDistance, typoAllowance } from './edit-distance.ts'
import { foldText, hasWords, words } from './normalize.ts'
import { participleCandidates } from './participle.ts'
import { stemDutch } from './stem.ts'
import { Vocabulary } from './vocabulary.ts'

const source = (recordId: string, text: string): SearchSource => ({
  lang: 'nl',
  titleLang: 'nl',
  bodyLang: 'nl',
  type: 'glossary',
  recordId,
  title: recordId,
  body: text,
  page: null,
  link: null,
  fields: [{ text, weight: 1 }],
})

/** A small vocabulary of realistic texts, as the importer would build it. */
const built = buildIndex([
  source(
    'arbeidsuitbuiting',
    'Arbeidsuitbuiting is uitbuiting buiten de seksindustrie, bijvoorbeeld in de land- en tuinbouw.',
  ),
  source('uitbuiting', 'Uitbuiting van een persoon: iemand haalt voordeel uit het werk van een ander.'),
  source('arbeid', 'Arbeid en diensten onder dwang.'),
  source('zorgcoordinator', 'De regionale zorgcoördinator regelt opvang en begeleiding voor een slachtoffer.'),
  source('coordinator', 'Een coördinator mensenhandel bij de politie.'),
  source('opvang', 'Opvang in een beschermde omgeving; slachtoffers worden opgevangen door de zorg.'),
  source('melden', 'Iemand kan signalen melden bij Meld Misdaad Anoniem.'),
  source('gemeente', 'De gemeente is verantwoordelijk voor opvang en begeleiding.'),
])
const vocabulary = new Vocabulary(built.vocabularies.nl)
const docTerms = new Map(built.documents.map((d) => [d.recordId, new Set(d.tokens.split(' '))]))
const found = (query: string): string[] => {
  const plan = analyzeQuery(query, vocabulary)
  return [...docTerms]
    .filter(([, terms]) => matchesPlan(plan, terms))
    .map(([id]) => id)
    .sort()
}

describe('folding', () => {
  it('lowercases and strips diacritics', () => {
    expect(foldText('Zorgcoördinator CAFÉ Ĳssel')).toBe('zorgcoordinator cafe ijssel')
    expect(words('Coördinator, één-op-één; B8-vergunning!')).toEqual([
      'coordinator',
      'een',
      'op',
      'een',
      'b8',
      'vergunning',
    ])
  })
  it('folds letters that have no decomposition', () => {
    expect(words('Straße Søren Œuvre')).toEqual(['strasse', 'soren', 'oeuvre'])
  })
  it('yields only ASCII letters and digits, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => words(s).every((w) => /^[a-z0-9]+$/.test(w))))
  })
  it('knows when a text has nothing to search for', () => {
    expect(hasWords('  ?! — ')).toBe(false)
    expect(hasWords('b8')).toBe(true)
  })
})

describe('stemming (Snowball Dutch)', () => {
  it('conflates inflections', () => {
    expect(stemDutch('slachtoffers')).toBe(stemDutch('slachtoffer'))
    expect(stemDutch('uitbuiting')).toBe(stemDutch('uitbuiten'))
    expect(stemDutch('gemeenten')).toBe(stemDutch('gemeente'))
  })
  it('alone does not conflate a participle with its noun, which is why the participle rule exists', () => {
    expect(stemDutch('uitgebuit')).not.toBe(stemDutch('uitbuiting'))
  })
})

describe('participle rule', () => {
  it('removes ge after a separable prefix and at the start', () => {
    expect(participleCandidates('uitgebuit')).toContain('uitbuit')
    expect(participleCandidates('opgevangen')).toContain('opvangen')
    expect(participleCandidates('gemeld')).toContain('meld')
    expect(participleCandidates('gesignaleerd')).toContain('signaleer')
  })
  it('leaves words that do not look like participles alone', () => {
    expect(participleCandidates('gemeenschap')).toEqual([])
    expect(participleCandidates('uitbuiting')).toEqual([])
  })
  it('only counts when the verb form occurs in the dataset (gemeente is not a form of menen)', () => {
    expect(participleCandidates('gemeente')).toContain('meente')
    expect(analyzeQuery('gemeente', vocabulary).groups[0]?.alternatives.map((a) => a.via)).toEqual(['exact'])
    expect(found('gemeente')).toEqual(['gemeente'])
  })
  it('links uitgebuit to uitbuiting through the stem', () => {
    expect(participleCandidates('uitgebuit').map(stemDutch)).toContain(stemDutch('uitbuiting'))
  })
})

describe('compound splitting', () => {
  const known = new Set([
    'arbeid',
    'uitbuiting',
    'verblijf',
    'vergunning',
    'mensen',
    'handel',
    'zorg',
    'coordinator',
    'kind',
    'opvang',
  ])
  const isWord = (w: string) => known.has(w)
  it('splits on known words with linking sounds', () => {
    expect(splitCompound('arbeidsuitbuiting', isWord)).toEqual(['arbeid', 'uitbuiting'])
    expect(splitCompound('verblijfsvergunning', isWord)).toEqual(['verblijf', 'vergunning'])
    expect(splitCompound('mensenhandel', isWord)).toEqual(['mensen', 'handel'])
    expect(splitCompound('zorgcoordinator', isWord)).toEqual(['zorg', 'coordinator'])
    expect(splitCompound('kinderopvang', isWord)).toEqual(['kind', 'opvang'])
  })
  it('does not split when a part is not a known word', () => {
    expect(splitCompound('seksuitbuiting', isWord)).toBeUndefined()
    expect(splitCompound('uitbuiting', isWord)).toBeUndefined()
  })
  it('indexes the parts of a compound as derived terms', () => {
    const dictionary = { isWord, hasTerm: () => true }
    const terms = termsOfWord('arbeidsuitbuiting', dictionary).map((t) => t.term)
    expect(terms).toEqual([stemDutch('arbeidsuitbuiting'), stemDutch('arbeid'), stemDutch('uitbuiting')])
  })
})

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps as one', () => {
    expect(boundedEditDistance('uitbuiting', 'uitbuitng', 2)).toBe(1)
    expect(boundedEditDistance('slachtoffer', 'slachtofer', 2)).toBe(1)
    expect(boundedEditDistance('opvang', 'opvagn', 2)).toBe(1)
    expect(boundedEditDistance('opvang', 'opvanq', 2)).toBe(1)
    expect(boundedEditDistance('politie', 'politie', 2)).toBe(0)
  })
  it('stops at the bound', () => {
    expect(boundedEditDistance('gemeente', 'arbeid', 1)).toBe(2)
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3)
  })
  it('is symmetric and zero only for equal words', () => {
    const word = fc.stringMatching(/^[a-z]{0,10}$/)
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = boundedEditDistance(a, b, 3)
        return d === boundedEditDistance(b, a, 3) && (d === 0) === (a === b)
      }),
    )
  })
  it('allows more typos in longer words', () => {
    expect([typoAllowance('wet'), typoAllowance('opvang'), typoAllowance('slachtoffer')]).toEqual([0, 1, 2])
  })
})

describe('query analysis against a vocabulary', () => {
  it('uitgebuit finds uitbuiting (participle)', () => {
    expect(found('uitgebuit')).toEqual(expect.arrayContaining(['uitbuiting', 'arbeidsuitbuiting']))
  })
  it('coordinator finds coördinator, without accents typed', () => {
    expect(found('coordinator')).toContain('coordinator')
    expect(found('COÖRDINATOR')).toEqual(found('coordinator'))
  })
  it('uitbuiting also finds arbeidsuitbuiting (compound part)', () => {
    expect(found('uitbuiting')).toEqual(['arbeidsuitbuiting', 'uitbuiting'])
  })
  it('opgevangen finds opvang', () => {
    expect(found('opgevangen')).toContain('opvang')
  })
  it('tolerates small typos', () => {
    expect(found('uitbuitng')).toEqual(found('uitbuiting'))
    expect(found('zorgcoordinatr')).toContain('zorgcoordinator')
    const plan = analyzeQuery('slachtofer', vocabulary)
    expect(plan.groups[0]?.alternatives[0]).toMatchObject({ term: stemDutch('slachtoffer'), via: 'typo' })
  })
  it('does not correct short words', () => {
    expect(analyzeQuery('wex', vocabulary).ignored).toEqual([{ word: 'wex', reason: 'unknown' }])
  })
  it('splits an unknown compound query word into known parts that must all occur', () => {
    const plan = analyzeQuery('gemeenteopvang', vocabulary)
    expect(plan.groups.map((g) => [g.word, g.partOf])).toEqual([
      ['gemeente', 'gemeenteopvang'],
      ['opvang', 'gemeenteopvang'],
    ])
    expect(found('gemeenteopvang')).toEqual(['gemeente'])
  })
  it('drops stop words and reports unknown words', () => {
    const plan = analyzeQuery('de opvang van xyzzyq', vocabulary)
    expect(plan.groups.map((g) => g.word)).toEqual(['opvang'])
    expect(plan.ignored).toEqual([
      { word: 'de', reason: 'stopword' },
      { word: 'van', reason: 'stopword' },
      { word: 'xyzzyq', reason: 'unknown' },
    ])
  })
  it('matches nothing when nothing is left to look for', () => {
    expect(found('de het een')).toEqual([])
  })
  it('requires every word (AND)', () => {
    expect(found('opvang gemeente')).toEqual(['gemeente'])
  })
})

describe('English analysis', () => {
  const english = (recordId: string, text: string): SearchSource => ({
    ...source(recordId, text),
    lang: 'en',
    titleLang: 'en',
    bodyLang: 'en',
  })
  const index = buildIndex([
    english('arbeidsuitbuiting', 'Labour exploitation, also called forced labour.'),
    english('veilig-thuis', 'Safe at Home: advice and reporting centre for domestic violence.'),
    english('opvang', 'Shelters for victims of trafficking.'),
    source('dutch-only', 'Opvang voor slachtoffers.'),
  ])
  const en = new Vocabulary(index.vocabularies.en)
  const nl = new Vocabulary(index.vocabularies.nl)
  const foundIn = (vocabulary: Vocabulary, query: string): string[] => {
    const plan = analyzeQuery(query, vocabulary)
    return index.documents
      .filter((d) => d.lang === vocabulary.language && matchesPlan(plan, new Set(d.tokens.split(' '))))
      .map((d) => d.recordId)
  }

  it('keeps the languages apart: one vocabulary each, documents marked with their language', () => {
    expect(index.documents.map((d) => d.lang)).toEqual(['nl', 'en', 'en', 'en'])
    expect(en.hasTerm('shelter')).toBe(true)
    expect(nl.hasTerm('shelter')).toBe(false)
  })

  it('stems English words (exploited → exploitation, shelter → shelters) and drops English stop words', () => {
    expect(foundIn(en, 'exploited')).toEqual(['arbeidsuitbuiting'])
    expect(foundIn(en, 'shelter')).toEqual(['opvang'])
    expect(foundIn(en, 'forced labour')).toEqual(['arbeidsuitbuiting'])
    expect(foundIn(en, 'Safe at Home')).toEqual(['veilig-thuis'])
    expect(analyzeQuery('Safe at Home', en).ignored).toEqual([{ word: 'at', reason: 'stopword' }])
    // English is not split like Dutch compounds, and a Dutch query on the English side finds nothing here.
    expect(foundIn(en, 'opvang')).toEqual([])
  })

  it('suggests the closest dataset word for a misspelt one, and nothing when every word is known', () => {
    expect(analyzeQuery('forsed labour', en).suggestion).toBe('forced labour')
    expect(analyzeQuery('sheltrs', en).suggestion).toBe('shelters')
    expect(analyzeQuery('forced labour', en).suggestion).toBeUndefined()
    expect(analyzeQuery('opvnag', nl).suggestion).toBe('opvang')
  })
})
