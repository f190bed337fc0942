// SPDX-License-Identifier: EUPL-1.2
// The provenance block under every record: status, sources (with their URLs), validity and when an
// editor last checked it. Shown on every data page so readers can judge what they read.
import { ENGLISH_TEXT_FIELDS, type Status } from '../../domain/common.ts'
import { html, type SafeHtml } from '../html.ts'
import type { PageContext } from '../page-context.ts'
import { link, unorderedList } from './link.ts'
import { dataList, type DataListItem } from './table.ts'
import { heading } from './text.ts'

interface Provenance {
  readonly status: Status
  readonly sources: readonly string[]
  readonly validFrom?: string
  readonly validTo?: string
  readonly verifiedAt?: string
  readonly note?: string
  readonly en?: object
}

/**
 * On an English page: whether the record's English texts are all reviewed (issue 15). A text
 * without a status counts as machine; so does a record with no English text at all.
 */
export function englishReviewed(en: object | undefined): boolean {
  if (en === undefined) {
    return false
  }
  const record = en as Record<string, unknown>
  const status = (record['translation'] ?? {}) as Record<string, string>
  const texts = ENGLISH_TEXT_FIELDS.filter((f) => typeof record[f] === 'string')
  return texts.length > 0 && texts.every((f) => status[f] === 'reviewed')
}

export function statusBadge(ctx: PageContext, status: Status): SafeHtml {
  return html`<span class="wgw-badge wgw-badge--${status}">${ctx.t.labels.statuses[status]}</span>`
}

// Making an Intl.DateTimeFormat costs tens of µs and a route page shows a date per record (a
// fifth of its render time): one formatter per language, each date worded once.
const DATE_FORMATS = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
}
const FORMATTED_DATES = new Map<string, string>()
/** Dates in the dataset are a few hundred; the bound only guards against other input. */
const MAX_FORMATTED_DATES = 4096

export function formatDate(ctx: PageContext, iso: string): string {
  const lang = ctx.locale === 'nl' ? 'nl' : 'en'
  const key = lang + iso
  let text = FORMATTED_DATES.get(key)
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number)
    text = DATE_FORMATS[lang].format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)))
    if (FORMATTED_DATES.size >= MAX_FORMATTED_DATES) {
      FORMATTED_DATES.clear()
    }
    FORMATTED_DATES.set(key, text)
  }
  return text
}

export function sourceList(ctx: PageContext, ids: readonly string[]): SafeHtml {
  return unorderedList(
    ids.map((id) => {
      const source = ctx.data.source(id)
      return source === undefined
        ? html`${id}`
        : html`${link(source.url, source.title, { lang: 'nl' })}${source.publisher === undefined ? '' : html` (${source.publisher})`}`
    }),
  )
}

/** Every record shows when an editor last checked it, or that nobody re-checked it yet. */
export function recordMeta(ctx: PageContext, record: Provenance): SafeHtml {
  const t = ctx.t.record
  const items: DataListItem[] = [
    { key: t.status, value: statusBadge(ctx, record.status) },
    {
      key: t.verifiedAt,
      value:
        record.verifiedAt === undefined
          ? t.notChecked
          : html`<time datetime="${record.verifiedAt}">${formatDate(ctx, record.verifiedAt)}</time>`,
    },
  ]
  if (record.validFrom !== undefined) {
    items.push({
      key: t.validFrom,
      value: html`<time datetime="${record.validFrom}">${formatDate(ctx, record.validFrom)}</time>`,
    })
  }
  if (record.validTo !== undefined) {
    items.push({
      key: t.validTo,
      value: html`<time datetime="${record.validTo}">${formatDate(ctx, record.validTo)}</time>`,
    })
  }
  if (record.note !== undefined) {
    const english = ctx.locale === 'en' ? (record.en as { note?: unknown } | undefined)?.note : undefined
    items.push({
      key: t.note,
      value: typeof english === 'string' ? html`${english}` : html`<span lang="nl">${record.note}</span>`,
    })
  }
  if (ctx.locale === 'en' && !englishReviewed(record.en)) {
    items.push({ key: t.translation, value: html`<span data-translation="machine">${t.machineTranslation}</span>` })
  }
  return html`<section class="wgw-meta" aria-labelledby="meta-heading">${heading(2, t.sources, { id: 'meta-heading' })}${sourceList(ctx, record.sources)}${dataList(items)}</section>`
}
