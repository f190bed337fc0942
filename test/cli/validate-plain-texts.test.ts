// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer validate` on plain-language party texts (issue 21, item 3) and missing translations
// (issue 15): a text of more than 25 words or a number that is not the party's own is a problem;
// a missing translation is a warning with file and line.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'

const dataDir = join(import.meta.dirname, '../../data')
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-plain-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function copyWith(name: string, edit: (yaml: string) => string): string {
  const dir = join(scratch, name)
  cpSync(dataDir, dir, { recursive: true })
  const file = join(dir, 'parties', 'comensha.yaml')
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
  return dir
}

describe('plain texts in wegwijzer validate', () => {
  it('refuses a Dutch plain text of more than 25 words, naming file, line and count', async () => {
    const long = Array.from({ length: 30 }, () => 'woord').join(' ')
    const dir = copyWith('long', (y) => y.replace(/(plain:\n {2}nl:\n {4}text: ).*/, `$1"${long}"`))
    const io = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir, '--today', '2026-12-06'], io)).toBe(1)
    expect(io.stdout.join('\n')).toMatch(
      /^parties\/comensha\.yaml:\d+:\d+ {2}plain\.nl\.text has 30 words, more than 25/m,
    )
  })

  it('refuses a when-to-call line with a number that is not one of the party’s checked phones', async () => {
    const dir = copyWith('number', (y) =>
      y.replace(/(plain:\n {2}nl:\n.*\n {4}whenToCall: ).*/, '$1"Bel 020 123 45 67."'),
    )
    const io = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir, '--today', '2026-12-06'], io)).toBe(1)
    expect(io.stdout.join('\n')).toMatch(/plain\.nl\.whenToCall names '020 123 45 67'/)
  })

  it('warns, with file and line, when a party on the victim page has no English plain text', async () => {
    const dir = copyWith('no-english', (y) => y.replace(/\n {2}en:\n(?: {4}.*\n)+/, '\n'))
    const io = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir, '--today', '2026-12-06'], io)).toBe(0)
    expect(io.stdout.join('\n')).toMatch(
      /^parties\/comensha\.yaml:\d+:\d+ {2}warning \[translation-missing\]: party 'comensha' is shown on the victim page but has no plain text in 'en'/m,
    )
    expect(io.stderr.join('\n')).toMatch(/\d+ missing translations? \(.*en \d+/)
  })
})

/** A copy of the dataset in which one record's `en` block is taken out. */
function copyWithoutEnglish(name: string, folder: string): { dir: string; id: string; text: string } {
  const dir = join(scratch, name)
  cpSync(dataDir, dir, { recursive: true })
  const file = join(dir, folder, readdirSync(join(dir, folder)).sort()[0] ?? '')
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/^en:\n(?: {2}.*\n)+/m, ''))
  return { dir, id: /^id: (.+)$/m.exec(text)?.[1] ?? '', text }
}

describe('English translations in wegwijzer validate and stats (issue 15)', () => {
  it('reports no missing English in the real dataset (issue 15: English 100 %)', async () => {
    const io = captureIo({ cwd: join(dataDir, '..') })
    expect(await main(['validate', '--data', dataDir, '--today', '2026-12-06'], io)).toBe(0)
    expect(io.stdout.filter((l) => l.includes('[translation-missing]'))).toEqual([])
  })

  it('lists every Dutch text without English as a warning with file, line and field', async () => {
    const { dir, id } = copyWithoutEnglish('no-english-responsibility', 'responsibilities')
    const io = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir, '--today', '2026-12-06'], io)).toBe(0)
    const missing = io.stdout.filter((l) => l.includes('[translation-missing]'))
    expect(missing.length).toBeGreaterThan(0)
    for (const line of missing) {
      expect(line).toMatch(/^[a-z-]+\/[a-z0-9-]+\.yaml:\d+:\d+ {2}warning \[translation-missing\]: /)
    }
    // The responsibility without English is named with its file, line and field.
    expect(missing.join('\n')).toMatch(
      new RegExp(
        `^responsibilities/${id}\\.yaml:\\d+:\\d+ .*responsibilities '${id}': description has no English text`,
        'm',
      ),
    )
    expect(io.stderr.join('\n')).toMatch(/\d+ missing translations \(en \d+\)/)
  })

  it('a text that gets its English drops out of the list', async () => {
    const { dir, id } = copyWithoutEnglish('english', 'barriers')
    const file = join(dir, 'barriers', `${id}.yaml`)
    const before = readFileSync(file, 'utf8')
    const io1 = captureIo({ cwd: dir })
    await main(['validate', '--data', dir, '--today', '2026-12-06'], io1)
    expect(io1.stdout.some((l) => l.includes(`barriers '${id}': name has no English text`))).toBe(true)
    writeFileSync(
      file,
      before.replace(/^status:/m, 'en:\n  name: A barrier\n  translation:\n    name: machine\nstatus:'),
    )
    const io2 = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir, '--today', '2026-12-06'], io2)).toBe(0)
    expect(io2.stdout.some((l) => l.includes(`barriers '${id}': name has no English text`))).toBe(false)
  })

  it('stats prints the coverage per language, as text and as JSON', async () => {
    const io = captureIo()
    expect(await main(['stats', '--data', dataDir, '--today', '2026-12-06'], io)).toBe(0)
    const out = io.stdout.join('\n')
    // Every user-facing dataset text has its English (issue 15).
    expect(out).toMatch(/^ {2}en {2}dataset texts (\d+)\/\1 \(100%\), reviewed \d+; victim pages 7\/7 \(100%\)/m)
    for (const lang of ['pl', 'ro', 'bg', 'uk', 'es', 'pt', 'ar', 'hu', 'vi']) {
      expect(out).toMatch(
        new RegExp(`^ {2}${lang} {2}victim pages 5/5 \\(100%\\), reviewed 0, page texts machine`, 'm'),
      )
    }
    const json = captureIo()
    await main(['stats', '--json', '--data', dataDir, '--today', '2026-12-06'], json)
    const parsed = JSON.parse(json.stdout.join('\n')) as {
      translations: { english: { need: number; have: number }; victimPages: Record<string, { have: number }> }
    }
    expect(parsed.translations.english.have).toBeLessThanOrEqual(parsed.translations.english.need)
    expect(parsed.translations.victimPages['ar']?.have).toBe(5)
  })
})

