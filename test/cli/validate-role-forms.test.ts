// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer validate` on role texts that speak of one form of exploitation (issue 11): a record
// shown for another form is refused with file and line; the national data passes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { semanticProblems } from '../../src/data/dataset/semantic-checks.ts'
import type { Responsibility } from '../../src/domain/responsibility.ts'
import { captureIo } from '../helpers/capture-io.ts'

const dataDir = join(import.meta.dirname, '../../data')
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-role-forms-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function copyWith(name: string, file: string, edit: (yaml: string) => string): string {
  const dir = join(scratch, name)
  cpSync(dataDir, dir, { recursive: true })
  const path = join(dir, 'responsibilities', file)
  writeFileSync(path, edit(readFileSync(path, 'utf8')))
  return dir
}

const validate = async (dir: string): Promise<{ code: number; out: string }> => {
  const io = captureIo({ cwd: dir })
  const code = await main(['validate', '--data', dir, '--today', '2026-12-06'], io)
  return { code, out: io.stdout.join('\n') }
}

describe('role texts and forms of exploitation in wegwijzer validate', () => {
  const { dataset } = loadDataset(dataDir, dataDir)
  /** The role-form problems of the national data with one responsibility changed, checked in memory. */
  const problemsWith = (id: string, change: (r: Responsibility) => Responsibility): string[] =>
    semanticProblems(
      { ...dataset, responsibilities: dataset.responsibilities.map((r) => (r.id === id ? change(r) : r)) },
      (key, rid, pointer) => ({ file: `${key}/${rid}${pointer}`, line: 1, column: 1 }),
    )
      .filter((p) => p.message.includes('speaks of'))
      .map((p) => `${p.file}: ${p.message}`)

  it('the national data has no role that names a form it is not only shown for', () => {
    expect(problemsWith('', (r) => r)).toEqual([])
  })

  it('refuses "uitgebuite werknemers" on a record also shown for sexual exploitation, at the role line', async () => {
    const dir = copyWith('labour-text', 'woningcorporaties-signaleren.yaml', (y) =>
      y.replace('exploitation: [labour]', 'exploitation: [labour, sexual]'),
    )
    const { code, out } = await validate(dir)
    expect(code).toBe(1)
    expect(out).toMatch(
      /^responsibilities\/woningcorporaties-signaleren\.yaml:5:\d+ {2}role of 'woningcorporaties-signaleren' speaks of labour \('uitgebuite werknemers'\) but the record is also shown for sexual/m,
    )
  })

  it('checks the English role too, and a form the conditions exclude', () => {
    const out = problemsWith('kvk-signaleren', (r) => ({
      ...r,
      en: { ...r.en, role: 'Can notice signs when sex workers register' },
    }))
    expect(out).toEqual([
      "responsibilities/kvk-signaleren/en/role: en.role of 'kvk-signaleren' speaks of sexual ('sex work') but conditions.exploitation excludes sexual and the record is also shown for labour",
    ])
  })

  it('a role without conditions on the form may not name one', () => {
    const out = problemsWith('kvk-signaleren', (r) => ({ ...r, conditions: {} }))
    expect(out).toEqual([
      "responsibilities/kvk-signaleren/role: role of 'kvk-signaleren' speaks of labour ('schijnzelfstandig') but the record is also shown for sexual, criminal, organ-removal",
      "responsibilities/kvk-signaleren/en/role: en.role of 'kvk-signaleren' speaks of labour ('bogus self-employ') but the record is also shown for sexual, criminal, organ-removal",
    ])
  })
})
