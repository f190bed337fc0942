// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer export --data DIR` (issue 13): the published dataset back to data/ YAML. After no
// changes the export equals the source byte for byte (the real data/ too); after an editorial
// publication only the edited values differ; records no longer published disappear.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { importDataset, importValidDataset } from '../../src/data/dataset/import.ts'
import { publishedDatasetFiles } from '../../src/data/dataset/dataset-files.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const realData = join(import.meta.dirname, '../../data')
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-export-data-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** path → text of every file below `dir`. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (statSync(path).isFile()) {
      out.set(relative(dir, path), readFileSync(path, 'utf8'))
    }
  }
  return out
}

describeEachEngine('editorial export --data', (t) => {
  beforeEach(() => t.reset())

  it('writes back exactly the files it imported', async () => {
    const report = await importDataset(t.db, fixture)
    expect(report.outcome).toBe('imported')
    expect(await publishedDatasetFiles(t.db)).toEqual(filesOf(fixture))
  })

  it('after an editorial publication changes only the edited value, and drops a deleted record', async () => {
    await importDataset(t.db, fixture)
    const dataset = await readDataset(t.db)
    const politie = dataset.parties.find((p) => p.id === 'politie')
    const phone = politie?.contact?.phones?.[0]
    expect(phone).toBeDefined()
    const edited = {
      ...dataset,
      parties: dataset.parties.map((p) =>
        p.id === 'politie'
          ? {
              ...p,
              contact: {
                ...p.contact,
                phones: [{ ...phone, number: '0900 123 45 67' }, ...(p.contact?.phones ?? []).slice(1)],
              },
            }
          : p,
      ),
      glossary: dataset.glossary.slice(1),
    } as typeof dataset
    expect((await importValidDataset(t.db, edited)).outcome).toBe('imported')

    const before = filesOf(fixture)
    const after = await publishedDatasetFiles(t.db)
    const removed = `glossary/${dataset.glossary[0]?.id}.yaml`
    expect(after.has(removed)).toBe(false)
    const changed = [...after].filter(([path, text]) => before.get(path) !== text).map(([path]) => path)
    expect(changed).toEqual(['parties/politie.yaml'])
    const oldLines = (before.get('parties/politie.yaml') ?? '').split('\n')
    const newLines = (after.get('parties/politie.yaml') ?? '').split('\n')
    const differing = newLines.filter((line, i) => line !== oldLines[i])
    expect(differing).toHaveLength(1)
    expect(differing[0]).toContain('0900 123 45 67')
  })

  it('the CLI writes the directory and removes files of records no longer published', async () => {
    const source = join(scratch, `source-${t.engine}`)
    cpSync(fixture, source, { recursive: true })
    const out = join(scratch, `out-${t.engine}`)
    cpSync(fixture, out, { recursive: true })
    const glossaryFile = readdirSync(join(source, 'glossary'))[0] ?? ''
    rmSync(join(source, 'glossary', glossaryFile))
    const io = captureIo({ env: { DATABASE_URL: t.url } })
    expect(await main(['export', '--data', out, '--source', source], io)).toBe(0)
    expect(filesOf(out)).toEqual(filesOf(source))
    expect(io.stderr.join('\n')).toMatch(/exported \d+ files .* \(removed 1 files/)
  })
})

describe('editorial export --data on the real data/', () => {
  it('reproduces data/ exactly (diff -r data OUT is empty)', { timeout: 120_000 }, async () => {
    const out = join(scratch, 'real')
    const io = captureIo({ env: { DATABASE_URL: `sqlite:${join(scratch, 'real.sqlite')}` } })
    expect(await main(['export', '--data', out], io)).toBe(0)
    const expected = filesOf(realData)
    const actual = filesOf(out)
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    const differing = [...expected].filter(([path, text]) => actual.get(path) !== text).map(([path]) => path)
    expect(differing).toEqual([])
  })

  it('refuses to run without a folder', async () => {
    const io = captureIo()
    expect(await main(['export', '--data='], io)).toBe(2)
    expect(io.stderr.join('\n')).toContain('--data needs the folder')
  })
})
