// SPDX-License-Identifier: EUPL-1.2
// Benchmark of Dutch search over the national dataset. Run: node --import tsx bench/search.bench.ts
// [--rounds=N] [--scale=N] [--data=DIR] [--postgres=URL|off]. Times the full search (analysis, the
// database match, ranking, snippets) on SQLite and PostgreSQL, and in the same run a naive baseline:
// a linear scan over the folded text of every document (substring test per query word), and the
// same analysis and ranking with an in-memory linear scan instead of the database match.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Kysely } from 'kysely'
import { loadDataset } from '../src/data/dataset/load.ts'
import type { Database } from '../src/data/database.ts'
import { openDatabase, type DatabaseConfig } from '../src/data/dialect.ts'
import { migrateOrThrow } from '../src/data/migrate.ts'
import { writeSearchIndex } from '../src/data/search/search-index.repository.ts'
import { SearchService } from '../src/data/search/search-service.ts'
import {
  analyzeQuery,
  buildIndex,
  foldText,
  matchesPlan,
  rankAndGroup,
  SEARCH_TYPES,
  searchSources,
  Vocabulary,
  words,
  type SearchSource,
} from '../src/domain/search/index.ts'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const dataDir = args.get('data') ?? join(root, 'data')
const rounds = Number(args.get('rounds') ?? 40)
const scale = Number(args.get('scale') ?? 1)
const postgresUrl =
  args.get('postgres') ?? process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Realistic queries: names, topics, inflections, participles, accents, compounds, typos, several words. */
const QUERIES = [
  'uitbuiting',
  'uitgebuit',
  'coordinator',
  'zorgcoördinator',
  'slachtoffers',
  'opvang',
  'opgevangen',
  'bedenktijd',
  'verblijfsvergunning',
  'B8-vergunning',
  'aangifte doen',
  'rechten van slachtoffers',
  'minderjarigen',
  'loverboys',
  'CoMensha',
  'Slachtofferhulp',
  'slachtofferhlp',
  'uitbuitng',
  'mensnhandel',
  'seksuitbuiting',
  'schadevergoeding',
  'tolk',
  'paspoort',
  'gemeente opvang',
  'arbeidsuitbuiting',
  'politie',
  'terugkeer',
  'werkgever',
]

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

interface Figures {
  median: number
  p95: number
  p99: number
}

async function time(label: string, run: (q: string) => unknown): Promise<Figures> {
  for (let i = 0; i < 3; i += 1) {
    for (const q of QUERIES) {
      await run(q)
    }
  }
  const samples: number[] = []
  for (let r = 0; r < rounds; r += 1) {
    for (const q of QUERIES) {
      const t0 = performance.now()
      await run(q)
      samples.push(performance.now() - t0)
    }
  }
  samples.sort((a, b) => a - b)
  const out = { median: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) }
  console.log(
    `${label.padEnd(34)} median ${out.median.toFixed(3).padStart(8)} ms   p95 ${out.p95.toFixed(3).padStart(8)} ms   p99 ${out.p99.toFixed(3).padStart(8)} ms   (${samples.length} searches)`,
  )
  return out
}

/** --scale=N: N copies of every record (ids suffixed), to see how search grows towards 10k documents. */
function scaled(sources: readonly SearchSource[]): SearchSource[] {
  return Array.from({ length: scale }, (_, k) =>
    sources.map((s) => (k === 0 ? s : { ...s, recordId: `${s.recordId}-${k}` })),
  ).flat()
}

/** The baseline: fold every document once, then per query test every word as a substring of every document. */
function naiveSearch(docs: readonly { type: string; id: string; text: string }[]) {
  return (query: string) => {
    const qs = words(query)
    const hits: { type: string; id: string; score: number }[] = []
    for (const d of docs) {
      let score = 0
      for (const w of qs) {
        const at = d.text.indexOf(w)
        if (at === -1) {
          score = -1
          break
        }
        score += 1
      }
      if (score > 0) {
        hits.push({ type: d.type, id: d.id, score })
      }
    }
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    const groups = new Map<string, typeof hits>()
    for (const h of hits) {
      groups.set(h.type, [...(groups.get(h.type) ?? []), h].slice(0, 10))
    }
    return groups
  }
}

