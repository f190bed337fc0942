// SPDX-License-Identifier: EUPL-1.2
// Headings, paragraphs and data texts in the page language, with NL Design System classes.
import { html, type HtmlValue, type SafeHtml } from '../html.ts'
import { localText, type EnglishField, type Locale, type LocalText, type Translatable } from '../i18n.ts'

export type HeadingLevel = 1 | 2 | 3 | 4

export function heading(level: HeadingLevel, content: HtmlValue, options: { id?: string } = {}): SafeHtml {
  const id = options.id === undefined ? '' : html` id="${options.id}"`
  switch (level) {
    case 1:
      return html`<h1 class="utrecht-heading-1"${id}>${content}</h1>`
    case 2:
      return html`<h2 class="utrecht-heading-2"${id}>${content}</h2>`
    case 3:
      return html`<h3 class="utrecht-heading-3"${id}>${content}</h3>`
    case 4:
      return html`<h4 class="utrecht-heading-4"${id}>${content}</h4>`
  }
}

export function paragraph(content: HtmlValue, options: { lead?: boolean; lang?: SafeHtml } = {}): SafeHtml {
  const cls = options.lead === true ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'
  return html`<p class="${cls}"${options.lang}>${content}</p>`
}

/** ` lang="nl"` when a data text falls back to Dutch on an English page; nothing otherwise. */
export function langAttr(text: LocalText, pageLocale: Locale): SafeHtml {
  return text.lang === pageLocale ? html`` : html` lang="${text.lang}"`
}

/** An inline data text, wrapped in a span with lang when it is not in the page language. */
export function localized(text: LocalText, pageLocale: Locale): SafeHtml {
  return text.lang === pageLocale ? html`${text.text}` : html`<span lang="${text.lang}">${text.text}</span>`
}

/** A record's text field in the page's language, marked with its language when it falls back to Dutch. */
export function localField<R extends Translatable>(
  ctx: { readonly locale: Locale },
  record: R,
  field: EnglishField & keyof R,
): SafeHtml {
  return localized(localText(record, field, ctx.locale), ctx.locale)
}

/** A paragraph holding a data text, marked with its language when it falls back. */
export function localizedParagraph(text: LocalText, pageLocale: Locale, options: { lead?: boolean } = {}): SafeHtml {
  return paragraph(text.text, { ...options, lang: langAttr(text, pageLocale) })
}
