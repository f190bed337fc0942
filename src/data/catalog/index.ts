// SPDX-License-Identifier: EUPL-1.2
// The served read model: read the catalogue of the served version, follow new versions, publish.
export { readCatalog, readServedCatalog, type ServedCatalog } from './served-catalog.ts'
export { LiveCatalog, type LiveCatalogOptions } from './live-catalog.ts'
export { publishDataset } from './publish.ts'
