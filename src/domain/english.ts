// SPDX-License-Identifier: EUPL-1.2
// An API answer in English (ADR 0038): the same shape as the Dutch answer, with every dataset text
// replaced by the English its record carries beside it. The `en` blocks are the one source: a
// record's `en.<field>` replaces `<field>`, a list item's `en` string replaces the item's text (the
// field TEXT_FIELDS names for that list), and the `en` blocks stay, so a client still sees which
// text is English (its `en` counterpart exists) and how far it was checked (`en.translation`). A
// text without English stays Dutch; `wegwijzer validate` lists those.
import { TEXT_FIELDS } from './translations.ts'

/** Per list of items with an `en` string: the field that string translates (`limits` → `label`). */
const ITEM_TEXT = new Map<string, string>(
  Object.values(TEXT_FIELDS).flatMap((spec) =>
    spec.flatMap((f) => ('list' in f && f.english === undefined ? [[f.list, f.dutch] as const] : [])),
  ),
)

/**
 * Catalogue records are shared and never change: each is put into English once per list field it
 * is reached under (a list item's `en` string translates the field its list names, so the same
 * object under another key reads differently).
 */
const MEMO = new WeakMap<object, Map<string | undefined, unknown>>()

/** The answer with its dataset texts in English; parts without English are returned as they are. */
export function inEnglish<T>(value: T, key?: string): T {
  return english(value, key) as T
}

function english(value: unknown, key: string | undefined): unknown {
  if (typeof value !== 'object' || value === null) {
    return value
  }
  let byKey = MEMO.get(value)
  const kept = byKey?.get(key)
  if (kept !== undefined) {
    return kept
  }
  const out = Array.isArray(value) ? englishList(value, key) : englishObject(value as Record<string, unknown>, key)
  if (byKey === undefined) {
    byKey = new Map()
    MEMO.set(value, byKey)
  }
  byKey.set(key, out)
  return out
}

function englishList(list: readonly unknown[], key: string | undefined): readonly unknown[] {
  let out: unknown[] | undefined
  for (let i = 0; i < list.length; i++) {
    const item = english(list[i], key)
    if (item !== list[i]) {
      out ??= list.slice()
      out[i] = item
    }
  }
  return out ?? list
}

function englishObject(record: Record<string, unknown>, key: string | undefined): Record<string, unknown> {
  let out: Record<string, unknown> | undefined
  const set = (field: string, v: unknown): void => {
    out ??= { ...record }
    out[field] = v
  }
  for (const field in record) {
    if (field === 'en') {
      continue
    }
    const v = record[field]
    const translated = english(v, field)
    if (translated !== v) {
      set(field, translated)
    }
  }
  const en = record['en']
  if (typeof en === 'string') {
    const field = key === undefined ? undefined : ITEM_TEXT.get(key)
    if (field !== undefined && typeof record[field] === 'string') {
      set(field, en)
    }
  } else if (typeof en === 'object' && en !== null) {
    for (const [field, text] of Object.entries(en as Record<string, unknown>)) {
      const dutch = record[field]
      if (field !== 'translation' && Array.isArray(text) === Array.isArray(dutch) && typeof text === typeof dutch) {
        set(field, text)
      }
    }
  }
  return out ?? record
}