describe('English of the barrier lists in wegwijzer validate (issue 15)', () => {
  function copyStage(name: string, edit: (yaml: string) => string): string {
    const dir = join(scratch, name)
    cpSync(dataDir, dir, { recursive: true })
    const file = join(dir, 'barrier-stages', 'aanbieden-online.yaml')
    writeFileSync(file, edit(readFileSync(file, 'utf8')))
    return dir
  }

  it('warns per signal, opportunity, facilitator, note and evidence example without English, on the line of the Dutch text', async () => {
    const dir = copyStage('no-english-lists', (y) =>
      y
        .replace(/\n {2}signals:\n(?: {4}- .*\n)+/, '\n')
        .replace(/\n {2}opportunities:\n(?: {4}- .*\n)+/, '\n')
        .replace(/(- name: Betaal- en beldiensten\n.*\n) {2}en:\n(?: {4}.*\n)+/, '$1')
        .replace(/\n {2}note: .*\n/, '\n'),
    )
    // In the same copy (one copy, one validate run): a basisniveau element without English evidence examples.
    const element = join(dir, 'basisniveau', 'aandachtsfunctionaris.yaml')
    writeFileSync(element, readFileSync(element, 'utf8').replace(/\n {2}evidenceExamples:\n(?: {4}- .*\n)+/, '\n'))
    const io = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir, '--today', '2026-12-06'], io)).toBe(0)
    const missing = io.stdout.filter((l) => l.includes("barrierStages 'aanbieden-online'"))
    const lines = readFileSync(join(dir, 'barrier-stages', 'aanbieden-online.yaml'), 'utf8').split('\n')
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1
    expect(missing).toEqual([
      expect.stringMatching(
        new RegExp(`:${lineOf('- Anoniem adverteren')}:3 .*: opportunities\\.0 has no English text`),
      ),
      expect.stringMatching(/: opportunities\.1 has no English text/),
      expect.stringMatching(/: opportunities\.2 has no English text/),
      expect.stringMatching(
        new RegExp(`:${lineOf('- Advertenties die altijd')}:3 .*: signals\\.0 has no English text`),
      ),
      expect.stringMatching(/: signals\.1 has no English text/),
      expect.stringMatching(/: signals\.2 has no English text/),
      expect.stringMatching(
        new RegExp(`:${lineOf('- name: Betaal-')}:.*: facilitators\\.1\\.name has no English text`),
      ),
      expect.stringMatching(new RegExp(`:${lineOf('  how: Prepaid')}:.*: facilitators\\.1\\.how has no English text`)),
      expect.stringMatching(
        new RegExp(`:${lines.findIndex((l) => l.startsWith('note: ')) + 1}:.*: note has no English text`),
      ),
    ])
    const evidence = readFileSync(element, 'utf8').split('\n')
    expect(io.stdout.filter((l) => l.includes("basisniveau 'aandachtsfunctionaris'"))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^basisniveau/aandachtsfunctionaris\\.yaml:${evidence.findIndex((l) => l.includes('- Naam of functie')) + 1}:3 .*: evidenceExamples\\.0 has no English text`,
        ),
      ),
      expect.stringMatching(/: evidenceExamples\.1 has no English text/),
    ])
  })

  it('refuses an English list that does not match the Dutch one item for item', async () => {
    const dir = copyStage('short-english-list', (y) => y.replace(/(\n {2}signals:\n {4}- .*\n) {4}- .*\n/, '$1'))
    const io = captureIo({ cwd: dir })
    expect(await main(['validate', '--data', dir, '--today', '2026-12-06'], io)).toBe(1)
    expect(io.stdout.join('\n')).toMatch(
      /^barrier-stages\/aanbieden-online\.yaml:\d+:\d+ {2}barrierStages 'aanbieden-online': en\.signals has 2 items but signals has 3/m,
    )
  })
})
