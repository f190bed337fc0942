// SPDX-License-Identifier: EUPL-1.2
// The shell and form parts of the back-office pages (Dutch only: its users are Dutch organisations).
// Same stylesheet and CSP as the public site, no script at all; every form is plain HTML and every
// state-changing form carries the session's CSRF token.
import { html, type HtmlValue, type SafeHtml } from '../../html.ts'
import type { AssetBundle } from '../../assets/bundle.ts'

export interface BeheerUser {
  readonly displayName: string
  readonly csrfToken: string
  /** Menu entries this user may open. */
  readonly menu: readonly { readonly href: string; readonly label: string }[]
}

export interface BeheerPage {
  readonly title: string
  readonly body: SafeHtml
  readonly user?: BeheerUser
  /** The path of the page, to mark the current menu entry. */
  readonly path?: string
}

export function renderBeheerPage(assets: AssetBundle['urls'], page: BeheerPage): SafeHtml {
  const user = page.user
  return html`<!DOCTYPE html>
<html lang="nl" class="utrecht-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${page.title} – Wegwijzer beheer</title>
<link rel="icon" href="${assets.icon}" type="image/svg+xml">
<link rel="stylesheet" href="${assets.css}">
</head>
<body class="utrecht-document utrecht-document--surface">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Naar de inhoud</a>
<header class="wgw-header">
<div class="wgw-container wgw-header__bar">
<a class="wgw-header__brand" href="/beheer">Wegwijzer beheer</a>
${user === undefined ? '' : html`<form method="post" action="/beheer/uitloggen">${csrfField(user.csrfToken)}<button class="utrecht-button utrecht-button--secondary-action" type="submit">Uitloggen (${user.displayName})</button></form>`}
</div>
</header>
${
  user === undefined || user.menu.length === 0
    ? ''
    : html`<nav class="wgw-nav" aria-label="Beheer"><ul class="wgw-container wgw-nav__list">${user.menu.map(
        (m) =>
          html`<li><a class="utrecht-link" href="${m.href}"${page.path === m.href ? html` aria-current="page"` : ''}>${m.label}</a></li>`,
      )}</ul></nav>`
}
<main id="inhoud" class="wgw-container" tabindex="-1">
<h1 class="utrecht-heading-1">${page.title}</h1>
${page.body}
</main>
</body>
</html>
`
}

export const csrfField = (token: string): SafeHtml => html`<input type="hidden" name="_csrf" value="${token}">`

export interface InputOptions {
  readonly id: string
  readonly label: HtmlValue
  readonly type?: 'text' | 'email' | 'password'
  readonly value?: string
  readonly autocomplete?: string
  readonly description?: HtmlValue
  readonly error?: string
  readonly inputmode?: 'numeric' | 'text'
  readonly required?: boolean
}

/** A labelled input with its description and error, named after its id. */
export function input(o: InputOptions): SafeHtml {
  const invalid = o.error !== undefined
  const described = [o.description === undefined ? '' : `${o.id}-description`, invalid ? `${o.id}-error` : '']
    .filter((x) => x !== '')
    .join(' ')
  return html`<div class="utrecht-form-field${invalid ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${o.id}">${o.label}</label></div>
${o.description === undefined ? '' : html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${o.id}-description">${o.description}</div>`}
${invalid ? html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${o.id}-error">${o.error}</div>` : ''}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}" id="${o.id}" name="${o.id}" type="${o.type ?? 'text'}"${o.value === undefined ? '' : html` value="${o.value}"`}${
    o.autocomplete === undefined ? '' : html` autocomplete="${o.autocomplete}"`
  }${o.inputmode === undefined ? '' : html` inputmode="${o.inputmode}"`}${o.required === true ? html` required` : ''}${invalid ? html` aria-invalid="true"` : ''}${
    described === '' ? '' : html` aria-describedby="${described}"`
  }></div>
</div>`
}

export const button = (label: HtmlValue, appearance: 'primary' | 'secondary' = 'primary'): SafeHtml =>
  appearance === 'primary'
    ? html`<button class="utrecht-button utrecht-button--primary-action" type="submit">${label}</button>`
    : html`<button class="utrecht-button utrecht-button--secondary-action" type="submit">${label}</button>`

export const paragraph = (text: HtmlValue): SafeHtml => html`<p class="utrecht-paragraph">${text}</p>`

export function alert(kind: 'error' | 'ok', body: HtmlValue): SafeHtml {
  return kind === 'error'
    ? html`<div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${body}</div></div></div>`
    : html`<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${body}</div></div></div>`
}

/** Field errors at the top, each linking to its field (WCAG 3.3.1). */
export function errorList(errors: Readonly<Record<string, string>>): SafeHtml {
  const entries = Object.entries(errors)
  if (entries.length === 0) {
    return html``
  }
  return alert(
    'error',
    html`<h2 class="utrecht-heading-2">Controleer de invoer</h2><ul class="utrecht-unordered-list">${entries.map(
      ([id, message]) =>
        html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${id}">${message}</a></li>`,
    )}</ul>`,
  )
}
