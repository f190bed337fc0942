// SPDX-License-Identifier: EUPL-1.2
// Where each party works, so that regional parties of different regions are not counted as an
// overlap (issue 20 item 9): a shelter in Flevoland and one in Rotterdam never meet the same
// victim's case as rivals. A party works everywhere when it is national or international, or when
// the data places it in no region; otherwise in the regions that list it (data/regions `parties`)
// and the regions its responsibilities are limited to (`conditions.regions`).
import type { Dataset } from '../entities.ts'
import type { RouteIndex } from '../route/index.ts'

export interface PartyAreas {
  /** Region ids of the party's area; undefined when it works everywhere. */
  regionsOf(partyId: string): ReadonlySet<string> | undefined
  /** Municipality codes of the party's area; undefined when it works everywhere. */
  municipalitiesOf(partyId: string): ReadonlySet<string> | undefined
  /** Municipality codes of a region (empty for an unknown id). */
  regionMunicipalities(regionId: string): ReadonlySet<string>
}

const EVERYWHERE_LEVELS: readonly string[] = ['national', 'international']

export function buildPartyAreas(dataset: Pick<Dataset, 'regions' | 'responsibilities'>, route: RouteIndex): PartyAreas {
  const regionsOfParty = new Map<string, Set<string>>()
  const add = (party: string, region: string): void => {
    const set = regionsOfParty.get(party) ?? new Set<string>()
    set.add(region)
    regionsOfParty.set(party, set)
  }
  for (const r of dataset.regions) {
    for (const p of r.parties ?? []) {
      add(p, r.id)
    }
  }
  for (const r of dataset.responsibilities) {
    for (const region of r.conditions?.regions ?? []) {
      add(r.party, region)
    }
  }
  const byRegion = new Map<string, Set<string>>()
  for (const m of route.municipalities.values()) {
    for (const region of m.regionSet) {
      const set = byRegion.get(region) ?? new Set<string>()
      set.add(m.record.id)
      byRegion.set(region, set)
    }
  }
  const everywhere = (partyId: string): boolean => {
    const level = route.parties.get(partyId)?.level
    return level === undefined || EVERYWHERE_LEVELS.includes(level)
  }
  const municipalities = new Map<string, Set<string> | undefined>()
  const empty: ReadonlySet<string> = new Set()
  return {
    regionsOf: (id) => (everywhere(id) ? undefined : regionsOfParty.get(id)),
    municipalitiesOf(id) {
      if (!municipalities.has(id)) {
        const regions = everywhere(id) ? undefined : regionsOfParty.get(id)
        municipalities.set(
          id,
          regions === undefined ? undefined : new Set([...regions].flatMap((r) => [...(byRegion.get(r) ?? [])])),
        )
      }
      return municipalities.get(id)
    },
    regionMunicipalities: (id) => byRegion.get(id) ?? empty,
  }
}

/** True when the sets share an element; undefined stands for "everywhere". */
export function meet(...sets: readonly (ReadonlySet<string> | undefined)[]): boolean {
  const bounded = sets.filter((s): s is ReadonlySet<string> => s !== undefined).sort((a, b) => a.size - b.size)
  const [smallest, ...rest] = bounded
  if (smallest === undefined) {
    return true
  }
  for (const x of smallest) {
    if (rest.every((s) => s.has(x))) {
      return true
    }
  }
  return false
}
