// SPDX-License-Identifier: EUPL-1.2
// Every version a record has had, from its history (issue 13: any earlier version can be shown and
// diffed). Version 1 is the record as it was before its first recorded change; each publication,
// verification or import from data/ adds the version it made. A gap (a change the history did not
// see, as in databases from before imports were recorded) becomes a version of its own, so the
// list always ends at what is published now.
import { isDeepStrictEqual } from 'node:util'
import type { HistoryEntry } from './drafts.ts'

export interface RecordVersion {
  /** 1 is the oldest. */
  readonly n: number
  /** null: the record did not exist (removed) in this version. */
  readonly doc: Record<string, unknown> | null
  /** The history entry that made it; undefined for the first version and for gaps. */
  readonly entry?: HistoryEntry
}

/** `history` newest first (as recordHistory gives it); `current` the published record, if any. */
export function recordVersions(
  history: readonly HistoryEntry[],
  current: Record<string, unknown> | undefined,
): RecordVersion[] {
  const docs: { doc: Record<string, unknown> | null; entry?: HistoryEntry }[] = []
  const last = () => docs[docs.length - 1]
  for (const entry of [...history].reverse()) {
    const previous = last()
    if (previous === undefined ? entry.before !== null : !isDeepStrictEqual(previous.doc, entry.before)) {
      docs.push({ doc: entry.before })
    }
    docs.push({ doc: entry.after, entry })
  }
  const now = current ?? null
  const previous = last()
  if (previous === undefined ? now !== null : !isDeepStrictEqual(previous.doc, now)) {
    docs.push({ doc: now })
  }
  return docs.map((d, i) => ({ n: i + 1, ...d }))
}
