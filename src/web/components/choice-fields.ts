// SPDX-License-Identifier: EUPL-1.2
// Radio groups (a fieldset with legend) and multi-line text fields for POST forms, with the same
// inline-error pattern as form.ts: the error sits between label and control and is announced
// through aria-describedby, and the summary at the top links to the first control of the group.
import { html, type HtmlValue, type SafeHtml } from '../html.ts'

export interface RadioOption {
  readonly value: string
  readonly label: HtmlValue
}

export interface RadioGroupOptions {
  /** Id prefix: the first radio gets `${id}`, so an error summary can link to `#${id}`. */
  readonly id: string
  readonly name: string
  readonly legend: HtmlValue
  readonly options: readonly RadioOption[]
  readonly checked?: string
  readonly description?: HtmlValue
  readonly error?: string
  /** Extra note under the legend (e.g. what someone else saved meanwhile). */
  readonly note?: HtmlValue
}

export function radioGroup(o: RadioGroupOptions): SafeHtml {
  const invalid = o.error !== undefined
  const described = [
    o.description === undefined ? undefined : `${o.id}-description`,
    o.note === undefined ? undefined : `${o.id}-note`,
    invalid ? `${o.id}-error` : undefined,
  ].filter((x) => x !== undefined)
  return html`<div class="utrecht-form-fieldset utrecht-form-fieldset--distanced${invalid ? ' utrecht-form-fieldset--invalid' : ''}">
<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"${described.length === 0 ? '' : html` aria-describedby="${described.join(' ')}"`}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${o.legend}</legend>
${o.description === undefined ? '' : html`<div class="utrecht-form-field-description" id="${o.id}-description">${o.description}</div>`}
${o.note === undefined ? '' : html`<div class="utrecht-form-field-description wgw-field-note" id="${o.id}-note">${o.note}</div>`}
${invalid ? html`<div class="utrecht-form-field-error-message" id="${o.id}-error">${o.error}</div>` : ''}
<div class="wgw-radio-row">${o.options.map((opt, i) => {
    // Implicit labels keep ~50 questions × 3 answers small; the first radio carries the group's id.
    const id = i === 0 ? o.id : `${o.id}-${opt.value}`
    return html`<label class="utrecht-form-label utrecht-form-label--radio wgw-radio"><input class="utrecht-radio-button utrecht-radio-button--html-input${
      invalid ? ' utrecht-radio-button--invalid' : ''
    }" type="radio" id="${id}" name="${o.name}" value="${opt.value}"${opt.value === o.checked ? html` checked` : ''}>${opt.label}</label>`
  })}</div>
</fieldset>
</div>`
}

export interface TextAreaOptions {
  readonly id: string
  readonly name: string
  readonly label: HtmlValue
  readonly value?: string
  readonly description?: HtmlValue
  readonly error?: string
  readonly rows?: number
  readonly maxLength?: number
}

export function textArea(o: TextAreaOptions): SafeHtml {
  const invalid = o.error !== undefined
  const described = [
    o.description === undefined ? undefined : `${o.id}-description`,
    invalid ? `${o.id}-error` : undefined,
  ].filter((x) => x !== undefined)
  return html`<div class="utrecht-form-field utrecht-form-field--text${invalid ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${o.id}">${o.label}</label></div>
${o.description === undefined ? '' : html`<div class="utrecht-form-field__description utrecht-form-field-description" id="${o.id}-description">${o.description}</div>`}
${invalid ? html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${o.id}-error">${o.error}</div>` : ''}
<div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}" id="${o.id}" name="${o.name}" rows="${o.rows ?? 3}"${
    o.maxLength === undefined ? '' : html` maxlength="${o.maxLength}"`
  }${invalid ? html` aria-invalid="true"` : ''}${described.length === 0 ? '' : html` aria-describedby="${described.join(' ')}"`}>${o.value ?? ''}</textarea></div>
</div>`
}
