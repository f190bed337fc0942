// SPDX-License-Identifier: EUPL-1.2
// Any earlier version, shown and diffed (issue 13): every version of a record (publications,
// verifications and imports from data/) with who, when and why; any two compared; every version
// of the dataset with what changed in it and between any two; only for those who may read the
// record; a bad version number named as the field it came from.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDraft, decideDraft, publishDraft, recordHistory } from '../../src/backoffice/drafts.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { backofficeApp, FIXTURE, loggedIn, type BackofficeApp } from './helpers.ts'

const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-versions-'))
const source = join(scratch, 'data')
cpSync(FIXTURE, source, { recursive: true })
let t: BackofficeApp
beforeAll(async () => {
  t = await backofficeApp({ dataDir: source })
})
afterAll(async () => {
  await t.close()
  rmSync(scratch, { recursive: true, force: true })
})

const NEW_NUMBER = '0900 123 45 67'

describe('earlier versions', () => {
  let editor: Awaited<ReturnType<typeof loggedIn>>
  let national: Awaited<ReturnType<typeof loggedIn>>
  beforeAll(async () => {
    editor = await loggedIn(t.db, [{ role: 'organisation-editor', scope: 'politie' }])
    national = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])
    // Version 2: a publication from the back-office.
    const politie = (await readDataset(t.db)).parties.find((p) => p.id === 'politie')
    const proposed = {
      ...politie,
      contact: { ...politie?.contact, phones: [{ ...politie?.contact?.phones?.[0], number: NEW_NUMBER }] },
    }
    const draft = await createDraft(t.db, {
      entity: 'parties',
      recordId: 'politie',
      proposed,
      reason: 'Nieuw nummer op politie.nl',
      authorId: editor.id,
    })
    if (!draft.ok) {
      throw new Error(JSON.stringify(draft))
    }
    await decideDraft(t.db, {
      id: draft.value.id,
      version: draft.value.version,
      actorId: national.id,
      decision: 'approve',
      comment: '',
    })
    expect(
      (await publishDraft(t.db, { id: draft.value.id, actorId: national.id, today: '2026-12-07' }, t.live)).ok,
    ).toBe(true)
    // Version 3: an import from data/ that changed the record's description; the files win (the
    // publication was not exported), so the number goes back too.
    const file = join(source, 'parties/politie.yaml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Fixture-partij politie.', 'Fixture-partij politie, herzien.'),
    )
    const report = await importDataset(t.db, source, { force: true })
    expect(report.outcome).toBe('imported')
    await t.live.refresh()
  })

  it('records an import from data/ in the record’s history', async () => {
    const history = await recordHistory(t.db, 'parties', 'politie')
    expect(history.map((h) => h.kind)).toEqual(['import', 'change'])
    expect(history[0]?.after?.['description']).toBe('Fixture-partij politie, herzien.')
  })

  it('lists every version and compares any two', async () => {
    const get = (url: string, cookie = editor.cookie) => t.app.inject({ url, headers: { cookie } })
    const list = await get('/beheer/records/parties/politie/versies')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('3 versies, de oudste eerst')
    expect(list.body).toContain('eerste bekende versie')
    expect(list.body).toContain('gewijzigd door Persoon')
    expect(list.body).toContain('ingelezen uit data/')

    const oneToThree = await get('/beheer/records/parties/politie/versies?van=1&naar=3')
    expect(oneToThree.body).toContain('<caption class="utrecht-table__caption">Versie 1 en versie 3</caption>')
    expect(oneToThree.body).toContain('<ins>Fixture-partij politie, herzien.</ins>')
    expect(oneToThree.body).not.toContain('0900 123 45 67')
    const twoToThree = await get('/beheer/records/parties/politie/versies?van=2&naar=3')
    expect(twoToThree.body).toContain('<del>0900 123 45 67</del>')
    expect(twoToThree.body).toContain('<ins>0900-8844</ins>')

    const first = await get('/beheer/records/parties/politie/versies/1')
    expect(first.statusCode).toBe(200)
    expect(first.body).toMatch(/id="version-yaml"[^>]*>[\s\S]*0900-8844[\s\S]*<\/pre>/)
    expect(first.body).toContain('href="/beheer/records/parties/politie/versies?van=1&amp;naar=3"')

    const bad = await get('/beheer/records/parties/politie/versies?van=9&naar=3')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('van: kies een versie van 1 tot en met 3 (niet &#39;9&#39;)')
    expect((await get('/beheer/records/parties/politie/versies/4')).statusCode).toBe(404)
    // Another organisation's record: not even its versions.
    expect((await get('/beheer/records/parties/arbeidsinspectie/versies')).statusCode).toBe(403)
    expect((await get('/beheer/records/parties/arbeidsinspectie/versies/1')).statusCode).toBe(403)
    expect((await t.app.inject('/beheer/records/parties/politie/versies')).statusCode).toBe(303)
  })

  it('lists every dataset version and compares any two (national editors only)', async () => {
    const imports = await t.db
      .selectFrom('dataset_imports')
      .select(['id', 'imported_at'])
      .orderBy('imported_at')
      .execute()
    expect(imports).toHaveLength(3)
    const [first, second, third] = imports.map((i) => i.id)
    const get = (url: string, cookie = national.cookie) => t.app.inject({ url, headers: { cookie } })
    const page = await get('/beheer/versies')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('parties/politie</a> (gewijzigd)')
    expect(page.body).toContain('parties/politie</a> (ingelezen uit data/)')
    const between = await get(`/beheer/versies?van=${first}&naar=${third}`)
    expect(between.body).toContain('1 records veranderd tussen')
    expect(between.body).toContain('<ins>Fixture-partij politie, herzien.</ins>')
    expect(between.body).not.toContain('0900 123 45 67')
    const publication = await get(`/beheer/versies?van=${first}&naar=${second}`)
    expect(publication.body).toContain('<ins>0900 123 45 67</ins>')
    expect(publication.body).not.toContain('herzien')
    // Picked the wrong way round: still older to newer.
    const reversed = await get(`/beheer/versies?van=${third}&naar=${second}`)
    expect(reversed.body).toContain('<del>0900 123 45 67</del>')
    expect(reversed.body).toContain('<ins>Fixture-partij politie, herzien.</ins>')
    const bad = await get('/beheer/versies?van=nope&naar=' + third)
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('van: &#39;nope&#39; is geen versie van de dataset')
    expect((await get('/beheer/versies', editor.cookie)).statusCode).toBe(403)
  })
})
