// SPDX-License-Identifier: EUPL-1.2
// Editorial drafts on SQLite and PostgreSQL (issue 13): a draft is validated like `wegwijzer
// validate` before it is saved (errors per field); nobody reviews or publishes their own change;
// publishing makes a new dataset version that the live catalogue serves; concurrent edits end in a
// version conflict, never a lost update; every publication is in the record's history; a
// verification without change is one step and audited; the audit chain verifies afterwards.
import { beforeAll, expect, it } from 'vitest'
import { createAccount } from '../../src/backoffice/accounts.ts'
import { verifyAudit } from '../../src/backoffice/audit.ts'
import {
  commentOnDraft,
  createDraft,
  decideDraft,
  publishDraft,
  recordHistory,
  reviseDraft,
  verifyRecord,
  type Draft,
} from '../../src/backoffice/drafts.ts'
import { LiveCatalog } from '../../src/data/catalog/index.ts'
import { contentHash } from '../../src/data/dataset/content-hash.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { publishedDatasetFiles } from '../../src/data/dataset/dataset-files.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE } from './helpers.ts'

describeEachEngine('editorial drafts', (t) => {
  let editor = ''
  let national = ''
  let second = ''
  let live: LiveCatalog
  beforeAll(async () => {
    await t.reset()
    await importDataset(t.db, FIXTURE)
    const make = async (email: string, grants: Parameters<typeof createAccount>[1]['grants']) =>
      (await createAccount(t.db, { email, displayName: email, grants }, 'test')).account.id
    editor = await make('redactie@politie.example', [{ role: 'organisation-editor', scope: 'politie' }])
    national = await make('landelijk@example.org', [{ role: 'national-editor', scope: '' }])
    second = await make('tweede@example.org', [{ role: 'national-editor', scope: '' }])
    live = await LiveCatalog.open(
      t.db,
      t.engine === 'sqlite'
        ? { engine: 'sqlite', file: ':memory:' }
        : { engine: 'postgresql', connectionString: t.url },
    )
  })

  const politie = async () =>
    structuredClone((await readDataset(t.db)).parties.find((p) => p.id === 'politie')) as Record<string, unknown> & {
      contact: { phones: { number: string }[] }
    }
  const unwrap = <T>(outcome: { ok: true; value: T } | { ok: false }): T => {
    expect(outcome).toMatchObject({ ok: true })
    return (outcome as { value: T }).value
  }

  it('refuses an invalid proposal before saving, naming each field', async () => {
    const record = await politie()
    const outcome = await createDraft(t.db, {
      entity: 'parties',
      recordId: 'politie',
      proposed: { ...record, kind: 'spaceship', parent: 'nobody' },
      reason: '',
      authorId: editor,
    })
    expect(outcome.ok).toBe(false)
    const problems = outcome.ok ? [] : 'problems' in outcome ? outcome.problems : []
    expect(problems.map((p) => p.pointer)).toEqual(expect.arrayContaining(['/kind', 'reason']))
    const ref = await createDraft(t.db, {
      entity: 'parties',
      recordId: 'politie',
      proposed: { ...record, parent: 'nobody' },
      reason: 'x',
      authorId: editor,
    })
    expect(ref).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '/parent', message: "unknown party 'nobody'" }],
    })
    const id = await createDraft(t.db, {
      entity: 'parties',
      recordId: 'politie',
      proposed: { ...record, id: 'andere' },
      reason: 'x',
      authorId: editor,
    })
    expect(id).toMatchObject({ ok: false, kind: 'invalid', problems: [{ pointer: '/id' }] })
    expect(
      Number(
        (
          await t.db
            .selectFrom('drafts')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0)
  })

  it('four eyes, publication as a new version, history, and the export changes only that value', async () => {
    const record = await politie()
    record.contact.phones[0] = { ...record.contact.phones[0], number: '0900 88 44' }
    const draft = unwrap(
      await createDraft(t.db, {
        entity: 'parties',
        recordId: 'politie',
        proposed: record,
        reason: 'nieuw nummer volgens politie.nl',
        authorId: editor,
      }),
    )
    expect(draft.status).toBe('open')
    expect(
      await decideDraft(t.db, {
        id: draft.id,
        version: draft.version,
        actorId: editor,
        decision: 'approve',
        comment: '',
      }),
    ).toMatchObject({ ok: false, kind: 'state' })
    unwrap(await commentOnDraft(t.db, { id: draft.id, actorId: national, body: 'Klopt, gezien op de site.' }))
    const approved = unwrap(
      await decideDraft(t.db, {
        id: draft.id,
        version: draft.version,
        actorId: national,
        decision: 'approve',
        comment: 'akkoord',
      }),
    )
    expect(approved.status).toBe('approved')
    const before = live.current().dataset.parties.find((p) => p.id === 'politie')
    expect(before?.contact?.phones?.[0]?.number).not.toBe('0900 88 44')
    const published = unwrap(await publishDraft(t.db, { id: draft.id, actorId: national, today: '2026-12-07' }, live))
    expect(published.importId).toBeDefined()
    const served = live.current().dataset.parties.find((p) => p.id === 'politie')
    expect(served?.contact?.phones?.[0]?.number).toBe('0900 88 44')
    expect(served?.verifiedAt).toBe('2026-12-07')
    const history = await recordHistory(t.db, 'parties', 'politie')
    expect(history[0]).toMatchObject({
      kind: 'change',
      authorId: editor,
      publisherId: national,
      reason: 'nieuw nummer volgens politie.nl',
      draftId: draft.id,
    })
    const files = await publishedDatasetFiles(t.db)
    expect(files.get('parties/politie.yaml')).toContain('0900 88 44')
  })

  it('concurrent edits end in a version conflict, never a lost update', async () => {
    const record = await politie()
    const a = unwrap(
      await createDraft(t.db, {
        entity: 'parties',
        recordId: 'politie',
        proposed: { ...record, shortName: 'Politie A' },
        reason: 'a',
        authorId: editor,
      }),
    )
    const b = unwrap(
      await createDraft(t.db, {
        entity: 'parties',
        recordId: 'politie',
        proposed: { ...record, shortName: 'Politie B' },
        reason: 'b',
        authorId: second,
      }),
    )
    // Two saves of one draft from the same version: one wins, the other is told.
    const [x, y] = await Promise.all([
      reviseDraft(t.db, {
        id: a.id,
        version: a.version,
        proposed: { ...record, shortName: 'Politie A1' },
        reason: '',
        actorId: editor,
      }),
      reviseDraft(t.db, {
        id: a.id,
        version: a.version,
        proposed: { ...record, shortName: 'Politie A2' },
        reason: '',
        actorId: editor,
      }),
    ])
    expect([x.ok, y.ok].sort()).toEqual([false, true])
    expect([x, y].find((o) => !o.ok)).toMatchObject({ kind: 'conflict' })
    const current = unwrap(
      await decideDraft(t.db, {
        id: a.id,
        version: a.version + 1,
        actorId: national,
        decision: 'approve',
        comment: '',
      }),
    ) as Draft
    unwrap(
      await decideDraft(t.db, { id: b.id, version: b.version, actorId: national, decision: 'approve', comment: '' }),
    )
    unwrap(await publishDraft(t.db, { id: current.id, actorId: national, today: '2026-12-07' }, live))
    // B was made from the version before A's publication: publishing it would undo A.
    expect(await publishDraft(t.db, { id: b.id, actorId: national, today: '2026-12-07' }, live)).toMatchObject({
      ok: false,
      kind: 'conflict',
    })
    expect(live.current().dataset.parties.find((p) => p.id === 'politie')?.shortName).toMatch(/^Politie A[12]$/)
  })

  it('verification without change is one step, audited, and conflicts on a stale page', async () => {
    const record = await politie()
    const stale = contentHash({ ...record, name: 'old' })
    expect(
      await verifyRecord(
        t.db,
        { entity: 'parties', recordId: 'politie', baseHash: stale, actorId: editor, today: '2026-12-08' },
        live,
      ),
    ).toMatchObject({ ok: false, kind: 'conflict' })
    unwrap(
      await verifyRecord(
        t.db,
        { entity: 'parties', recordId: 'politie', baseHash: contentHash(record), actorId: editor, today: '2026-12-08' },
        live,
      ),
    )
    const served = live.current().dataset.parties.find((p) => p.id === 'politie')
    expect(served?.verifiedAt).toBe('2026-12-08')
    expect(served?.contact?.verifiedAt).toBe('2026-12-08')
    expect((await recordHistory(t.db, 'parties', 'politie'))[0]).toMatchObject({ kind: 'verify', authorId: editor })
    const actions = (await t.db.selectFrom('audit_events').select('action').execute()).map((r) => r.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'draft.created',
        'draft.commented',
        'draft.approved',
        'draft.published',
        'draft.revised',
        'record.verified',
      ]),
    )
    expect(await verifyAudit(t.db)).toMatchObject({ ok: true })
  })
})
