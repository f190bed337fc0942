// SPDX-License-Identifier: EUPL-1.2
// Importing data/ after a back-office publication that was not exported yet (issue 13, ADR 0020):
// a record the files left alone keeps its publication; a record both changed is a conflict, and
// then nothing is imported (server start, `wegwijzer import`, `export --data` into the source)
// unless `import --force` lets the files win; after export and commit the import is quiet.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { importDataset, importValidDataset } from '../../src/data/dataset/import.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { importIfChanged } from '../../src/server/import-on-start.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-reimport-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const NEW_NUMBER = '0900 123 45 67'
let copies = 0

describeEachEngine('import after an unexported publication', (t) => {
  let source = ''
  beforeEach(async () => {
    await t.reset()
    source = join(scratch, `data-${t.engine}-${++copies}`)
    cpSync(fixture, source, { recursive: true })
    expect((await importDataset(t.db, source)).outcome).toBe('imported')
    // A publication from the back-office: a new phone number for politie, in the database only.
    const dataset = await readDataset(t.db)
    const edited = {
      ...dataset,
      parties: dataset.parties.map((p) =>
        p.id === 'politie'
          ? { ...p, contact: { ...p.contact, phones: [{ ...p.contact?.phones?.[0], number: NEW_NUMBER }] } }
          : p,
      ),
    } as typeof dataset
    expect((await importValidDataset(t.db, edited)).outcome).toBe('imported')
  })

  const politieNumber = async () =>
    (await readDataset(t.db)).parties.find((p) => p.id === 'politie')?.contact?.phones?.[0]?.number
  const edit = (path: string, from: string, to: string) => {
    const file = join(source, path)
    const text = readFileSync(file, 'utf8')
    expect(text).toContain(from)
    writeFileSync(file, text.replace(from, to))
  }
  const run = async (...args: string[]) => {
    const io = captureIo({ env: { DATABASE_URL: t.url } })
    const code = await main(args, io)
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
  }

  it('keeps the publication when the files changed other records only', async () => {
    edit('glossary/bedenktijd.yaml', 'term: Bedenktijd', 'term: Bedenktijd (fixture)')
    const report = await importDataset(t.db, source)
    expect(report).toMatchObject({ outcome: 'imported', kept: ['parties/politie'] })
    expect(await politieNumber()).toBe(NEW_NUMBER)
  })

  it('refuses, loudly, when the files changed the published record too; --force lets the files win', async () => {
    edit('parties/politie.yaml', 'Fixture-partij politie.', 'Fixture-partij politie, herzien.')
    const report = await importDataset(t.db, source)
    expect(report).toEqual({
      outcome: 'conflict',
      conflicts: [
        {
          record: 'parties/politie',
          reason: 'published in the back-office and not exported, and parties/politie.yaml changed too',
        },
      ],
    })
    expect(await politieNumber()).toBe(NEW_NUMBER)

    const errors: string[] = []
    expect(await importIfChanged(t.db, source, { info: () => undefined, error: (m) => errors.push(m) })).toBe(
      'conflict',
    )
    expect(errors[0]).toMatch(/^NOT IMPORTED: .* still serving the database as it is:\n {2}parties\/politie: /)

    const cli = await run('import', '--data', source)
    expect(cli.code).toBe(1)
    expect(cli.out).toContain('parties/politie: published in the back-office and not exported')
    expect(cli.err).toMatch(/nothing imported: 1 record\(s\) .* or let the files win with --force/)

    const intoSource = await run('export', '--data', source, '--source', source)
    expect(intoSource.code).toBe(1)
    expect(intoSource.err).toContain('nothing written')
    expect(readFileSync(join(source, 'parties/politie.yaml'), 'utf8')).toContain('herzien')

    const elsewhere = join(scratch, `elsewhere-${t.engine}-${copies}`)
    expect((await run('export', '--data', elsewhere, '--source', source)).code).toBe(1)
    expect(readFileSync(join(elsewhere, 'parties/politie.yaml'), 'utf8')).toContain(NEW_NUMBER)

    const forced = await run('import', '--data', source, '--force')
    expect(forced.code).toBe(0)
    expect(forced.err).toContain(
      '--force: the files replaced the unexported back-office publication of parties/politie',
    )
    expect(await politieNumber()).toBe('0900-8844')
  })

  it('is quiet once the publication is exported into the files', async () => {
    const exported = await run('export', '--data', source, '--source', source)
    expect(exported.code).toBe(0)
    expect(readFileSync(join(source, 'parties/politie.yaml'), 'utf8')).toContain(NEW_NUMBER)
    edit('parties/politie.yaml', 'Fixture-partij politie.', 'Fixture-partij politie, herzien.')
    const report = await importDataset(t.db, source)
    expect(report.outcome).toBe('imported')
    expect(report).not.toHaveProperty('kept')
    expect(await politieNumber()).toBe(NEW_NUMBER)
  })
})
