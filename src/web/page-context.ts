// SPDX-License-Identifier: EUPL-1.2
// What every page template receives: language, texts, the catalogue on today's date and the asset URLs.
import type { AssetBundle } from './assets/bundle.ts'
import type { Messages } from '../messages/nl.ts'
import type { Format } from '../messages/format.ts'
import type { Locale } from './i18n.ts'
import type { CatalogView } from '../domain/catalog/index.ts'

export interface PageContext {
  readonly locale: Locale
  readonly t: Messages
  /** Counts, lists, facet names and value labels in the page language; renders engine codes. */
  readonly f: Format
  readonly data: CatalogView
  readonly assets: AssetBundle['urls']
  /** Language-neutral path of the page (without /en), used for the language switch. */
  readonly path: string
  /** The query string including '?', or '', so the language switch keeps the user's choices. */
  readonly search: string
  /** Builds a URL in the page language. */
  url(path: string): string
}
