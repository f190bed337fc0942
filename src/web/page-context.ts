// SPDX-License-Identifier: EUPL-1.2
// What every page template receives: language, texts, the catalogue on today's date and the asset URLs.
import type { AssetBundle } from './assets/bundle.ts'
import type { Messages } from './content/nl.ts'
import type { Locale } from './i18n.ts'
import type { CatalogView } from '../domain/catalog/index.ts'

export interface PageContext {
  readonly locale: Locale
  readonly t: Messages
  readonly data: CatalogView
  readonly assets: AssetBundle['urls']
  /** Language-neutral path of the page (without /en), used for the language switch. */
  readonly path: string
  /** The query string including '?', or '', so the language switch keeps the user's choices. */
  readonly search: string
  /** Builds a URL in the page language. */
  url(path: string): string
}
