// SPDX-License-Identifier: EUPL-1.2
// One account in the back-office (issue 13, administrators only): its roles, giving and taking a
// role, and disabling the account. Every change is audited (accounts.ts); a changed role counts
// from the person's next request, because sessions read the grants every time.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  AccountError,
  disableAccount,
  findAccount,
  grantRole,
  revokeRole,
  type Account,
} from '../../../backoffice/accounts.ts'
import { recentAudit } from '../../../backoffice/audit.ts'
import { isRole, parseGrant, ROLE_LABELS_NL, ROLES, type Grant, type Role } from '../../../backoffice/roles.ts'
import type { Session } from '../../../backoffice/sessions.ts'
import type { Dataset } from '../../../domain/entities.ts'
import { html, type SafeHtml } from '../../html.ts'
import { alert, button, csrfField, errorList, input, paragraph, type BeheerPage } from './layout.ts'
import type { BeheerKit } from './route.ts'

export const STATUS_NL = { pending: 'nog niet aangemeld', active: 'actief', disabled: 'uitgeschakeld' } as const

/** A role as the pages name it, with its organisation or municipality. */
export function roleText(role: Role, scope: string): string {
  return scope === '' ? ROLE_LABELS_NL[role] : `${ROLE_LABELS_NL[role]} (${scope})`
}

/** The grant a form's role and organisation fields name, or the message for the field at fault. */
export function grantFromForm(
  dataset: Dataset,
  role: string,
  org: string,
): Grant | { readonly field: 'role' | 'org'; readonly message: string } {
  const grant = parseGrant(role, org === '' ? undefined : org, (kind, id) =>
    kind === 'organisation'
      ? dataset.parties.some((p) => p.id === id)
      : dataset.municipalities.some((m) => m.id === id),
  )
  if (!('error' in grant)) {
    return grant
  }
  const field = grant.error.startsWith('--org') ? 'org' : 'role'
  return { field, message: grant.error.replace(/^--(org|role):? ?/, `${field === 'org' ? 'Organisatie' : 'Rol'}: `) }
}

/** The role select and the organisation-or-municipality field. */
export function roleFields(
  errors: Readonly<Record<string, string>>,
  values: Readonly<Record<string, string>>,
): SafeHtml {
  return html`<div class="utrecht-form-field${errors['role'] === undefined ? '' : ' utrecht-form-field--invalid'}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="role">Rol</label></div>
${errors['role'] === undefined ? '' : html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="role-error">${errors['role']}</div>`}
<div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="role" name="role"${errors['role'] === undefined ? '' : html` aria-invalid="true" aria-describedby="role-error"`}>${ROLES.map(
    (r) => html`<option value="${r}"${values['role'] === r ? html` selected` : ''}>${ROLE_LABELS_NL[r]}</option>`,
  )}</select></div>
</div>
${input({ id: 'org', label: 'Organisatie of gemeente', description: 'Voor een organisatieredacteur de id van de organisatie (bijvoorbeeld comensha); voor een gemeente de gemeentecode (GM0363). Leeg voor landelijke rollen.', autocomplete: 'off', ...(values['org'] === undefined ? {} : { value: values['org'] }), ...(errors['org'] === undefined ? {} : { error: errors['org'] }) })}`
}

export function registerAccountRoutes(app: FastifyInstance, kit: BeheerKit): void {
  const { db, send, guarded, userOf, formOf } = kit

  const accountPage = async (
    session: Session,
    account: Account,
    notice: SafeHtml = html``,
    errors: Readonly<Record<string, string>> = {},
    values: Readonly<Record<string, string>> = {},
  ): Promise<BeheerPage> => {
    const base = `/beheer/accounts/${account.id}`
    const events = await recentAudit(db, 20, `account:${account.id}`)
    return {
      title: `Account ${account.email}`,
      path: '/beheer/accounts',
      user: userOf(session),
      body: html`${notice}${errorList(errors)}
${paragraph(html`Naam: ${account.displayName}. Status: <strong id="account-status">${STATUS_NL[account.status]}</strong>. Aangemaakt ${account.createdAt.slice(0, 10)}.`)}
<h2 class="utrecht-heading-2">Rollen</h2>
<ul class="utrecht-unordered-list" id="grants">${account.grants.map(
        (g) =>
          html`<li class="utrecht-unordered-list__item">${roleText(g.role, g.scope)} <form class="wgw-inline-form" method="post" action="${base}/rollen/intrekken">${csrfField(session.csrfToken)}<input type="hidden" name="role" value="${g.role}"><input type="hidden" name="scope" value="${g.scope}"><button class="utrecht-button utrecht-button--secondary-action" type="submit">Rol ${roleText(g.role, g.scope)} intrekken</button></form></li>`,
      )}</ul>
