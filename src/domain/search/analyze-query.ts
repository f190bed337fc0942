// SPDX-License-Identifier: EUPL-1.2
// Query-time analysis: turns what someone typed into groups of terms, one group per word, each
// group listing the index terms that count as that word (its stem, a participle base, compound
// parts or typo corrections). A document matches when it holds a term of every group.
import { words } from './normalize.ts'
import type { Vocabulary } from './vocabulary.ts'

export const MATCH_KINDS = ['exact', 'participle', 'compound', 'typo'] as const
export type MatchKind = (typeof MATCH_KINDS)[number]

/** How much a match of each kind is worth compared with an exact one. */
export const MATCH_FACTOR: Readonly<Record<Exclude<MatchKind, 'typo'>, number>> = {
  exact: 1,
  participle: 0.9,
  compound: 0.8,
}
/** A typo match is worth 0.7 at distance 1 and 0.5 at distance 2. */
export const typoFactor = (distance: number): number => (distance <= 1 ? 0.7 : 0.5)

/** More words than this are ignored: queries are short, and every word costs a lookup. */
export const MAX_QUERY_WORDS = 12
/** At most this many typo corrections per word. */
export const MAX_TYPO_TERMS = 8

export interface Alternative {
  readonly term: string
  readonly via: MatchKind
  readonly factor: number
}

export interface QueryGroup {
  /** The (folded) query word, or for a split compound the part. */
  readonly word: string
  /** Set when the word is not in the dataset and only near misses matched: the closest dataset word. */
  readonly correction?: string
  /** Set when the group is one part of a query word that was split as a compound. */
  readonly partOf?: string
  readonly alternatives: readonly Alternative[]
}

export const IGNORE_REASONS = ['stopword', 'unknown', 'too-many-words'] as const
export type IgnoreReason = (typeof IGNORE_REASONS)[number]

export interface IgnoredWord {
  readonly word: string
  readonly reason: IgnoreReason
}

export interface QueryPlan {
  readonly groups: readonly QueryGroup[]
  readonly ignored: readonly IgnoredWord[]
  /** "Did you mean": the query with every misspelt word replaced by its closest dataset word, or undefined. */
  readonly suggestion?: string
}

/** Analyses a query against the vocabulary of the index. Never throws; unknown words are reported. */
export function analyzeQuery(query: string, vocabulary: Vocabulary): QueryPlan {
  const groups: QueryGroup[] = []
  const ignored: IgnoredWord[] = []
  const seen = new Set<string>()
  let counted = 0
  const all = words(query)
  for (const word of all) {
    if (seen.has(word)) {
      continue
    }
    seen.add(word)
    if (vocabulary.analysis.isStopword(word)) {
      ignored.push({ word, reason: 'stopword' })
      continue
    }
    counted += 1
    if (counted > MAX_QUERY_WORDS) {
      ignored.push({ word, reason: 'too-many-words' })
      continue
    }
    const found = analyzeWord(word, vocabulary)
    if (found.length === 0) {
      ignored.push({ word, reason: 'unknown' })
    }
    groups.push(...found)
  }
  const corrections = new Map(
    groups.flatMap((g) => (g.correction === undefined ? [] : [[g.word, g.correction] as const])),
  )
  return corrections.size === 0
    ? { groups, ignored }
    : { groups, ignored, suggestion: all.map((w) => corrections.get(w) ?? w).join(' ') }
}

function analyzeWord(word: string, vocabulary: Vocabulary): QueryGroup[] {
  const analysis = vocabulary.analysis
  const stem = analysis.stem(word)
  const alternatives: Alternative[] = []
  const add = (term: string, via: MatchKind, factor: number): void => {
    if (vocabulary.hasTerm(term) && !alternatives.some((a) => a.term === term)) {
      alternatives.push({ term, via, factor })
    }
  }
  add(stem, 'exact', MATCH_FACTOR.exact)
  for (const candidate of analysis.participles(word)) {
    add(analysis.stem(candidate), 'participle', MATCH_FACTOR.participle)
  }
  if (alternatives.length > 0) {
    return [{ word, alternatives }]
  }
  // Unknown as a whole: a compound of known words means all its parts must occur.
  const parts = analysis.compoundParts(word, vocabulary.isWord)
  if (parts !== undefined) {
    return parts.map((part) => ({
      word: part,
      partOf: word,
      alternatives: [{ term: analysis.stem(part), via: 'compound' as const, factor: MATCH_FACTOR.compound }],
    }))
  }
  const near = vocabulary.typoMatches(word, MAX_TYPO_TERMS)
  for (const match of near) {
    add(match.term, 'typo', typoFactor(match.distance))
  }
  const closest = near[0]
  return closest === undefined ? [] : [{ word, correction: closest.word, alternatives }]
}

/** Whether a document with these terms matches the plan (the reference semantics of both databases). */
export function matchesPlan(plan: QueryPlan, terms: ReadonlySet<string>): boolean {
  return plan.groups.length > 0 && plan.groups.every((g) => g.alternatives.some((a) => terms.has(a.term)))
}
