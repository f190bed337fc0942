// SPDX-License-Identifier: EUPL-1.2
// Links and link lists. Only http(s), mailto, tel and same-site paths become hrefs, so a data
// value can never turn into a javascript: link.
import { html, type HtmlValue, type SafeHtml } from '../html.ts'

/** Returns the URL when it is safe to put in href, otherwise throws (a bug in our data or code). */
export function safeHref(url: string): string {
  if (
    /^(https?:\/\/|mailto:|tel:)/i.test(url) ||
    (url.startsWith('/') && !url.startsWith('//')) ||
    url.startsWith('#')
  ) {
    return url
  }
  throw new Error(`unsafe link target: ${JSON.stringify(url)}`)
}

export interface LinkOptions {
  readonly current?: boolean
  readonly lang?: string
  readonly hreflang?: string
  readonly download?: boolean
  readonly className?: string
}

export function link(href: string, content: HtmlValue, options: LinkOptions = {}): SafeHtml {
  const classes = ['utrecht-link', options.className].filter((c) => c !== undefined).join(' ')
  const external = /^https?:\/\//i.test(href)
  return html`<a class="${classes}" href="${safeHref(href)}"${options.current === true ? html` aria-current="page"` : ''}${
    options.lang === undefined ? '' : html` lang="${options.lang}"`
  }${options.hreflang === undefined ? '' : html` hreflang="${options.hreflang}"`}${
    options.download === true ? html` download` : ''
  }${external ? html` rel="noopener noreferrer"` : ''}>${content}</a>`
}

/**
 * A phone link: tel: with the digits only, the number shown as written but never broken over lines
 * (no-break spaces and hyphens),
 * and always left to right (in an Arabic sentence "033 448 11 86" would otherwise show its groups
 * in reverse order).
 */
export function phoneLink(phone: string): SafeHtml {
  const digits = phone.replace(/[^0-9+]/g, '')
  return html`<a class="utrecht-link utrecht-link--telephone" href="${safeHref(`tel:${digits}`)}" dir="ltr">${phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')}</a>`
}

export function unorderedList(items: readonly HtmlValue[], options: { lang?: SafeHtml } = {}): SafeHtml {
  return html`<ul class="utrecht-unordered-list"${options.lang}>${items.map((i) => html`<li class="utrecht-unordered-list__item">${i}</li>`)}</ul>`
}

export function orderedList(items: readonly HtmlValue[]): SafeHtml {
  return html`<ol class="utrecht-ordered-list">${items.map((i) => html`<li class="utrecht-ordered-list__item">${i}</li>`)}</ol>`
}

export interface LinkListItem {
  readonly href: string
  readonly title: HtmlValue
  readonly text?: HtmlValue
}

/** A list of links with an optional line of text each (entrances, instruments, index pages). */
export function linkList(items: readonly LinkListItem[]): SafeHtml {
  return html`<ul class="utrecht-link-list utrecht-link-list--html-ul">${items.map(
    (i) =>
      html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link-list__link" href="${safeHref(i.href)}">${i.title}</a>${
        i.text === undefined ? '' : html`<span class="wgw-link-list__text">${i.text}</span>`
      }</li>`,
  )}</ul>`
}
