// SPDX-License-Identifier: EUPL-1.2
// The regional part of a route: the municipality's regions (police unit, RIEC, Veilig Thuis,
// zorgcoördinatie, centrumgemeente, …) and the parties with contact details they bring.
import type { RegionKind } from '../region.ts'
import { isValidOn } from '../validity.ts'
import { partyOnDate } from './party-on-date.ts'
import type { IndexedMunicipality, RouteIndex } from './route-index.ts'
import type { RouteMessage } from './route-messages.ts'
import type { RegionRef, RegionalParty, Route } from './route-schema.ts'
import { weakest } from './status.ts'

/**
 * National parties whose regional branch is found through a region kind rather than a `parent`
 * link (zorgcoördinatie regions point at care providers that are not children of zorgcoordinator).
 */
export const GENERIC_PARTY_FOR_KIND: Readonly<Partial<Record<RegionKind, string>>> = {
  'police-unit': 'politie',
  riec: 'riec',
  'veilig-thuis': 'veilig-thuis',
  zorgcoordinatie: 'zorgcoordinator',
  'centrumgemeente-vo': 'centrumgemeente-vo',
}

export interface RegionalResult {
  readonly regional: Route['regional']
  /** Regional parties per national party id (by parent link or region kind). */
  readonly byGeneric: ReadonlyMap<string, RegionalParty[]>
}

const EMPTY: RegionalResult = { regional: { municipality: null, parties: [] }, byGeneric: new Map() }

export function regionalPart(index: RouteIndex, m: IndexedMunicipality | undefined, asOf: string): RegionalResult {
  if (m === undefined) {
    return EMPTY
  }
  const regions: RegionRef[] = []
  const parties: RegionalParty[] = []
  const seen = new Map<string, RegionalParty>()
  const byGeneric = new Map<string, RegionalParty[]>()
  const link = (key: string, rp: RegionalParty): void => {
    const list = byGeneric.get(key) ?? []
    if (!list.includes(rp)) {
      list.push(rp)
    }
    byGeneric.set(key, list)
  }
  for (const regionId of m.regionIds) {
    const region = index.regions.get(regionId)
    if (region === undefined || !isValidOn(region, asOf)) {
      continue
    }
    const ref: RegionRef = {
      id: region.id,
      kind: region.kind,
      name: region.name,
      ...(region.code === undefined ? {} : { code: region.code }),
    }
    regions.push(ref)
    // The region's own parties, then its fallback: the party to call while its own are not
    // confirmed (CoMensha for zorgcoördinatie). The fallback keeps its own status.
    const members = [
      ...(region.parties ?? []).map((id) => ({ id, fallback: false })),
      ...(region.fallback === undefined ? [] : [{ id: region.fallback, fallback: true }]),
    ]
    for (const member of members) {
      const party = partyOnDate(index, member.id, asOf)
      if (party === undefined) {
        continue
      }
      const key = member.fallback ? `${party.id}#fallback` : party.id
      const reason: RouteMessage = {
        code: 'route.reason.region-member',
        params: {
          municipality: m.record.name,
          regionKind: region.kind,
          region: region.name,
          fallback: member.fallback,
        },
      }
      let rp = seen.get(key)
      if (rp === undefined) {
        rp = {
          id: party.id,
          name: party.name,
          ...(party.shortName === undefined ? {} : { shortName: party.shortName }),
          ...(party.contact === undefined ? {} : { contact: party.contact }),
          status: member.fallback ? party.status : weakest(region.status, party.status),
          region: ref,
          ...(member.fallback ? { fallback: true } : {}),
          why: [reason],
        }
        seen.set(key, rp)
        parties.push(rp)
      } else {
        rp.why.push(reason)
      }
      if (party.parent !== undefined) {
        link(party.parent, rp)
      }
      const generic = GENERIC_PARTY_FOR_KIND[region.kind]
      if (generic !== undefined) {
        link(generic, rp)
      }
    }
  }
  return { regional: { municipality: { code: m.record.id, name: m.record.name, regions }, parties }, byGeneric }
}
