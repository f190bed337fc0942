// SPDX-License-Identifier: EUPL-1.2
// One row per import that changed the database: when, which dataset (hash), and what changed.
export interface DatasetImportsTable {
  id: string
  /** ISO 8601 timestamp (UTC). */
  imported_at: string
  /** sha256 over all (entity, id, content_hash) triples: equal hashes mean equal datasets. */
  dataset_hash: string
  /** JSON text: per entity type {inserted, updated, deleted, unchanged}. */
  summary: string
}
