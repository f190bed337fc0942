// SPDX-License-Identifier: EUPL-1.2
// Editorial changes (issue 13): a draft proposes a new version of one record, validated like
// `wegwijzer validate` before it is saved; others comment and decide (approve, reject, request
// changes; nobody decides on their own draft); a national editor publishes an approved draft as a
// new dataset version (publishDataset: every instance, the API and the exports serve it). A draft
// made from an older version than the published one cannot be published (version conflict), and
// a save based on an older version of the draft is refused: no lost updates. Every step is audited
// in the same transaction; every publication is kept in the record's history.
import { randomUUID } from 'node:crypto'
import { sql, type Kysely, type Transaction } from 'kysely'
import type { LiveCatalog } from '../data/catalog/live-catalog.ts'
import type { Database } from '../data/database.ts'
import { contentHash } from '../data/dataset/content-hash.ts'
import { publishDataset } from '../data/catalog/publish.ts'
import { recordProblems, withRecord, type FieldProblem } from '../data/dataset/record-check.ts'
import { engineOf } from '../data/dialect.ts'
import { readDataset } from '../data/repositories/dataset.repository.ts'
import { ENTITIES, type Dataset, type EntityKey } from '../domain/entities.ts'
import { appendAudit } from './audit.ts'
import type { DraftsTable, RecordHistoryTable } from './tables.ts'

export const DRAFT_STATUSES = ['open', 'changes-requested', 'approved', 'rejected', 'published'] as const
export type DraftStatus = (typeof DRAFT_STATUSES)[number]
export type Decision = 'approve' | 'reject' | 'request-changes'

export interface Draft {
  readonly id: string
  readonly entity: EntityKey
  readonly recordId: string
  readonly baseHash: string
  readonly proposed: Record<string, unknown>
  readonly reason: string
  readonly authorId: string
  readonly status: DraftStatus
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

export interface DraftEvent {
  readonly id: string
  readonly authorId: string
  readonly at: string
  readonly kind: 'comment' | Decision | 'revise' | 'publish'
  readonly body: string
}

export type DraftOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] }
  | { readonly ok: false; readonly kind: 'conflict'; readonly message: string }
  | { readonly ok: false; readonly kind: 'state'; readonly message: string }
  | { readonly ok: false; readonly kind: 'not-found' }

/** Serialises publications with the importer's own lock (src/data/dataset/import.ts). */
const IMPORT_LOCK_KEY = 7_311_226_001

