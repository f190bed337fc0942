// SPDX-License-Identifier: EUPL-1.2
// Self-scan publications in the back-office (issue 20 item 1, ADR 0032): a municipality's account
// sees every publication of its municipality (a national editor: of all) and withdraws one with a
// reason. Publishing itself happens on the scan's own page, where the same session counts.
import type { FastifyInstance } from 'fastify'
import { allowed } from '../../../backoffice/policy.ts'
import {
  findScan,
  scanPublications,
  withdrawScan,
  type ScanPublication,
} from '../../../data/repositories/scan.repository.ts'
import { summariseScore } from '../../../domain/basisniveau/overview.ts'
import { scoreScan } from '../../../domain/basisniveau/score.ts'
import type { ScanAnswers } from '../../../domain/basisniveau/answers.ts'
import { html } from '../../html.ts'
import { alert, button, csrfField, errorList, input, paragraph, type BeheerPage } from './layout.ts'
import type { BeheerKit } from './route.ts'
import type { Session } from '../../../backoffice/sessions.ts'

const ROLE_NL = { municipality: 'gemeente', 'national-editor': 'landelijk redacteur' } as const

export function registerScanRoutes(app: FastifyInstance, kit: BeheerKit): void {
  const { db, send, guarded, userOf, formOf } = kit
  const scoreOf = (answers: ScanAnswers) => summariseScore(scoreScan(kit.catalog().dataset.basisniveau, answers))

  const page = async (
    session: Session,
    notice = html``,
    errors: Readonly<Record<string, string>> = {},
  ): Promise<BeheerPage> => {
    const national = session.account.grants.some((g) => g.role === 'national-editor')
    const own = new Set(session.account.grants.filter((g) => g.role === 'municipality').map((g) => g.scope))
    const names = new Map(kit.catalog().dataset.municipalities.map((m) => [m.id, m.name]))
    const list = (await scanPublications(db, scoreOf)).filter((p) => national || own.has(p.municipality))
    const row = (scan: ScanPublication) => {
      const withdrawable =
        scan.withdrawal === null && allowed(session.account, 'scan.withdraw', { municipality: scan.municipality })
      const field = `reden-${scan.id}`
      return html`<tr class="utrecht-table__row"><td class="utrecht-table__cell">${names.get(scan.municipality) ?? scan.municipality} (${scan.municipality})</td><td class="utrecht-table__cell">${scan.publishedAt.slice(0, 16).replace('T', ' ')} UTC</td><td class="utrecht-table__cell">${scan.publisher.role === null ? 'onbekend' : ROLE_NL[scan.publisher.role]}</td><td class="utrecht-table__cell">${scan.score.overall.percent}%</td><td class="utrecht-table__cell">${
        scan.withdrawal !== null
          ? `ingetrokken ${scan.withdrawal.at.slice(0, 10)}: ${scan.withdrawal.reason}`
          : withdrawable
            ? html`<a class="utrecht-link" href="/basisniveau/scan/${scan.id}">bekijken</a><form method="post" action="/beheer/scans/${scan.id}/intrekken" novalidate>${csrfField(session.csrfToken)}${input({ id: field, label: 'Reden van intrekken', autocomplete: 'off', ...(errors[field] === undefined ? {} : { error: errors[field] }) })}${button('Intrekken', 'secondary')}</form>`
            : 'gepubliceerd'
      }</td></tr>`
    }
    return {
      title: 'Zelfscans basisniveau',
      path: '/beheer/scans',
      user: userOf(session),
      body: html`${notice}${errorList(errors)}
${paragraph('Een gepubliceerde scan spreekt namens de gemeente. Publiceren doet u op de pagina van de scan (via de link van het concept) terwijl u hier bent ingelogd. Elke publicatie blijft bewaard; een ingetrokken scan telt niet meer mee in het overzicht, maar blijft zichtbaar in de geschiedenis.')}
${
  list.length === 0
    ? paragraph(national || own.size > 0 ? 'Nog geen publicaties.' : 'Uw account heeft geen gemeentelijke rol.')
    : html`<table class="utrecht-table" id="publications"><caption class="utrecht-table__caption">Publicaties, de nieuwste eerst</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Gemeente</th><th class="utrecht-table__header-cell" scope="col">Gepubliceerd</th><th class="utrecht-table__header-cell" scope="col">Door (rol)</th><th class="utrecht-table__header-cell" scope="col">Totaal</th><th class="utrecht-table__header-cell" scope="col">Status</th></tr></thead>
<tbody class="utrecht-table__body">${list.map(row)}</tbody></table>`
}`,
    }
  }

  app.get('/beheer/scans', async (request, reply) =>
    guarded(request, reply, 'dashboard.read', {}, async (session) => send(reply, 200, await page(session))),
  )

  app.post<{ Params: { id: string } }>('/beheer/scans/:id/intrekken', async (request, reply) => {
    const scan = /^[A-Za-z0-9_-]{32}$/.test(request.params.id) ? await findScan(db, request.params.id) : undefined
    if (scan === undefined) {
      return guarded(request, reply, 'dashboard.read', {}, (session) =>
        send(reply, 404, { title: 'Niet gevonden', body: paragraph('Deze scan bestaat niet.'), user: userOf(session) }),
      )
    }
    return guarded(request, reply, 'scan.withdraw', { municipality: scan.municipality }, async (session) => {
      const field = `reden-${scan.id}`
      const reason = (formOf(request).get(field) ?? '').trim()
      if (reason.length < 3 || reason.length > 500) {
        return send(
          reply,
          400,
          await page(session, html``, { [field]: 'Reden van intrekken: schrijf in 3 tot 500 tekens waarom' }),
        )
      }
      const change = await withdrawScan(db, scan.id, { accountId: session.account.id, reason }, scoreOf)
      if (change.kind !== 'ok') {
        return send(
          reply,
          409,
          await page(
            session,
            alert('error', paragraph('Deze scan is niet (meer) gepubliceerd; er is niets ingetrokken.')),
          ),
        )
      }
      return send(
        reply,
        200,
        await page(
          session,
          alert(
            'ok',
            paragraph('De scan is ingetrokken. Het overzicht toont nu de publicatie daarvoor, als die er is.'),
          ),
        ),
      )
    })
  })
}
