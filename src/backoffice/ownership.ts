// SPDX-License-Identifier: EUPL-1.2
// Which organisations own a record, for the policy: an organisation editor may propose changes to
// its own party, the responsibilities it carries and the regions it serves (its regional roles).
// Everything else is national editors' work.
import type { Dataset, EntityKey } from '../domain/entities.ts'

/** Entity types an organisation editor can own records of. */
export const OWNABLE: readonly EntityKey[] = ['parties', 'responsibilities', 'regions']

export function ownersOf(dataset: Dataset, entity: EntityKey, id: string): string[] {
  if (entity === 'parties') {
    return dataset.parties.some((p) => p.id === id) ? [id] : []
  }
  if (entity === 'responsibilities') {
    const r = dataset.responsibilities.find((x) => x.id === id)
    return r === undefined ? [] : [r.party]
  }
  if (entity === 'regions') {
    const r = dataset.regions.find((x) => x.id === id) as { parties?: readonly string[] } | undefined
    return [...(r?.parties ?? [])]
  }
  return []
}

/** The records an organisation owns, as `entity/id`, for its work list. */
export function recordsOwnedBy(dataset: Dataset, organisation: string): { entity: EntityKey; id: string }[] {
  const out: { entity: EntityKey; id: string }[] = []
  for (const entity of OWNABLE) {
    for (const record of dataset[entity] as readonly { id: string }[]) {
      if (ownersOf(dataset, entity, record.id).includes(organisation)) {
        out.push({ entity, id: record.id })
      }
    }
  }
  return out
}
