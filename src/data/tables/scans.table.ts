// SPDX-License-Identifier: EUPL-1.2
// Row type of the `scans` table: basisniveau self-scans. User data, not curated: never re-imported.
import type { Selectable } from 'kysely'

export interface ScansTable {
  /** Unguessable token (24 random bytes, base64url): whoever has it can edit a draft. */
  id: string
  municipality_code: string
  /** A withdrawn scan stays 'published' here (the CHECK allows no more) with withdrawn_at set. */
  status: 'draft' | 'published'
  /** Starts at 1; every change adds one. Writers must name the version they edited. */
  version: number
  /** The answers as JSON text: {"<question id>": {"answer": …, "evidence": …}}. */
  answers: string
  created_at: string
  updated_at: string
  published_at: string | null
  /** Account id of the person who published it (NULL before issue 20 item 1). */
  published_by: string | null
  /** The role they published with: municipality | national-editor. */
  publisher_role: string | null
  /** That role's municipality code, '' for a national editor. */
  publisher_scope: string | null
  /** ScoreSummary as JSON, kept at publication. */
  published_score: string | null
  withdrawn_at: string | null
  withdrawn_by: string | null
  withdrawn_reason: string | null
}

export type ScanRow = Selectable<ScansTable>

/** Per municipality its latest published scan and that scan's score, kept at publication. */
export interface PublishedScanScoresTable {
  municipality_code: string
  scan_id: string
  published_at: string
  /** ScoreSummary (src/domain/basisniveau/overview.ts) as JSON; NULL until scored. */
  score: string | null
}

export type PublishedScanScoreRow = Selectable<PublishedScanScoresTable>
