// SPDX-License-Identifier: EUPL-1.2
// The field-by-field difference between two versions of a record, for the review screen and the
// record history: every changed leaf with its JSON pointer, old and new value.
import { isDeepStrictEqual } from 'node:util'

export interface FieldChange {
  /** JSON pointer, e.g. /contact/phones/0/number. */
  readonly pointer: string
  /** undefined: the field is new. */
  readonly before: unknown
  /** undefined: the field was removed. */
  readonly after: unknown
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1')

export function diffRecords(before: unknown, after: unknown, pointer = ''): FieldChange[] {
  if (isDeepStrictEqual(before, after)) {
    return []
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    return keys.flatMap((k) => diffRecords(before[k], after[k], `${pointer}/${escape(k)}`))
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    before.length === after.length &&
    before.some((b) => isObject(b))
  ) {
    return before.flatMap((b, i) => diffRecords(b, after[i], `${pointer}/${i}`))
  }
  return [{ pointer: pointer === '' ? '/' : pointer, before, after }]
}

/** A value as one line of text for the diff view. */
export function showValue(value: unknown): string {
  if (value === undefined) {
    return '—'
  }
  return typeof value === 'string' ? value : JSON.stringify(value)
}
