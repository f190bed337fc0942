// SPDX-License-Identifier: EUPL-1.2
// Benchmark of route computation on the national dataset. Run: node --import tsx bench/route.bench.ts
// Times computeRoute over a fixed set of realistic scenarios and compares it, in the same run, with
// a naive baseline that filters every responsibility and right with array lookups and no index.
import { join } from 'node:path'
import { loadDataset } from '../src/data/dataset/load.ts'
import type { Dataset } from '../src/domain/entities.ts'
import type { Conditions } from '../src/domain/facets.ts'
import { buildRouteIndex, computeRoute, parseScenario, type RouteIndex } from '../src/domain/route/index.ts'
import type { Scenario } from '../src/domain/scenario.ts'
import { isValidOn } from '../src/domain/validity.ts'
import { FORM_BITS, evaluate, possibleValues } from '../src/domain/conditions/index.ts'
import { partyOnDate } from '../src/domain/route/party-on-date.ts'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const dataDir = args.get('data') ?? join(root, 'data')
const rounds = Number(args.get('rounds') ?? 4000)

const SCENARIOS: Record<string, unknown>[] = [
  { age: 28, nationality: 'NG', gender: 'female', residence: 'none', exploitation: ['sexual'], municipality: 'GM0344' },
  { age: 35, nationality: 'RO', gender: 'male', exploitation: ['labour'], municipality: 'GM0363' },
  {
    age: 16,
    nationality: 'NL',
    gender: 'female',
    exploitation: ['sexual'],
    recruitment: 'loverboy',
    municipality: 'GM0599',
  },
  { age: 15, nationality: 'VN', gender: 'male', unaccompanied: true, exploitation: ['criminal'] },
  { age: 30, nationality: 'ER', residence: 'dublin', exploitation: ['labour'], asOf: '2020-05-01' },
  { age: 40, nationality: 'HU', gender: 'female', exploitation: ['criminal'], cooperation: 'undecided' },
  { exploitation: ['sexual', 'labour'] },
  {
    ageGroup: 'adult',
    nationalityGroup: 'third-country',
    residence: 'asylum',
    exploitation: ['labour'],
    cooperation: 'reporting',
    asOf: '2021-06-01',
  },
]

// ---- naive baseline: same semantics, linear scans, no precomputation ----------------------------
const NAT = ['nl', 'eu', 'third-country']
const RES = ['lawful', 'none', 'asylum', 'dublin', 'detained']
function naiveVerdict(
  c: Conditions | undefined,
  s: Scenario,
  regionIds: string[] | undefined,
): 'fails' | 'holds' | 'open' {
  if (c === undefined) {
    return 'holds'
  }
  if (c.exploitation !== undefined && !c.exploitation.some((f) => s.exploitation.includes(f))) {
    return 'fails'
  }
  let open = false
  const check = (
    listed: readonly (string | boolean)[] | undefined,
    value: string | boolean | undefined,
    all: readonly (string | boolean)[],
  ): boolean => {
    if (listed === undefined) {
      return true
    }
    if (value !== undefined) {
      return listed.includes(value)
    }
    const some = all.some((v) => listed.includes(v))
    open ||= some && !all.every((v) => listed.includes(v))
    return some
  }
  const residence = s.nationalityGroup === 'nl' ? 'not-applicable' : s.residence
  const ok =
    check(c.ageGroup, s.ageGroup, ['minor', 'adult']) &&
    check(c.nationalityGroup, s.nationalityGroup, s.residence === undefined ? NAT : ['eu', 'third-country']) &&
    check(c.residence, residence, s.nationalityGroup === undefined ? [...RES, 'not-applicable'] : RES) &&
    check(
      c.unaccompanied === undefined ? undefined : [c.unaccompanied],
      s.unaccompanied ?? (s.ageGroup === 'adult' ? false : undefined),
      [true, false],
    ) &&
    check(c.gender, s.gender, ['female', 'male', 'x']) &&
    check(c.recruitment, s.recruitment, ['loverboy', 'other']) &&
    check(c.cooperation, s.cooperation, ['undecided', 'reporting', 'cooperating-otherwise', 'unable', 'declined'])
  if (!ok) {
    return 'fails'
  }
  if (c.regions !== undefined) {
    if (regionIds === undefined) {
      open = true
    } else if (!c.regions.some((r) => regionIds.includes(r))) {
      return 'fails'
    }
  }
  return open ? 'open' : 'holds'
}

function naiveRoute(d: Dataset, s: Scenario): { responsibilities: string[]; rights: string[] } {
  const m = d.municipalities.find((x) => x.id === s.municipality)
  const regionIds = m === undefined ? undefined : Object.values(m.regions).filter((x): x is string => x !== undefined)
  const rows: { aspectOrder: number; phaseOrder: number; id: string }[] = []
  for (const r of d.responsibilities) {
    if (!isValidOn(r, s.asOf) || naiveVerdict(r.conditions, s, regionIds) === 'fails') {
      continue
    }
    const aspect = d.aspects.find((a) => a.id === r.aspect)
    const phase = d.phases.find((p) => p.id === aspect?.phase)
    const party = d.parties.find((p) => p.id === r.party)
    const shown =
      party !== undefined && isValidOn(party, s.asOf)
        ? party
        : d.parties.find((p) => p.successor === r.party && isValidOn(p, s.asOf))
    if (aspect === undefined || phase === undefined || shown === undefined) {
      continue
    }
    rows.push({ aspectOrder: aspect.order, phaseOrder: phase.order, id: r.id })
  }
  rows.sort((a, b) => a.phaseOrder - b.phaseOrder || a.aspectOrder - b.aspectOrder)
  const rights = d.rights
    .filter((r) => isValidOn(r, s.asOf) && naiveVerdict(r.conditions, s, regionIds) !== 'fails')
    .map((r) => r.id)
  return { responsibilities: rows.map((r) => r.id), rights }
}

