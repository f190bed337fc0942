// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer search` on both engines (after `wegwijzer import`) and straight from a dataset folder:
// Dutch text and JSON output, the same answer both ways, and clear usage errors for bad flags.
import { expect, it, describe } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR

describeEachEngine('wegwijzer search', (t) => {
  it('fails with a hint before the dataset is imported', async () => {
    await t.reset()
    const io = captureIo()
    expect(await main(['search', 'opvang', '--database', t.url], io)).toBe(1)
    expect(io.stderr.join('\n')).toMatch(/wegwijzer import/)
  })

  it('searches the imported dataset, as text and as JSON, like --data does', async () => {
    expect(await main(['import', '--data', fixture, '--database', t.url], captureIo())).toBe(0)
    const text = captureIo({ env: { DATABASE_URL: t.url } })
    expect(await main(['search', 'Arbeidsinspectie'], text)).toBe(0)
    const out = text.stdout.join('\n')
    expect(out).toMatch(/^Zoekvraag: Arbeidsinspectie — 5 resultaten$/m)
    expect(out).toMatch(/^ {2}arbeidsinspectie: arbeidsinspectie \(woordvorm\)$/m)
    expect(out).toMatch(/^Organisaties \(2\)$/m)
    // The name holds the word, the predecessor only mentions it: name first.
    expect(out).toMatch(
      /^ {2}1\. Nederlandse Arbeidsinspectie {2}\/organisaties\/arbeidsinspectie\n.*\n {2}2\. Inspectie SZW/m,
    )

    const json = captureIo()
    expect(await main(['search', 'bedenktijd', '--json', '--type', 'glossary,right', '--database', t.url], json)).toBe(
      0,
    )
    const fromDb = JSON.parse(json.stdout.join('\n'))
    expect(fromDb.groups.map((g: { type: string }) => g.type)).toEqual(['right', 'glossary'])

    const direct = captureIo()
    expect(await main(['search', 'bedenktijd', '--json', '--type', 'glossary,right', '--data', fixture], direct)).toBe(
      0,
    )
    expect(JSON.parse(direct.stdout.join('\n'))).toEqual(fromDb)
  })
})

describe('wegwijzer search usage errors', () => {
  const usage = async (args: string[], pattern: RegExp) => {
    const io = captureIo()
    expect(await main(['search', ...args], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(pattern)
  }
  it('names the flag or the query that is wrong', async () => {
    await usage([], /give a search query/)
    await usage(['  '], /give a search query/)
    await usage(['?!'], /letter or digit/)
    await usage(['a'.repeat(201)], /at most 200/)
    await usage(['opvang', '--type', 'organisatie'], /--type has unknown type 'organisatie'; use one or more of: party/)
    await usage(['opvang', '--limit', '0'], /--limit must be a whole number from 1 to 50/)
    await usage(['opvang', '--limit', 'veel'], /--limit must be a whole number/)
    await usage(['opvang', '--data', fixture, '--database', 'sqlite::memory:'], /either --data or --database/)
    await usage(['opvang', '--database', 'mysql://x'], /--database .* is not supported/)
    await usage(['opvang', '--sort'], /Unknown option '--sort'/)
  })
  it('joins several words without quotes into one query', async () => {
    const io = captureIo()
    expect(await main(['search', 'bedenktijd', 'de', '--data', fixture, '--json'], io)).toBe(0)
    expect(JSON.parse(io.stdout.join('\n')).query).toBe('bedenktijd de')
  })
})
