// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the organogram on the national dataset. Run: node --import tsx bench/organogram.bench.ts
// Baseline, measured in the same run: laying out all phases from scratch for every request (what the
// page would cost without the cache). Compared with it: a cold layout of one phase, and a request
// served from the layout cache (highlight + SVG drawing only).
import { join } from 'node:path'
import { loadDataset } from '../src/data/dataset/load.ts'
import { webData } from '../src/web/web-data.ts'
import { highlightedResponsibilities } from '../src/web/pages/organogram/highlight.ts'
import { layoutOrganogram, organogramLayout } from '../src/web/pages/organogram/graph.ts'
import { organogramSvg } from '../src/web/pages/organogram/svg.ts'

const root = join(import.meta.dirname, '..')
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const dataDir = args.get('data') ?? join(root, 'data')
const rounds = Number(args.get('rounds') ?? 10)
const asOf = args.get('asOf') ?? new Date().toISOString().slice(0, 10)

const { dataset, problems } = loadDataset(dataDir)
if (problems.length > 0) {
  console.error(`${problems.length} problems loading ${dataDir}`)
  process.exit(1)
}
const data = webData(dataset, asOf)
const phases = data.phases.map((p) => p.id)
const svgOptions = { title: 'Organogram', active: true, standalone: false, locale: 'nl' }

async function median(run: () => Promise<void>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

const highlighted = highlightedResponsibilities(data, { form: 'labour' })
const baseline = await median(async () => {
  organogramSvg(await layoutOrganogram(data, 'nl'), { ...svgOptions, highlighted })
})
const perPhase = await median(async () => {
  for (const p of phases) {
    await layoutOrganogram(data, 'nl', p)
  }
})
await Promise.all([organogramLayout(data, 'nl'), ...phases.map((p) => organogramLayout(data, 'nl', p))])
const cached = await median(async () => {
  organogramSvg(await organogramLayout(data, 'nl'), {
    ...svgOptions,
    highlighted: highlightedResponsibilities(data, { form: 'sexual' }),
  })
})

const ratio = (x: number): string => (x / baseline).toFixed(3)
console.log(
  `organogram, ${data.valid('parties').length} parties, ${data.valid('responsibilities').length} responsibilities, median of ${rounds} rounds`,
)
console.log(`baseline  all phases, cold layout + SVG   ${baseline.toFixed(1)} ms  1.000`)
console.log(
  `one phase, cold layout (mean of ${phases.length})     ${(perPhase / phases.length).toFixed(1)} ms  ${ratio(perPhase / phases.length)}`,
)
console.log(`all phases, cached layout + highlight + SVG ${cached.toFixed(2)} ms  ${ratio(cached)}`)
