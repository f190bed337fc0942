// SPDX-License-Identifier: EUPL-1.2
// A file derived from the domain schemas: written by `npm run generate`, compared by the drift check.

export interface GeneratedFile {
  /** Path relative to the project root. */
  readonly path: string
  readonly content: string
}
