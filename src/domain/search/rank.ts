// SPDX-License-Identifier: EUPL-1.2
// Ranks the documents a database found and groups them by type. Ranking happens here, in one
// place, from the stored term weights: that is what makes SQLite and PostgreSQL answer alike.
import { termsOfWord } from './analyze-document.ts'
import type { QueryPlan } from './analyze-query.ts'
import { SEARCH_TYPE_LABELS, SEARCH_TYPES, type SearchType } from './documents.ts'
import type { SearchLanguage } from './language.ts'
import { words } from './normalize.ts'
import type { SearchGroup, SearchHit, SearchResponse } from './search-response.ts'
import { makeSnippet } from './snippet.ts'
import type { Vocabulary } from './vocabulary.ts'

/** What ranking needs of a matching document (the database returns this for every match). */
export interface Candidate {
  readonly docId: number
  readonly type: SearchType
  readonly recordId: string
  readonly weights: string
  readonly length: number
}

/** What showing a result needs (fetched only for the results that are shown). */
export interface DocumentText {
  readonly docId: number
  readonly titleLang: SearchLanguage
  readonly bodyLang: SearchLanguage
  readonly title: string
  readonly body: string
  readonly page: string | null
  readonly link: string | null
}

export interface RankedGroup {
  readonly type: SearchType
  readonly total: number
  /** The best `limit` candidates, best first. */
  readonly top: readonly { readonly candidate: Candidate; readonly score: number }[]
}

// BM25 parameters; b is low because records are short and their length says little.
const K1 = 1.2
const B = 0.4

/** The weight of `term` in an encoded weights string (`|term:weight|…|`), 0 when absent. */
export function weightOf(weights: string, term: string): number {
  const key = `|${term}:`
  const at = weights.indexOf(key)
  if (at === -1) {
    return 0
  }
  const from = at + key.length
  return Number(weights.slice(from, weights.indexOf('|', from)))
}

function idf(vocabulary: Vocabulary, term: string): number {
  const n = vocabulary.documentCount
  const df = vocabulary.docCount(term)
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

/** The idf of every alternative of every group, computed once per query. */
function planIdfs(plan: QueryPlan, vocabulary: Vocabulary): number[][] {
  return plan.groups.map((g) => g.alternatives.map((a) => idf(vocabulary, a.term)))
}

/** BM25 over the plan: per group the best of its alternatives, summed over groups; 4 decimals. */
export function scoreCandidate(
  plan: QueryPlan,
  candidate: Candidate,
  vocabulary: Vocabulary,
  idfs: readonly (readonly number[])[] = planIdfs(plan, vocabulary),
): number {
  const norm = K1 * (1 - B + (B * candidate.length) / Math.max(vocabulary.averageLength, 1))
  let score = 0
  plan.groups.forEach((group, g) => {
    let best = 0
    group.alternatives.forEach((alt, a) => {
      const tf = weightOf(candidate.weights, alt.term)
      if (tf > 0) {
        best = Math.max(best, alt.factor * (idfs[g]?.[a] ?? 0) * ((tf * (K1 + 1)) / (tf + norm)))
      }
    })
    score += best
  })
  return Math.round(score * 10_000) / 10_000
}

export interface RankOptions {
  readonly types: readonly SearchType[]
  /** Results per group. */
  readonly limit: number
}

/** Scores and sorts (score, then id) the candidates per type, in the fixed type order; keeps the top `limit`. */
export function rankCandidates(
  plan: QueryPlan,
  candidates: readonly Candidate[],
  vocabulary: Vocabulary,
  options: RankOptions,
): RankedGroup[] {
  const wanted = new Set(options.types)
  const idfs = planIdfs(plan, vocabulary)
  const byType = new Map<SearchType, { candidate: Candidate; score: number }[]>()
  for (const candidate of candidates) {
    if (!wanted.has(candidate.type)) {
      continue
    }
    const list = byType.get(candidate.type) ?? []
    list.push({ candidate, score: scoreCandidate(plan, candidate, vocabulary, idfs) })
    byType.set(candidate.type, list)
  }
  const groups: RankedGroup[] = []
  for (const type of SEARCH_TYPES) {
    const list = byType.get(type)
    if (list !== undefined && list.length > 0) {
      list.sort((a, b) => b.score - a.score || compare(a.candidate.recordId, b.candidate.recordId))
      groups.push({ type, total: list.length, top: list.slice(0, options.limit) })
    }
  }
  return groups
}

/** The answer: groups with labels, each shown result with its title, snippet and links. */
export function presentResults(
  query: string,
  plan: QueryPlan,
  ranked: readonly RankedGroup[],
  texts: ReadonlyMap<number, DocumentText>,
  vocabulary: Vocabulary,
): SearchResponse {
  const matched = new Set(plan.groups.flatMap((g) => g.alternatives.map((a) => a.term)))
  const isMatch = (raw: string): boolean => termsOfRawWord(raw, vocabulary).some((t) => matched.has(t))
  const groups: SearchGroup[] = ranked.map((group) => ({
    type: group.type,
    label: SEARCH_TYPE_LABELS[vocabulary.language][group.type],
    total: group.total,
    results: group.top.map(({ candidate, score }): SearchHit => {
      const text = texts.get(candidate.docId)
      if (text === undefined) {
        throw new Error(`search document ${candidate.docId} (${candidate.type}/${candidate.recordId}) has no text`)
      }
      return {
        type: group.type,
        id: candidate.recordId,
        title: text.title,
        titleLang: text.titleLang,
        snippet: makeSnippet(text.body, isMatch),
        snippetLang: text.bodyLang,
        score,
        link: text.link,
        page: text.page,
      }
    }),
  }))
  return {
    query,
    language: vocabulary.language,
    suggestion: plan.suggestion ?? null,
    total: ranked.reduce((n, g) => n + g.total, 0),
    terms: plan.groups.map((g) => ({
      word: g.word,
      ...(g.partOf === undefined ? {} : { partOf: g.partOf }),
      matches: g.alternatives.map((a) => ({ term: a.term, via: a.via })),
    })),
    ignored: plan.ignored.map((i) => ({ word: i.word, reason: i.reason })),
    groups,
  }
}

/** Ranking and presentation in one step, for documents that carry their text (in-memory use, tests). */
export function rankAndGroup(
  query: string,
  plan: QueryPlan,
  candidates: readonly (Candidate & DocumentText)[],
  vocabulary: Vocabulary,
  options: RankOptions,
): SearchResponse {
  const ranked = rankCandidates(plan, candidates, vocabulary, options)
  return presentResults(query, plan, ranked, new Map(candidates.map((c) => [c.docId, c])), vocabulary)
}

// Snippets analyse the same body words over and over: remember each raw word's terms per vocabulary.
const termsMemo = new WeakMap<Vocabulary, Map<string, readonly string[]>>()

function termsOfRawWord(raw: string, vocabulary: Vocabulary): readonly string[] {
  let memo = termsMemo.get(vocabulary)
  if (memo === undefined) {
    memo = new Map()
    termsMemo.set(vocabulary, memo)
  }
  let terms = memo.get(raw)
  if (terms === undefined) {
    terms = words(raw)
      .filter((w) => !vocabulary.analysis.isStopword(w))
      .flatMap((w) => termsOfWord(w, vocabulary, vocabulary.analysis).map((t) => t.term))
    memo.set(raw, terms)
  }
  return terms
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
