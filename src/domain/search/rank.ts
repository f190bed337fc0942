// SPDX-License-Identifier: EUPL-1.2
// Ranks the documents a database found and groups them by type. Ranking happens here, in one
// place, from the stored term weights: that is what makes SQLite and PostgreSQL answer alike.
import { termsOfWord, type WeightedTerm } from './analyze-document.ts'
import type { QueryPlan } from './analyze-query.ts'
import { SEARCH_TYPE_LABELS, SEARCH_TYPES, type SearchType } from './documents.ts'
import { words } from './normalize.ts'
import { isStopword } from './stopwords.ts'
import type { SearchGroup, SearchHit, SearchResponse } from './search-response.ts'
import { makeSnippet } from './snippet.ts'
import type { Vocabulary } from './vocabulary.ts'

/** A document as the database returns it for ranking. */
export interface Candidate {
  readonly docId: number
  readonly type: SearchType
  readonly recordId: string
  readonly title: string
  readonly body: string
  readonly page: string | null
  readonly link: string | null
  readonly weights: string
  readonly length: number
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

/** BM25 over the plan: per group the best of its alternatives, summed over groups; 4 decimals. */
export function scoreCandidate(plan: QueryPlan, candidate: Candidate, vocabulary: Vocabulary): number {
  const norm = K1 * (1 - B + (B * candidate.length) / Math.max(vocabulary.averageLength, 1))
  let score = 0
  for (const group of plan.groups) {
    let best = 0
    for (const alt of group.alternatives) {
      const tf = weightOf(candidate.weights, alt.term)
      if (tf > 0) {
        const s = alt.factor * idf(vocabulary, alt.term) * ((tf * (K1 + 1)) / (tf + norm))
        best = Math.max(best, s)
      }
    }
    score += best
  }
  return Math.round(score * 10_000) / 10_000
}

export interface RankOptions {
  readonly types: readonly SearchType[]
  /** Results per group. */
  readonly limit: number
}

/** Scores, sorts (score, then id), groups and cuts the candidates; adds snippets to what is shown. */
export function rankAndGroup(query: string, plan: QueryPlan, candidates: readonly Candidate[], vocabulary: Vocabulary, options: RankOptions): SearchResponse {
  const wanted = new Set(options.types)
  const byType = new Map<SearchType, { candidate: Candidate; score: number }[]>()
  for (const candidate of candidates) {
    if (!wanted.has(candidate.type)) {
      continue
    }
    const list = byType.get(candidate.type) ?? []
    list.push({ candidate, score: scoreCandidate(plan, candidate, vocabulary) })
    byType.set(candidate.type, list)
  }
  const matched = new Set(plan.groups.flatMap((g) => g.alternatives.map((a) => a.term)))
  const isMatch = (raw: string): boolean =>
    words(raw).some((w) => !isStopword(w) && cachedTermsOfWord(w, vocabulary).some((t) => matched.has(t.term)))

  const groups: SearchGroup[] = []
  let total = 0
  for (const type of SEARCH_TYPES) {
    const list = byType.get(type)
    if (list === undefined || list.length === 0) {
      continue
    }
    list.sort((a, b) => b.score - a.score || compare(a.candidate.recordId, b.candidate.recordId))
    total += list.length
    const results: SearchHit[] = list.slice(0, options.limit).map(({ candidate, score }) => ({
      type,
      id: candidate.recordId,
      title: candidate.title,
      snippet: makeSnippet(candidate.body, isMatch),
      score,
      link: candidate.link,
      page: candidate.page,
    }))
    groups.push({ type, label: SEARCH_TYPE_LABELS[type], total: list.length, results })
  }
  return {
    query,
    total,
    terms: plan.groups.map((g) => ({
      word: g.word,
      ...(g.partOf === undefined ? {} : { partOf: g.partOf }),
      matches: g.alternatives.map((a) => ({ term: a.term, via: a.via })),
    })),
    ignored: plan.ignored.map((i) => ({ word: i.word, reason: i.reason })),
    groups,
  }
}

// Snippets analyse the same body words over and over: remember each word's terms per vocabulary.
const termsMemo = new WeakMap<Vocabulary, Map<string, WeightedTerm[]>>()

function cachedTermsOfWord(word: string, vocabulary: Vocabulary): WeightedTerm[] {
  let memo = termsMemo.get(vocabulary)
  if (memo === undefined) {
    memo = new Map()
    termsMemo.set(vocabulary, memo)
  }
  let terms = memo.get(word)
  if (terms === undefined) {
    terms = termsOfWord(word, vocabulary)
    memo.set(word, terms)
  }
  return terms
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
