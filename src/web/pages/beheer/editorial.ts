// SPDX-License-Identifier: EUPL-1.2
// The editorial pages of the back-office (issue 13): a record with its verified date, one-click
// verification, a change proposed as a draft (checked like `wegwijzer validate`, errors per field),
// the diff of published and proposed, the comment thread, decisions, publication, the record's
// history, and the staleness dashboard. Registered by route.ts inside the /beheer scope.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { parseDocument } from 'yaml'
import { findAccount } from '../../../backoffice/accounts.ts'
import {
  commentOnDraft,
  createDraft,
  decideDraft,
  draftEvents,
  findDraft,
  listDrafts,
  publishDraft,
  recordHistory,
  reviseDraft,
  verifyRecord,
  type Decision,
  type Draft,
  type DraftOutcome,
} from '../../../backoffice/drafts.ts'
import { OWNABLE, ownersOf } from '../../../backoffice/ownership.ts'
import { allowed } from '../../../backoffice/policy.ts'
import { diffRecords, showValue } from '../../../backoffice/record-diff.ts'
import type { Session } from '../../../backoffice/sessions.ts'
import { staleRecords, type StalenessPeriods } from '../../../backoffice/staleness.ts'
import { contentHash } from '../../../data/dataset/content-hash.ts'
import { freshYaml } from '../../../data/dataset/yaml-patch.ts'
import type { LiveCatalog } from '../../../data/catalog/live-catalog.ts'
import { ENTITIES, ENTITY_KEYS, type Dataset, type EntityKey } from '../../../domain/entities.ts'
import { html, type SafeHtml } from '../../html.ts'
import { alert, button, csrfField, errorList, paragraph, type BeheerPage } from './layout.ts'
import type { BeheerKit } from './route.ts'

const DRAFT_STATUS_NL = {
  open: 'ter beoordeling',
  'changes-requested': 'aanpassing gevraagd',
  approved: 'goedgekeurd',
  rejected: 'afgewezen',
  published: 'gepubliceerd',
} as const
const EVENT_NL = {
  comment: 'reactie',
  approve: 'goedgekeurd',
  reject: 'afgewezen',
  'request-changes': 'aanpassing gevraagd',
  revise: 'nieuwe versie',
  publish: 'gepubliceerd',
} as const

/** What a history entry did, as the pages say it. */
export const HISTORY_NL = {
  change: 'gewijzigd',
  verify: 'gecontroleerd',
  import: 'ingelezen uit data/',
} as const

export interface EditorialOptions {
  readonly live: LiveCatalog | undefined
  readonly today: () => string
  readonly staleness: StalenessPeriods
}

const entityOf = (value: string): EntityKey | undefined =>
  (ENTITY_KEYS as readonly string[]).includes(value) ? (value as EntityKey) : undefined

const recordOf = (dataset: Dataset, entity: EntityKey, id: string): Record<string, unknown> | undefined =>
  (dataset[entity] as readonly Record<string, unknown>[]).find((r) => r['id'] === id)

/** The record as the YAML an editor edits (fields in schema order). */
export function yamlOf(entity: EntityKey, record: Record<string, unknown>): string {
  const order = Object.keys(ENTITIES[entity].schema.properties)
  const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length)
  return freshYaml(Object.fromEntries(Object.entries(record).sort(([a], [b]) => rank(a) - rank(b))))
}

/** The posted YAML as a record, or the syntax problem. */
function parseProposal(text: string): { value: unknown } | { error: string } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  const first = doc.errors[0]
  if (first !== undefined) {
    return { error: `yaml: ${first.message.split('\n')[0] ?? 'syntax error'}` }
  }
  return { value: doc.toJS({ maxAliasCount: 0 }) as unknown }
}

