// SPDX-License-Identifier: EUPL-1.2
// The functions a V8 CPU profile (`node --cpu-prof`, or `bench/load.bench.ts --cpu-prof DIR`) spent
// most time in, by self time and by total time (time with everything they called), as a share of
// the busy (not idle) samples between --from and --to seconds after the profile began, so start-up
// and the bare server's turns do not count. Prints busy samples per second first, to find the load.
//
//   node --import tsx bench/cpu-profile-top.ts FILE.cpuprofile [--from 19] [--to 29] [--top 40]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

interface ProfileNode {
  readonly id: number
  readonly callFrame: { functionName: string; url: string; lineNumber: number }
  readonly children?: readonly number[]
}

interface Profile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, to: { type: 'string' }, top: { type: 'string', default: '40' } },
})
const profile = JSON.parse(readFileSync(positionals[0] ?? '', 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) {
  for (const c of n.children ?? []) {
    parent.set(c, n.id)
  }
}

const name = (n: ProfileNode): string => {
  const { functionName, url, lineNumber } = n.callFrame
  const file = url.replace(/^.*\/(dist|node_modules)\//, '$1/').replace(/^file:\/\//, '')
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
}

const idle = (id: number): boolean => byId.get(id)?.callFrame.functionName === '(idle)'

// Sample times in µs since the start; busy samples per second.
const times: number[] = []
const perSecond: number[] = []
let t = 0
profile.timeDeltas.forEach((d, i) => {
  t += d
  times.push(t)
  const s = Math.floor(t / 1e6)
  perSecond[s] = (perSecond[s] ?? 0) + (idle(profile.samples[i] ?? 0) ? 0 : 1)
})
console.log(`busy samples per second: ${[...perSecond].map((n, s) => `${s}:${n ?? 0}`).join(' ')}`)
const from = values.from === undefined ? -Infinity : Number(values.from) * 1e6
const to = values.to === undefined ? Infinity : Number(values.to) * 1e6

const self = new Map<string, number>()
const total = new Map<string, number>()
let counted = 0
profile.samples.forEach((id, i) => {
  const at = times[i] ?? 0
  if (at < from || at >= to || idle(id)) {
    return
  }
  counted++
  const leaf = byId.get(id)
  if (leaf === undefined) {
    return
  }
  self.set(name(leaf), (self.get(name(leaf)) ?? 0) + 1)
  // Each function once per sample, however deep it recurses.
  const seen = new Set<string>()
  for (let n: ProfileNode | undefined = leaf; n !== undefined; n = byId.get(parent.get(n.id) ?? -1)) {
    seen.add(name(n))
  }
  for (const s of seen) {
    total.set(s, (total.get(s) ?? 0) + 1)
  }
})

const top = Number(values.top)
const show = (title: string, m: Map<string, number>): void => {
  console.log(`\n${title} (% of ${counted} busy samples)`)
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * v) / counted).toFixed(1).padStart(5)} %  ${k}`)
  }
}
show('self time', self)
show('total time', total)
