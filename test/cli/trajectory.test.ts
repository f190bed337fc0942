// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer trajectory`: Dutch text by default, JSON with --json (applicable, steps with id, name,
// parties and deadlines), iCalendar with --ics, exit 2 with one line per bad field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'

const data = join(import.meta.dirname, '../../data')
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-trajectory-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const victim = {
  nationalityGroup: 'third-country',
  residence: 'none',
  firstSignal: '2014-01-31',
  reflectionStart: '2014-01-31',
  asOf: '2014-02-10',
}

function inputFile(name: string, content: unknown): string {
  writeFileSync(join(scratch, name), typeof content === 'string' ? content : JSON.stringify(content))
  return name
}

describe('wegwijzer trajectory', () => {
  it('prints the JSON plan with --json --input FILE', async () => {
    const io = captureIo({ cwd: scratch })
    expect(await main(['trajectory', '--json', '--input', inputFile('victim.json', victim), '--data', data], io)).toBe(
      0,
    )
    const plan = JSON.parse(io.stdout.join('\n')) as {
      applicable: boolean
      steps: {
        id: string
        name: string
        parties: { id: string }[]
        deadlines: { label: { code: string; message: string }; date: string; legalBasis: string }[]
      }[]
    }
    expect(plan.applicable).toBe(true)
    const t06 = plan.steps.find((s) => s.id === 't06-bedenktijd')
    expect(t06?.name).toBe('Bedenktijd')
    expect(t06?.parties.map((p) => p.id)).toContain('ind')
    expect(t06?.deadlines).toContainEqual(
      expect.objectContaining({
        label: expect.objectContaining({
          code: 'trajectory.deadline.limit',
          message: 'Uiterste einddatum van de bedenktijd',
        }),
        date: '2014-04-30',
        legalBasis: 'Vc 2000 (B) B8/3.1',
      }),
    )
  })

  it('says applicable false with a reason for a Dutch national', async () => {
    const io = captureIo({ stdin: JSON.stringify({ nationalityGroup: 'nl' }) })
    expect(await main(['trajectory', '--json', '--data', data], io)).toBe(0)
    const plan = JSON.parse(io.stdout.join('\n')) as { applicable: boolean; reason: { code: string; message: string } }
    expect(plan.applicable).toBe(false)
    expect(plan.reason.code).toBe('trajectory.scope.dutch-nationals')
    expect(plan.reason.message).toMatch(/Nederlanders/)
    const english = captureIo({ stdin: JSON.stringify({ nationalityGroup: 'nl' }) })
    expect(await main(['trajectory', '--lang', 'en', '--data', data], english)).toBe(0)
    expect(english.stdout.join('\n')).toMatch(
      /The scheme does not apply\.\nThe residence scheme .* does not apply to Dutch nationals/,
    )
  })

  it('prints readable Dutch text by default', async () => {
    const io = captureIo({ stdin: JSON.stringify(victim) })
    expect(await main(['trajectory', '--data', data], io)).toBe(0)
    const text = io.stdout.join('\n')
    expect(text).toContain('T06 Bedenktijd [nu]')
    expect(text).toMatch(/uiterlijk 2014-04-30: Uiterste einddatum van de bedenktijd \(Vc 2000 \(B\) B8\/3\.1\)/)
  })

  it('prints an iCalendar file with --ics', async () => {
    const io = captureIo({ stdin: JSON.stringify(victim) })
    expect(await main(['trajectory', '--ics', '--data', data], io)).toBe(0)
    const ics = io.stdout.join('')
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics).toContain('DTSTART;VALUE=DATE:20140430')
  })

  it('exits 2 with one line per bad field', async () => {
    const io = captureIo({
      stdin: JSON.stringify({
        nationalityGroup: 'third-country',
        reflectionStart: '2014-03-01',
        permitGranted: '2014-02-01',
        asOf: '2014-02-30',
      }),
    })
    expect(await main(['trajectory', '--data', data], io)).toBe(2)
    expect(io.stderr).toEqual([expect.stringMatching(/^asOf: moet een bestaande datum zijn/)])
    const io2 = captureIo({
      stdin: JSON.stringify({
        nationalityGroup: 'third-country',
        reflectionStart: '2014-03-01',
        permitGranted: '2014-02-01',
        residence: 'lawful',
        asOf: '2014-06-01',
      }),
    })
    expect(await main(['trajectory', '--data', data], io2)).toBe(2)
    // Since 18 May 2023 a lawful stay no longer rules out a reflection period,
    // so reflectionStart with residence 'lawful' is a planner warning, not an input error.
    expect(io2.stderr).toEqual([expect.stringMatching(/^permitGranted: .*begin bedenktijd/)])
  })

  it('exits 2 on broken JSON, an unreadable file, or conflicting flags', async () => {
    const io = captureIo({ stdin: '{"nationalityGroup":' })
    expect(await main(['trajectory', '--data', data], io)).toBe(2)
    expect(io.stderr[0]).toMatch(/^input: geen geldige JSON/)
    const io2 = captureIo({ cwd: scratch })
    expect(await main(['trajectory', '--input', 'missing.json', '--data', data], io2)).toBe(2)
    expect(io2.stderr[0]).toMatch(/cannot read input file/)
    const io3 = captureIo({ stdin: '{}' })
    expect(await main(['trajectory', '--json', '--ics'], io3)).toBe(2)
  })
})
