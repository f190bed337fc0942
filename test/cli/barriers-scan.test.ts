// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer barriers` and `wegwijzer scan` in-process, on the real dataset.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'

async function run(args: string[], stdin?: string) {
  const io = captureIo(stdin === undefined ? {} : { stdin })
  const code = await main(args, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}

describe('wegwijzer barriers', () => {
  it('prints JSON with stages, each with barriers, each with parties', async () => {
    const r = await run(['barriers', '--form', 'labour', '--json'])
    expect(r.code).toBe(0)
    const model = JSON.parse(r.out) as {
      form: string
      stages: { id: string; barriers: { parties: { id: string; name: string }[] }[] }[]
    }
    expect(model.form).toBe('labour')
    expect(model.stages.length).toBeGreaterThanOrEqual(6)
    const barriers = model.stages.flatMap((s) => s.barriers)
    expect(barriers.length).toBeGreaterThan(0)
    expect(barriers.every((b) => b.parties.length > 0 && b.parties.every((p) => p.name !== ''))).toBe(true)
  })

  it('prints the loverboy path with its own stages, opportunities, facilitators and practice examples', async () => {
    const r = await run(['barriers', '--path', 'loverboy'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Barrièremodel – loverboymethode/)
    for (const text of [
      'Binden, isoleren en chanteren [afgeleid]',
      'gelegenheden: ',
      'faciliterend: Hotels en vakantieparken (',
      'Training en certificering van hotel- en parkpersoneel',
      'praktijkvoorbeeld: No Room for Sex Trafficking (2024)',
      'grondslag: art. 248b Sr (tot 1 juli 2024)',
    ]) {
      expect(r.out).toContain(text)
    }
    expect(r.out).not.toContain('Vervoer en binnenkomst')
  })

  it('gives organ removal its medical steps', async () => {
    const r = await run(['barriers', '--form', 'organ-removal', '--json'])
    const ids = (JSON.parse(r.out) as { stages: { id: string }[] }).stages.map((s) => s.id)
    expect(ids).toEqual(expect.arrayContaining(['medische-screening', 'orgaanverwijdering', 'nazorg-orgaan']))
    expect(ids).not.toContain('huisvesting')
    expect(ids).not.toContain('tewerkstelling-uitbuiting')
  })

  it('rejects an unknown form as a usage error naming --form', async () => {
    const r = await run(['barriers', '--form', 'slavery'])
    expect(r.code).toBe(2)
    expect(r.err).toContain("--form 'slavery'")
  })
})

describe('wegwijzer scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-scan-'))

  async function template(): Promise<{ answers: Record<string, { answer: string | null }> }> {
    const r = await run(['scan', '--template', '--json'])
    expect(r.code).toBe(0)
    return JSON.parse(r.out) as { answers: Record<string, { answer: string | null }> }
  }

  async function score(
    value: string,
  ): Promise<{ score: { overall: { percent: number } }; nextSteps: { actionPerspectives: unknown[] }[] }> {
    const t = await template()
    for (const a of Object.values(t.answers)) {
      a.answer = value
    }
    const file = join(dir, `${value}.json`)
    writeFileSync(file, JSON.stringify(t))
    const r = await run(['scan', '--json', '--answers', file])
    expect(r.code).toBe(0)
    return JSON.parse(r.out) as {
      score: { overall: { percent: number } }
      nextSteps: { actionPerspectives: unknown[] }[]
    }
  }

  it('prints a template with every question id, open', async () => {
    const t = await template()
    expect(Object.keys(t.answers)).toContain('bn01-1')
    expect(Object.values(t.answers).every((a) => a.answer === null)).toBe(true)
  })

  it('scores all voldoet as 100% and all niet as 0 with action perspectives for every element', async () => {
    expect((await score('voldoet')).score.overall.percent).toBe(100)
    const none = await score('niet')
    expect(none.score.overall.percent).toBe(0)
    expect(none.nextSteps).toHaveLength(15)
    expect(none.nextSteps.every((s) => s.actionPerspectives.length > 0)).toBe(true)
  })

  it('prints a Dutch report without --json, reading answers from stdin', async () => {
    const r = await run(
      ['scan', '--answers', '-', '--municipality', 'GM0344'],
      JSON.stringify({ answers: { 'bn01-1': { answer: 'deels' } } }),
    )
    expect(r.code).toBe(0)
    expect(r.out).toContain('Oordeel basisniveau: voldoet niet (voorlopig)')
    expect(r.out).toContain('Prioriteiten:\n  1. BN01-1 (deels, minimum)')
    expect(r.out).toContain('Volgende stappen:')
  })

  it('names the field of every bad answer and scores nothing', async () => {
    const r = await run(
      ['scan', '--answers', '-'],
      JSON.stringify({ answers: { 'bn01-1': { answer: 'ja' }, 'bn99-1': { answer: 'niet' } }, extra: true }),
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain('/answers/bn01-1/answer')
    expect(r.err).toContain('/extra')
    expect(r.out).toBe('')
    const unknown = await run(['scan', '--answers', '-'], JSON.stringify({ answers: { 'bn99-1': { answer: 'niet' } } }))
    expect(unknown.err).toContain('/answers/bn99-1: unknown question id')
    expect((await run(['scan', '--answers', '-'], '{')).err).toContain('not valid JSON')
    expect((await run(['scan'])).code).toBe(2)
    expect((await run(['scan', '--template', '--municipality', 'Utrecht'])).code).toBe(2)
  })
})