async function withDatabase(
  config: DatabaseConfig,
  built: ReturnType<typeof buildIndex>,
  label: string,
): Promise<Figures> {
  const db: Kysely<Database> = openDatabase(config)
  try {
    await migrateOrThrow(db)
    const t0 = performance.now()
    await db.transaction().execute((trx) => writeSearchIndex(trx, built, 'bench'))
    console.log(`${label}: index written in ${(performance.now() - t0).toFixed(0)} ms`)
    const service = new SearchService(db)
    return await time(`${label} search (full)`, (q) => service.search(q))
  } finally {
    await db.destroy()
  }
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

const { dataset, problems } = loadDataset(dataDir)
if (problems.length > 0) {
  console.warn(`warning: ${problems.length} dataset problems; invalid records are skipped`)
}
const sources = scaled(searchSources(dataset))
const t0 = performance.now()
const built = buildIndex(sources)
const buildMs = performance.now() - t0
console.log(
  `dataset: ${dataDir} ×${scale} — ${built.documents.length} documents (both languages), ${built.vocabularies.nl.words.size} Dutch words, ${built.vocabularies.nl.terms.size} Dutch terms; analysis ${buildMs.toFixed(0)} ms`,
)
console.log(`${QUERIES.length} queries × ${rounds} rounds; node ${process.version}`)

const naiveDocs = sources
  .filter((s) => s.lang === 'nl')
  .map((s) => ({
    type: s.type,
    id: s.recordId,
    text: foldText(s.fields.map((f) => f.text).join(' ')),
  }))
const baseline = await time('baseline: naive linear scan', naiveSearch(naiveDocs))
// Same analysis and ranking, but matching by scanning every document in memory: isolates what the database match costs.
const vocabulary = new Vocabulary(built.vocabularies.nl)
const termSets = built.documents
  .filter((d) => d.lang === 'nl')
  .map((d) => ({ doc: d, terms: new Set(d.tokens.split(' ')) }))
await time('same engine, in-memory linear scan', (q) => {
  const plan = analyzeQuery(q, vocabulary)
  const candidates = termSets.filter((d) => matchesPlan(plan, d.terms)).map((d) => d.doc)
  return rankAndGroup(q, plan, candidates, vocabulary, { types: SEARCH_TYPES, limit: 10 })
})

const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-bench-'))
const sqlite = await withDatabase(
  { engine: 'sqlite', file: join(scratch, 'bench.sqlite') },
  built,
  'SQLite (FTS5)',
).finally(() => rmSync(scratch, { recursive: true, force: true }))

let postgres: Figures | undefined
if (args.get('postgres') !== 'off') {
  const name = `wegwijzer_bench_${randomBytes(4).toString('hex')}`
  try {
    await admin(`create database ${name}`)
    const url = new URL(postgresUrl)
    url.pathname = `/${name}`
    postgres = await withDatabase({ engine: 'postgresql', connectionString: url.toString() }, built, 'PostgreSQL (GIN)')
  } catch (error) {
    console.warn(`PostgreSQL skipped: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    await admin(`drop database if exists ${name} with (force)`).catch(() => undefined)
  }
}

console.log('')
console.log(`SQLite median / baseline median: ${(sqlite.median / baseline.median).toFixed(2)}×`)
if (postgres !== undefined) {
  console.log(`PostgreSQL median / baseline median: ${(postgres.median / baseline.median).toFixed(2)}×`)
}
console.log(
  `target: median < 2 ms → SQLite ${sqlite.median < 2 ? 'met' : 'NOT met'}${postgres === undefined ? '' : `, PostgreSQL ${postgres.median < 2 ? 'met' : 'NOT met'}`}`,
)
