// SPDX-License-Identifier: EUPL-1.2
// Search gives identical answers on SQLite and PostgreSQL: fixed lists of Dutch and English queries
// over the national dataset, run on both engines and against the in-memory reference semantics (matchesPlan).
// Also the example queries of issue 3. PostgreSQL is skipped with a warning when unreachable, except in CI.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { refreshSearchIndex } from '../../src/data/search/search-index.repository.ts'
import { SearchService } from '../../src/data/search/search-service.ts'
import type { Engine } from '../../src/data/dialect.ts'
import {
  analyzeQuery,
  buildIndex,
  matchesPlan,
  rankAndGroup,
  SEARCH_TYPES,
  searchSources,
  Vocabulary,
  type SearchLanguage,
  type SearchResponse,
} from '../../src/domain/search/index.ts'
import { describeEachEngine } from '../helpers/databases.ts'

const IN_CI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false'
const { dataset } = loadDataset(join(import.meta.dirname, '../../data'))

/** Realistic queries: plain words, inflections, participles, accents, compounds, typos, stop words, several words, nonsense. */
const QUERIES = [
  'uitbuiting',
  'uitgebuit',
  'uitgebuite werknemers',
  'arbeidsuitbuiting',
  'seksuele uitbuiting',
  'criminele uitbuiting',
  'coordinator',
  'zorgcoördinator',
  'ZORGCOORDINATOR',
  'coördinatie',
  'mensenhandel',
  'slachtoffers',
  'slachtoffer van mensenhandel',
  'rechten van slachtoffers',
  'opvang',
  'opgevangen',
  'categorale opvang',
  'bedenktijd',
  'verblijfsvergunning',
  'B8-vergunning',
  'aangifte doen',
  'politie',
  'gemeente',
  'gemeentelijke',
  'minderjarigen',
  'loverboy',
  'loverboys',
  'tolk',
  'schadevergoeding',
  'rechtsbijstand',
  'huisvesting',
  'paspoort',
  'bankrekening',
  'melden',
  'gemeld',
  'signalen',
  'Slachtofferhulp',
  'slachtofferhlp',
  'uitbuitng',
  'zorgcoordinatr',
  'mensnhandel',
  'seksuitbuiting',
  'arbeidsmigranten',
  'de het een',
  'xyzzy',
  'IND',
  'Nidos',
  'CoMensha',
  'terugkeer naar land van herkomst',
  'schuld',
  'verslaving',
  'dwang',
  'werkgever',
]

const built = buildIndex(searchSources(dataset))
const vocabularies = { nl: new Vocabulary(built.vocabularies.nl), en: new Vocabulary(built.vocabularies.en) }

function reference(query: string, lang: SearchLanguage = 'nl'): SearchResponse {
  const vocabulary = vocabularies[lang]
  const plan = analyzeQuery(query, vocabulary)
  const candidates = built.documents.filter((d) => d.lang === lang && matchesPlan(plan, new Set(d.tokens.split(' '))))
  return rankAndGroup(query, plan, candidates, vocabulary, { types: SEARCH_TYPES, limit: 10 })
}

/** English queries: names, stemming (exploited → exploitation), stop words, synonyms, Dutch names, typos, nonsense. */
const ENGLISH_QUERIES = [
  'forced labour',
  'forced labor',
  'exploitation',
  'exploited',
  'labour exploitation',
  'sexual exploitation',
  'shelter',
  'shelters for victims',
  'Safe at Home',
  'safe home',
  'human trafficking',
  'victims of trafficking',
  'residence permit',
  'reflection period',
  'police',
  'care coordinator',
  'Veilig Thuis',
  'CoMensha',
  'compensation',
  'the of and',
  'exploitaton',
  'sheltr',
  'traficking',
  'xyzzy',
  'loverboy',
  'passport',
  'debt',
  'minors',
  'municipality',
  'report',
]

const answers = new Map<Engine, Map<string, SearchResponse>>()