/** The changed fields of two versions; `labels` name the two columns. */
export function diffTable(
  before: unknown,
  after: unknown,
  caption: string,
  labels: readonly [string, string] = ['Gepubliceerd', 'Voorstel'],
  id = 'diff',
): SafeHtml {
  const changes = diffRecords(before, after)
  if (changes.length === 0) {
    return paragraph(`Geen verschil tussen ${labels[0].toLowerCase()} en ${labels[1].toLowerCase()}.`)
  }
  return html`<table class="utrecht-table" id="${id}"><caption class="utrecht-table__caption">${caption}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Veld</th><th class="utrecht-table__header-cell" scope="col">${labels[0]}</th><th class="utrecht-table__header-cell" scope="col">${labels[1]}</th></tr></thead>
<tbody class="utrecht-table__body">${changes.map(
    (c) =>
      html`<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row"><code>${c.pointer}</code></th><td class="utrecht-table__cell"><del>${showValue(c.before)}</del></td><td class="utrecht-table__cell"><ins>${showValue(c.after)}</ins></td></tr>`,
  )}</tbody></table>`
}

function problemList(problems: readonly { pointer: string; message: string }[]): Record<string, string> {
  // All problems point at the one YAML field; each names its own field in the message.
  return Object.fromEntries(
    problems.map((p, i) => [
      i === 0 ? 'proposal' : `proposal-${i}`,
      p.pointer === '' ||
      p.pointer === 'reason' ||
      p.message.startsWith(p.pointer.replace(/^\//, '').replaceAll('/', '.'))
        ? p.message
        : `${p.pointer}: ${p.message}`,
    ]),
  )
}

function proposalForm(
  action: string,
  csrf: string,
  yamlText: string,
  reason: string,
  errors: Readonly<Record<string, string>>,
  extra: SafeHtml = html``,
): SafeHtml {
  const yamlError = Object.entries(errors)
    .filter(([k]) => k.startsWith('proposal'))
    .map(([, v]) => v)
  return html`<form method="post" action="${action}" novalidate>
${csrfField(csrf)}${extra}
<div class="utrecht-form-field${yamlError.length > 0 ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="proposal">Het record (YAML, zoals in data/)</label></div>
<div class="utrecht-form-field__description utrecht-form-field-description" id="proposal-description">Pas de velden aan die niet meer kloppen. De controle is dezelfde als die van <code>wegwijzer validate</code>.</div>
${yamlError.length === 0 ? '' : html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="proposal-error">${yamlError.map((e) => html`<span>${e}</span><br>`)}</div>`}
<div class="utrecht-form-field__input"><textarea class="utrecht-textarea" id="proposal" name="proposal" rows="24" spellcheck="false" aria-describedby="proposal-description${yamlError.length > 0 ? ' proposal-error' : ''}"${yamlError.length > 0 ? html` aria-invalid="true"` : ''}>${yamlText}</textarea></div>
</div>
<div class="utrecht-form-field${errors['reason'] === undefined ? '' : ' utrecht-form-field--invalid'}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="reason">Waarom, en volgens welke bron?</label></div>
${errors['reason'] === undefined ? '' : html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="reason-error">${errors['reason']}</div>`}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" id="reason" name="reason" type="text" value="${reason}"${errors['reason'] === undefined ? '' : html` aria-invalid="true" aria-describedby="reason-error"`}></div>
</div>
${button('Voorstel opslaan')}
</form>`
}

export function registerEditorialRoutes(app: FastifyInstance, kit: BeheerKit, options: EditorialOptions): void {
  const { db, send, guarded, userOf, formOf } = kit
  const names = async (ids: readonly string[]): Promise<Map<string, string>> => {
    const out = new Map<string, string>()
    for (const id of new Set(ids)) {
      out.set(id, (await findAccount(db, id))?.displayName ?? id)
    }
    return out
  }

  const failure = (
    reply: FastifyReply,
    session: Session,
    outcome: Exclude<DraftOutcome<unknown>, { ok: true }>,
    back: string,
  ): FastifyReply => {
    if (outcome.kind === 'not-found') {
      return send(reply, 404, {
        title: 'Niet gevonden',
        body: paragraph('Dit record of voorstel bestaat niet.'),
        user: userOf(session),
      })
    }
    if (outcome.kind === 'invalid') {
      return send(reply, 400, {
        title: 'Niet opgeslagen',
        body: html`${errorList(problemList(outcome.problems))}${paragraph(html`<a class="utrecht-link" href="${back}">Terug</a>`)}`,
        user: userOf(session),
      })
    }
    return send(reply, outcome.kind === 'conflict' ? 409 : 409, {
      title: outcome.kind === 'conflict' ? 'Versieconflict' : 'Niet mogelijk',
      body: html`${alert('error', paragraph(outcome.message))}${paragraph(html`<a class="utrecht-link" href="${back}">Terug</a>`)}`,
      user: userOf(session),
    })
  }

  // ── A record: view, verify, propose a change, history ─────────────────────────────────────
  const recordPage = async (
    session: Session,
    entity: EntityKey,
    record: Record<string, unknown>,
    form?: { yaml: string; reason: string; errors: Readonly<Record<string, string>> },
  ): Promise<BeheerPage> => {
    const id = String(record['id'])
    const path = `/beheer/records/${entity}/${id}`
    const drafts = await listDrafts(db, { entity, recordId: id })
    const history = await recordHistory(db, entity, id)
    const who = await names([...drafts.map((d) => d.authorId), ...history.flatMap((h) => [h.authorId, h.publisherId])])
    const verifiedAt = typeof record['verifiedAt'] === 'string' ? record['verifiedAt'] : undefined
    return {
      title: `${ENTITIES[entity].label} ${id}`,
      user: userOf(session),
      body: html`${paragraph(html`Laatst gecontroleerd: <strong id="verified-at">${verifiedAt ?? 'nooit'}</strong>.`)}
