// SPDX-License-Identifier: EUPL-1.2
// Held against reality (issue 11): gaps and role overlaps that public sources reported in the Dutch
// chain (test/fixtures/analysis/reported-gaps.yaml). Each one the analysis must find on the national
// dataset, or the fixture says why the data says otherwise and the analysis indeed does not find it.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { analyse, buildAnalysisIndex, type Finding } from '../../src/domain/analysis/index.ts'

interface Matcher {
  aspect: string
  kinds?: string[]
  severities?: string[]
  parties?: string[]
  exactParties?: boolean
  scope?: Record<string, string[]>
  regional?: boolean
}

interface Reported {
  id: string
  reported: string
  sources: { url: string; title: string; date?: string | number }[]
  found: boolean
  how?: string
  why?: string
  match?: Matcher
  absent?: Matcher
}

const FIXTURE = fileURLToPath(new URL('../fixtures/analysis/reported-gaps.yaml', import.meta.url))
const reported = parse(readFileSync(FIXTURE, 'utf8')) as Reported[]

const { dataset } = loadDataset(fileURLToPath(new URL('../../data', import.meta.url)))
const { findings } = analyse(buildAnalysisIndex(dataset), '2026-12-07').analysis

/** Some scope cube of the finding allows every listed value of every listed facet. */
function scopeAllows(f: Finding, scope: Record<string, string[]>): boolean {
  return f.scopes.some((s) =>
    Object.entries(scope).every(([facet, values]) => {
      const allowed = (s.facets as Record<string, unknown>)[facet]
      return allowed === undefined || values.every((v) => (allowed as string[]).includes(v))
    }),
  )
}

function matches(f: Finding, m: Matcher): boolean {
  const ids = f.parties.map((p) => p.id)
  return (
    f.aspect.id === m.aspect &&
    (m.kinds === undefined || m.kinds.includes(f.kind)) &&
    (m.severities === undefined || m.severities.includes(f.severity)) &&
    (m.parties === undefined || m.parties.every((p) => ids.includes(p))) &&
    (m.exactParties !== true || ids.length === (m.parties?.length ?? 0)) &&
    (m.scope === undefined || scopeAllows(f, m.scope)) &&
    (m.regional === undefined || (f.municipalities !== undefined) === m.regional)
  )
}

describe('reported gaps and overlaps in the Dutch chain', () => {
  it('lists at least eight, each with a summary and a source with a URL', () => {
    expect(reported.length).toBeGreaterThanOrEqual(8)
    expect(new Set(reported.map((r) => r.id)).size).toBe(reported.length)
    for (const r of reported) {
      expect(r.reported.length, r.id).toBeGreaterThan(40)
      expect(r.sources.length, r.id).toBeGreaterThan(0)
      for (const s of r.sources) {
        expect(s.url, r.id).toMatch(/^https:\/\//)
      }
    }
  })

  it.each(reported.filter((r) => r.found).map((r) => [r.id, r] as const))('finds %s', (_id, r) => {
    expect(r.how?.length ?? 0).toBeGreaterThan(0)
    const hit = findings.filter((f) => matches(f, r.match as Matcher))
    expect(hit.length, `no finding matches ${JSON.stringify(r.match)}`).toBeGreaterThan(0)
  })

  it.each(reported.filter((r) => !r.found).map((r) => [r.id, r] as const))(
    'says why the data shows no %s, and indeed finds none',
    (_id, r) => {
      expect(r.why?.length ?? 0).toBeGreaterThan(40)
      if (r.absent !== undefined) {
        expect(findings.filter((f) => matches(f, r.absent as Matcher)).map((f) => f.id)).toEqual([])
      }
    },
  )
})
