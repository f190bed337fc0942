// SPDX-License-Identifier: EUPL-1.2
// Finding a municipality by name (accents and case ignored) and listing its regions with the
// regional parties known for each: "wie is wie in mijn regio".
import type { Municipality, Region } from '../../../domain/region.ts'
import { municipalityNames, type MunicipalityHit } from '../../../domain/municipality-names.ts'
import { MUNICIPALITY_REGION_KINDS } from '../../../domain/region.ts'
import type { Party } from '../../../domain/party.ts'
import type { CatalogView } from '../../../domain/catalog/index.ts'

export const MAX_QUERY_LENGTH = 100

/** Municipalities for the search box: by CBS name, common name, former municipality or place. */
export function findMunicipalities(data: CatalogView, query: string | undefined): MunicipalityHit[] {
  const names = municipalityNames(data.valid('municipalities'))
  return names.search(query ?? '')
}

export interface RegionEntry {
  readonly region: Region
  readonly parties: readonly Party[]
  /** The party to call while the region's own parties are not confirmed (CoMensha for zorgcoördinatie). */
  readonly fallback?: Party
}

export function municipalityRegions(data: CatalogView, m: Municipality): RegionEntry[] {
  const entries: RegionEntry[] = []
  for (const key of Object.keys(MUNICIPALITY_REGION_KINDS) as (keyof typeof MUNICIPALITY_REGION_KINDS)[]) {
    const id = m.regions[key]
    const region = id === undefined ? undefined : data.byId('regions', id)
    if (region !== undefined) {
      const parties = (region.parties ?? []).flatMap((pid) => {
        const p = data.byId('parties', pid)
        return p === undefined ? [] : [p]
      })
      const fallback = region.fallback === undefined ? undefined : data.byId('parties', region.fallback)
      entries.push({ region, parties, ...(fallback === undefined ? {} : { fallback }) })
    }
  }
  return entries
}
