// SPDX-License-Identifier: EUPL-1.2
// The validate and stats commands: exit codes, output format, usage errors.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'

const dataDir = join(import.meta.dirname, '../../data')
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('wegwijzer validate', () => {
  it('exits 0 on the national dataset', async () => {
    const io = captureIo()
    expect(await main(['validate', '--data', dataDir], io)).toBe(0)
    expect(io.stdout).toEqual([])
    expect(io.stderr.join('\n')).toMatch(/dataset valid: \d+ records/)
  })

  it('exits 1 and prints file:line:column for each problem', async () => {
    const dir = join(scratch, 'broken')
    cpSync(dataDir, dir, { recursive: true })
    writeFileSync(join(dir, 'parties', 'zz-broken.yaml'), 'id: zz-broken\nname: X\nkind: nonsense\n')
    const io = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir], io)).toBe(1)
    const lines = io.stdout.join('\n')
    expect(lines).toMatch(
      /^parties\/zz-broken\.yaml:3:7 {2}kind has value "nonsense", which is not allowed {2}\(one of: /m,
    )
    expect(lines).toMatch(/^parties\/zz-broken\.yaml:1:1 {2}missing required field 'description'/m)
    expect(io.stderr.join('\n')).toMatch(/\d+ problems? in /)
  })

  it('rejects an unknown flag with exit 2', async () => {
    const io = captureIo()
    expect(await main(['validate', '--dta', 'x'], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/Unknown option '--dta'/)
  })

  it('rejects an unknown command with exit 2', async () => {
    const io = captureIo()
    expect(await main(['frobnicate'], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/unknown command 'frobnicate'/)
  })
})

describe('wegwijzer stats', () => {
  it('prints counts per entity type as JSON', async () => {
    const io = captureIo()
    expect(await main(['stats', '--json', '--data', dataDir], io)).toBe(0)
    const stats = JSON.parse(io.stdout.join('')) as Record<string, number>
    expect(stats['municipalities']).toBe(342)
    expect(stats['parties']).toBeGreaterThanOrEqual(60)
    expect(stats['responsibilities']).toBeGreaterThanOrEqual(150)
    expect(stats['rights']).toBeGreaterThanOrEqual(25)
    expect(stats['indicators']).toBeGreaterThanOrEqual(40)
    expect(stats['phases']).toBe(4)
    expect(stats['problems']).toBe(0)
  })
})
