// SPDX-License-Identifier: EUPL-1.2
// Route and analysis messages as text, for tests that assert the words.
import type { Dataset } from '../../src/domain/entities.ts'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import type { Message } from '../../src/domain/message.ts'
import { render, type Locale } from '../../src/messages/catalogue.ts'
import { catalogNames, type Names } from '../../src/messages/names.ts'

export function texts(messages: readonly Message[], locale: Locale = 'nl', names?: Names): string[] {
  return messages.map((m) => render(locale, m, names))
}

const catalogs = new WeakMap<Dataset, ReturnType<typeof buildCatalog>>()

/** The names of a dataset's parties, aspects and rights in a language, as the edge words them. */
export function namesOf(dataset: Dataset, locale: Locale = 'nl'): Names {
  let catalog = catalogs.get(dataset)
  if (catalog === undefined) {
    catalog = buildCatalog(dataset)
    catalogs.set(dataset, catalog)
  }
  return catalogNames(catalog, locale)
}
