// SPDX-License-Identifier: EUPL-1.2
// Form fields with label, description and an inline error that names the problem; forms use GET
// so they work without JavaScript and the result has a shareable URL.
import { html, type HtmlValue, type SafeHtml } from '../html.ts'
import { safeHref } from './link.ts'

export interface SelectOption {
  readonly value: string
  readonly label: HtmlValue
}

export interface FieldOptions {
  readonly id: string
  readonly name: string
  readonly label: HtmlValue
  readonly description?: HtmlValue
  readonly error?: string
}

function describedBy(o: FieldOptions): SafeHtml {
  const ids = [
    o.description === undefined ? undefined : `${o.id}-description`,
    o.error === undefined ? undefined : `${o.id}-error`,
  ].filter((x) => x !== undefined)
  return ids.length === 0 ? html`` : html` aria-describedby="${ids.join(' ')}"`
}

function fieldShell(o: FieldOptions, control: SafeHtml): SafeHtml {
  const invalid = o.error !== undefined
  return html`<div class="utrecht-form-field${invalid ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${o.id}">${o.label}</label></div>
${o.description === undefined ? '' : html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${o.id}-description">${o.description}</div>`}
${invalid ? html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${o.id}-error">${o.error}</div>` : ''}
<div class="utrecht-form-field__input">${control}</div>
</div>`
}

export function selectField(
  o: FieldOptions & { readonly options: readonly SelectOption[]; readonly selected?: string },
): SafeHtml {
  const invalid = o.error !== undefined
  const control = html`<select class="utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}" id="${o.id}" name="${o.name}"${
    invalid ? html` aria-invalid="true"` : ''
  }${describedBy(o)}>${o.options.map(
    (opt) => html`<option value="${opt.value}"${opt.value === o.selected ? html` selected` : ''}>${opt.label}</option>`,
  )}</select>`
  return fieldShell(o, control)
}

export function textField(
  o: FieldOptions & {
    readonly value?: string
    readonly autocomplete?: string
    readonly type?: 'text' | 'search' | 'password'
  },
): SafeHtml {
  const invalid = o.error !== undefined
  const control = html`<input class="utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}" id="${o.id}" name="${o.name}" type="${o.type ?? 'text'}"${
    o.value === undefined ? '' : html` value="${o.value}"`
  }${o.autocomplete === undefined ? '' : html` autocomplete="${o.autocomplete}"`}${
    invalid ? html` aria-invalid="true"` : ''
  }${describedBy(o)}>`
  return fieldShell(o, control)
}

export function submitButton(label: HtmlValue): SafeHtml {
  return html`<button class="utrecht-button utrecht-button--primary-action" type="submit">${label}</button>`
}

/** Class names spelled out, so the shipped CSS can be cut to the classes in use (src/generated/utrecht-css.ts). */
const BUTTON_LINK_APPEARANCE = {
  'primary-action': 'utrecht-button-link--primary-action',
  'secondary-action': 'utrecht-button-link--secondary-action',
} as const

export function buttonLink(
  href: string,
  label: HtmlValue,
  appearance: 'primary-action' | 'secondary-action' = 'secondary-action',
): SafeHtml {
  return html`<a class="utrecht-button-link utrecht-button-link--html-a ${BUTTON_LINK_APPEARANCE[appearance]}" href="${safeHref(href)}">${label}</a>`
}

/** Summary of form errors at the top, each linking to its field (WCAG 3.3.1). */
export function errorSummary(
  title: HtmlValue,
  /** href: where the field is when it is on another page (default `#fieldId`). */
  errors: readonly { readonly fieldId: string; readonly message: string; readonly href?: string }[],
): SafeHtml {
  if (errors.length === 0) {
    return html``
  }
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">${title}</h2>
<ul class="utrecht-unordered-list">${errors.map((e) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${e.href === undefined ? `#${e.fieldId}` : safeHref(e.href)}">${e.message}</a></li>`)}</ul>
</div></div></div>`
}