async function lockPublication(trx: Transaction<Database>): Promise<void> {
  if (engineOf(trx) === 'postgresql') {
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`.execute(trx)
  } else {
    await trx.deleteFrom('dataset_imports').where('id', '=', '').execute()
  }
}

/** One entry in a draft's thread (revise, comment, decision, publish), written in the caller's transaction. */
async function addDraftEvent(
  trx: Transaction<Database>,
  draftId: string,
  authorId: string,
  now: Date,
  kind: string,
  body: string,
): Promise<void> {
  await trx
    .insertInto('draft_events')
    .values({ id: randomUUID(), draft_id: draftId, author_id: authorId, at: now.toISOString(), kind, body })
    .execute()
}

function fromRow(r: DraftsTable): Draft {
  return {
    id: r.id,
    entity: r.entity as EntityKey,
    recordId: r.record_id,
    baseHash: r.base_hash,
    proposed: JSON.parse(r.doc) as Record<string, unknown>,
    reason: r.reason,
    authorId: r.author_id,
    status: r.status as DraftStatus,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

export async function findDraft(db: Kysely<Database> | Transaction<Database>, id: string): Promise<Draft | undefined> {
  const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : fromRow(row)
}

export async function listDrafts(
  db: Kysely<Database>,
  filter: { statuses?: readonly DraftStatus[]; entity?: EntityKey; recordId?: string } = {},
): Promise<Draft[]> {
  let q = db.selectFrom('drafts').selectAll()
  if (filter.statuses !== undefined && filter.statuses.length > 0) {
    q = q.where('status', 'in', [...filter.statuses])
  }
  if (filter.entity !== undefined) {
    q = q.where('entity', '=', filter.entity)
  }
  if (filter.recordId !== undefined) {
    q = q.where('record_id', '=', filter.recordId)
  }
  return (await q.orderBy('updated_at', 'desc').execute()).map((r) => fromRow(r))
}

export async function draftEvents(db: Kysely<Database>, draftId: string): Promise<DraftEvent[]> {
  const rows = await db
    .selectFrom('draft_events')
    .selectAll()
    .where('draft_id', '=', draftId)
    .orderBy('at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    authorId: r.author_id,
    at: r.at,
    kind: r.kind as DraftEvent['kind'],
    body: r.body,
  }))
}

function findRecord(dataset: Dataset, entity: EntityKey, id: string): Record<string, unknown> | undefined {
  return (dataset[entity] as readonly Record<string, unknown>[]).find((r) => r['id'] === id)
}

/** Field problems of a proposal: the record's id must stay, and everything `validate` checks. */
function problemsOf(dataset: Dataset, entity: EntityKey, recordId: string, proposed: unknown): FieldProblem[] {
  if (proposed === null || typeof proposed !== 'object' || Array.isArray(proposed)) {
    return [{ pointer: '', message: `a ${ENTITIES[entity].label} is a set of fields (a YAML mapping)` }]
  }
  if ((proposed as { id?: unknown }).id !== recordId) {
    return [{ pointer: '/id', message: `id must stay '${recordId}' (a draft changes one existing record)` }]
  }
  return recordProblems(dataset, entity, proposed)
}

export async function createDraft(
  db: Kysely<Database>,
  input: { entity: EntityKey; recordId: string; proposed: unknown; reason: string; authorId: string },
  now = new Date(),
): Promise<DraftOutcome<Draft>> {
  const dataset = await readDataset(db)
  const published = findRecord(dataset, input.entity, input.recordId)
  if (published === undefined) {
    return { ok: false, kind: 'not-found' }
  }
  const problems = problemsOf(dataset, input.entity, input.recordId, input.proposed)
  if (input.reason.trim() === '') {
    problems.push({ pointer: 'reason', message: 'reason: say why (and from which source) the record changes' })
  }
  if (problems.length > 0) {
    return { ok: false, kind: 'invalid', problems }
  }
  const id = randomUUID()
  const at = now.toISOString()
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('drafts')
      .values({
        id,
        entity: input.entity,
        record_id: input.recordId,
        base_hash: contentHash(published),
        doc: JSON.stringify(input.proposed),
        reason: input.reason.trim(),
        author_id: input.authorId,
        status: 'open',
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute()
    await appendAudit(
      trx,
      {
        actor: input.authorId,
        action: 'draft.created',
        subject: `draft:${id}`,
        detail: { record: `${input.entity}/${input.recordId}` },
      },
      now,
    )
  })
  const draft = await findDraft(db, id)
  return draft === undefined ? { ok: false, kind: 'not-found' } : { ok: true, value: draft }
}

/** A new proposal for an open draft (or one sent back for changes), by its author, based on `version`. */
export async function reviseDraft(
  db: Kysely<Database>,
  input: { id: string; version: number; proposed: unknown; reason: string; actorId: string },
  now = new Date(),
): Promise<DraftOutcome<Draft>> {
  const draft = await findDraft(db, input.id)
  if (draft === undefined) {
    return { ok: false, kind: 'not-found' }
  }
  if (draft.status !== 'open' && draft.status !== 'changes-requested') {
    return { ok: false, kind: 'state', message: `this draft is ${draft.status}; it can no longer be changed` }
  }
  const dataset = await readDataset(db)
  const problems = problemsOf(dataset, draft.entity, draft.recordId, input.proposed)
  if (problems.length > 0) {
    return { ok: false, kind: 'invalid', problems }
  }
  const result = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('drafts')
      .set({
        doc: JSON.stringify(input.proposed),
        reason: input.reason.trim() === '' ? draft.reason : input.reason.trim(),
        status: 'open',
        version: input.version + 1,
        updated_at: now.toISOString(),
      })
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) {
      return false
    }
    await addDraftEvent(trx, input.id, input.actorId, now, 'revise', input.reason.trim())
    await appendAudit(
      trx,
      {
        actor: input.actorId,
        action: 'draft.revised',
        subject: `draft:${input.id}`,
        detail: { version: input.version + 1 },
      },
      now,
    )
    return true
  })
  if (!result) {
    return {
      ok: false,
      kind: 'conflict',
      message:
        'someone saved this draft after you opened it; open it again to see their version, then make your change again',
    }
  }
  const saved = await findDraft(db, input.id)
  return saved === undefined ? { ok: false, kind: 'not-found' } : { ok: true, value: saved }
}

export async function commentOnDraft(
  db: Kysely<Database>,
  input: { id: string; actorId: string; body: string },
  now = new Date(),
): Promise<DraftOutcome<null>> {
  const body = input.body.trim()
  if (body === '') {
    return { ok: false, kind: 'invalid', problems: [{ pointer: 'comment', message: 'comment: write something' }] }
  }
  if ((await findDraft(db, input.id)) === undefined) {
    return { ok: false, kind: 'not-found' }
  }
  await db.transaction().execute(async (trx) => {
    await addDraftEvent(trx, input.id, input.actorId, now, 'comment', body.slice(0, 4000))
    await appendAudit(trx, { actor: input.actorId, action: 'draft.commented', subject: `draft:${input.id}` }, now)
  })
  return { ok: true, value: null }
}

const DECIDED: Record<Decision, DraftStatus> = {
  approve: 'approved',
  reject: 'rejected',
  'request-changes': 'changes-requested',
}

/** A reviewer's decision. The policy checks the role; this checks four eyes and the state again. */
export async function decideDraft(
  db: Kysely<Database>,
  input: { id: string; version: number; actorId: string; decision: Decision; comment: string },
  now = new Date(),
): Promise<DraftOutcome<Draft>> {
  const draft = await findDraft(db, input.id)
  if (draft === undefined) {
    return { ok: false, kind: 'not-found' }
  }
  if (draft.authorId === input.actorId) {
    return { ok: false, kind: 'state', message: 'nobody reviews their own change (four eyes)' }
  }
  if (draft.status !== 'open' && !(draft.status === 'approved' && input.decision !== 'approve')) {
    return { ok: false, kind: 'state', message: `this draft is ${draft.status}` }
  }
  const done = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('drafts')
      .set({ status: DECIDED[input.decision], version: input.version + 1, updated_at: now.toISOString() })
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) {
      return false
    }
    await addDraftEvent(trx, input.id, input.actorId, now, input.decision, input.comment.trim().slice(0, 4000))
    await appendAudit(
      trx,
      {
        actor: input.actorId,
        action: `draft.${input.decision === 'approve' ? 'approved' : input.decision === 'reject' ? 'rejected' : 'changes-requested'}`,
        subject: `draft:${input.id}`,
      },
      now,
    )
    return true
  })
  if (!done) {
    return {
      ok: false,
      kind: 'conflict',
      message: 'the draft changed after you opened it; look at the new version before deciding',
    }
  }
  const saved = await findDraft(db, input.id)
  return saved === undefined ? { ok: false, kind: 'not-found' } : { ok: true, value: saved }
}

export interface Publication {
  readonly importId: string | undefined
  readonly record: Record<string, unknown>
}

/** Today's date on the record (and its contact block), as a verification marks it. */
function markVerified(entity: EntityKey, record: Record<string, unknown>, today: string): Record<string, unknown> {
  const props = ENTITIES[entity].schema.properties as Record<string, unknown>
  const out: Record<string, unknown> = { ...record }
  if ('verifiedAt' in props) {
    out['verifiedAt'] = today
  }
  if (entity === 'parties' && out['contact'] !== undefined && typeof out['contact'] === 'object') {
    out['contact'] = { ...(out['contact'] as Record<string, unknown>), verifiedAt: today }
  }
  return out
}

/**
 * Publishes one record version in a transaction that also holds the import lock: re-reads the
 * published dataset, refuses when the record changed since `baseHash`, validates, imports, writes
 * the history and the audit event. The live catalogue swaps after the commit.
 */
async function publishRecord(
  db: Kysely<Database>,
  args: {
    entity: EntityKey
    recordId: string
    baseHash: string
    next: (published: Record<string, unknown>) => Record<string, unknown>
    kind: 'change' | 'verify'
    authorId: string
    publisherId: string
    reason: string
    draftId: string | null
    /** More writes that must commit with the publication (the draft's new status). */
    also?: (trx: Transaction<Database>) => Promise<void>
  },
  live: LiveCatalog | undefined,
  now: Date,
): Promise<DraftOutcome<Publication>> {
  const outcome = await db.transaction().execute(async (trx): Promise<DraftOutcome<Publication>> => {
    await lockPublication(trx)
    const dataset = await readDataset(trx)
    const published = findRecord(dataset, args.entity, args.recordId)
    if (published === undefined) {
      return { ok: false, kind: 'not-found' }
    }

    if (contentHash(published) !== args.baseHash) {
      return {
        ok: false,
        kind: 'conflict',
        message: `${args.entity}/${args.recordId} was changed and published after this version was made; make the change again on the current version`,
      }
    }
    const record = args.next(published)
    const problems = problemsOf(dataset, args.entity, args.recordId, record)
    if (problems.length > 0) {
      return { ok: false, kind: 'invalid', problems }
    }
    // The new dataset version, in this transaction (so history and audit commit with it); the live
    // catalogue swaps after the commit (on PostgreSQL every instance does, on the import's NOTIFY).
    const report = await publishDataset(trx, withRecord(dataset, args.entity, record as { id: string }))
    const importId = report.outcome === 'imported' ? report.importId : undefined
    await trx
      .insertInto('record_history')
      .values({
        id: randomUUID(),
        entity: args.entity,
        record_id: args.recordId,
        at: now.toISOString(),
        kind: args.kind,
        author_id: args.authorId,
        publisher_id: args.publisherId,
        reason: args.reason,
        draft_id: args.draftId,
        before_doc: JSON.stringify(published),
        after_doc: JSON.stringify(record),
        import_id: importId ?? null,
      })
      .execute()
    await args.also?.(trx)
    await appendAudit(
      trx,
      {
        actor: args.publisherId,
        action: args.kind === 'verify' ? 'record.verified' : 'draft.published',
        subject: `${args.entity}/${args.recordId}`,
        detail: { draft: args.draftId, import: importId ?? null, sources: (record['sources'] as unknown) ?? [] },
      },
      now,
    )
    return { ok: true, value: { importId, record } }
  })
  if (outcome.ok) {
    await live?.refresh()
  }
  return outcome
}

/** Publishes an approved draft (by a national editor other than its author). */
export async function publishDraft(
  db: Kysely<Database>,
  input: { id: string; actorId: string; today: string },
  live?: LiveCatalog,
  now = new Date(),
): Promise<DraftOutcome<Publication>> {
  const draft = await findDraft(db, input.id)
  if (draft === undefined) {
    return { ok: false, kind: 'not-found' }
  }
  if (draft.authorId === input.actorId) {
    return { ok: false, kind: 'state', message: 'nobody publishes their own change (four eyes)' }
  }
  if (draft.status !== 'approved') {
    return { ok: false, kind: 'state', message: `only an approved draft can be published; this one is ${draft.status}` }
  }
  return publishRecord(
    db,
    {
      entity: draft.entity,
      recordId: draft.recordId,
      baseHash: draft.baseHash,
      next: () => markVerified(draft.entity, draft.proposed, input.today),
      kind: 'change',
      authorId: draft.authorId,
      publisherId: input.actorId,
      reason: draft.reason,
      draftId: draft.id,
      also: async (trx) => {
        await trx
          .updateTable('drafts')
          .set({ status: 'published', version: draft.version + 1, updated_at: now.toISOString() })
          .where('id', '=', draft.id)
          .execute()
        await addDraftEvent(trx, draft.id, input.actorId, now, 'publish', '')
      },
    },
    live,
    now,
  )
}

/** One click: the record is still true. Sets its verified date to today and publishes that, audited. */
export async function verifyRecord(
  db: Kysely<Database>,
  input: { entity: EntityKey; recordId: string; baseHash: string; actorId: string; today: string },
  live?: LiveCatalog,
  now = new Date(),
): Promise<DraftOutcome<Publication>> {
  return publishRecord(
    db,
    {
      entity: input.entity,
      recordId: input.recordId,
      baseHash: input.baseHash,
      next: (published) => markVerified(input.entity, published, input.today),
      kind: 'verify',
      authorId: input.actorId,
      publisherId: input.actorId,
      reason: 'checked: unchanged',
      draftId: null,
    },
    live,
    now,
  )
}

export interface HistoryEntry {
  readonly id: string
  readonly at: string
  /** change: a published draft; verify: confirmed unchanged; import: from data/ (import.ts). */
  readonly kind: 'change' | 'verify' | 'import'
  readonly authorId: string
  readonly publisherId: string
  readonly reason: string
  readonly draftId: string | null
  /** null: the record was new. */
  readonly before: Record<string, unknown> | null
  /** null: the record was removed. */
  readonly after: Record<string, unknown> | null
  readonly importId: string | null
}

/** Every publication of a record, newest first. */
export async function recordHistory(
  db: Kysely<Database>,
  entity: EntityKey,
  recordId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('record_history')
    .selectAll()
    .where('entity', '=', entity)
    .where('record_id', '=', recordId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(historyEntryOf)
}

/**
 * What changed after dataset version `from` up to and including version `to` (import ids; `from`
 * undefined: from the start), oldest first; undefined when `to` is not a version.
 */
export async function historyBetween(
  db: Kysely<Database>,
  from: string | undefined,
  to: string,
): Promise<(HistoryEntry & { readonly entity: EntityKey; readonly recordId: string })[] | undefined> {
  const at = async (id: string) =>
    (await db.selectFrom('dataset_imports').select('imported_at').where('id', '=', id).executeTakeFirst())?.imported_at
  const toAt = await at(to)
  const fromAt = from === undefined ? undefined : await at(from)
  if (toAt === undefined || (from !== undefined && fromAt === undefined)) {
    return undefined
  }
  // By the time of the dataset version each entry belongs to (entries without one changed nothing).
  let q = db
    .selectFrom('record_history')
    .innerJoin('dataset_imports', 'dataset_imports.id', 'record_history.import_id')
    .selectAll('record_history')
    .where('dataset_imports.imported_at', '<=', toAt)
  if (fromAt !== undefined) {
    q = q.where('dataset_imports.imported_at', '>', fromAt)
  }
  const rows = await q.orderBy('dataset_imports.imported_at').orderBy('record_history.at').execute()
  return rows.map((r) => ({ ...historyEntryOf(r), entity: r.entity as EntityKey, recordId: r.record_id }))
}

function historyEntryOf(r: RecordHistoryTable): HistoryEntry {
  return {
    id: r.id,
    at: r.at,
    kind: r.kind as HistoryEntry['kind'],
    authorId: r.author_id,
    publisherId: r.publisher_id,
    reason: r.reason,
    draftId: r.draft_id,
    before: r.before_doc === null ? null : (JSON.parse(r.before_doc) as Record<string, unknown>),
    after: JSON.parse(r.after_doc) as Record<string, unknown> | null,
    importId: r.import_id,
  }
}
