// SPDX-License-Identifier: EUPL-1.2
// Which record stood for a party on a given date: data refers to the current id, so for an older
// date the route shows the predecessor valid then (inspectie-szw before 2022), and for a later date
// the successor.
import type { Party } from '../party.ts'
import { isValidOn } from '../validity.ts'
import type { RouteIndex } from './route-index.ts'

const MAX_HOPS = 8

export function partyOnDate(
  index: Pick<RouteIndex, 'parties' | 'predecessors'>,
  id: string,
  asOf: string,
): Party | undefined {
  return walk(index, index.parties.get(id), asOf, 0)
}

function walk(
  index: Pick<RouteIndex, 'parties' | 'predecessors'>,
  party: Party | undefined,
  asOf: string,
  hops: number,
): Party | undefined {
  if (party === undefined || hops > MAX_HOPS) {
    return undefined
  }
  if (isValidOn(party, asOf)) {
    return party
  }
  if (party.validFrom !== undefined && asOf < party.validFrom) {
    for (const before of index.predecessors.get(party.id) ?? []) {
      const found = walk(index, before, asOf, hops + 1)
      if (found !== undefined) {
        return found
      }
    }
    return undefined
  }
  return party.successor === undefined ? undefined : walk(index, index.parties.get(party.successor), asOf, hops + 1)
}
