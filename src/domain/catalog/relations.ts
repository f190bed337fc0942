// SPDX-License-Identifier: EUPL-1.2
// Relations shared by the catalogue and its views on a date: grouping, and a party's roles.
import type { Aspect, Phase } from '../phase.ts'
import type { Responsibility } from '../responsibility.ts'

/** A party's role in one aspect: the rows of the party page and the API's party detail. */
export interface PartyRole {
  readonly phase: Phase
  readonly aspect: Aspect
  readonly responsibility: Responsibility
}

/** Roles in phase and aspect order, from the given (possibly date-filtered) relations. */
export function partyRoles(
  phases: readonly Phase[],
  aspectsOf: (phase: string) => readonly Aspect[],
  responsibilitiesOf: (aspect: string) => readonly Responsibility[],
  party: string,
): PartyRole[] {
  const roles: PartyRole[] = []
  for (const phase of phases) {
    for (const aspect of aspectsOf(phase.id)) {
      for (const responsibility of responsibilitiesOf(aspect.id)) {
        if (responsibility.party === party) {
          roles.push({ phase, aspect, responsibility })
        }
      }
    }
  }
  return roles
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k !== undefined) {
      const list = groups.get(k)
      if (list === undefined) {
        groups.set(k, [item])
      } else {
        list.push(item)
      }
    }
  }
  return groups
}
