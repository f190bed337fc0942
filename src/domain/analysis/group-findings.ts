// SPDX-License-Identifier: EUPL-1.2
// Groups findings per aspect for reading: 127 separate overlaps are unreadable, "Opvang: 29 sets of
// parties, politie + zorgcoördinator meet in 20" is not. The flat findings stay the contract.
import type { Finding, FindingGroup, Heatmap } from './analysis-schema.ts'
import { weakestStatus } from './status.ts'

/** Descending by count, then by id, so the order is stable. */
function ranked<T>(counts: Map<string, { item: T; findings: number }>): { item: T; findings: number }[] {
  return [...counts.entries()]
    .sort(([ka, a], [kb, b]) => b.findings - a.findings || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, v]) => v)
}

function bump<T>(counts: Map<string, { item: T; findings: number }>, key: string, item: T): void {
  const c = counts.get(key)
  if (c === undefined) {
    counts.set(key, { item, findings: 1 })
  } else {
    c.findings++
  }
}

/**
 * One group per aspect, in the order the findings come in (organogram order). The combinations come
 * from the heatmap row, where every facet combination is counted once however many findings share it.
 */
export function groupFindings(
  findings: readonly Finding[],
  heatmap: Heatmap,
  count: 'overlaps' | 'agreed',
): FindingGroup[] {
  const byAspect = new Map<string, Finding[]>()
  for (const f of findings) {
    const list = byAspect.get(f.aspect.id) ?? []
    list.push(f)
    byAspect.set(f.aspect.id, list)
  }
  return [...byAspect.values()].map((list) => {
    const first = list[0] as Finding
    const parties = new Map<string, { item: Finding['parties'][number]; findings: number }>()
    const pairs = new Map<string, { item: [string, string]; findings: number }>()
    for (const f of list) {
      for (const p of f.parties) {
        bump(parties, p.id, p)
      }
      // Overlaps: the pairs no agreement covers; agreed overlaps: every pair (all are covered).
      const shown = f.kind === 'overlap' ? f.unresolvedPairs : allPairs(f.parties.map((p) => p.id))
      for (const pair of shown) {
        const [a = '', b = ''] = pair
        bump(pairs, `${a}+${b}`, [a, b] as [string, string])
      }
    }
    const row = heatmap.rows.find((r) => r.aspect.id === first.aspect.id)
    return {
      aspect: first.aspect,
      findings: list.length,
      combinations: row?.cells.reduce((n, c) => n + c[count], 0) ?? 0,
      sharedDuty: list.filter((f) => f.sharedDuty === true).length,
      parties: ranked(parties).map(({ item, findings }) => ({ ...item, findings })),
      pairs: ranked(pairs).map(({ item, findings }) => ({ parties: item, findings })),
      findingIds: list.map((f) => f.id),
      sources: [...new Set(list.flatMap((f) => f.sources))].sort(),
      status: weakestStatus(list.map((f) => f.status)),
    }
  })
}

function allPairs(ids: readonly string[]): [string, string][] {
  const out: [string, string][] = []
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) {
      out.push([a, b])
    }
  })
  return out
}
