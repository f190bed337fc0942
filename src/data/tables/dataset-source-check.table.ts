// SPDX-License-Identifier: EUPL-1.2
// One row (id 'data'): the digest of the data/ directory that the served copy was last checked against.
export interface DatasetSourceCheckTable {
  id: string
  /** sha256 over the import format, the entity schemas and every file under data/ (see source-digest.ts). */
  digest: string
  /** ISO 8601 timestamp (UTC) of the check. */
  checked_at: string
}
