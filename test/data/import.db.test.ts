// SPDX-License-Identifier: EUPL-1.2
// Dataset import on SQLite and PostgreSQL, with the small fixture dataset: schema, idempotence,
// exact change reports, refusal of invalid data, foreign keys and the rows the import writes.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, expect, it } from 'vitest'
import { ENTITY_KEYS, type EntityKey } from '../../src/domain/entities.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { importDataset, type ImportReport } from '../../src/data/dataset/import.ts'
import { readDataset, latestImport } from '../../src/data/repositories/dataset.repository.ts'
import { ENTITY_TABLE_NAMES } from '../../src/data/tables/records.table.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-import-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let copies = 0
function copyFixture(): string {
  const dir = join(scratch, `copy-${++copies}`)
  cpSync(fixture, dir, { recursive: true })
  return dir
}

function counts(report: ImportReport) {
  if (report.outcome === 'refused') {
    throw new Error(`import refused:\n${report.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`)
  }
  if (report.outcome === 'conflict') {
    throw new Error(`import conflict: ${report.conflicts.map((c) => c.record).join(', ')}`)
  }
  return report.counts
}

/** Counts of an import into an empty database: everything inserted. */
function allInserted(
  dir: string,
): Record<EntityKey, { inserted: number; updated: number; deleted: number; unchanged: number }> {
  const { dataset } = loadDataset(dir)
  return Object.fromEntries(
    ENTITY_KEYS.map((k) => [k, { inserted: dataset[k].length, updated: 0, deleted: 0, unchanged: 0 }]),
  ) as never
}

