// SPDX-License-Identifier: EUPL-1.2
// The register as Open Referral HSDS 3.0: the mapping, its ids, its tables and the reading back.
export * from './build.ts'
export * from './files.ts'
export * from './read.ts'
export * from './schema.ts'
export * from './tabular.ts'
export * from './taxonomies.ts'
export * from './uuid.ts'
export type * from './words.ts'
