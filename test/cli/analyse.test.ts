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
  it('prints JSON with every finding ranked by severity, each naming aspect, scope, parties and action', async () => {
    const r = await run(['--json', '--as-of', '2021-06-01'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const a = JSON.parse(r.out) as {
      findings: {
        kind: string
        severity: string
        aspect: { id: string }
        scope: string
        parties: { id: string }[]
        action: { code: string; message: string }
      }[]
      top: string[]
      summary: { severities: Record<string, number> }
    }
    const gaps = a.findings.filter((f) => f.kind === 'gap')
    expect(gaps.map((g) => g.aspect.id)).toEqual(['opvang', 'voogdij-jeugdbescherming'])
    expect(gaps[1]?.scope).toBe('begeleide minderjarigen uit derde landen')
    expect(a.findings.map((f) => f.severity)).toEqual([
      'gap',
      'gap',
      'executor-overlap',
      'executor-overlap',
      'executor-overlap',
      'agreed',
    ])
    expect(a.findings.filter((f) => f.kind === 'overlap').map((o) => o.parties.map((p) => p.id).join('+'))).toEqual([
      'comensha+zorgcoordinator',
      'gi+nidos',
      'centrumgemeente-vo+comensha',
    ])
    expect(a.findings.every((f) => f.action.message.length > 0)).toBe(true)
    expect(a.top).toHaveLength(5)
    expect(a.summary.severities).toMatchObject({ gap: 2, 'executor-overlap': 3, agreed: 1 })
  })

  it('prints the ranked top by default, with counts per severity and an action per finding', async () => {
    const r = await run(['--as-of', '2021-06-01'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Bevindingen naar ernst: 2 hiaten · 0 regieconflicten · 3 overlappen in uitvoering')
    expect(r.out).toMatch(/EERST DOEN \(5 van 5/)
    expect(r.out).toMatch(/^1\. \[hiaat\] Opvang/m)
    expect(r.out).toContain(
      'actie: Leg een rolafspraak vast tussen Partij comensha en Partij zorgcoordinator over ‘Zorgcoördinatie’.',
    )
    // The agreed overlap is counted, not listed.
    expect(r.out).toContain('1 overlap met afspraak')
    expect(r.out).not.toContain('Signaleren (fase A)')
    expect(r.out).toContain('wegwijzer analyse --all')
  })

  it('speaks English with --lang en: headings, severities, scopes and actions', async () => {
    const r = await run(['--as-of', '2021-06-01', '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Findings by severity: 2 gaps · 0 lead conflicts · 3 overlaps in execution')
    expect(r.out).toMatch(/DO FIRST \(5 of 5/)
    expect(r.out).toMatch(/^1\. \[gap\] Opvang \(phase B\)/m)
    expect(r.out).toContain('for: all minors')
    expect(r.out).toContain('action: Record a role agreement between Partij comensha and Partij zorgcoordinator')
    const all = await run(['--all', '--as-of', '2021-06-01', '--compare', '2023-01-01', '--lang', 'en'])
    expect(all.out).toContain('GAPS — required, but nobody leads or carries it out (2)')
    expect(all.out).toMatch(/Gaps gone \(1\)\n- Opvang/)
    const json = JSON.parse((await run(['--json', '--as-of', '2021-06-01', '--lang', 'en'])).out)
    expect(json.findings[0].action.message).toMatch(/^Appoint a party/)
    expect((await run(['--lang', 'fr'])).code).not.toBe(0)
  })

  it('prints every finding under a heading per severity with --all, with the changes against --compare', async () => {
    const r = await run(['--all', '--as-of', '2021-06-01', '--compare', '2023-01-01'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('HIATEN — vereist, maar niemand leidt of voert uit (2)')
    expect(r.out).toContain('OVERLAPPEN IN UITVOERING — zonder afspraak (3)')
    expect(r.out).toContain('OVERLAPPEN MET AFSPRAAK (1)')
    expect(r.out).toContain('- Signaleren (fase A)')
    expect(r.out).toContain('voor: alle minderjarigen')
    expect(r.out).toMatch(/Verdwenen hiaten \(1\)\n- Opvang/)
  })

  it('names --all and --region in its help', async () => {
    const io = captureIo()
    await main(['analyse', '--help'], io)
    expect(io.stdout.join('\n')).toContain('--all')
    expect(io.stdout.join('\n')).toContain('--region ID')
  })

  it('analyses one region with --region', async () => {
    const r = await run(['--region', 'zc-elders', '--json', '--as-of', '2021-06-01'])
    expect(r.code).toBe(0)
    const a = JSON.parse(r.out) as {
      region: { id: string; municipalities: number }
      findings: { aspect: { id: string } }[]
    }
    expect(a.region).toMatchObject({ id: 'zc-elders', municipalities: 1 })
    // The Twente care coordination overlap lies outside this region.
    expect(a.findings.some((f) => f.aspect.id === 'zorgcoordinatie')).toBe(false)
    const text = await run(['--region', 'zc-twente', '--as-of', '2021-06-01'])
    expect(text.out).toContain('Overlap- en hiaatanalyse op 2021-06-01 voor Zorgcoördinatie Twente (2 gemeenten)')
  })

  it('prints CSV', async () => {
    const r = await run(['--csv', '--as-of', '2021-06-01'])
    expect(r.out.split('\r\n')[0]).toMatch(/^rang,ernst,soort,aspect/)
  })

  it.each([
    [['--as-of', '2021-02-30'], '--as-of'],
    [['--compare', 'morgen'], '--compare'],
    [['--json', '--csv'], '--csv'],
    [['--csv', '--compare', '2020-01-01'], '--compare'],
    [['--datum', '2020-01-01'], 'datum'],
    [['--region', 'nergens'], '--region'],
  ])('rejects %j as a usage error naming %s', async (args, flag) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.err).toContain(flag)
  })
})
