// SPDX-License-Identifier: EUPL-1.2
// What the party pages show, derived from the dataset: the party's roles grouped by phase and
// aspect, the victim categories it serves, its rights, and its predecessor/successor.
import type { Party } from '../../../domain/party.ts'
import type { Right } from '../../../domain/right.ts'
import type { VictimCategory } from '../../../domain/victim.ts'
import type { CatalogView, PartyRole } from '../../../domain/catalog/index.ts'

export type RoleRow = PartyRole

export interface PartyView {
  readonly party: Party
  readonly parent?: Party
  readonly successor?: Party
  readonly predecessors: readonly Party[]
  readonly roles: readonly RoleRow[]
  /** undefined: serves everyone (a role without conditions); otherwise the categories it can serve. */
  readonly categories?: readonly VictimCategory[]
  readonly rights: readonly Right[]
}

export function partyView(data: CatalogView, party: Party): PartyView {
  const roles = data.rolesOf(party.id)
  const categories = data.categoriesServedBy(party.id)
  const parent = party.parent === undefined ? undefined : data.byId('parties', party.parent)
  const successor = party.successor === undefined ? undefined : data.byId('parties', party.successor)
  return {
    party,
    ...(parent === undefined ? {} : { parent }),
    ...(successor === undefined ? {} : { successor }),
    predecessors: data.catalog.predecessorsOf(party.id),
    roles,
    ...(categories === undefined ? {} : { categories }),
    rights: data.rightsProvidedBy(party.id),
  }
}

/** Parties valid today, sorted by display name (Dutch collation). */
export function partyList(data: CatalogView): Party[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' })
  return [...data.valid('parties')].sort((a, b) => collator.compare(data.partyLabel(a), data.partyLabel(b)))
}
