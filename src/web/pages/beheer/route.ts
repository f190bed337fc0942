// SPDX-License-Identifier: EUPL-1.2
// The editorial back-office under /beheer (issue 13): enrolment, login with a second factor,
// logout, accounts, the audit trail and the records an editor may work on. Its own scope: the form
// parser, the same-origin check, the CSRF token on every POST, no-store and noindex apply to these
// routes only. The session cookie is set and read here only; public pages never set a cookie.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { AccountError, createAccount, findAccount, listAccounts } from '../../../backoffice/accounts.ts'
import { recentAudit, verifyAudit } from '../../../backoffice/audit.ts'
import { completeEnrolment, openEnrolment } from '../../../backoffice/enrolment.ts'
import { csrfMatches } from '../../../backoffice/guard.ts'
import { login } from '../../../backoffice/login.ts'
import { recordsOwnedBy } from '../../../backoffice/ownership.ts'
import { DEFAULT_STALENESS, staleRecords, type StalenessPeriods } from '../../../backoffice/staleness.ts'
import type { LiveCatalog } from '../../../data/catalog/live-catalog.ts'
import { todayInAmsterdam } from '../../../domain/validity.ts'
import { registerEditorialRoutes } from './editorial.ts'
import { registerVersionRoutes } from './versions.ts'
import { registerScanRoutes } from './scans.ts'
import { applySecurityHeaders } from '../../security-headers.ts'
import { allowed, type Action, type Principal, type Resource } from '../../../backoffice/policy.ts'
import { grantFromForm, registerAccountRoutes, roleFields, roleText, STATUS_NL } from './account.ts'
import {
  clearedSessionCookie,
  createSession,
  DEFAULT_SESSION_LIMITS,
  endSession,
  readSession,
  sessionCookie,
  sessionCookieValue,
  type Session,
  type SessionLimits,
} from '../../../backoffice/sessions.ts'
import { otpauthUrl } from '../../../backoffice/totp.ts'
import type { Database } from '../../../data/database.ts'
import { ENTITIES } from '../../../domain/entities.ts'
import type { Catalog } from '../../../domain/catalog/index.ts'
import { checkRequestOrigin } from '../basisniveau/same-origin.ts'
import { assetBundle } from '../../assets/bundle.ts'
import { html, toHtmlString, type SafeHtml } from '../../html.ts'
import { alert, button, csrfField, errorList, input, paragraph, renderBeheerPage, type BeheerPage } from './layout.ts'

export interface BeheerOptions {
  readonly db: Kysely<Database>
  readonly catalog: () => Catalog
  /** The live catalogue to refresh after a publication (absent: a fixed catalogue, as in some tests). */
  readonly live?: LiveCatalog
  /** Today's date (default: today in Europe/Amsterdam). */
  readonly today?: () => string
  readonly staleness?: StalenessPeriods
  readonly sessionLimits?: SessionLimits
  /** Login attempts per client address per minute (default 10). */
  readonly loginsPerMinute?: number
}

const FORM_BODY_LIMIT = 256 * 1024

/** What the editorial routes (editorial.ts) share with this scope. */
export interface BeheerKit {
  readonly db: Kysely<Database>
  readonly catalog: () => Catalog
  send(reply: FastifyReply, status: number, page: BeheerPage): FastifyReply
  guarded(
    request: FastifyRequest,
    reply: FastifyReply,
    action: Action,
    resource: Resource,
    body: (session: Session) => Promise<FastifyReply> | FastifyReply,
  ): Promise<FastifyReply>
  userOf(session: Session): BeheerPage['user']
  formOf(request: FastifyRequest): URLSearchParams
}

declare module 'fastify' {
  interface FastifyRequest {
    beheerSession: Session | null
  }
}

