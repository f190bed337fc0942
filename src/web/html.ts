// SPDX-License-Identifier: EUPL-1.2
// Auto-escaping HTML templates: every interpolation is escaped unless it is already SafeHtml, so
// data from the dataset or the query string can never become markup (XSS impossible by construction).

const SAFE = Symbol('SafeHtml')

/** A fragment of HTML that was built by `html` (or `trustedHtml` for our own generated markup). */
export interface SafeHtml {
  readonly [SAFE]: true
  readonly value: string
}

/** What may be interpolated: text is escaped, SafeHtml is kept, lists are joined, nullish and false render nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

const SPECIAL = /[&<>"'`]/

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most texts have nothing to escape: a test is far cheaper than a replace with a callback.
  return SPECIAL.test(text) ? text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c) : text
}

function safe(value: string): SafeHtml {
  return { [SAFE]: true, value }
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as Partial<SafeHtml>)[SAFE] === true
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) {
    return ''
  }
  if (value === true) {
    return ''
  }
  if (typeof value === 'number') {
    return escapeHtml(String(value))
  }
  if (typeof value === 'string') {
    return escapeHtml(value)
  }
  if (isSafeHtml(value)) {
    return value.value
  }
  return value.map(render).join('')
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` fragments stay markup. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '')
  }
  return safe(out)
}

/**
 * Marks markup we generated ourselves from escaped parts (e.g. the organogram SVG) as safe.
 * Never pass user or data text here unescaped.
 */
export function trustedHtml(markup: string): SafeHtml {
  return safe(markup)
}

/** Joins fragments with an optional separator (the separator is markup we write). */
export function joinHtml(parts: readonly HtmlValue[], separator: SafeHtml = safe('')): SafeHtml {
  return safe(parts.map(render).join(separator.value))
}

/** Renders a fragment to its string form, e.g. to send as a response body. */
export function toHtmlString(fragment: SafeHtml): string {
  return fragment.value
}
