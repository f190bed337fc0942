// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the overlap and gap analysis. Run:
//   node --expose-gc --import tsx bench/analysis.bench.ts [--rounds=N] [--data=DIR] [--scales=1,10,100] [--skip-baseline]
// 1. National dataset: the full analysis (all facet combinations, all 342 municipalities where an
//    aspect is regional) against the brute-force baseline measured in the same run: one
//    computeRoute per aspect cell, with every municipality instead of region classes.
// 2. Synthetic datasets at 10× and 100× the national size (seeded, mulberry32): how time and heap
//    grow with the number of responsibilities.
import { join } from 'node:path'
import { loadDataset } from '../src/data/dataset/load.ts'
import type { Dataset } from '../src/domain/entities.ts'
import type { Conditions } from '../src/domain/facets.ts'
import { EXPLOITATION_FORMS } from '../src/domain/facets.ts'
import {
  analyse,
  bruteForceScenario,
  buildAnalysisIndex,
  type AnalysisIndex,
  type CellQuery,
} from '../src/domain/analysis/index.ts'
import { cellValues } from '../src/domain/analysis/grid.ts'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const dataDir = args.get('data') ?? join(root, 'data')
const rounds = Number(args.get('rounds') ?? 30)
const scales = (args.get('scales') ?? '1,10,100').split(',').map(Number)
const asOf = args.get('as-of') ?? '2025-01-01'
const gc = (globalThis as { gc?: () => void }).gc

/** Seeded PRNG (mulberry32), so the synthetic datasets are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * k copies of the national dataset's parties, aspects, responsibilities, required aspects and
 * agreements (municipalities and regions stay: there are 342 municipalities whatever the size).
 * Copies get a random tweak of their conditions so findings differ between copies.
 */