export async function beheerPlugin(app: FastifyInstance, options: BeheerOptions): Promise<void> {
  const { db } = options
  const limits = options.sessionLimits ?? DEFAULT_SESSION_LIMITS
  const assets = assetBundle().urls
  app.decorateRequest('beheerSession', null)
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => {
      done(null, new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8')))
    },
  )
  app.addHook('onRequest', async (request, reply) => {
    // The public pages' strict CSP and headers; never cached, never indexed.
    applySecurityHeaders(request, reply)
    void reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow')
    request.beheerSession = (await readSession(db, sessionCookieValue(request.headers.cookie), limits)) ?? null
    if (request.method !== 'POST') {
      return
    }
    const verdict = checkRequestOrigin(request)
    if (!verdict.ok) {
      return send(reply, 403, {
        title: 'Niet verstuurd',
        body: paragraph(
          'Dit formulier kwam niet van deze site; er is niets opgeslagen. Open de pagina opnieuw en probeer het nog eens.',
        ),
      })
    }
  })
  // Every POST except login and enrolment (no session yet) must carry the session's token.
  app.addHook('preHandler', async (request, reply) => {
    if (
      request.method !== 'POST' ||
      request.url === '/beheer/inloggen' ||
      request.url.startsWith('/beheer/aanmelden/')
    ) {
      return
    }
    const session = request.beheerSession
    if (session === null) {
      return reply.redirect('/beheer/inloggen', 303)
    }
    if (!csrfMatches(session, formOf(request).get('_csrf'))) {
      return send(reply, 403, {
        title: 'Niet verstuurd',
        body: paragraph(
          'Het formulier was verlopen of kwam niet van deze site; er is niets opgeslagen. Open de pagina opnieuw.',
        ),
        user: userOf(session),
      })
    }
  })
  app.setErrorHandler((error: FastifyError, _request, reply: FastifyReply) => {
    const status = error.statusCode ?? 500
    if (status >= 500) {
      throw error
    }
    return send(reply, status, {
      title: status === 429 ? 'Te veel pogingen' : 'Niet verwerkt',
      body: paragraph(
        status === 429
          ? 'Te veel pogingen in korte tijd. Wacht een minuut en probeer het opnieuw.'
          : 'Het formulier kon niet worden gelezen; er is niets opgeslagen.',
      ),
    })
  })

  const send = (reply: FastifyReply, status: number, page: BeheerPage): FastifyReply =>
    reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .send(toHtmlString(renderBeheerPage(assets, page)))

  /** Runs `body` when the session may do `action` on `resource`; otherwise login (401) or 403. */
  const guarded = async (
    request: FastifyRequest,
    reply: FastifyReply,
    action: Action,
    resource: Resource,
    body: (session: Session) => Promise<FastifyReply> | FastifyReply,
  ): Promise<FastifyReply> => {
    const session = request.beheerSession
    if (session === null) {
      return reply.redirect('/beheer/inloggen', 303)
    }
    if (!allowed(session.account, action, resource)) {
      return send(reply, 403, {
        title: 'Geen toegang',
        body: paragraph('Uw rol geeft geen toegang tot deze pagina of dit record.'),
        user: userOf(session),
      })
    }
    return body(session)
  }

  // ── Start ─────────────────────────────────────────────────────────────────────────────────
  app.get('/beheer', async (request, reply) =>
    guarded(request, reply, 'dashboard.read', {}, (session) => {
      const dataset = options.catalog().dataset
      const own = session.account.grants
        .filter((g) => g.role === 'organisation-editor')
        .flatMap((g) => recordsOwnedBy(dataset, g.scope))
      const national = allowed(session.account, 'record.read', {})
      const today = options.today?.() ?? todayInAmsterdam()
      // The owning editors see their stale records first.
      const stale = staleRecords(dataset, today, options.staleness ?? DEFAULT_STALENESS).filter((s) =>
        allowed(session.account, 'record.read', { organisations: s.organisations }),
      )
      const mine = stale.filter((s) =>
        s.organisations.some((o) =>
          session.account.grants.some((g) => g.role === 'organisation-editor' && g.scope === o),
        ),
      )
      const first = mine.length > 0 ? mine : stale
      return send(reply, 200, {
        title: `Welkom, ${session.account.displayName}`,
        path: '/beheer',
        user: userOf(session),
        body: html`${paragraph(html`Uw rollen: ${session.account.grants.map((g) => roleText(g.role, g.scope)).join('; ')}.`)}
${
  first.length === 0
    ? ''
    : html`<h2 class="utrecht-heading-2">Eerst controleren</h2>${paragraph(`${first.length} records zijn niet op tijd gecontroleerd.`)}<ul class="utrecht-unordered-list" id="stale">${first
        .slice(0, 10)
        .map(
          (s) =>
            html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/records/${s.entity}/${s.id}">${ENTITIES[s.entity].label} ${s.id}</a> (laatst gecontroleerd ${s.verifiedAt ?? 'nooit'})</li>`,
        )}</ul>${paragraph(html`<a class="utrecht-link" href="/beheer/verouderd">Alles wat te controleren is</a>`)}`
}
${
  own.length === 0
    ? ''
    : html`<h2 class="utrecht-heading-2">Records van uw organisatie</h2><ul class="utrecht-unordered-list">${own.map(
        (r) =>
          html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/records/${r.entity}/${r.id}">${ENTITIES[r.entity].label} ${r.id}</a></li>`,
      )}</ul>`
}
${national ? paragraph(html`Als landelijk redacteur kunt u elk record openen via <code>/beheer/records/&lt;type&gt;/&lt;id&gt;</code>.`) : ''}`,
      })
    }),
  )

  // ── Login and logout ─────────────────────────────────────────────────────────────────────
  const loginForm = (error?: string): BeheerPage => ({
    title: 'Inloggen',
    body: html`${error === undefined ? '' : alert('error', paragraph(error))}
<form method="post" action="/beheer/inloggen" novalidate>
${input({ id: 'email', label: 'E-mailadres', type: 'email', autocomplete: 'username' })}
${input({ id: 'password', label: 'Wachtwoord', type: 'password', autocomplete: 'current-password' })}
${input({ id: 'code', label: 'Code uit de authenticator-app', description: 'Zes cijfers. Telefoon kwijt? Vul dan een van uw herstelcodes in.', autocomplete: 'one-time-code', inputmode: 'numeric' })}
${button('Inloggen')}
</form>`,
  })
  app.get('/beheer/inloggen', async (_request, reply) => send(reply, 200, loginForm()))
  app.post(
    '/beheer/inloggen',
    { config: { rateLimit: { max: options.loginsPerMinute ?? 10, timeWindow: 60_000, groupId: 'beheer-login' } } },
    async (request, reply) => {
      const form = formOf(request)
      const result = await login(db, {
        email: form.get('email') ?? '',
        password: form.get('password') ?? '',
        code: form.get('code') ?? '',
      })
      if (!result.ok) {
        // One message for every failure: it must not tell which part was wrong or whether the account exists.
        return send(
          reply,
          401,
          loginForm(
            'Inloggen is niet gelukt. Controleer e-mailadres, wachtwoord en code. Na vijf mislukte pogingen is het account een kwartier geblokkeerd.',
          ),
        )
      }
      // A new session id at every login (the old one, if any, ends).
      const old = sessionCookieValue(request.headers.cookie)
      if (old !== undefined) {
        await endSession(db, old)
      }
      const { cookieValue } = await createSession(db, result.account.id, limits)
      return reply.header('set-cookie', sessionCookie(cookieValue)).redirect('/beheer', 303)
    },
  )
  app.post('/beheer/uitloggen', async (request, reply) => {
    const value = sessionCookieValue(request.headers.cookie)
    if (value !== undefined) {
      await endSession(db, value)
    }
    return reply.header('set-cookie', clearedSessionCookie()).redirect('/beheer/inloggen', 303)
  })

  // ── Enrolment ────────────────────────────────────────────────────────────────────────────
  const enrolmentGone = (): BeheerPage => ({
    title: 'Aanmelden',
    body: paragraph(
      'Deze aanmeldlink werkt niet (meer): hij is al gebruikt, verlopen of onbekend. Vraag de beheerder om een nieuwe.',
    ),
  })
  const enrolmentForm = (
    token: string,
    email: string,
    secret: string,
    errors: Readonly<Record<string, string>> = {},
  ): BeheerPage => ({
    title: 'Aanmelden',
    body: html`${errorList(errors)}
${paragraph(html`U meldt zich aan als <strong>${email}</strong>. Kies een wachtwoord en koppel een authenticator-app (bijvoorbeeld die van uw organisatie).`)}
<form method="post" action="/beheer/aanmelden/${token}" novalidate>
${input({ id: 'password', label: 'Nieuw wachtwoord', type: 'password', autocomplete: 'new-password', description: 'Minstens 12 tekens; een paar losse woorden is sterk en te onthouden.', ...(errors['password'] === undefined ? {} : { error: errors['password'] }) })}
${input({ id: 'passwordRepeat', label: 'Herhaal het wachtwoord', type: 'password', autocomplete: 'new-password', ...(errors['passwordRepeat'] === undefined ? {} : { error: errors['passwordRepeat'] }) })}
<h2 class="utrecht-heading-2">Authenticator-app</h2>
${paragraph(html`Voeg in de app een account toe met deze sleutel (tijdgebonden, 6 cijfers, 30 seconden): <code id="totp-secret">${secret.match(/.{1,4}/g)?.join(' ') ?? secret}</code>`)}
${paragraph(html`Of open deze koppeling op de telefoon: <a class="utrecht-link" href="${otpauthUrl(secret, email)}">koppeling voor de app</a>.`)}
${input({ id: 'code', label: 'Code die de app nu toont', autocomplete: 'one-time-code', inputmode: 'numeric', ...(errors['code'] === undefined ? {} : { error: errors['code'] }) })}
${button('Aanmelden')}
</form>`,
  })
  app.get<{ Params: { token: string } }>('/beheer/aanmelden/:token', async (request, reply) => {
    const open = await openEnrolment(db, request.params.token)
    return open === undefined
      ? send(reply, 404, enrolmentGone())
      : send(reply, 200, enrolmentForm(request.params.token, open.account.email, open.totpSecret))
  })
  app.post<{ Params: { token: string } }>(
    '/beheer/aanmelden/:token',
    { config: { rateLimit: { max: options.loginsPerMinute ?? 10, timeWindow: 60_000, groupId: 'beheer-login' } } },
    async (request, reply) => {
      const form = formOf(request)
      const token = request.params.token
      const result = await completeEnrolment(db, token, {
        password: form.get('password') ?? '',
        passwordRepeat: form.get('passwordRepeat') ?? '',
        code: form.get('code') ?? '',
      })
      if (result === undefined) {
        return send(reply, 404, enrolmentGone())
      }
      if (!result.ok) {
        const open = await openEnrolment(db, token)
        return open === undefined
          ? send(reply, 404, enrolmentGone())
          : send(reply, 400, enrolmentForm(token, open.account.email, open.totpSecret, result.errors))
      }
      return send(reply, 200, {
        title: 'Aangemeld',
        body: html`${alert('ok', paragraph('Uw account is actief.'))}
${paragraph('Bewaar deze herstelcodes op een veilige plek. Met elk ervan kunt u één keer inloggen als u uw telefoon kwijt bent. Ze worden niet nog eens getoond.')}
<ul class="utrecht-unordered-list" id="recovery-codes">${result.recoveryCodes.map((c) => html`<li class="utrecht-unordered-list__item"><code>${c}</code></li>`)}</ul>
${paragraph(html`<a class="utrecht-link" href="/beheer/inloggen">Naar inloggen</a>`)}`,
      })
    },
  )

  // ── Accounts (administrators) ────────────────────────────────────────────────────────────
  const accountsPage = async (
    session: Session,
    extra: SafeHtml = html``,
    errors: Readonly<Record<string, string>> = {},
    values: Readonly<Record<string, string>> = {},
  ): Promise<BeheerPage> => {
    const accounts = await listAccounts(db)
    return {
      title: 'Accounts',
      path: '/beheer/accounts',
      user: userOf(session),
      body: html`${extra}${errorList(errors)}
<table class="utrecht-table"><caption class="utrecht-table__caption">Alle accounts</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">E-mail</th><th class="utrecht-table__header-cell" scope="col">Naam</th><th class="utrecht-table__header-cell" scope="col">Rollen</th><th class="utrecht-table__header-cell" scope="col">Status</th></tr></thead>
<tbody class="utrecht-table__body">${accounts.map(
        (a) =>
          html`<tr class="utrecht-table__row"><td class="utrecht-table__cell"><a class="utrecht-link" href="/beheer/accounts/${a.id}">${a.email}</a></td><td class="utrecht-table__cell">${a.displayName}</td><td class="utrecht-table__cell">${a.grants.map((g) => roleText(g.role, g.scope)).join('; ')}</td><td class="utrecht-table__cell">${STATUS_NL[a.status]}</td></tr>`,
      )}</tbody></table>
<h2 class="utrecht-heading-2">Nieuw account</h2>
<form method="post" action="/beheer/accounts" novalidate>
${csrfField(session.csrfToken)}
${input({ id: 'email', label: 'E-mailadres', type: 'email', autocomplete: 'off', ...(values['email'] === undefined ? {} : { value: values['email'] }), ...(errors['email'] === undefined ? {} : { error: errors['email'] }) })}
${input({ id: 'name', label: 'Naam', autocomplete: 'off', ...(values['name'] === undefined ? {} : { value: values['name'] }), ...(errors['name'] === undefined ? {} : { error: errors['name'] }) })}
${roleFields(errors, values)}
${button('Account aanmaken')}
</form>`,
    }
  }
  app.get('/beheer/accounts', async (request, reply) =>
    guarded(request, reply, 'account.manage', {}, async (session) => send(reply, 200, await accountsPage(session))),
  )
  app.post('/beheer/accounts', async (request, reply) =>
    guarded(request, reply, 'account.manage', {}, async (session) => {
      const form = formOf(request)
      const values = {
        email: form.get('email') ?? '',
        name: form.get('name') ?? '',
        role: form.get('role') ?? '',
        org: (form.get('org') ?? '').trim(),
      }
      const grant = grantFromForm(options.catalog().dataset, values.role, values.org)
      if ('field' in grant) {
        return send(reply, 400, await accountsPage(session, html``, { [grant.field]: grant.message }, values))
      }
      try {
        const { account, token, expiresAt } = await createAccount(
          db,
          { email: values.email, displayName: values.name === '' ? values.email : values.name, grants: [grant] },
          session.account.id,
        )
        const link = `${request.protocol}://${request.host}/beheer/aanmelden/${token}`
        return send(
          reply,
          201,
          await accountsPage(
            session,
            alert(
              'ok',
              html`${paragraph(html`Account aangemaakt voor <strong>${account.email}</strong> (${roleText(grant.role, grant.scope)}).`)}
${paragraph(html`Geef deze eenmalige aanmeldlink persoonlijk door; hij is geldig tot ${expiresAt.slice(0, 16).replace('T', ' ')} UTC en wordt niet nog eens getoond:`)}
<p class="utrecht-paragraph"><code id="enrolment-link">${link}</code></p>`,
            ),
          ),
        )
      } catch (error) {
        if (error instanceof AccountError) {
          return send(
            reply,
            400,
            await accountsPage(
              session,
              html``,
              { [error.field]: error.message.replace(/^email:/, 'E-mailadres:').replace(/^name:/, 'Naam:') },
              values,
            ),
          )
        }
        throw error
      }
    }),
  )

  // ── Audit trail ──────────────────────────────────────────────────────────────────────────
  app.get('/beheer/audit', async (request, reply) =>
    guarded(request, reply, 'audit.read', {}, async (session) => {
      const verification = await verifyAudit(db)
      const events = await recentAudit(db, 100)
      const names = new Map<string, string>()
      for (const e of events) {
        if (!names.has(e.actor) && !e.actor.includes(':') && e.actor !== 'anonymous') {
          names.set(e.actor, (await findAccount(db, e.actor))?.email ?? e.actor)
        }
      }
      return send(reply, 200, {
        title: 'Audittrail',
        path: '/beheer/audit',
        user: userOf(session),
        body: html`${verification.ok ? alert('ok', paragraph(`De keten klopt: ${verification.count} gebeurtenissen, laatste #${verification.headSeq} ${verification.headHash.slice(0, 16)}…`)) : alert('error', paragraph(`De keten is verbroken bij gebeurtenis ${verification.seq}: ${verification.reason}`))}
<table class="utrecht-table"><caption class="utrecht-table__caption">De laatste 100 gebeurtenissen</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">#</th><th class="utrecht-table__header-cell" scope="col">Tijd (UTC)</th><th class="utrecht-table__header-cell" scope="col">Wie</th><th class="utrecht-table__header-cell" scope="col">Wat</th><th class="utrecht-table__header-cell" scope="col">Waarover</th></tr></thead>
<tbody class="utrecht-table__body">${events.map(
          (e) =>
            html`<tr class="utrecht-table__row"><td class="utrecht-table__cell">${e.seq}</td><td class="utrecht-table__cell">${e.at.slice(0, 19).replace('T', ' ')}</td><td class="utrecht-table__cell">${names.get(e.actor) ?? e.actor}</td><td class="utrecht-table__cell">${e.action}</td><td class="utrecht-table__cell">${e.subject}</td></tr>`,
        )}</tbody></table>`,
      })
    }),
  )

  registerAccountRoutes(app, { db, send, guarded, userOf, formOf, catalog: options.catalog })
  registerVersionRoutes(app, { db, send, guarded, userOf, formOf, catalog: options.catalog })
  registerScanRoutes(app, { db, send, guarded, userOf, formOf, catalog: options.catalog })
  registerEditorialRoutes(
    app,
    { db, send, guarded, userOf, formOf, catalog: options.catalog },
    {
      live: options.live,
      today: options.today ?? (() => todayInAmsterdam()),
      staleness: options.staleness ?? DEFAULT_STALENESS,
    },
  )
}

function formOf(request: FastifyRequest): URLSearchParams {
  return request.body instanceof URLSearchParams ? request.body : new URLSearchParams()
}

function userOf(session: Session): BeheerPage['user'] {
  const p: Principal = session.account
  const menu = [
    { href: '/beheer', label: 'Start' },
    ...(p.grants.some((g) => g.role === 'organisation-editor' || g.role === 'national-editor')
      ? [
          { href: '/beheer/voorstellen', label: 'Voorstellen' },
          { href: '/beheer/verouderd', label: 'Te controleren' },
        ]
      : []),
    ...(allowed(p, 'record.read', {}) ? [{ href: '/beheer/versies', label: 'Versies' }] : []),
    ...(p.grants.some((g) => g.role === 'municipality' || g.role === 'national-editor')
      ? [{ href: '/beheer/scans', label: 'Zelfscans' }]
      : []),
    ...(allowed(p, 'account.manage') ? [{ href: '/beheer/accounts', label: 'Accounts' }] : []),
    ...(allowed(p, 'audit.read') ? [{ href: '/beheer/audit', label: 'Audittrail' }] : []),
  ]
  return { displayName: session.account.displayName, csrfToken: session.csrfToken, menu }
}
