// SPDX-License-Identifier: EUPL-1.2
// The import step of a server start: imports into an empty database, skips an unchanged data/
// without loading it (the digest matches), and imports again once a file changes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { importIfChanged } from '../../src/server/import-on-start.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const dir = mkdtempSync(join(tmpdir(), 'wgw-start-'))
const dataDir = join(dir, 'data')
cpSync(fixture, dataDir, { recursive: true })
const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
const lines: string[] = []
const log = { info: (m: string) => lines.push(`info ${m}`), error: (m: string) => lines.push(`error ${m}`) }

afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('importIfChanged', () => {
  it('imports into an empty database, then skips an unchanged data/ by its digest', async () => {
    await migrateOrThrow(db)
    await importIfChanged(db, dataDir, log)
    expect(lines.pop()).toMatch(/^info imported /)
    await importIfChanged(db, dataDir, log)
    expect(lines.pop()).toMatch(/^info dataset unchanged \(\w{12}, files \w{12}\)$/)
  })

  it('imports again when a file changes, and serves the new content', async () => {
    const file = join(dataDir, 'glossary', readGlossaryFile())
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^term: .*$/m, 'term: Gewijzigde term'))
    await importIfChanged(db, dataDir, log)
    expect(lines.pop()).toMatch(/^info imported /)
    expect((await readDataset(db)).glossary.some((g) => g.term === 'Gewijzigde term')).toBe(true)
  })

  it('keeps serving the previous import when the data becomes invalid', async () => {
    const file = join(dataDir, 'glossary', readGlossaryFile())
    writeFileSync(file, 'id: [unclosed\n')
    await importIfChanged(db, dataDir, log)
    expect(lines.pop()).toMatch(/^error 1 problem\(s\) in .*; still serving the import of /)
  })
})

function readGlossaryFile(): string {
  const first = readdirSync(join(dataDir, 'glossary')).sort()[0]
  if (first === undefined) {
    throw new Error('the fixture has no glossary term')
  }
  return first
}
