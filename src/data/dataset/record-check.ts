// SPDX-License-Identifier: EUPL-1.2
// The checks of `wegwijzer validate`, for one changed record inside an otherwise valid dataset
// (the back-office validates a draft before anything is saved): the entity schema, dates,
// references to other records and the semantic checks — each problem with the field it is about.
import { ENTITIES, type Dataset, type EntityKey, type Reference } from '../../domain/entities.ts'
import { isCalendarDate } from '../../domain/validity.ts'
import { getValidators } from './load.ts'
import { describeSchemaErrors } from './schema-errors.ts'
import { semanticProblems } from './semantic-checks.ts'

export interface FieldProblem {
  /** JSON pointer of the field, '' for the record as a whole. */
  readonly pointer: string
  readonly message: string
}

/** `dataset` with `record` in place of the record of the same id (or added). */
export function withRecord(dataset: Dataset, key: EntityKey, record: { id: string }): Dataset {
  const list = dataset[key] as readonly { id: string }[]
  const next = list.some((r) => r.id === record.id)
    ? list.map((r) => (r.id === record.id ? record : r))
    : [...list, record].sort((a, b) => (a.id < b.id ? -1 : 1))
  return { ...dataset, [key]: next } as Dataset
}

export function recordProblems(dataset: Dataset, key: EntityKey, record: unknown): FieldProblem[] {
  const check = getValidators().get(key)
  if (check !== undefined && !check(record)) {
    return describeSchemaErrors(check.errors ?? []).map((e) => ({
      pointer: e.pointer,
      message: e.hint === undefined ? e.message : `${e.message} (${e.hint})`,
    }))
  }
  const r = record as { id: string; validFrom?: string; validTo?: string }
  const out: FieldProblem[] = []
  for (const field of ['validFrom', 'validTo'] as const) {
    const v = r[field]
    if (v !== undefined && !isCalendarDate(v)) {
      out.push({ pointer: `/${field}`, message: `${field} is not a real calendar date: ${v}` })
    }
  }
  if (r.validFrom !== undefined && r.validTo !== undefined && r.validFrom >= r.validTo) {
    out.push({
      pointer: '/validTo',
      message: `validity range is reversed or empty: validFrom ${r.validFrom} is not before validTo ${r.validTo}`,
    })
  }
  const refs: Reference[] = (ENTITIES[key].references as (x: unknown) => Reference[])(record)
  for (const ref of refs) {
    const target = (dataset[ref.target] as readonly { id: string; kind?: string }[]).find((t) => t.id === ref.id)
    if (target === undefined) {
      out.push({ pointer: ref.pointer, message: `unknown ${ENTITIES[ref.target].label} '${ref.id}'` })
    } else if (ref.regionKind !== undefined && target.kind !== ref.regionKind) {
      out.push({
        pointer: ref.pointer,
        message: `region '${ref.id}' is a ${target.kind}, expected a ${ref.regionKind}`,
      })
    }
  }
  const next = withRecord(dataset, key, r)
  const mine = `${key}/${r.id}`
  for (const p of semanticProblems(
    next,
    (k, id, pointer) => ({ file: `${k}/${id}`, line: 0, column: 0, pointer }) as never,
  )) {
    const at = p as unknown as { file: string; pointer: string }
    if (at.file === mine) {
      out.push({ pointer: at.pointer, message: p.message })
    }
  }
  return out
}