describeEachEngine('dataset import', (t) => {
  beforeEach(() => t.reset())

  // The rows the import wrote, checked in SQL here (the app reads the catalogue, ADR 0012).
  const citing = async (sourceId: string) =>
    (
      await t.db
        .selectFrom('record_sources')
        .select(['entity', 'record_id'])
        .where('source_id', '=', sourceId)
        .execute()
    ).map((r) => ({ entity: r.entity, recordId: r.record_id }))
  const count = async (key: EntityKey) =>
    Number(
      (
        await t.db
          .selectFrom(ENTITY_TABLE_NAMES[key])
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('migrates up to one table per entity type plus record_sources and dataset_imports', async () => {
    const tables = new Set((await t.db.introspection.getTables()).map((tb) => tb.name))
    for (const name of [...Object.values(ENTITY_TABLE_NAMES), 'record_sources', 'dataset_imports']) {
      expect(tables, name).toContain(name)
    }
  })

  it('imports the fixture, and a second import reports zero changes and writes nothing', async () => {
    const first = await importDataset(t.db, fixture)
    expect(first.outcome).toBe('imported')
    expect(counts(first)).toEqual(allInserted(fixture))
    const logged = await latestImport(t.db)
    expect(logged?.datasetHash).toBe(first.outcome === 'imported' ? first.datasetHash : '')

    const second = await importDataset(t.db, fixture)
    expect(second.outcome).toBe('unchanged')
    for (const key of ENTITY_KEYS) {
      expect(counts(second)[key]).toEqual({
        inserted: 0,
        updated: 0,
        deleted: 0,
        unchanged: loadDataset(fixture).dataset[key].length,
      })
    }
    expect((await latestImport(t.db))?.id).toBe(logged?.id)
    const n = await t.db
      .selectFrom('dataset_imports')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(n.n)).toBe(1)
  })

  it('readDataset returns exactly what loadDataset produced', async () => {
    await importDataset(t.db, fixture)
    const { dataset } = loadDataset(fixture)
    expect(await readDataset(t.db)).toStrictEqual(dataset)
  })

  it('reports exactly one changed, one removed and one added record', async () => {
    counts(await importDataset(t.db, fixture))
    const dir = copyFixture()
    const comensha = join(dir, 'parties', 'comensha.yaml')
    writeFileSync(
      comensha,
      readFileSync(comensha, 'utf8').replace(
        'Landelijk coördinatiecentrum dat meldingen registreert en opvang zoekt.',
        'Landelijk coördinatiecentrum (gewijzigd).',
      ),
    )
    unlinkSync(join(dir, 'glossary', 'bedenktijd.yaml'))
    writeFileSync(
      join(dir, 'indicators', 'nachtwerk.yaml'),
      [
        'id: nachtwerk',
        'text: Werkt elke nacht door.',
        'domain: work',
        'audience: [employer]',
        'status: sourced',
        'sources: [sr-273f]',
        '',
      ].join('\n'),
    )

    const c = counts(await importDataset(t.db, dir))
    const before = loadDataset(fixture).dataset
    for (const key of ENTITY_KEYS) {
      const expected = {
        parties: { inserted: 0, updated: 1, deleted: 0, unchanged: before.parties.length - 1 },
        glossary: { inserted: 0, updated: 0, deleted: 1, unchanged: 0 },
        indicators: { inserted: 1, updated: 0, deleted: 0, unchanged: before.indicators.length },
      }[key as string] ?? { inserted: 0, updated: 0, deleted: 0, unchanged: before[key].length }
      expect(c[key], key).toEqual(expected)
    }
    expect(await readDataset(t.db)).toStrictEqual(loadDataset(dir).dataset)
    expect((await readDataset(t.db)).parties.find((p) => p.id === 'comensha')?.description).toBe(
      'Landelijk coördinatiecentrum (gewijzigd).',
    )
    expect(await citing('sr-273f')).toContainEqual({ entity: 'indicators', recordId: 'nachtwerk' })
    expect(await citing('vc-2000-b8-3')).not.toContainEqual({ entity: 'glossary', recordId: 'bedenktijd' })
  })

  it('applies moved references, new parent/child parties and removed targets in one import', async () => {
    counts(await importDataset(t.db, fixture))
    const dir = copyFixture()
    // A child whose id sorts before its new parent; both new.
    writeFileSync(
      join(dir, 'parties', 'a-team.yaml'),
      'id: a-team\nname: Team A\nkind: police-justice\nlevel: regional\nparent: z-dienst\ndescription: Kind.\nstatus: derived\nsources: [kst-28638-128]\n',
    )
    writeFileSync(
      join(dir, 'parties', 'z-dienst.yaml'),
      'id: z-dienst\nname: Dienst Z\nkind: police-justice\nlevel: national\ndescription: Ouder.\nstatus: derived\nsources: [kst-28638-128]\n',
    )
    // Move both municipalities to a new safety region and remove the old one.
    writeFileSync(
      join(dir, 'regions', 'veiligheidsregio-nieuw.yaml'),
      'id: veiligheidsregio-nieuw\nkind: safety-region\nname: Nieuw\nstatus: derived\nsources: [sr-273f]\n',
    )
    unlinkSync(join(dir, 'regions', 'veiligheidsregio-utrecht.yaml'))
    for (const m of ['GM0344', 'GM0307']) {
      const path = join(dir, 'municipalities', `${m}.yaml`)
      writeFileSync(path, readFileSync(path, 'utf8').replace('veiligheidsregio-utrecht', 'veiligheidsregio-nieuw'))
    }
    // Remove a source after moving its only citers to another one.
    const citer = join(dir, 'trajectory-rules/buiten-regeling-eu-burgers.yaml')
    writeFileSync(citer, readFileSync(citer, 'utf8').replace('vc-2000-b10-2', 'sr-273f'))
    unlinkSync(join(dir, 'sources', 'vc-2000-b10-2.yaml'))
    expect(loadDataset(dir).problems).toEqual([])

    const c = counts(await importDataset(t.db, dir))
    expect(c.parties).toMatchObject({ inserted: 2, deleted: 0 })
    expect(c.regions).toMatchObject({ inserted: 1, deleted: 1 })
    expect(c.municipalities).toMatchObject({ updated: 2 })
    expect(c.sources).toMatchObject({ deleted: 1 })
    expect(await readDataset(t.db)).toStrictEqual(loadDataset(dir).dataset)
    const children = await t.db.selectFrom('parties').select('id').where('parent_id', '=', 'z-dienst').execute()
    expect(children.map((p) => p.id)).toEqual(['a-team'])

    // And back again: everything reverses.
    const back = counts(await importDataset(t.db, fixture))
    expect(back.parties).toMatchObject({ deleted: 2 })
    expect(await readDataset(t.db)).toStrictEqual(loadDataset(fixture).dataset)
  })

  it('refuses an invalid copy, writes nothing and keeps the previous content', async () => {
    counts(await importDataset(t.db, fixture))
    const previous = await readDataset(t.db)
    const lastImport = await latestImport(t.db)
    const dir = copyFixture()
    writeFileSync(join(dir, 'parties', 'zz-broken.yaml'), 'id: zz-broken\nname: X\nkind: nonsense\n')
    const comensha = join(dir, 'parties', 'comensha.yaml')
    writeFileSync(
      comensha,
      readFileSync(comensha, 'utf8').replace(
        'Landelijk coördinatiecentrum dat meldingen registreert en opvang zoekt.',
        'Changed, but must not be imported.',
      ),
    )
    unlinkSync(join(dir, 'glossary', 'bedenktijd.yaml'))

    const report = await importDataset(t.db, dir)
    expect(report.outcome).toBe('refused')
    expect(report.outcome === 'refused' ? report.problems.map((p) => p.message).join('\n') : '').toMatch(/nonsense/)
    expect(await readDataset(t.db)).toStrictEqual(previous)
    expect((await latestImport(t.db))?.id).toBe(lastImport?.id)
  })

  it('refuses an invalid dataset into an empty database without creating anything', async () => {
    const dir = copyFixture()
    writeFileSync(join(dir, 'responsibilities', 'politie-signaleren.yaml'), 'id: politie-signaleren\nparty: nobody\n')
    expect((await importDataset(t.db, dir)).outcome).toBe('refused')
    for (const key of ENTITY_KEYS) {
      expect(await count(key), key).toBe(0)
    }
    expect(await latestImport(t.db)).toBeUndefined()
  })

  it('makes foreign-key violations impossible', async () => {
    counts(await importDataset(t.db, fixture))
    const row = { status: 'sourced', valid_from: null, valid_to: null, doc: '{}', content_hash: 'x' }
    await expect(
      t.db
        .insertInto('responsibilities')
        .values({ ...row, id: 'bad', party_id: 'nobody', aspect_id: 'opvang', role_type: 'lead' })
        .execute(),
    ).rejects.toThrow(/foreign key/i)
    await expect(
      t.db
        .insertInto('aspects')
        .values({ ...row, id: 'bad', phase_id: 'Z', sort_order: 1 })
        .execute(),
    ).rejects.toThrow(/foreign key/i)
    await expect(
      t.db
        .insertInto('parties')
        .values({ ...row, id: 'bad', name: 'x', kind: 'ngo', level: 'local', parent_id: 'nobody', successor_id: null })
        .execute(),
    ).rejects.toThrow(/foreign key/i)
    await expect(
      t.db
        .insertInto('record_sources')
        .values({ entity: 'parties', record_id: 'politie', source_id: 'nowhere' })
        .execute(),
    ).rejects.toThrow(/foreign key/i)
    await expect(
      t.db.updateTable('municipalities').set({ riec_id: 'nowhere' }).where('id', '=', 'GM0344').execute(),
    ).rejects.toThrow(/foreign key/i)
    await expect(t.db.deleteFrom('parties').where('id', '=', 'politie').execute()).rejects.toThrow(/foreign key/i)
    await expect(t.db.deleteFrom('sources').where('id', '=', 'kst-28638-128').execute()).rejects.toThrow(/foreign key/i)
    await expect(t.db.deleteFrom('barrier_stages').where('id', '=', 'huisvesting').execute()).rejects.toThrow(
      /foreign key/i,
    )
    expect(await readDataset(t.db)).toStrictEqual(loadDataset(fixture).dataset)
  })
})
