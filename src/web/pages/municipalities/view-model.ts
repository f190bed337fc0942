// SPDX-License-Identifier: EUPL-1.2
// Finding a municipality by name (accents and case ignored) and listing its regions with the
// regional parties known for each: "wie is wie in mijn regio".
import type { Municipality, Region } from '../../../domain/region.ts'
import { MUNICIPALITY_REGION_KINDS } from '../../../domain/region.ts'
import type { Party } from '../../../domain/party.ts'
import type { WebData } from '../../web-data.ts'

export const MAX_QUERY_LENGTH = 100

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function findMunicipalities(data: WebData, query: string | undefined): Municipality[] {
  const all = [...data.valid('municipalities')].sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  if (query === undefined) {
    return all
  }
  const q = fold(query)
  const starts = all.filter((m) => fold(m.name).startsWith(q))
  const contains = all.filter((m) => !fold(m.name).startsWith(q) && fold(m.name).includes(q))
  return [...starts, ...contains]
}

export interface RegionEntry {
  readonly region: Region
  readonly parties: readonly Party[]
}

export function municipalityRegions(data: WebData, m: Municipality): RegionEntry[] {
  const entries: RegionEntry[] = []
  for (const key of Object.keys(MUNICIPALITY_REGION_KINDS) as (keyof typeof MUNICIPALITY_REGION_KINDS)[]) {
    const id = m.regions[key]
    const region = id === undefined ? undefined : data.byId('regions', id)
    if (region !== undefined) {
      const parties = (region.parties ?? []).flatMap((pid) => {
        const p = data.byId('parties', pid)
        return p === undefined ? [] : [p]
      })
      entries.push({ region, parties })
    }
  }
  return entries
}
