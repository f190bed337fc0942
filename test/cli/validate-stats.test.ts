// SPDX-License-Identifier: EUPL-1.2
// The validate and stats commands: exit codes, output format, usage errors.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'

const dataDir = join(import.meta.dirname, '../../data')
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('wegwijzer validate', () => {
  it('exits 0 on the national dataset; its only warnings are listed in docs/data-audit.md', async () => {
    const io = captureIo()
    expect(await main(['validate', '--data', dataDir, '--today', '2026-12-06'], io)).toBe(0)
    expect(io.stderr.join('\n')).toMatch(/dataset valid: \d+ records/)
    // Every line is a warning with file:line:column; none about checked numbers or regions.
    for (const line of io.stdout) {
      expect(line).toMatch(/^\S+\.yaml:\d+:\d+ {2}warning \[[a-z-]+\]: /)
    }
    const kinds = io.stdout.map((l) => /warning \[([a-z-]+)\]/.exec(l)?.[1])
    expect(kinds).not.toContain('contact-stale')
    expect(kinds).not.toContain('region-undated')
    expect(kinds).not.toContain('region-no-phone')
    // Contact details nobody re-checked are named, with the reason, in the data audit.
    const audit = readFileSync(join(dataDir, '../docs/data-audit.md'), 'utf8')
    for (const line of io.stdout.filter((l) => l.includes('[contact-unchecked]'))) {
      const id = /contact details of '([^']+)'/.exec(line)?.[1] ?? ''
      expect(audit, `${id} is listed in docs/data-audit.md`).toContain(`\`${id}\``)
    }
  })

  it('warns with file:line about numbers, regions and legal rules that are due for a check', async () => {
    const dir = join(scratch, 'stale')
    cpSync(dataDir, dir, { recursive: true })
    // A zorgcoördinatie region whose party has no number and that has no fallback, citing an undated source.
    writeFileSync(
      join(dir, 'regions', 'zorgcoordinatie-drenthe.yaml'),
      'id: zorgcoordinatie-drenthe\nkind: zorgcoordinatie\nname: Zorgcoördinatie Drenthe\nparties: [ggd]\nstatus: unverified\nsources: [comensha-zorgcoordinatie-opvang]\n',
    )
    const io = captureIo({ cwd: dir })
    // Two years on, every checked number is older than twelve months.
    expect(await main(['validate', '--data', dir, '--today', '2028-12-07'], io)).toBe(0)
    const out = io.stdout.join('\n')
    expect(out).toMatch(
      /^parties\/comensha\.yaml:\d+:\d+ {2}warning \[contact-stale\]: phone 033 448 11 86 of 'comensha' was last checked on 2026-12-06/m,
    )
    expect(out).toMatch(/^regions\/zorgcoordinatie-drenthe\.yaml:6:\d+ {2}warning \[region-undated\]/m)
    expect(out).toMatch(/^regions\/zorgcoordinatie-drenthe\.yaml:4:\d+ {2}warning \[region-no-phone\]/m)
    expect(out).toMatch(
      /^rights\/bedenktijd\.yaml:\d+:\d+ {2}warning \[legal-source-old\]: the newest source of 'bedenktijd' dates from 2023-05-27/m,
    )
    expect(io.stderr.join('\n')).toMatch(/currency warnings on 2028-12-07 \(.*contact-stale \d+/)
  })

  it('rejects a --today that is no date with exit 2', async () => {
    const io = captureIo()
    expect(await main(['validate', '--today', '2026-02-30'], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/--today '2026-02-30'/)
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

  it('prints the age of the sources per record type and the share of verified contacts', async () => {
    const io = captureIo()
    expect(await main(['stats', '--data', dataDir, '--today', '2026-12-06'], io)).toBe(0)
    const text = io.stdout.join('\n')
    expect(text).toMatch(/^rights\s+median \d+\.\d, oldest \d+\.\d; dated \d+\/\d+ \(\d+%\), verifiedAt \d+\/\d+/m)
    expect(text).toMatch(/phone numbers verified: (\d+)\/\1 \(100%\)/)
    expect(text).toMatch(/parties with a verified phone number: \d+\/\d+ \(\d+%\)/)
    const json = captureIo()
    expect(await main(['stats', '--json', '--data', dataDir, '--today', '2028-12-07'], json)).toBe(0)
    const stats = JSON.parse(json.stdout.join('')) as {
      currency: {
        contacts: { phones: number; phonesVerified: number }
        sourceAges: Record<string, { records: number }>
      }
    }
    expect(stats.currency.contacts.phones).toBeGreaterThan(40)
    expect(stats.currency.contacts.phonesVerified).toBe(0)
    expect(stats.currency.sourceAges['regions']?.records).toBeGreaterThan(90)
  })
})
