// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer analyse` in-process, on the known-answer dataset written to disk in the data/ format.
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { knownDataset, writeDatasetDir } from '../helpers/analysis-dataset.ts'
import { captureIo } from '../helpers/capture-io.ts'

let dir = ''
beforeAll(async () => {
  dir = await writeDatasetDir(knownDataset())
})

async function run(args: string[]) {
  const io = captureIo()
  const code = await main(['analyse', '--data', dir, ...args], io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}

describe('wegwijzer analyse', () => {
  it('prints JSON with gaps and overlaps, each naming aspect, scope and parties', async () => {
    const r = await run(['--json', '--as-of', '2021-06-01'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const a = JSON.parse(r.out) as {
      gaps: { aspect: { id: string }; scope: string }[]
      overlaps: { parties: { id: string }[] }[]
    }
    expect(a.gaps.map((g) => g.aspect.id)).toEqual(['opvang', 'voogdij-jeugdbescherming'])
    expect(a.gaps[1]?.scope).toBe('begeleide minderjarigen uit derde landen')
    expect(a.overlaps.map((o) => o.parties.map((p) => p.id).join('+'))).toEqual([
      'centrumgemeente-vo+comensha',
      'gi+nidos',
      'comensha+zorgcoordinator',
    ])
  })

  it('prints readable Dutch text by default, with the changes against --compare', async () => {
    const r = await run(['--as-of', '2021-06-01', '--compare', '2023-01-01'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Hiaten: 2 · overlappen zonder afspraak: 3 · overlappen met afspraak: 1')
    expect(r.out).toContain('voor: alle minderjarigen')
    expect(r.out).toMatch(/Verdwenen hiaten \(1\)\n- Opvang/)
  })

  it('prints CSV', async () => {
    const r = await run(['--csv', '--as-of', '2021-06-01'])
    expect(r.out.split('\r\n')[0]).toMatch(/^soort,aspect/)
  })

  it.each([
    [['--as-of', '2021-02-30'], '--as-of'],
    [['--compare', 'morgen'], '--compare'],
    [['--json', '--csv'], '--csv'],
    [['--csv', '--compare', '2020-01-01'], '--compare'],
    [['--datum', '2020-01-01'], 'datum'],
  ])('rejects %j as a usage error naming %s', async (args, flag) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.err).toContain(flag)
  })
})
