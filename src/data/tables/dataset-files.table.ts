// SPDX-License-Identifier: EUPL-1.2
// One row per file under data/ as last imported (see the dataset_files migration).
export interface DatasetFilesTable {
  /** Relative to data/, forward slashes. */
  path: string
  text: string
  /** Content hash of the record in the file at import; null for files that hold no record (README.md). */
  content_hash: string | null
}
