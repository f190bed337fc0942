// SPDX-License-Identifier: EUPL-1.2
// Picking findings out of the one ranked list, for views that show one kind or one severity.
import type { Analysis, Finding, FindingKind } from './analysis-schema.ts'

/** The findings of one kind, in ranked order. */
export function findingsOf(a: Pick<Analysis, 'findings'>, kind: FindingKind): Finding[] {
  return a.findings.filter((f) => f.kind === kind)
}
