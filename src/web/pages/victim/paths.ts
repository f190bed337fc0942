// SPDX-License-Identifier: EUPL-1.2
// Where each victim page lives in each language. The language is in the URL, never in a cookie
// (issue 15): Dutch at the root, every other language under its two-letter prefix.
import type { TextLanguage } from '../../../domain/languages.ts'
import { localePath } from '../../i18n.ts'
import type { PagePath } from '../../slugs.ts'

export const VICTIM_PAGES = ['help', 'rights', 'report', 'safe', 'card'] as const
export type VictimPage = (typeof VICTIM_PAGES)[number]

/** The path of a victim page under the language prefix. Dutch and English keep their safe-browsing page. */
const NEUTRAL = {
  help: '/hulp',
  rights: '/hulp/rechten',
  report: '/hulp/aangifte',
  safe: '/hulp/veilig',
  card: '/hulp/kaart',
} as const satisfies Readonly<Record<VictimPage, PagePath>>

export function victimPath(lang: TextLanguage, page: VictimPage): string {
  if (lang === 'nl' || lang === 'en') {
    return localePath(lang, page === 'safe' ? '/veilig-internetten' : NEUTRAL[page])
  }
  return `/${lang}${NEUTRAL[page]}`
}

/** The language-neutral path of a victim page (for routes registered per language). */
export function neutralVictimPath(page: VictimPage): PagePath {
  return NEUTRAL[page]
}
