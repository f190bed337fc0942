// SPDX-License-Identifier: EUPL-1.2
// The order of the parties inside one aspect of a route (issue 11): the role first (who leads comes
// before who executes, supports or advises), then how firm the record is (sourced before derived
// or unverified), then the party's reach (one national organisation before the regional ones,
// and both before a sector: businesses, professions and their branch bodies), then the name.
// docs/route-summary.md states the rule; JSON, API, CLI and page all show the parties in this order.
import type { Status } from '../common.ts'
import type { Party } from '../party.ts'
import { ROLE_TYPES, type RoleType } from '../responsibility.ts'

/** Role types by weight: lead (regie) > executes > decides > funds > supports > advises > registers > refers. */
export const ROLE_ORDER: readonly RoleType[] = ROLE_TYPES

export const PARTY_REACHES = ['national', 'regional', 'sector'] as const
export type PartyReach = (typeof PARTY_REACHES)[number]

/**
 * national: one organisation working nationally or internationally (police, NLA, CoMensha, IND);
 * regional: a public body or care organisation found per region or municipality (Veilig Thuis,
 * the municipality, the zorgcoördinator, the GGD); sector: a kind of business or profession, or the
 * branch body that speaks for it (schools, housing associations, banks, VNG). A sector cannot be
 * called about a case; a named organisation can.
 */
export function partyReach(party: Pick<Party, 'kind' | 'level'>): PartyReach {
  if (party.kind === 'private' || party.kind === 'sector-body') {
    return 'sector'
  }
  return party.level === 'national' || party.level === 'international' ? 'national' : 'regional'
}

const STATUS_RANK: Readonly<Record<Status, number>> = { sourced: 0, derived: 1, unverified: 2 }
const REACH_RANK: Readonly<Record<PartyReach, number>> = { national: 0, regional: 1, sector: 2 }
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** What the order of two parties in one aspect depends on. */
export interface OrderedParty {
  readonly roleType: RoleType
  /** The route item's status: the weaker of the responsibility's and the party's. */
  readonly status: Status
  readonly reach: PartyReach
  readonly name: string
  /** Responsibility id, the last tie-break, so the order never depends on file order. */
  readonly key: string
}

export function compareParties(a: OrderedParty, b: OrderedParty): number {
  return (
    ROLE_ORDER.indexOf(a.roleType) - ROLE_ORDER.indexOf(b.roleType) ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    REACH_RANK[a.reach] - REACH_RANK[b.reach] ||
    byText(a.name, b.name) ||
    byText(a.key, b.key)
  )
}
