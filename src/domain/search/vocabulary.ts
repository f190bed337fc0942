// SPDX-License-Identifier: EUPL-1.2
// The words and terms of the indexed dataset, held in memory by every process that searches:
// decides which query words are known, proposes typo corrections and splits compounds.
import { boundedEditDistance, typoAllowance } from './edit-distance.ts'
import { analysisFor, type LanguageAnalysis, type SearchLanguage } from './language.ts'

export interface VocabularyData {
  /** The language of the documents these words and terms come from. */
  readonly language: SearchLanguage
  /** Every folded word of the dataset (stop words left out) → its Snowball stem. */
  readonly words: ReadonlyMap<string, string>
  /** Every indexed term → the number of documents that contain it. */
  readonly terms: ReadonlyMap<string, number>
  readonly documentCount: number
  /** Mean weighted document length, for length normalisation in ranking. */
  readonly averageLength: number
}

export interface TypoMatch {
  readonly word: string
  readonly term: string
  readonly distance: number
}

/** Shortest word that may be a compound part (kind, wet, zorg). */
export const MIN_PART_LENGTH = 3

export class Vocabulary implements VocabularyData {
  readonly language: SearchLanguage
  /** How words of this language are analysed (the query must be analysed the same way). */
  readonly analysis: LanguageAnalysis
  readonly words: ReadonlyMap<string, string>
  readonly terms: ReadonlyMap<string, number>
  readonly documentCount: number
  readonly averageLength: number
  readonly #byLength = new Map<number, string[]>()

  constructor(data: VocabularyData) {
    this.language = data.language
    this.analysis = analysisFor(data.language)
    this.words = data.words
    this.terms = data.terms
    this.documentCount = data.documentCount
    this.averageLength = data.averageLength
    for (const word of [...data.words.keys()].sort()) {
      const bucket = this.#byLength.get(word.length)
      if (bucket === undefined) {
        this.#byLength.set(word.length, [word])
      } else {
        bucket.push(word)
      }
    }
  }

  hasTerm(term: string): boolean {
    return this.terms.has(term)
  }

  docCount(term: string): number {
    return this.terms.get(term) ?? 0
  }

  /** Whether `word` may stand as a part of a compound. */
  readonly isWord = (word: string): boolean =>
    word.length >= MIN_PART_LENGTH && this.words.has(word) && !this.analysis.isStopword(word)

  /**
   * Words of the dataset within the typo allowance of `word` (Damerau–Levenshtein), closest
   * first, then alphabetical; at most `max`, one per term.
   */
  typoMatches(word: string, max: number): TypoMatch[] {
    const allowed = typoAllowance(word)
    if (allowed === 0) {
      return []
    }
    const found = new Map<string, TypoMatch>()
    for (let len = word.length - allowed; len <= word.length + allowed; len += 1) {
      for (const candidate of this.#byLength.get(len) ?? []) {
        const distance = boundedEditDistance(word, candidate, allowed)
        if (distance > allowed || distance === 0) {
          continue
        }
        const term = this.words.get(candidate)
        if (term === undefined) {
          continue
        }
        const known = found.get(term)
        if (
          known === undefined ||
          distance < known.distance ||
          (distance === known.distance && candidate < known.word)
        ) {
          found.set(term, { word: candidate, term, distance })
        }
      }
    }
    return [...found.values()]
      .sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
      .slice(0, max)
  }
}