<form method="post" action="${path}/verify">${csrfField(session.csrfToken)}<input type="hidden" name="base" value="${contentHash(record)}">${button('Gecontroleerd: klopt nog', 'secondary')}</form>
${
  drafts.length === 0
    ? ''
    : html`<h2 class="utrecht-heading-2">Voorstellen</h2><ul class="utrecht-unordered-list">${drafts.map(
        (d) =>
          html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/voorstellen/${d.id}">${d.createdAt.slice(0, 10)} door ${who.get(d.authorId) ?? d.authorId}: ${DRAFT_STATUS_NL[d.status]}</a></li>`,
      )}</ul>`
}
<h2 class="utrecht-heading-2">Wijziging voorstellen</h2>
${form === undefined ? '' : errorList(form.errors)}
${proposalForm(`${path}/voorstellen`, session.csrfToken, form?.yaml ?? yamlOf(entity, record), form?.reason ?? '', form?.errors ?? {})}
<h2 class="utrecht-heading-2">Geschiedenis</h2>
${paragraph(html`<a class="utrecht-link" href="${path}/versies">Alle versies van dit record tonen en vergelijken</a>`)}
${
  history.length === 0
    ? paragraph('Nog niets gepubliceerd via het beheer.')
    : history.map(
        (
          h,
        ) => html`<details class="wgw-details"><summary>${h.at.slice(0, 16).replace('T', ' ')}: ${HISTORY_NL[h.kind]}${h.kind === 'import' ? '' : html` door ${who.get(h.authorId) ?? h.authorId}`}${h.kind === 'change' ? html`, gepubliceerd door ${who.get(h.publisherId) ?? h.publisherId}` : ''}</summary>
