// SPDX-License-Identifier: EUPL-1.2
// The victim-page catalogues, one per language (issue 15). Typed: a language cannot miss a text.
import type { TextLanguage } from '../../domain/languages.ts'
import { ar } from './ar.ts'
import { bg } from './bg.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { hu } from './hu.ts'
import { nl } from './nl.ts'
import { pl } from './pl.ts'
import { pt } from './pt.ts'
import { ro } from './ro.ts'
import { uk } from './uk.ts'
import { vi } from './vi.ts'
import type { VictimMessages } from './victim-messages.ts'

export type { CatalogueStatus, VictimMessages } from './victim-messages.ts'

export const VICTIM_MESSAGES: Readonly<Record<TextLanguage, VictimMessages>> = {
  nl,
  en,
  pl,
  ro,
  bg,
  uk,
  es,
  pt,
  ar,
  hu,
  vi,
}

export function victimMessages(lang: TextLanguage): VictimMessages {
  return VICTIM_MESSAGES[lang]
}