<h2 class="utrecht-heading-2">Rol toevoegen</h2>
<form method="post" action="${base}/rollen" novalidate>
${csrfField(session.csrfToken)}
${roleFields(errors, values)}
${button('Rol toevoegen')}
</form>
${
  account.status === 'disabled'
    ? ''
    : html`<h2 class="utrecht-heading-2">Uitschakelen</h2>${paragraph('Het account kan daarna niet meer inloggen; open sessies eindigen meteen.')}
<form method="post" action="${base}/uitschakelen">${csrfField(session.csrfToken)}${button('Account uitschakelen', 'secondary')}</form>`
}
<h2 class="utrecht-heading-2">Wijzigingen van dit account</h2>
${
  events.length === 0
    ? paragraph('Geen.')
    : html`<ul class="utrecht-unordered-list" id="account-events">${events.map(
        (e) =>
          html`<li class="utrecht-unordered-list__item">${e.at.slice(0, 16).replace('T', ' ')} UTC: ${e.action}${Array.isArray(e.detail['after']) ? html` (nu: ${(e.detail['after'] as string[]).join(', ')})` : ''}</li>`,
      )}</ul>`
}
${paragraph(html`<a class="utrecht-link" href="/beheer/accounts">Alle accounts</a>`)}`,
    }
  }

  /** Runs `body` for an administrator with the account named in the path; 404 when there is none. */
  const withAccount = (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    body: (session: Session, account: Account) => Promise<FastifyReply>,
  ): Promise<FastifyReply> =>
    guarded(request, reply, 'account.manage', {}, async (session) => {
      const account = await findAccount(db, request.params.id)
      if (account === undefined) {
        return send(reply, 404, {
          title: 'Niet gevonden',
          body: paragraph('Dit account bestaat niet.'),
          user: userOf(session),
        })
      }
      return body(session, account)
    })

  /** The page again after a refused change, with the error at its field. */
  const refused = async (
    reply: FastifyReply,
    session: Session,
    account: Account,
    error: AccountError,
    values: Readonly<Record<string, string>> = {},
  ): Promise<FastifyReply> =>
    send(
      reply,
      error.field === 'account' ? 404 : 409,
      await accountPage(session, account, html``, { role: error.message.replace(/^role: /, 'Rol: ') }, values),
    )

  /** Grants or revokes a role: the account page with what changed, or again with the refusal at its field. */
  const changeRoles = async (
    reply: FastifyReply,
    session: Session,
    account: Account,
    change: () => Promise<Account>,
    done: string,
    values: Readonly<Record<string, string>> = {},
  ): Promise<FastifyReply> => {
    try {
      const changed = await change()
      return send(reply, 200, await accountPage(session, changed, alert('ok', paragraph(done))))
    } catch (error) {
      if (error instanceof AccountError) {
        return refused(reply, session, account, error, values)
      }
      throw error
    }
  }

  app.get<{ Params: { id: string } }>('/beheer/accounts/:id', async (request, reply) =>
    withAccount(request, reply, async (session, account) => send(reply, 200, await accountPage(session, account))),
  )

  app.post<{ Params: { id: string } }>('/beheer/accounts/:id/rollen', async (request, reply) =>
    withAccount(request, reply, async (session, account) => {
      const form = formOf(request)
      const values = { role: form.get('role') ?? '', org: (form.get('org') ?? '').trim() }
      const grant = grantFromForm(kit.catalog().dataset, values.role, values.org)
      if ('field' in grant) {
        return send(reply, 400, await accountPage(session, account, html``, { [grant.field]: grant.message }, values))
      }
      return changeRoles(
        reply,
        session,
        account,
        () => grantRole(db, account.id, grant, session.account.id),
        `Rol toegevoegd: ${roleText(grant.role, grant.scope)}.`,
        values,
      )
    }),
  )

  app.post<{ Params: { id: string } }>('/beheer/accounts/:id/rollen/intrekken', async (request, reply) =>
    withAccount(request, reply, async (session, account) => {
      const form = formOf(request)
      const role = form.get('role') ?? ''
      const grant = isRole(role) ? { role, scope: form.get('scope') ?? '' } : undefined
      if (grant === undefined) {
        return send(
          reply,
          400,
          await accountPage(session, account, html``, { role: `Rol: '${role}' is geen rol (${ROLES.join(', ')})` }),
        )
      }
      return changeRoles(
        reply,
        session,
        account,
        () => revokeRole(db, account.id, grant, session.account.id),
        `Rol ingetrokken: ${roleText(grant.role, grant.scope)}.`,
      )
    }),
  )

  app.post<{ Params: { id: string } }>('/beheer/accounts/:id/uitschakelen', async (request, reply) =>
    withAccount(request, reply, async (session, account) => {
      await disableAccount(db, account.id, session.account.id)
      const changed = (await findAccount(db, account.id)) ?? account
      return send(
        reply,
        200,
        await accountPage(session, changed, alert('ok', paragraph('Het account is uitgeschakeld.'))),
      )
    }),
  )
}
