// SPDX-License-Identifier: EUPL-1.2
// What the party pages show, derived from the dataset: the party's roles grouped by phase and
// aspect, the victim categories it serves, its rights, and its predecessor/successor.
import type { Aspect, Phase } from '../../../domain/phase.ts'
import type { Party } from '../../../domain/party.ts'
import type { Responsibility } from '../../../domain/responsibility.ts'
import type { Right } from '../../../domain/right.ts'
import type { VictimCategory } from '../../../domain/victim.ts'
import { conditionsOverlap } from '../../../domain/conditions/index.ts'
import type { WebData } from '../../web-data.ts'

export interface RoleRow {
  readonly phase: Phase
  readonly aspect: Aspect
  readonly responsibility: Responsibility
}

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

export function partyView(data: WebData, party: Party): PartyView {
  const roles: RoleRow[] = []
  for (const phase of data.phases) {
    for (const aspect of data.aspectsOf(phase.id)) {
      for (const r of data.responsibilitiesOfAspect(aspect.id)) {
        if (r.party === party.id) {
          roles.push({ phase, aspect, responsibility: r })
        }
      }
    }
  }
  const own = data.responsibilitiesOfParty(party.id)
  const servesEveryone = own.some((r) => r.conditions === undefined || Object.keys(r.conditions).length === 0)
  const categories = servesEveryone
    ? undefined
    : data.valid('victimCategories').filter((c) => own.some((r) => conditionsOverlap(r.conditions, c.facets)))
  const parent = party.parent === undefined ? undefined : data.byId('parties', party.parent)
  const successor = party.successor === undefined ? undefined : data.byId('parties', party.successor)
  return {
    party,
    ...(parent === undefined ? {} : { parent }),
    ...(successor === undefined ? {} : { successor }),
    predecessors: data.dataset.parties.filter((p) => p.successor === party.id),
    roles,
    ...(categories === undefined ? {} : { categories }),
    rights: data.rightsProvidedBy(party.id),
  }
}

/** Parties valid today, sorted by display name (Dutch collation). */
export function partyList(data: WebData): Party[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' })
  return [...data.valid('parties')].sort((a, b) => collator.compare(data.partyLabel(a), data.partyLabel(b)))
}