describeEachEngine('search over the national dataset', (t) => {
  let service: SearchService
  beforeAll(async () => {
    await t.db.transaction().execute((trx) => refreshSearchIndex(trx, dataset, 'parity-test'))
    service = new SearchService(t.db)
  })

  it('answers every query like the in-memory reference, in Dutch and in English', async () => {
    const mine = new Map<string, SearchResponse>()
    for (const q of QUERIES) {
      const answer = await service.search(q)
      expect(answer, q).toEqual(reference(q))
      mine.set(q, answer)
    }
    for (const q of ENGLISH_QUERIES) {
      const answer = await service.search(q, { lang: 'en' })
      expect(answer, `en: ${q}`).toEqual(reference(q, 'en'))
      mine.set(`en: ${q}`, answer)
    }
    answers.set(t.engine, mine)
  })

  it('finds what English speakers type (issue 21)', async () => {
    const ids = async (q: string, type: string) =>
      (await service.search(q, { limit: 50, lang: 'en' })).groups
        .find((g) => g.type === type)
        ?.results.map((h) => h.id) ?? []
    expect(await ids('forced labour', 'glossary')).toContain('arbeidsuitbuiting')
    expect(await ids('Safe at Home', 'party')).toContain('veilig-thuis')
    // Stemming: "exploited" finds the "exploitation" names; "shelter" the shelters.
    expect(await ids('exploited', 'glossary')).toEqual(
      expect.arrayContaining(['arbeidsuitbuiting', 'seksuele-uitbuiting']),
    )
    expect((await service.search('shelter', { lang: 'en' })).total).toBeGreaterThan(5)
    expect((await service.search('exploitation', { lang: 'en' })).total).toBeGreaterThan(5)
    // English results are titled in English where the record has an English name.
    const safe = (await service.search('Safe at Home', { lang: 'en' })).groups.find((g) => g.type === 'party')
      ?.results[0]
    expect(safe?.title).toMatch(/^Safe at Home/)
    expect(safe?.titleLang).toBe('en')
    // Stop words are English stop words: "at" plays no part.
    expect((await service.search('Safe at Home', { lang: 'en' })).ignored).toEqual([{ word: 'at', reason: 'stopword' }])
    // Dutch names work on the English side too.
    expect(await ids('Veilig Thuis', 'party')).toContain('veilig-thuis')
  })

  it('suggests the nearest words ("did you mean") in both languages', async () => {
    expect((await service.search('sheltr', { lang: 'en' })).suggestion).toBe('shelter')
    expect((await service.search('forsed labour', { lang: 'en' })).suggestion).toBe('forced labour')
    expect((await service.search('mensnhandel')).suggestion).toBe('mensenhandel')
    expect((await service.search('opvang')).suggestion).toBeNull()
  })

  it('finds the examples of the issue', async () => {
    const ids = async (q: string, type: string) =>
      (await service.search(q, { limit: 50 })).groups.find((g) => g.type === type)?.results.map((h) => h.id) ?? []
    // Stemming plus the participle rule: "uitgebuit" finds "uitbuiting".
    expect(await ids('uitgebuit', 'glossary')).toEqual(
      expect.arrayContaining(['arbeidsuitbuiting', 'criminele-uitbuiting', 'seksuele-uitbuiting']),
    )
    // Diacritics: "coordinator" finds "coördinator".
    expect(await ids('coordinator', 'glossary')).toContain('zorgcoordinator')
    // Compounds: "uitbuiting" also finds "arbeidsuitbuiting" (a right whose name has only the compound).
    expect(await ids('uitbuiting', 'right')).toContain('b8-vergunning-arbeidsuitbuiting')
    // Typos.
    expect(await ids('slachtofferhlp', 'party')).toContain('slachtofferhulp')
    expect(await ids('mensnhandel', 'glossary')).toContain('mensenhandel')
  })

  it('filters by type without changing scores', async () => {
    const all = await service.search('opvang')
    const rights = await service.search('opvang', { types: ['right'] })
    expect(rights.groups.map((g) => g.type)).toEqual(['right'])
    expect(rights.groups[0]).toEqual(all.groups.find((g) => g.type === 'right'))
  })
})

describe('search parity', () => {
  it(`gives identical answers on SQLite and PostgreSQL for ${QUERIES.length} queries`, (ctx) => {
    const sqlite = answers.get('sqlite')
    const postgres = answers.get('postgresql')
    if (postgres === undefined && !IN_CI) {
      console.warn('[search parity] PostgreSQL answers missing (PostgreSQL not reachable): parity SKIPPED')
      ctx.skip()
    }
    expect(QUERIES.length).toBeGreaterThanOrEqual(30)
    expect(sqlite?.size).toBe(QUERIES.length + ENGLISH_QUERIES.length)
    expect(postgres?.size).toBe(QUERIES.length + ENGLISH_QUERIES.length)
    for (const q of sqlite?.keys() ?? []) {
      expect(postgres?.get(q), q).toEqual(sqlite?.get(q))
    }
    // Guard against a vacuous pass: most queries do find something.
    expect([...(sqlite?.values() ?? [])].filter((a) => a.total > 0).length).toBeGreaterThan(
      (QUERIES.length + ENGLISH_QUERIES.length) * 0.8,
    )
  })
})
