// SPDX-License-Identifier: EUPL-1.2
// Which sources each record cites, as rows, so "what rests on this source?" is one indexed query.
export interface RecordSourcesTable {
  /** Entity key, e.g. `parties` or `victimCategories`. */
  entity: string
  record_id: string
  source_id: string
}