${paragraph(html`Reden: ${h.reason}. Bronnen: ${Array.isArray(h.after?.['sources']) ? (h.after['sources'] as string[]).join(', ') : '—'}.`)}
${diffTable(h.before, h.after, 'Wat er veranderde', ['Ervoor', 'Erna'], `diff-${h.id}`)}</details>`,
      )
}`,
    }
  }

  const withRecord = async (
    request: FastifyRequest<{ Params: { entity: string; id: string } }>,
    reply: FastifyReply,
    action: 'record.read' | 'draft.propose' | 'record.verify',
    body: (session: Session, entity: EntityKey, record: Record<string, unknown>) => Promise<FastifyReply>,
  ): Promise<FastifyReply> => {
    const entity = entityOf(request.params.entity)
    const dataset = kit.catalog().dataset
    const record = entity === undefined ? undefined : recordOf(dataset, entity, request.params.id)
    if (entity === undefined || record === undefined) {
      return guarded(request, reply, 'dashboard.read', {}, (session) =>
        send(reply, 404, {
          title: 'Niet gevonden',
          body: paragraph('Dit record bestaat niet in de gepubliceerde versie.'),
          user: userOf(session),
        }),
      )
    }
    return guarded(request, reply, action, { organisations: ownersOf(dataset, entity, request.params.id) }, (session) =>
      body(session, entity, record),
    )
  }

  app.get<{ Params: { entity: string; id: string } }>('/beheer/records/:entity/:id', async (request, reply) =>
    withRecord(request, reply, 'record.read', async (session, entity, record) =>
      send(reply, 200, await recordPage(session, entity, record)),
    ),
  )

  app.post<{ Params: { entity: string; id: string } }>(
    '/beheer/records/:entity/:id/voorstellen',
    async (request, reply) =>
      withRecord(request, reply, 'draft.propose', async (session, entity, record) => {
        const form = formOf(request)
        const text = form.get('proposal') ?? ''
        const reason = form.get('reason') ?? ''
        const parsed = parseProposal(text)
        const outcome: DraftOutcome<Draft> =
          'error' in parsed
            ? { ok: false, kind: 'invalid', problems: [{ pointer: '', message: parsed.error }] }
            : await createDraft(db, {
                entity,
                recordId: String(record['id']),
                proposed: parsed.value,
                reason,
                authorId: session.account.id,
              })
        if (outcome.ok) {
          return reply.redirect(`/beheer/voorstellen/${outcome.value.id}`, 303)
        }
        if (outcome.kind === 'invalid') {
          const errors = problemList(outcome.problems.filter((p) => p.pointer !== 'reason'))
          const reasonProblem = outcome.problems.find((p) => p.pointer === 'reason')
          return send(
            reply,
            400,
            await recordPage(session, entity, record, {
              yaml: text,
              reason,
              errors: reasonProblem === undefined ? errors : { ...errors, reason: reasonProblem.message },
            }),
          )
        }
        return failure(reply, session, outcome, `/beheer/records/${entity}/${String(record['id'])}`)
      }),
  )

  app.post<{ Params: { entity: string; id: string } }>('/beheer/records/:entity/:id/verify', async (request, reply) =>
    withRecord(request, reply, 'record.verify', async (session, entity, record) => {
      const id = String(record['id'])
      const outcome = await verifyRecord(
        db,
        {
          entity,
          recordId: id,
          baseHash: formOf(request).get('base') ?? '',
          actorId: session.account.id,
          today: options.today(),
        },
        options.live,
      )
      return outcome.ok
        ? reply.redirect(`/beheer/records/${entity}/${id}`, 303)
        : failure(reply, session, outcome, `/beheer/records/${entity}/${id}`)
    }),
  )

  // ── Drafts: work list, review, comment, revise, decide, publish ───────────────────────────
  app.get('/beheer/voorstellen', async (request, reply) =>
    guarded(request, reply, 'dashboard.read', {}, async (session) => {
      const dataset = kit.catalog().dataset
      const visible = (await listDrafts(db)).filter((d) =>
        allowed(session.account, 'record.read', { organisations: ownersOf(dataset, d.entity, d.recordId) }),
      )
      const who = await names(visible.map((d) => d.authorId))
      return send(reply, 200, {
        title: 'Voorstellen',
        path: '/beheer/voorstellen',
        user: userOf(session),
        body:
          visible.length === 0
            ? paragraph('Er zijn geen voorstellen.')
            : html`<table class="utrecht-table"><caption class="utrecht-table__caption">Voorstellen, nieuwste eerst</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Record</th><th class="utrecht-table__header-cell" scope="col">Door</th><th class="utrecht-table__header-cell" scope="col">Status</th><th class="utrecht-table__header-cell" scope="col">Bijgewerkt</th></tr></thead>
<tbody class="utrecht-table__body">${visible.map(
                (d) =>
                  html`<tr class="utrecht-table__row"><td class="utrecht-table__cell"><a class="utrecht-link" href="/beheer/voorstellen/${d.id}">${d.entity}/${d.recordId}</a></td><td class="utrecht-table__cell">${who.get(d.authorId) ?? d.authorId}</td><td class="utrecht-table__cell">${DRAFT_STATUS_NL[d.status]}</td><td class="utrecht-table__cell">${d.updatedAt.slice(0, 16).replace('T', ' ')}</td></tr>`,
              )}</tbody></table>`,
      })
    }),
  )

  const withDraft = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    action: 'record.read' | 'draft.propose' | 'draft.review' | 'draft.publish',
    body: (session: Session, draft: Draft) => Promise<FastifyReply>,
  ): Promise<FastifyReply> => {
    const draft = await findDraft(db, request.params.id)
    if (draft === undefined) {
      return guarded(request, reply, 'dashboard.read', {}, (session) =>
        send(reply, 404, {
          title: 'Niet gevonden',
          body: paragraph('Dit voorstel bestaat niet.'),
          user: userOf(session),
        }),
      )
    }
    const organisations = ownersOf(kit.catalog().dataset, draft.entity, draft.recordId)
    return guarded(request, reply, action, { organisations, authorId: draft.authorId }, (session) =>
      body(session, draft),
    )
  }

  app.get<{ Params: { id: string } }>('/beheer/voorstellen/:id', async (request, reply) =>
    withDraft(request, reply, 'record.read', async (session, draft) => {
      const published = recordOf(kit.catalog().dataset, draft.entity, draft.recordId)
      const events = await draftEvents(db, draft.id)
      const who = await names([draft.authorId, ...events.map((e) => e.authorId)])
      const resource = {
        organisations: ownersOf(kit.catalog().dataset, draft.entity, draft.recordId),
        authorId: draft.authorId,
      }
      const mayReview = allowed(session.account, 'draft.review', resource)
      const mayPublish = allowed(session.account, 'draft.publish', resource)
      const isAuthor = draft.authorId === session.account.id
      const base = `/beheer/voorstellen/${draft.id}`
      const stale = published !== undefined && contentHash(published) !== draft.baseHash && draft.status !== 'published'
      return send(reply, 200, {
        title: `Voorstel voor ${draft.entity}/${draft.recordId}`,
        user: userOf(session),
        body: html`${paragraph(html`Door ${who.get(draft.authorId) ?? draft.authorId}, ${draft.createdAt.slice(0, 16).replace('T', ' ')}. Status: <strong id="draft-status">${DRAFT_STATUS_NL[draft.status]}</strong>. Reden: ${draft.reason}`)}
${stale ? alert('error', paragraph('Het record is intussen opnieuw gepubliceerd: dit voorstel is gemaakt op een oudere versie en kan niet meer worden gepubliceerd. Maak de wijziging opnieuw op de huidige versie.')) : ''}
${diffTable(published, draft.proposed, 'Gepubliceerde versie en voorstel')}
${paragraph(html`<a class="utrecht-link" href="/beheer/records/${draft.entity}/${draft.recordId}">Naar het record</a>`)}
<h2 class="utrecht-heading-2">Reacties en besluiten</h2>
${
  events.length === 0
    ? paragraph('Nog geen reacties.')
    : html`<ol class="utrecht-ordered-list">${events.map(
        (e) =>
          html`<li class="utrecht-ordered-list__item">${e.at.slice(0, 16).replace('T', ' ')}, ${who.get(e.authorId) ?? e.authorId} (${EVENT_NL[e.kind]})${e.body === '' ? '' : html`: ${e.body}`}</li>`,
      )}</ol>`
}
<form method="post" action="${base}/reactie" novalidate>${csrfField(session.csrfToken)}
<div class="utrecht-form-field"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="comment">Reactie</label></div>
<div class="utrecht-form-field__input"><textarea class="utrecht-textarea" id="comment" name="comment" rows="3"></textarea></div></div>
${button('Reactie plaatsen', 'secondary')}</form>
${
  mayReview && (draft.status === 'open' || draft.status === 'approved')
    ? html`<h2 class="utrecht-heading-2">Besluit</h2>
<form method="post" action="${base}/besluit" novalidate>${csrfField(session.csrfToken)}<input type="hidden" name="version" value="${draft.version}">
<fieldset class="utrecht-form-fieldset"><legend class="utrecht-form-fieldset__legend">Uw besluit</legend>
${(['approve', 'request-changes', 'reject'] as const).map(
  (d, i) =>
    html`<div class="wgw-radio"><input class="utrecht-radio-button" type="radio" id="decision-${d}" name="decision" value="${d}"${i === 0 ? html` checked` : ''}><label class="utrecht-form-label" for="decision-${d}">${d === 'approve' ? 'Goedkeuren' : d === 'reject' ? 'Afwijzen' : 'Aanpassing vragen'}</label></div>`,
)}</fieldset>
<div class="utrecht-form-field"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="decision-comment">Toelichting</label></div>
<div class="utrecht-form-field__input"><textarea class="utrecht-textarea" id="decision-comment" name="comment" rows="2"></textarea></div></div>
${button('Besluit vastleggen')}</form>`
    : ''
}
${mayPublish && draft.status === 'approved' && !stale ? html`<form method="post" action="${base}/publiceren">${csrfField(session.csrfToken)}${button('Publiceren')}</form>` : ''}
${
  isAuthor && (draft.status === 'open' || draft.status === 'changes-requested')
    ? html`<h2 class="utrecht-heading-2">Voorstel aanpassen</h2>
${proposalForm(`${base}/aanpassen`, session.csrfToken, yamlOf(draft.entity, draft.proposed), '', {}, html`<input type="hidden" name="version" value="${draft.version}">`)}`
    : ''
}`,
      })
    }),
  )

  app.post<{ Params: { id: string } }>('/beheer/voorstellen/:id/reactie', async (request, reply) =>
    withDraft(request, reply, 'record.read', async (session, draft) => {
      const outcome = await commentOnDraft(db, {
        id: draft.id,
        actorId: session.account.id,
        body: formOf(request).get('comment') ?? '',
      })
      return outcome.ok
        ? reply.redirect(`/beheer/voorstellen/${draft.id}`, 303)
        : failure(reply, session, outcome, `/beheer/voorstellen/${draft.id}`)
    }),
  )

  app.post<{ Params: { id: string } }>('/beheer/voorstellen/:id/aanpassen', async (request, reply) =>
    withDraft(request, reply, 'draft.propose', async (session, draft) => {
      if (draft.authorId !== session.account.id) {
        return send(reply, 403, {
          title: 'Geen toegang',
          body: paragraph('Alleen wie het voorstel deed, kan het aanpassen.'),
          user: userOf(session),
        })
      }
      const form = formOf(request)
      const parsed = parseProposal(form.get('proposal') ?? '')
      const outcome: DraftOutcome<Draft> =
        'error' in parsed
          ? { ok: false, kind: 'invalid', problems: [{ pointer: '', message: parsed.error }] }
          : await reviseDraft(db, {
              id: draft.id,
              version: Number(form.get('version')),
              proposed: parsed.value,
              reason: form.get('reason') ?? '',
              actorId: session.account.id,
            })
      return outcome.ok
        ? reply.redirect(`/beheer/voorstellen/${draft.id}`, 303)
        : failure(reply, session, outcome, `/beheer/voorstellen/${draft.id}`)
    }),
  )

  app.post<{ Params: { id: string } }>('/beheer/voorstellen/:id/besluit', async (request, reply) =>
    withDraft(request, reply, 'draft.review', async (session, draft) => {
      const form = formOf(request)
      const decision = form.get('decision')
      if (decision !== 'approve' && decision !== 'reject' && decision !== 'request-changes') {
        return send(reply, 400, {
          title: 'Niet vastgelegd',
          body: errorList({ 'decision-approve': 'decision: choose approve, request changes or reject' }),
          user: userOf(session),
        })
      }
      const outcome = await decideDraft(db, {
        id: draft.id,
        version: Number(form.get('version')),
        actorId: session.account.id,
        decision: decision as Decision,
        comment: form.get('comment') ?? '',
      })
      return outcome.ok
        ? reply.redirect(`/beheer/voorstellen/${draft.id}`, 303)
        : failure(reply, session, outcome, `/beheer/voorstellen/${draft.id}`)
    }),
  )

  app.post<{ Params: { id: string } }>('/beheer/voorstellen/:id/publiceren', async (request, reply) =>
    withDraft(request, reply, 'draft.publish', async (session, draft) => {
      const outcome = await publishDraft(
        db,
        { id: draft.id, actorId: session.account.id, today: options.today() },
        options.live,
      )
      return outcome.ok
        ? reply.redirect(`/beheer/records/${draft.entity}/${draft.recordId}`, 303)
        : failure(reply, session, outcome, `/beheer/voorstellen/${draft.id}`)
    }),
  )

  // ── Staleness dashboard ──────────────────────────────────────────────────────────────────
  app.get('/beheer/verouderd', async (request, reply) =>
    guarded(request, reply, 'dashboard.read', {}, async (session) => {
      const dataset = kit.catalog().dataset
      const stale = staleRecords(dataset, options.today(), options.staleness).filter((s) =>
        allowed(session.account, 'record.read', { organisations: s.organisations }),
      )
      const byOrg = new Map<string, typeof stale>()
      for (const s of stale) {
        for (const org of s.organisations.length === 0 ? ['(geen organisatie)'] : s.organisations) {
          byOrg.set(org, [...(byOrg.get(org) ?? []), s])
        }
      }
      return send(reply, 200, {
        title: 'Te controleren',
        path: '/beheer/verouderd',
        user: userOf(session),
        body: html`${paragraph(`Contactgegevens moeten elke ${options.staleness.contactMonths} maanden worden gecontroleerd, rollen elke ${options.staleness.roleMonths} maanden. ${stale.length} records zijn aan de beurt.`)}
${[...byOrg].map(
  ([org, list]) =>
    html`<h2 class="utrecht-heading-2">${org}</h2><ul class="utrecht-unordered-list">${list.map(
      (s) =>
        html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/records/${s.entity}/${s.id}">${ENTITIES[s.entity].label} ${s.id}</a>: ${s.kind === 'contact' ? 'contactgegevens' : 'rol'}, laatst gecontroleerd ${s.verifiedAt ?? 'nooit'}</li>`,
    )}</ul>`,
)}`,
      })
    }),
  )
}

export { OWNABLE }
