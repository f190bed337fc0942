// SPDX-License-Identifier: EUPL-1.2
// Translation coverage for `wegwijzer stats` (issue 15): English over every user-facing dataset
// text; each victim language over what its victim pages show (the parties' plain texts; the page
// texts themselves are a typed catalogue, complete by construction, with one status).
import type { Dataset, EntityKey } from '../domain/entities.ts'
import { VICTIM_LANGUAGES, type VictimLanguage } from '../domain/languages.ts'
import { englishCoverage, englishCoverageByEntity, plainTextCoverage, type Coverage } from '../domain/translations.ts'
import { VICTIM_MESSAGES } from '../messages/victim/index.ts'

export interface VictimPageCoverage extends Coverage {
  /** The status of the language's page texts: source, machine or reviewed. */
  readonly catalogue: string
}

export interface TranslationCoverage {
  readonly english: Coverage
  readonly englishByEntity: Partial<Record<EntityKey, Coverage>>
  readonly victimPages: Record<VictimLanguage, VictimPageCoverage>
}

export function translationCoverage(dataset: Dataset): TranslationCoverage {
  const plain = plainTextCoverage(dataset)
  const victimPages = {} as Record<VictimLanguage, VictimPageCoverage>
  for (const lang of VICTIM_LANGUAGES) {
    victimPages[lang] = { ...plain[lang], catalogue: VICTIM_MESSAGES[lang].status }
  }
  return { english: englishCoverage(dataset), englishByEntity: englishCoverageByEntity(dataset), victimPages }
}
