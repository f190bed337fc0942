// SPDX-License-Identifier: EUPL-1.2
// The languages search analyses text in: Dutch (the dataset's own language) and English (the `en`
// texts of records and the English pages). Each has its own stemmer and stop words; only Dutch
// splits compounds and knows participles (uitgebuit → uitbuiten). Index and query of one language
// always go through the same analysis, which is what makes a query find its words.
import { splitCompound } from './compounds.ts'
import { participleCandidates } from './participle.ts'
import { stemDutch, stemEnglish } from './stem.ts'
import { isEnglishStopword, isStopword } from './stopwords.ts'

export const SEARCH_LANGUAGES = ['nl', 'en'] as const
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number]

export interface LanguageAnalysis {
  readonly language: SearchLanguage
  stem(word: string): string
  isStopword(word: string): boolean
  /** Base forms a participle may come from (Dutch only). */
  participles(word: string): readonly string[]
  /** The parts of a compound, each a word for which `isWord` holds (Dutch only). */
  compoundParts(word: string, isWord: (w: string) => boolean): readonly string[] | undefined
}

const DUTCH: LanguageAnalysis = {
  language: 'nl',
  stem: stemDutch,
  isStopword,
  participles: participleCandidates,
  compoundParts: splitCompound,
}

const ENGLISH: LanguageAnalysis = {
  language: 'en',
  stem: stemEnglish,
  isStopword: isEnglishStopword,
  participles: () => [],
  // English writes compounds apart ("forced labour"), so there is nothing to split.
  compoundParts: () => undefined,
}

export function analysisFor(language: SearchLanguage): LanguageAnalysis {
  return language === 'en' ? ENGLISH : DUTCH
}
