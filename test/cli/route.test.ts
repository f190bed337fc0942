// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer route`: Dutch text by default, the API's JSON with --json, exit 2 with one line per
// bad field, scenarios from a file or standard input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-route-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const nigerian = JSON.stringify({
  age: 28,
  nationality: 'NG',
  gender: 'female',
  residence: 'none',
  exploitation: ['sexual'],
  municipality: 'GM0344',
  asOf: '2025-01-01',
})

describe('wegwijzer route', () => {
  it('prints the route as Dutch text with --full: phases, parties with role and why, rights with limits, regional contacts, warnings', async () => {
    const io = captureIo({ stdin: nigerian })
    expect(await main(['route', '--full', '--data', fixture], io)).toBe(0)
    const text = io.stdout.join('\n')
    expect(text).toMatch(
      /^Route voor: 28 jaar \(meerderjarig\), nationaliteit van buiten de EU \(NG\), geen rechtmatig verblijf/,
    )
    expect(text).toContain('Fase A — Identificatie')
    expect(text).toMatch(
      /• Politie — Biedt bedenktijd aan \[regie\]\n\s+waarom: nationaliteit van buiten de EU \(NG\); geen rechtmatig verblijf/,
    )
    expect(text).toMatch(/• Bedenktijd\n.*\n\s+termijn: Duur van de bedenktijd: maximaal 3 maanden, niet verlengbaar/)
    expect(text).toContain('Regionale contacten (gemeente Utrecht, GM0344)')
    // Only regional contacts the route needs, each saying why (no Veilig Thuis for this adult).
    expect(text).toMatch(/• Politie-eenheid Midden-Nederland\n\s+waarom: .*; in deze route: Politie bij Signaleren/)
    expect(text).not.toMatch(/Veilig Thuis/)
    expect(text).toMatch(/Let op\n\s+! \d+ onderdelen van deze route berusten op afgeleide gegevens/)
    expect(text).toMatch(/Open vragen\n\s+\? Hoe is de persoon geworven\?/)
    expect(text.indexOf('Eerst doen')).toBeLessThan(text.indexOf('Fase A'))
    expect(io.stderr).toEqual([])
  })

  it('prints the summary first and one line per aspect by default', async () => {
    const io = captureIo({ stdin: nigerian })
    expect(await main(['route', '--data', fixture], io)).toBe(0)
    const lines = io.stdout.join('\n').split('\n')
    expect(lines[4]).toBe('Eerst doen')
    expect(lines[5]).toMatch(/^ {2}1\. Zorg dat de bedenktijd wordt aangeboden \(ten hoogste 3 maanden\)/)
    expect(lines[6]).toMatch(
      /Politie: tel\. 0900-8844 \(algemeen nummer\), gecontroleerd 2026-12-06 · waarom: nationaliteit van buiten de EU \(NG\)/,
    )
    // Every aspect on one line, with its parties grouped by role.
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}Informatief gesprek en aanbieden bedenktijd\*? — regie: Politie/),
    )
    expect(lines.filter((l) => l.includes('waarom:')).length).toBeLessThanOrEqual(7)
    expect(lines.at(-1)).toMatch(/--full/)
  })

  it('prints the route as JSON with --json, read from --scenario FILE', async () => {
    const file = join(scratch, 'scenario.json')
    writeFileSync(file, nigerian)
    const io = captureIo({ cwd: scratch })
    expect(await main(['route', '--json', '--scenario', 'scenario.json', '--data', fixture], io)).toBe(0)
    const route = JSON.parse(io.stdout.join('\n')) as {
      scenario: { nationalityGroup: string }
      rights: { id: string }[]
      phases: unknown[]
    }
    expect(route.scenario.nationalityGroup).toBe('third-country')
    expect(route.rights.map((r) => r.id)).toContain('bedenktijd')
    expect(route.phases).toHaveLength(4)
  })

  it('words messages in English with --lang en: reasons in the text, code + params + message in the JSON', async () => {
    const text = captureIo({ stdin: nigerian })
    expect(await main(['route', '--lang', 'en', '--data', fixture], text)).toBe(0)
    expect(text.stdout.join('\n')).toMatch(/national of a country outside the EU \(NG\); no lawful stay/)
    const json = captureIo({ stdin: nigerian })
    expect(await main(['route', '--json', '--lang', 'en', '--data', fixture], json)).toBe(0)
    const route = JSON.parse(json.stdout.join('\n')) as { warnings: { code: string; message: string }[] }
    expect(route.warnings[0]?.code).toMatch(/^route\.warning\./)
    expect(route.warnings[0]?.message).toMatch(/parts? of this route/)
    const bad = captureIo({ stdin: nigerian })
    expect(await main(['route', '--lang', 'fr', '--data', fixture], bad)).toBe(2)
  })

  it('exits 2 with one line per bad field', async () => {
    const io = captureIo({
      stdin: JSON.stringify({
        age: 19,
        unaccompanied: true,
        exploitation: ['sexual', 'begging'],
        nationality: 'XX',
        municipality: 'GM9999',
      }),
    })
    expect(await main(['route', '--data', fixture], io)).toBe(2)
    expect(io.stdout).toEqual([])
    expect(io.stderr).toEqual([
      "nationality: 'XX' is geen land dat wij kennen. Geef een landcode zoals NL, RO of CN (ISO 3166-1) of een land, zoals China, Roemenië of Chinees.",
      "exploitation: 'begging' is geen vorm van uitbuiting; kies uit: sexual, labour, criminal, organ-removal",
      "municipality: onbekende gemeentecode 'GM9999'",
      'unaccompanied: alleen een minderjarige kan alleenstaand zijn, maar de leeftijd is 19',
    ])
  })

  it('exits 2 on input that is not JSON', async () => {
    const io = captureIo({ stdin: '{age: 16' })
    expect(await main(['route', '--data', fixture], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/^scenario: geen geldige JSON/)
  })

  it('exits 2 when the scenario file cannot be read', async () => {
    const io = captureIo({ cwd: scratch })
    expect(await main(['route', '--scenario', 'missing.json', '--data', fixture], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/cannot read scenario file .*missing\.json \(ENOENT\)/)
  })

  it('rejects an unknown flag with exit 2', async () => {
    const io = captureIo({ stdin: nigerian })
    expect(await main(['route', '--jsn'], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/Unknown option '--jsn'/)
  })
})

describe('wegwijzer route on the national data', () => {
  const national = join(import.meta.dirname, '../../data')

  it('names the Utrecht zorgcoördinatie and gives a checked number to call (README example)', async () => {
    const io = captureIo({
      stdin: JSON.stringify({
        age: 16,
        nationality: 'NL',
        exploitation: ['sexual'],
        recruitment: 'loverboy',
        municipality: 'GM0344',
        asOf: '2026-12-06',
      }),
    })
    expect(await main(['route', '--full', '--data', national], io)).toBe(0)
    const regional = io.stdout.join('\n').split('Regionale contacten (gemeente Utrecht, GM0344)')[1] ?? ''
    expect(regional).toMatch(/• Moviera \[niet geverifieerd\]\n\s+waarom: .*Zorgcoördinatie mensenhandel Utrecht/)
    expect(regional).toMatch(
      /• CoMensha .*\(terugval: Zorgcoördinatie mensenhandel Utrecht niet bevestigd\) — tel\. 033 448 11 86 \(helpdesk, maandag tot en met vrijdag 9\.00-17\.00 uur\)/,
    )
    expect(regional).toMatch(/\[nummers gecontroleerd op 2026-12-06\]/)
    expect(regional).toMatch(
      /• Veilig Thuis Utrecht .*tel\. 0800-2000 \(24\/7, 24 uur per dag, 7 dagen per week, gratis\)/,
    )
  })

  it('fits the README example in 100 lines, with the zorgcoördinatie and Veilig Thuis numbers in the first 15 (issue 11)', async () => {
    const io = captureIo({
      stdin: JSON.stringify({
        age: 16,
        nationality: 'NL',
        exploitation: ['sexual'],
        recruitment: 'loverboy',
        municipality: 'GM0344',
        asOf: '2026-12-06',
      }),
    })
    expect(await main(['route', '--data', national], io)).toBe(0)
    const lines = io.stdout.join('\n').split('\n')
    expect(lines.length).toBeLessThanOrEqual(100)
    const top = lines.slice(0, 15).join('\n')
    expect(top).toMatch(
      /zorgcoördinator mensenhandel van de regio \(Zorgcoördinatie mensenhandel Utrecht\); waarschijnlijk Moviera, maar dat is niet bevestigd/,
    )
    expect(top).toMatch(/terugval CoMensha: tel\. 033 448 11 86/)
    expect(top).toMatch(/Veilig Thuis Utrecht: tel\. 0800-2000/)
  })

  it('never routes a 40-year-old man in a labour case to Veilig Thuis, not even regionally', async () => {
    const io = captureIo({
      stdin: JSON.stringify({
        age: 40,
        nationality: 'CN',
        residence: 'none',
        exploitation: ['labour'],
        municipality: 'GM0363',
      }),
    })
    expect(await main(['route', '--json', '--data', national], io)).toBe(0)
    const json = io.stdout.join('\n')
    expect(json.toLowerCase()).not.toContain('veilig thuis')
    const route = JSON.parse(json) as { summary: { code: string }[] }
    expect(route.summary.map((a) => a.code)).toEqual([
      'acute-danger',
      'care-coordinator',
      'police-report',
      'labour-inspectorate',
      'reflection-period',
      'register-comensha',
    ])
  })

  it('takes the municipality by the name people use', async () => {
    const io = captureIo({ stdin: JSON.stringify({ exploitation: ['labour'], municipality: 'Den Haag' }) })
    expect(await main(['route', '--json', '--data', national], io)).toBe(0)
    const route = JSON.parse(io.stdout.join('\n')) as { regional: { municipality: { code: string } } }
    expect(route.regional.municipality.code).toBe('GM0518')
    const ambiguous = captureIo({ stdin: JSON.stringify({ exploitation: ['labour'], municipality: 'Bergen' }) })
    expect(await main(['route', '--data', national], ambiguous)).toBe(2)
    expect(ambiguous.stderr.join('\n')).toMatch(/municipality: 'Bergen' past bij meer dan één gemeente: GM0893/)
  })
})
