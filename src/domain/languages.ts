// SPDX-License-Identifier: EUPL-1.2
// The languages of the dataset and the pages. Dutch is the source language; English covers the
// whole site; the victim languages cover the pages a possible victim reads (issue 15): the
// languages most victims registered in the Netherlands read, besides Dutch and English.
import { literalUnion } from './common.ts'

export const VICTIM_LANGUAGES = ['en', 'pl', 'ro', 'bg', 'uk', 'es', 'pt', 'ar', 'hu', 'vi'] as const
export type VictimLanguage = (typeof VICTIM_LANGUAGES)[number]

/** Every language a text in the dataset may be written in: Dutch plus the victim languages. */
export const TEXT_LANGUAGES = ['nl', ...VICTIM_LANGUAGES] as const
export type TextLanguage = (typeof TEXT_LANGUAGES)[number]

/** Languages written right to left: their pages carry dir="rtl". */
export const RTL_LANGUAGES: ReadonlySet<TextLanguage> = new Set(['ar'])

export function isTextLanguage(value: string): value is TextLanguage {
  return (TEXT_LANGUAGES as readonly string[]).includes(value)
}

/**
 * How far a translated text can be trusted: `machine` (written by a translation tool or by someone
 * who does not master the language, not yet checked), `reviewed` (a person fluent in the language
 * checked it against the Dutch). Never claim `reviewed` for a text nobody checked.
 */
export const TRANSLATION_STATUSES = ['machine', 'reviewed'] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]
export const TranslationStatusSchema = literalUnion(
  TRANSLATION_STATUSES,
  'machine: not yet checked by a person fluent in the language; reviewed: checked against the Dutch by such a person.',
)
