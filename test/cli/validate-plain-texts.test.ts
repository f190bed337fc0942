// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer validate` on plain-language party texts (issue 21, item 3) and missing translations
// (issue 15): a text of more than 25 words or a number that is not the party's own is a problem;
// a missing translation is a warning with file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
    expect(io.stderr.join('\n')).toMatch(/missing translations? \(.*en 1/)
  })
})
