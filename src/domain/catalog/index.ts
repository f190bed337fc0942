// SPDX-License-Identifier: EUPL-1.2
// Public surface of the read model: one catalogue per published dataset version.
export { buildCatalog, memoSlot, Catalog, type CatalogOptions, type CatalogSource, type MemoSlot } from './catalog.ts'
export { CatalogView } from './view.ts'
export type { PartyRole } from './relations.ts'
