// SPDX-License-Identifier: EUPL-1.2
// Earlier versions in the back-office (issue 13): every version of a record, shown whole and
// diffed against any other; and every version of the dataset (each import or publication) with
// what changed in it and between any two. Read-only pages behind the same policy as the record.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { findAccount } from '../../../backoffice/accounts.ts'
import { historyBetween, recordHistory, type HistoryEntry } from '../../../backoffice/drafts.ts'
import { ownersOf } from '../../../backoffice/ownership.ts'
import { recordVersions, type RecordVersion } from '../../../backoffice/record-versions.ts'
import type { Session } from '../../../backoffice/sessions.ts'
import { ENTITIES, ENTITY_KEYS, type EntityKey } from '../../../domain/entities.ts'
import { html, type SafeHtml } from '../../html.ts'
import { diffTable, HISTORY_NL, yamlOf } from './editorial.ts'
import { button, errorList, paragraph } from './layout.ts'
import type { BeheerKit } from './route.ts'

const entityOf = (value: string): EntityKey | undefined =>
  (ENTITY_KEYS as readonly string[]).includes(value) ? (value as EntityKey) : undefined

const when = (at: string): string => `${at.slice(0, 16).replace('T', ' ')} UTC`

/** A version in one line: when, what and by whom. */
function versionLine(v: RecordVersion, who: ReadonlyMap<string, string>): string {
  const e = v.entry
  if (e === undefined) {
    return v.n === 1 ? 'eerste bekende versie' : 'gewijzigd buiten de geschiedenis om (via data/)'
  }
  const by = e.kind === 'import' ? '' : ` door ${who.get(e.authorId) ?? e.authorId}`
  return `${when(e.at)}: ${HISTORY_NL[e.kind]}${by}${e.reason === '' ? '' : ` (${e.reason})`}`
}

/** A positive version number from the query, or the message naming the field. */
function versionParam(name: string, raw: string | undefined, count: number): number | { error: string } | undefined {
  if (raw === undefined || raw === '') {
    return undefined
  }
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1 && n <= count
    ? n
    : { error: `${name}: kies een versie van 1 tot en met ${count} (niet '${raw.slice(0, 20)}')` }
}

