// SPDX-License-Identifier: EUPL-1.2
// The regional part of a route: the municipality's regions (police unit, RIEC, Veilig Thuis,
// zorgcoördinatie, centrumgemeente, …) and the parties with contact details they bring.
import type { RegionKind } from '../region.ts'
import { isValidOn } from '../validity.ts'
import { partyOnDate } from './party-on-date.ts'
import type { IndexedMunicipality, RouteIndex } from './route-index.ts'
import type { Message } from '../message.ts'
import type { RouteMessage, RouteMessageParams } from './route-messages.ts'
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
  /** Per regional party, the national party ids it stands for (the keys of byGeneric). */
  readonly standsFor: ReadonlyMap<RegionalParty, readonly string[]>
  /** Per region id, the regional parties it brought. */
  readonly members: ReadonlyMap<string, readonly RegionalParty[]>
}

const EMPTY: RegionalResult = {
  regional: { municipality: null, parties: [] },
  byGeneric: new Map(),
  standsFor: new Map(),
  members: new Map(),
}

export function regionalPart(index: RouteIndex, m: IndexedMunicipality | undefined, asOf: string): RegionalResult {
  if (m === undefined) {
    return EMPTY
  }
  const regions: RegionRef[] = []
  const parties: RegionalParty[] = []
  const seen = new Map<string, RegionalParty>()
  const byGeneric = new Map<string, RegionalParty[]>()
  const standsFor = new Map<RegionalParty, string[]>()
  const broughtBy = new Map<string, RegionalParty[]>()
  const link = (key: string, rp: RegionalParty): void => {
    const list = byGeneric.get(key) ?? []
    if (!list.includes(rp)) {
      list.push(rp)
    }
    byGeneric.set(key, list)
    const keys = standsFor.get(rp) ?? []
    if (!keys.includes(key)) {
      keys.push(key)
    }
    standsFor.set(rp, keys)
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
      const inRegion = broughtBy.get(region.id) ?? []
      inRegion.push(rp)
      broughtBy.set(region.id, inRegion)
      if (party.parent !== undefined) {
        link(party.parent, rp)
      }
      const generic = GENERIC_PARTY_FOR_KIND[region.kind]
      if (generic !== undefined) {
        link(generic, rp)
      }
    }
  }
  return {
    regional: { municipality: { code: m.record.id, name: m.record.name, regions }, parties },
    byGeneric,
    standsFor,
    members: broughtBy,
  }
}

/** Where a national party first stands in the route, to say why its regional branch is shown. */
export type Need = Message<'route.reason.in-route', RouteMessageParams['route.reason.in-route']>

/**
 * The regional part as the route shows it: only the regional parties whose national party is in the
 * route (a 40-year-old man in a labour case has no Veilig Thuis), each with that reason added to its
 * why, and only the regions that still have a party shown or never had one (province).
 */
export function relevantRegional(result: RegionalResult, needed: ReadonlyMap<string, Need>): Route['regional'] {
  const m = result.regional.municipality
  if (m === null) {
    return result.regional
  }
  const parties: RegionalParty[] = []
  for (const rp of result.regional.parties) {
    const keys = result.standsFor.get(rp) ?? []
    // A regional party that stands for no national one cannot be judged; it stays.
    let shown = keys.length === 0
    for (const key of keys) {
      const need = needed.get(key)
      if (need !== undefined) {
        shown = true
        rp.why.push(need)
      }
    }
    if (shown) {
      parties.push(rp)
    }
  }
  const regions = m.regions.filter((r) => {
    const brought = result.members.get(r.id)
    return brought === undefined || brought.some((rp) => parties.includes(rp))
  })
  return { municipality: { code: m.code, name: m.name, regions }, parties }
}
