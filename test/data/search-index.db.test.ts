// SPDX-License-Identifier: EUPL-1.2
// The search index follows the import on SQLite and PostgreSQL: built by the importer, left alone
// when nothing changed, rebuilt when the data changed or the index is missing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readSearchState } from '../../src/data/search/search-index.repository.ts'
import { SearchIndexUnavailable, SearchService } from '../../src/data/search/search-service.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-search-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const fixture = join(scratch, 'dataset')
cpSync(FIXTURE_DIR, fixture, { recursive: true })

async function imported(db: Parameters<typeof importDataset>[0], dir: string): Promise<void> {
  const report = await importDataset(db, dir)
  if (report.outcome === 'refused') {
    throw new Error(report.problems.map((p) => p.message).join('\n'))
  }
}

describeEachEngine('search index maintained by the import', (t) => {
  beforeAll(() => t.reset())

  it('reports a missing index before the first import', async () => {
    await expect(new SearchService(t.db).search('opvang')).rejects.toBeInstanceOf(SearchIndexUnavailable)
  })

  it('is built by the import and searchable at once', async () => {
    await imported(t.db, fixture)
    const state = await readSearchState(t.db)
    expect(state?.documentCount).toBeGreaterThan(0)
    const answer = await new SearchService(t.db).search('arbeidsinspectie')
    expect(answer.groups.flatMap((g) => g.results.map((h) => `${h.type}/${h.id}`))).toContain('party/arbeidsinspectie')
  })

  it('is left alone when the data did not change', async () => {
    const before = await readSearchState(t.db)
    await imported(t.db, fixture)
    expect(await readSearchState(t.db)).toEqual(before)
  })

  it('is rebuilt when it is missing although the records are there (database migrated after an import)', async () => {
    const service = new SearchService(t.db)
    expect((await service.search('comensha')).total).toBeGreaterThan(0)
    await sql`delete from search_index_state`.execute(t.db)
    // A service that loaded the old index notices in the same round trip that it is gone.
    await expect(service.search('comensha')).rejects.toBeInstanceOf(SearchIndexUnavailable)
    await imported(t.db, fixture)
    expect(await readSearchState(t.db)).toBeDefined()
    expect((await new SearchService(t.db).search('comensha')).total).toBeGreaterThan(0)
  })

  it('follows a change in the data, also in a long-lived service', async () => {
    const service = new SearchService(t.db)
    expect((await service.search('zeehavenpolitie')).total).toBe(0)
    const file = join(fixture, 'parties/comensha.yaml')
    const original = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      original.replace(
        'description: Landelijk coördinatiecentrum dat meldingen registreert en opvang zoekt.',
        'description: Werkt samen met de zeehavenpolitie.',
      ),
    )
    try {
      await imported(t.db, fixture)
      const answer = await service.search('zeehavenpolitie')
      expect(answer.groups.map((g) => g.results.map((h) => h.id))).toEqual([['comensha']])
    } finally {
      writeFileSync(file, original)
    }
  })
})