export function registerVersionRoutes(app: FastifyInstance, kit: BeheerKit): void {
  const { db, send, guarded, userOf } = kit
  const names = async (entries: readonly (HistoryEntry | undefined)[]): Promise<Map<string, string>> => {
    const out = new Map<string, string>()
    for (const e of entries) {
      for (const id of e === undefined || e.kind === 'import' ? [] : [e.authorId, e.publisherId]) {
        if (!out.has(id)) {
          out.set(id, (await findAccount(db, id))?.displayName ?? id)
        }
      }
    }
    return out
  }

  /** The versions of the record in the path, for someone who may read it (404 when it never existed). */
  const withVersions = async (
    request: FastifyRequest<{ Params: { entity: string; id: string } }>,
    reply: FastifyReply,
    body: (session: Session, entity: EntityKey, versions: RecordVersion[]) => Promise<FastifyReply>,
  ): Promise<FastifyReply> => {
    const entity = entityOf(request.params.entity)
    const dataset = kit.catalog().dataset
    const id = request.params.id
    const history = entity === undefined ? [] : await recordHistory(db, entity, id)
    const current =
      entity === undefined
        ? undefined
        : (dataset[entity] as readonly Record<string, unknown>[]).find((r) => r['id'] === id)
    if (entity === undefined || (current === undefined && history.length === 0)) {
      return guarded(request, reply, 'dashboard.read', {}, (session) =>
        send(reply, 404, {
          title: 'Niet gevonden',
          body: paragraph('Dit record bestaat niet.'),
          user: userOf(session),
        }),
      )
    }
    // A removed record has no owners any more: then only national editors read its versions.
    return guarded(request, reply, 'record.read', { organisations: ownersOf(dataset, entity, id) }, (session) =>
      body(session, entity, recordVersions(history, current)),
    )
  }

  app.get<{ Params: { entity: string; id: string }; Querystring: { van?: string; naar?: string } }>(
    '/beheer/records/:entity/:id/versies',
    async (request, reply) =>
      withVersions(request, reply, async (session, entity, versions) => {
        const id = request.params.id
        const base = `/beheer/records/${entity}/${id}`
        const count = versions.length
        const from = versionParam('van', request.query.van, count)
        const to = versionParam('naar', request.query.naar, count)
        const errors: Record<string, string> = {}
        if (typeof from === 'object') {
          errors[`van-${count > 1 ? count - 1 : 1}`] = from.error
        }
        if (typeof to === 'object') {
          errors[`naar-${count}`] = to.error
        }
        const a = typeof from === 'number' ? from : Math.max(1, count - 1)
        const b = typeof to === 'number' ? to : count
        const who = await names(versions.map((v) => v.entry))
        const compared =
          Object.keys(errors).length > 0 || (from === undefined && to === undefined)
            ? html``
            : diffTable(versions[a - 1]?.doc ?? null, versions[b - 1]?.doc ?? null, `Versie ${a} en versie ${b}`, [
                `Versie ${a}`,
                `Versie ${b}`,
              ])
        return send(reply, Object.keys(errors).length > 0 ? 400 : 200, {
          title: `Versies van ${ENTITIES[entity].label} ${id}`,
          user: userOf(session),
          body: html`${errorList(errors)}${compared}
<form method="get" action="${base}/versies" novalidate>
<table class="utrecht-table"><caption class="utrecht-table__caption">${count} versies, de oudste eerst. Kies er twee om te vergelijken.</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Versie</th><th class="utrecht-table__header-cell" scope="col">Van</th><th class="utrecht-table__header-cell" scope="col">Naar</th><th class="utrecht-table__header-cell" scope="col">Wanneer en door wie</th></tr></thead>
<tbody class="utrecht-table__body">${versions.map(
            (v) =>
              html`<tr class="utrecht-table__row"><td class="utrecht-table__cell"><a class="utrecht-link" href="${base}/versies/${v.n}">Versie ${v.n}</a>${v.n === count ? ' (nu gepubliceerd)' : ''}</td><td class="utrecht-table__cell"><input class="utrecht-radio-button" type="radio" id="van-${v.n}" name="van" value="${v.n}"${v.n === a ? html` checked` : ''}><label class="utrecht-form-label" for="van-${v.n}"><span class="wgw-visually-hidden">van versie ${v.n}</span></label></td><td class="utrecht-table__cell"><input class="utrecht-radio-button" type="radio" id="naar-${v.n}" name="naar" value="${v.n}"${v.n === b ? html` checked` : ''}><label class="utrecht-form-label" for="naar-${v.n}"><span class="wgw-visually-hidden">naar versie ${v.n}</span></label></td><td class="utrecht-table__cell">${v.doc === null ? 'verwijderd; ' : ''}${versionLine(v, who)}</td></tr>`,
          )}</tbody></table>
${button('Vergelijken')}
</form>
${paragraph(html`<a class="utrecht-link" href="${base}">Terug naar het record</a>`)}`,
        })
      }),
  )

  app.get<{ Params: { entity: string; id: string; n: string } }>(
    '/beheer/records/:entity/:id/versies/:n',
    async (request, reply) =>
      withVersions(request, reply, async (session, entity, versions) => {
        const id = request.params.id
        const base = `/beheer/records/${entity}/${id}`
        const n = versionParam('versie', request.params.n, versions.length)
        const version = typeof n === 'number' ? versions[n - 1] : undefined
        if (version === undefined) {
          return send(reply, 404, {
            title: 'Niet gevonden',
            body: paragraph(
              html`Deze versie bestaat niet; het record heeft ${versions.length} versies. <a class="utrecht-link" href="${base}/versies">Alle versies</a>`,
            ),
            user: userOf(session),
          })
        }
        const who = await names([version.entry])
        const last = versions.length
        return send(reply, 200, {
          title: `${ENTITIES[entity].label} ${id}, versie ${version.n}`,
          user: userOf(session),
          body: html`${paragraph(versionLine(version, who))}
${
  version.doc === null
    ? paragraph('In deze versie bestaat het record niet (verwijderd).')
    : html`<pre class="wgw-pre" id="version-yaml" tabindex="0">${yamlOf(entity, version.doc)}</pre>`
}
${paragraph(
  html`${version.n > 1 ? html`<a class="utrecht-link" href="${base}/versies?van=${version.n - 1}&amp;naar=${version.n}">Wat deze versie veranderde</a> · ` : ''}${version.n < last ? html`<a class="utrecht-link" href="${base}/versies?van=${version.n}&amp;naar=${last}">Vergelijken met de gepubliceerde versie</a> · ` : ''}<a class="utrecht-link" href="${base}/versies">Alle versies</a>`,
)}`,
        })
      }),
  )

  // ── Dataset versions ─────────────────────────────────────────────────────────────────────
  app.get<{ Querystring: { van?: string; naar?: string } }>('/beheer/versies', async (request, reply) =>
    // Every record of every organisation: national editors (and nobody else) read this.
    guarded(request, reply, 'record.read', {}, async (session) => {
      const imports = await db
        .selectFrom('dataset_imports')
        .select(['id', 'imported_at'])
        .orderBy('imported_at', 'desc')
        .limit(200)
        .execute()
      const known = new Set(imports.map((i) => i.id))
      const { van, naar } = request.query
      const errors: Record<string, string> = {}
      if (van !== undefined && van !== '' && !known.has(van)) {
        errors['van'] = `van: '${van.slice(0, 40)}' is geen versie van de dataset`
      }
      if (naar !== undefined && naar !== '' && !known.has(naar)) {
        errors['naar'] = `naar: '${naar.slice(0, 40)}' is geen versie van de dataset`
      }
      const at = new Map(imports.map((i) => [i.id, i.imported_at]))
      let compared: SafeHtml = html``
      if (Object.keys(errors).length === 0 && naar !== undefined && naar !== '') {
        // Older first, whichever way round they were picked.
        const [older, newer] =
          van !== undefined && van !== '' && (at.get(van) ?? '') > (at.get(naar) ?? '') ? [naar, van] : [van, naar]
        const entries = (await historyBetween(db, older === '' ? undefined : older, newer)) ?? []
        const perRecord = new Map<string, { first: HistoryEntry; last: HistoryEntry; entity: EntityKey; id: string }>()
        for (const e of entries) {
          const key = `${e.entity}/${e.recordId}`
          const seen = perRecord.get(key)
          perRecord.set(key, { first: seen?.first ?? e, last: e, entity: e.entity, id: e.recordId })
        }
        compared = html`<h2 class="utrecht-heading-2" id="compared">${perRecord.size} records veranderd tussen ${older === undefined || older === '' ? 'het begin' : when(at.get(older) ?? '')} en ${when(at.get(newer) ?? '')}</h2>
${[...perRecord.values()].map(
  (r, i) =>
    html`<h3 class="utrecht-heading-3"><a class="utrecht-link" href="/beheer/records/${r.entity}/${r.id}/versies">${ENTITIES[r.entity].label} ${r.id}</a></h3>${diffTable(r.first.before, r.last.after, `${r.entity}/${r.id}`, ['Ervoor', 'Erna'], `diff-${i}`)}`,
)}`
      }
      const options = (selected: string | undefined, withStart: boolean): SafeHtml =>
        html`${withStart ? html`<option value="">het begin</option>` : ''}${imports.map(
          (i) =>
            html`<option value="${i.id}"${selected === i.id ? html` selected` : ''}>${when(i.imported_at)}</option>`,
        )}`
      const changed = await db
        .selectFrom('record_history')
        .select(['import_id', 'entity', 'record_id', 'kind'])
        .where('import_id', 'in', imports.length === 0 ? [''] : imports.map((i) => i.id))
        .execute()
      return send(reply, Object.keys(errors).length > 0 ? 400 : 200, {
        title: 'Versies van de dataset',
        path: '/beheer/versies',
        user: userOf(session),
        body: html`${errorList(errors)}${compared}
<form method="get" action="/beheer/versies" novalidate>
<div class="utrecht-form-field"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="van">Van versie</label></div>
<div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="van" name="van">${options(van ?? imports[1]?.id, true)}</select></div></div>
<div class="utrecht-form-field"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="naar">Naar versie</label></div>
<div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="naar" name="naar">${options(naar ?? imports[0]?.id, false)}</select></div></div>
${button('Vergelijken')}
</form>
<table class="utrecht-table"><caption class="utrecht-table__caption">Elke versie van de dataset, de nieuwste eerst (een import uit data/ of een publicatie in het beheer)</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Versie</th><th class="utrecht-table__header-cell" scope="col">Wat er veranderde</th></tr></thead>
<tbody class="utrecht-table__body">${imports.map((i) => {
          const rows = changed.filter((c) => c.import_id === i.id)
          return html`<tr class="utrecht-table__row"><td class="utrecht-table__cell">${when(i.imported_at)}</td><td class="utrecht-table__cell">${
            rows.length === 0
              ? 'eerste import (elk record zijn eerste versie)'
              : rows
                  .slice(0, 10)
                  .map(
                    (r, k) =>
                      html`${k === 0 ? '' : ', '}<a class="utrecht-link" href="/beheer/records/${r.entity}/${r.record_id}/versies">${r.entity}/${r.record_id}</a> (${HISTORY_NL[r.kind as HistoryEntry['kind']] ?? r.kind})`,
                  )
          }${rows.length > 10 ? ` en ${rows.length - 10} meer` : ''}</td></tr>`
        })}</tbody></table>`,
      })
    }),
  )
}
