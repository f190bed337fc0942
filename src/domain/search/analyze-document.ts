// SPDX-License-Identifier: EUPL-1.2
// Index-time analysis: turns search sources into documents of pre-analysed terms with weights,
// plus one vocabulary per language. Both databases store exactly this output, which is why they agree.
import type { SearchSource } from './documents.ts'
import { analysisFor, SEARCH_LANGUAGES, type LanguageAnalysis, type SearchLanguage } from './language.ts'
import { words } from './normalize.ts'
import type { VocabularyData } from './vocabulary.ts'
import { MIN_PART_LENGTH } from './vocabulary.ts'

/** Bump when analysis changes: the importer then rebuilds the index even if the data did not change. */
export const ANALYZER_VERSION = 2

/** Terms a word yields besides its own stem (compound parts, participle base) count this much. */
export const DERIVED_FACTOR = 0.5

/** A search source as stored: its texts and addresses, with its fields analysed into terms. */
export interface IndexedDocument extends Omit<SearchSource, 'fields'> {
  /** 1-based position in the index; the integer key both databases use. */
  readonly docId: number
  /** The distinct terms, sorted and separated by single spaces: what the databases match on. */
  readonly tokens: string
  /** Weighted term frequencies, encoded as `|term:weight|term:weight|` (see weightOf). */
  readonly weights: string
  /** Weighted number of words, for length normalisation. */
  readonly length: number
}

export interface BuiltIndex {
  readonly documents: readonly IndexedDocument[]
  readonly vocabularies: Readonly<Record<SearchLanguage, VocabularyData>>
}

/** What the analysis of one word needs to know about the whole dataset. */
export interface WordDictionary {
  isWord(word: string): boolean
  hasTerm(term: string): boolean
}

export interface WeightedTerm {
  readonly term: string
  readonly factor: number
}

/** The terms a (folded, non-stop) word contributes to a document: its stem, then derived terms. */
export function termsOfWord(
  word: string,
  dictionary: WordDictionary,
  analysis: LanguageAnalysis = analysisFor('nl'),
): WeightedTerm[] {
  const stem = analysis.stem(word)
  const out: WeightedTerm[] = [{ term: stem, factor: 1 }]
  const seen = new Set([stem])
  const add = (term: string): void => {
    if (!seen.has(term) && dictionary.hasTerm(term)) {
      seen.add(term)
      out.push({ term, factor: DERIVED_FACTOR })
    }
  }
  for (const candidate of analysis.participles(word)) {
    add(analysis.stem(candidate))
  }
  for (const part of analysis.compoundParts(word, (w) => dictionary.isWord(w)) ?? []) {
    add(analysis.stem(part))
  }
  return out
}

/** The searchable words of a text: folded, without stop words. */
export function contentWords(text: string, analysis: LanguageAnalysis = analysisFor('nl')): string[] {
  return words(text).filter((w) => !analysis.isStopword(w))
}

const round2 = (n: number): number => Math.round(n * 100) / 100

/** Builds the documents and one vocabulary per language for `sources` (in their order). Pure and deterministic. */
export function buildIndex(sources: readonly SearchSource[]): BuiltIndex {
  const documents: IndexedDocument[] = []
  const vocabularies = {} as Record<SearchLanguage, VocabularyData>
  for (const language of SEARCH_LANGUAGES) {
    vocabularies[language] = indexLanguage(
      sources.filter((s) => s.lang === language),
      analysisFor(language),
      documents,
    )
  }
  return { documents, vocabularies }
}

/** Adds the documents of one language to `documents` (ids continue from its length); returns its vocabulary. */
function indexLanguage(
  sources: readonly SearchSource[],
  analysis: LanguageAnalysis,
  documents: IndexedDocument[],
): VocabularyData {
  const analysed = sources.map((s) => ({
    source: s,
    fields: s.fields.map((f) => ({ weight: f.weight, words: contentWords(f.text, analysis) })),
  }))

  // Pass 1: the plain vocabulary (words and their stems) that compound splits and participles are checked against.
  const wordStems = new Map<string, string>()
  for (const a of analysed) {
    for (const f of a.fields) {
      for (const w of f.words) {
        if (!wordStems.has(w)) {
          wordStems.set(w, analysis.stem(w))
        }
      }
    }
  }
  const plainTerms = new Set(wordStems.values())
  const dictionary: WordDictionary = {
    isWord: (w) => w.length >= MIN_PART_LENGTH && wordStems.has(w),
    hasTerm: (t) => plainTerms.has(t),
  }

  // Pass 2: weighted terms per document.
  const termsCache = new Map<string, WeightedTerm[]>()
  const docCounts = new Map<string, number>()
  let totalLength = 0
  let count = 0
  for (const a of analysed) {
    const weights = new Map<string, number>()
    let length = 0
    for (const f of a.fields) {
      for (const w of f.words) {
        let terms = termsCache.get(w)
        if (terms === undefined) {
          terms = termsOfWord(w, dictionary, analysis)
          termsCache.set(w, terms)
        }
        length += f.weight
        for (const t of terms) {
          weights.set(t.term, (weights.get(t.term) ?? 0) + f.weight * t.factor)
        }
      }
    }
    if (weights.size === 0) {
      continue
    }
    const sorted = [...weights.keys()].sort()
    for (const t of sorted) {
      docCounts.set(t, (docCounts.get(t) ?? 0) + 1)
    }
    totalLength += length
    count += 1
    documents.push({
      docId: documents.length + 1,
      lang: analysis.language,
      titleLang: a.source.titleLang,
      bodyLang: a.source.bodyLang,
      type: a.source.type,
      recordId: a.source.recordId,
      title: a.source.title,
      body: a.source.body,
      page: a.source.page,
      link: a.source.link,
      tokens: sorted.join(' '),
      weights: `|${sorted.map((t) => `${t}:${round2(weights.get(t) ?? 0)}`).join('|')}|`,
      length,
    })
  }
  return {
    language: analysis.language,
    words: new Map([...wordStems.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    terms: new Map([...docCounts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    documentCount: count,
    averageLength: count === 0 ? 0 : round2(totalLength / count),
  }
}