// ---- the same selection through the index: masks, grouped and pre-sorted responsibilities ------
function indexedSelection(index: RouteIndex, s: Scenario): { responsibilities: string[]; rights: string[] } {
  const possible = possibleValues(s)
  const forms = s.exploitation.reduce((m, f) => m | (FORM_BITS[f] ?? 0), 0)
  const regions = s.municipality === undefined ? undefined : index.municipalities.get(s.municipality)?.regionSet
  const responsibilities: string[] = []
  for (const phase of index.phases) {
    for (const aspect of phase.aspects) {
      for (const { record, conditions } of aspect.responsibilities) {
        if (
          isValidOn(record, s.asOf) &&
          evaluate(conditions, possible, forms, regions).kind !== 'excluded' &&
          partyOnDate(index, record.party, s.asOf) !== undefined
        ) {
          responsibilities.push(record.id)
        }
      }
    }
  }
  const rights = index.rights
    .filter((r) => isValidOn(r.record, s.asOf) && evaluate(r.conditions, possible, forms, regions).kind !== 'excluded')
    .map((r) => r.record.id)
  return { responsibilities, rights }
}

// ---- timing ------------------------------------------------------------------------------------
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

function time(
  label: string,
  scenarios: Scenario[],
  run: (s: Scenario) => unknown,
): { median: number; p95: number; p99: number } {
  for (let i = 0; i < 500; i++) {
    for (const s of scenarios) {
      run(s)
    }
  }
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    for (const s of scenarios) {
      const t0 = process.hrtime.bigint()
      run(s)
      samples.push(Number(process.hrtime.bigint() - t0) / 1000)
    }
  }
  samples.sort((a, b) => a - b)
  const out = { median: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) }
  console.log(
    `${label.padEnd(28)} median ${out.median.toFixed(1).padStart(7)} µs   p95 ${out.p95.toFixed(1).padStart(7)} µs   p99 ${out.p99.toFixed(1).padStart(7)} µs   (${samples.length} routes)`,
  )
  return out
}

const { dataset, problems } = loadDataset(dataDir, root)
if (problems.length > 0) {
  console.warn(`warning: ${problems.length} dataset problems; invalid records are skipped`)
}
const t0 = performance.now()
const index: RouteIndex = buildRouteIndex(dataset)
const indexMs = performance.now() - t0
const ctx = { municipalities: index.municipalities, today: '2025-01-01' }
const scenarios = SCENARIOS.map((input) => {
  const r = parseScenario(
    input.municipality !== undefined && !index.municipalities.has(String(input.municipality))
      ? { ...input, municipality: undefined }
      : input,
    ctx,
  )
  if (!r.ok) {
    throw new Error(`bench scenario invalid: ${JSON.stringify(r.errors)}`)
  }
  return r.scenario
})

// Both implementations must select the same responsibilities and rights, or the ratio is meaningless.
for (const s of scenarios) {
  const route = computeRoute(index, s)
  const fast = route.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties.map((x) => x.responsibility))).sort()
  const naive = naiveRoute(dataset, s)
  if (
    JSON.stringify(fast) !== JSON.stringify([...naive.responsibilities].sort()) ||
    JSON.stringify(route.rights.map((r) => r.id).sort()) !== JSON.stringify([...naive.rights].sort())
  ) {
    throw new Error(`indexed and naive routes differ for ${JSON.stringify(s)}`)
  }
}

console.log(
  `dataset: ${dataDir} — ${dataset.responsibilities.length} responsibilities, ${dataset.rights.length} rights, ${dataset.parties.length} parties, ${dataset.municipalities.length} municipalities`,
)
console.log(
  `index built in ${indexMs.toFixed(1)} ms; ${scenarios.length} scenarios × ${rounds} rounds; node ${process.version}`,
)
const naive = time('naive (selection only)', scenarios, (s) => naiveRoute(dataset, s))
const selection = time('indexed (selection only)', scenarios, (s) => indexedSelection(index, s))
const full = time('computeRoute (full route)', scenarios, (s) => computeRoute(index, s))
console.log(`selection speed-up, naive/indexed median: ${(naive.median / selection.median).toFixed(2)}×`)
console.log(
  `full route vs naive selection, median: ${(full.median / naive.median).toFixed(2)}× (the full route also builds why, regional contacts, warnings and open questions)`,
)
console.log(`target: median < 200 µs → ${full.median < 200 ? 'met' : 'NOT met'}`)
