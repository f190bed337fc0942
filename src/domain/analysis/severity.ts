// SPDX-License-Identifier: EUPL-1.2
// How bad a finding is, and the order findings are read in (ADR 0022): a missing service first,
// then two parties both claiming the regie, then executors side by side without a division of
// roles; overlaps on a shared task are expected, and agreed overlaps are already resolved.
import {
  SEVERITIES,
  TOP_LIMIT,
  TOP_PER_ASPECT,
  type Finding,
  type FindingKind,
  type Severity,
} from './analysis-schema.ts'

const RANK: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<
  Severity,
  number
>

/** Severities a reader must act on; the others are counted and hidden by default. */
export const ACTIONABLE: readonly Severity[] = ['gap', 'lead-conflict', 'executor-overlap']

export function isActionable(severity: Severity): boolean {
  return ACTIONABLE.includes(severity)
}

/**
 * The rule. A shared task wins over a lead conflict: where the data says everyone does it, two
 * leads side by side are intended, not a dispute.
 */
export function severityOf(kind: FindingKind, sharedDuty: boolean, leadConflict: boolean): Severity {
  if (kind === 'gap') {
    return 'gap'
  }
  if (kind === 'agreed-overlap') {
    return 'agreed'
  }
  return sharedDuty ? 'expected' : leadConflict ? 'lead-conflict' : 'executor-overlap'
}

export function severityRank(severity: Severity): number {
  return RANK[severity]
}

/**
 * How many victims a finding touches, comparably across aspects: its facet combinations, scaled
 * by the share of municipalities when it holds only in some regions.
 */
export function reach(f: Finding, municipalityCount: number): number {
  return f.municipalities === undefined || municipalityCount === 0
    ? f.combinations
    : (f.combinations * f.municipalities) / municipalityCount
}

/** Severity, then reach (widest first), then organogram order, then id: a total, stable order. */
export function rankFindings(
  findings: Finding[],
  organogramOrder: ReadonlyMap<string, number>,
  municipalityCount: number,
): Finding[] {
  return findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      reach(b, municipalityCount) - reach(a, municipalityCount) ||
      (organogramOrder.get(a.aspect.id) ?? 0) - (organogramOrder.get(b.aspect.id) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/**
 * The findings to act on first, from a ranked list: actionable only, at most TOP_PER_ASPECT per
 * aspect so that one aspect with many sets of parties does not fill the list.
 */
export function topFindings(ranked: readonly Finding[], limit = TOP_LIMIT, perAspect = TOP_PER_ASPECT): Finding[] {
  const perAspectCount = new Map<string, number>()
  const out: Finding[] = []
  for (const f of ranked) {
    if (out.length >= limit) {
      break
    }
    const n = perAspectCount.get(f.aspect.id) ?? 0
    if (isActionable(f.severity) && n < perAspect) {
      out.push(f)
      perAspectCount.set(f.aspect.id, n + 1)
    }
  }
  return out
}

export function countSeverities(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of findings) {
    counts[f.severity]++
  }
  return counts
}
