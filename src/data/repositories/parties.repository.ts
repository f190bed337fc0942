// SPDX-License-Identifier: EUPL-1.2
// Queries on parties: one by id, or a filtered list using the indexed columns.
import type { Party } from '../../domain/party.ts'
import type { Db } from '../database.ts'
import { compareIds, readRecord } from './records.repository.ts'

export interface PartyFilter {
  readonly kind?: string | readonly string[]
  readonly level?: string | readonly string[]
  /** Direct children of this party. */
  readonly parentId?: string
  readonly status?: string | readonly string[]
  /** Only parties valid on this date (YYYY-MM-DD): validFrom ≤ asOf < validTo. */
  readonly asOf?: string
}

export async function getParty(db: Db, id: string): Promise<Party | undefined> {
  return readRecord(db, 'parties', id)
}

/** Parties matching every given filter, sorted by id. */
export async function listParties(db: Db, filter: PartyFilter = {}): Promise<Party[]> {
  let query = db.selectFrom('parties').select(['id', 'doc'])
  const kinds = asList(filter.kind)
  if (kinds !== undefined) {
    query = query.where('kind', 'in', kinds)
  }
  const levels = asList(filter.level)
  if (levels !== undefined) {
    query = query.where('level', 'in', levels)
  }
  const statuses = asList(filter.status)
  if (statuses !== undefined) {
    query = query.where('status', 'in', statuses)
  }
  if (filter.parentId !== undefined) {
    query = query.where('parent_id', '=', filter.parentId)
  }
  const asOf = filter.asOf
  if (asOf !== undefined) {
    query = query
      .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', asOf)]))
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]))
  }
  const rows = await query.execute()
  return rows.sort((a, b) => compareIds(a.id, b.id)).map((r) => JSON.parse(r.doc) as Party)
}

/** undefined: no filter; an empty list matches nothing (`in ()` is not valid SQL, so use a value no column has). */
function asList(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) {
    return undefined
  }
  const list = typeof value === 'string' ? [value] : [...value]
  return list.length === 0 ? [''] : list
}