export function syntheticDataset(base: Dataset, k: number, seed = 2014): Dataset {
  if (k === 1) {
    return base
  }
  const rnd = mulberry32(seed)
  const sfx = (id: string, i: number): string => (i === 0 ? id : `${id}-s${i}`)
  const tweak = (c: Conditions | undefined, i: number): Conditions | undefined => {
    if (i === 0 || rnd() < 0.5) {
      return c
    }
    const form = EXPLOITATION_FORMS[Math.floor(rnd() * EXPLOITATION_FORMS.length)] ?? 'sexual'
    return rnd() < 0.5 ? { ...c, exploitation: [form] } : { ...c, ageGroup: [rnd() < 0.5 ? 'minor' : 'adult'] }
  }
  const copies = Array.from({ length: k }, (_, i) => i)
  return {
    ...base,
    parties: copies.flatMap((i) =>
      base.parties.map((p) => ({
        ...p,
        id: sfx(p.id, i),
        ...(p.parent === undefined ? {} : { parent: sfx(p.parent, i) }),
        ...(p.successor === undefined ? {} : { successor: sfx(p.successor, i) }),
      })),
    ),
    aspects: copies.flatMap((i) => base.aspects.map((a) => ({ ...a, id: sfx(a.id, i), order: Math.min(99, a.order) }))),
    responsibilities: copies.flatMap((i) =>
      base.responsibilities.map((r) => {
        const conditions = tweak(r.conditions, i)
        const { conditions: _drop, ...rest } = r
        return {
          ...rest,
          id: sfx(r.id, i),
          party: sfx(r.party, i),
          aspect: sfx(r.aspect, i),
          ...(conditions === undefined ? {} : { conditions }),
        }
      }),
    ),
    requiredAspects: copies.flatMap((i) =>
      base.requiredAspects.map((r) => ({ ...r, id: sfx(r.id, i), aspect: sfx(r.aspect, i) })),
    ),
    agreements: copies.flatMap((i) =>
      base.agreements.map((a) => ({
        ...a,
        id: sfx(a.id, i),
        aspect: sfx(a.aspect, i),
        parties: a.parties.map((p) => sfx(p, i)),
      })),
    ),
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

function timeAnalysis(
  dataset: Dataset,
  n: number,
): { indexMs: number; analyseMs: number; totalMs: number; heapMb: number; findings: number } {
  const index: number[] = []
  const run: number[] = []
  let findings = 0
  let heap = 0
  for (let i = 0; i < n; i++) {
    gc?.()
    const before = process.memoryUsage().heapUsed
    const t0 = performance.now()
    const idx = buildAnalysisIndex(dataset)
    const t1 = performance.now()
    const a = analyse(idx, asOf)
    const t2 = performance.now()
    heap = Math.max(heap, process.memoryUsage().heapUsed - before)
    index.push(t1 - t0)
    run.push(t2 - t1)
    findings = a.analysis.findings.length
  }
  const totals = index.map((x, i) => x + (run[i] ?? 0))
  return { indexMs: median(index), analyseMs: median(run), totalMs: median(totals), heapMb: heap / 1e6, findings }
}

/** Every aspect cell as a concrete scenario; a regional aspect's cell once per municipality. */
function* baselineQueries(index: AnalysisIndex): Generator<{ aspect: string; q: CellQuery }> {
  for (const model of index.aspects) {
    for (const cell of model.validCells) {
      const v = cellValues(model.grid, cell)
      const q: CellQuery = {
        ageGroup: v.ageGroup ?? '',
        unaccompanied: v.unaccompanied === 'true',
        nationalityGroup: v.nationalityGroup ?? '',
        residence: v.residence ?? '',
        exploitation: v.exploitation ?? '',
        ...(v.gender === undefined ? {} : { gender: v.gender }),
        ...(v.recruitment === undefined ? {} : { recruitment: v.recruitment }),
        ...(v.cooperation === undefined ? {} : { cooperation: v.cooperation }),
      }
      const cls = v.region === undefined ? undefined : model.grid.regionClasses.find((c) => c.id === v.region)
      for (const municipality of cls?.municipalities ?? [undefined]) {
        yield { aspect: model.aspect.id, q: municipality === undefined ? q : { ...q, municipality } }
      }
    }
  }
}

function timeBaseline(dataset: Dataset): { ms: number; routes: number; gaps: number; overlaps: number } {
  const index = buildAnalysisIndex(dataset)
  const t0 = performance.now()
  let routes = 0
  let gaps = 0
  let overlaps = 0
  for (const { aspect, q } of baselineQueries(index)) {
    const r = bruteForceScenario(index.route, dataset, q, asOf).get(aspect)
    routes++
    gaps += r?.kind === 'gap' ? 1 : 0
    overlaps += r?.kind === 'overlap' ? 1 : 0
  }
  return { ms: performance.now() - t0, routes, gaps, overlaps }
}

const { dataset: national, problems } = loadDataset(dataDir)
if (problems.length > 0) {
  console.warn(`warning: ${problems.length} problems in ${dataDir}; invalid records skipped`)
}
console.log(
  `national dataset: ${national.responsibilities.length} responsibilities, ${national.aspects.length} aspects, ${national.parties.length} parties, ${national.municipalities.length} municipalities, ${national.requiredAspects.length} required aspects, ${national.agreements.length} agreements; as of ${asOf}; node ${process.version}`,
)

timeAnalysis(national, 5) // warm-up
const nat = timeAnalysis(national, rounds)
console.log(
  `analysis (index + analyse), median of ${rounds}: ${nat.totalMs.toFixed(1)} ms (index ${nat.indexMs.toFixed(1)} ms, analyse ${nat.analyseMs.toFixed(1)} ms), ${nat.findings} findings; target < 200 ms: ${nat.totalMs < 200 ? 'met' : 'NOT met'}`,
)
if (!args.has('skip-baseline')) {
  const base = timeBaseline(national)
  console.log(
    `brute-force baseline: ${base.routes} computeRoute calls in ${base.ms.toFixed(0)} ms (${((base.ms * 1000) / base.routes).toFixed(0)} µs each); ${base.gaps} gap cells, ${base.overlaps} overlap cells`,
  )
  console.log(`speed-up of the analysis over the baseline: ${(base.ms / nat.totalMs).toFixed(0)}×`)
}

const rows: string[] = []
let first: { totalMs: number; heapMb: number; resp: number } | undefined
for (const k of scales) {
  const d = syntheticDataset(national, k)
  const n = k >= 100 ? Math.max(3, Math.floor(rounds / 10)) : rounds
  timeAnalysis(d, 1)
  const r = timeAnalysis(d, n)
  first ??= { totalMs: r.totalMs, heapMb: r.heapMb, resp: d.responsibilities.length }
  rows.push(
    `| ${k}× | ${d.responsibilities.length} | ${d.aspects.length} | ${r.totalMs.toFixed(1)} ms | ${(r.totalMs / first.totalMs).toFixed(1)}× | ${r.heapMb.toFixed(1)} MB | ${(r.heapMb / first.heapMb).toFixed(1)}× | ${r.findings} |`,
  )
}
console.log(
  '\n| scale | responsibilities | aspects | analysis (median) | time vs 1× | heap growth | heap vs 1× | findings |',
)
console.log('|---|---|---|---|---|---|---|---|')
for (const row of rows) {
  console.log(row)
}
