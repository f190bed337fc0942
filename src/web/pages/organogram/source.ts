// SPDX-License-Identifier: EUPL-1.2
// The organogram's window on the data. Everything the chart reads goes through this adapter, so a
// change of read model touches one file: the chart, layout and caches see only ChartSource.
import type { Aspect, Phase } from '../../../domain/phase.ts'
import type { Party } from '../../../domain/party.ts'
import type { Responsibility } from '../../../domain/responsibility.ts'
import type { Status } from '../../../domain/common.ts'
import { regionalPart } from '../../../domain/route/regional.ts'
import type { VictimCategory } from '../../../domain/victim.ts'
import type { CatalogView } from '../../../domain/catalog/index.ts'

export interface ChartMunicipality {
  /** CBS code, e.g. GM0344. */
  readonly id: string
  readonly name: string
  /** Ids of the regions it belongs to (police unit, RIEC, Veilig Thuis, …). */
  readonly regionIds: readonly string[]
}

/** A regional organisation standing in for a national party in one municipality. */
export interface RegionalStandIn {
  readonly party: Party
  /** The weaker of the region's and the party's status: a derived region stays marked. */
  readonly status: Status
  readonly regionName: string
}

export interface ChartSource {
  /** Identity of the dataset version (its catalogue): caches key on it (a new version gives a new one). */
  readonly version: object
  /** The date the records are valid on. */
  readonly asOf: string
  readonly phases: readonly Phase[]
  aspectsOf(phase: string): readonly Aspect[]
  responsibilitiesOf(aspect: string): readonly Responsibility[]
  party(id: string): Party | undefined
  victimCategories(): readonly VictimCategory[]
  /** Municipalities valid on asOf, by name. */
  municipalities(): readonly ChartMunicipality[]
  municipality(code: string): ChartMunicipality | undefined
  /** Per national party id, its regional organisations for this municipality. */
  standIns(municipality: string): ReadonlyMap<string, readonly RegionalStandIn[]>
}

// One collator: localeCompare with a locale argument builds a new one for every comparison.
const DUTCH = new Intl.Collator('nl')

export function chartSource(data: CatalogView): ChartSource {
  const index = data.catalog.routeIndex
  let sorted: ChartMunicipality[] | undefined
  const municipality = (code: string): ChartMunicipality | undefined => {
    const m = index.municipalities.get(code.toUpperCase())
    return m === undefined || !data.valid('municipalities').includes(m.record)
      ? undefined
      : { id: m.record.id, name: m.record.name, regionIds: m.regionIds }
  }
  return {
    version: data.catalog,
    asOf: data.asOf,
    phases: data.phases,
    aspectsOf: (phase) => data.aspectsOf(phase),
    responsibilitiesOf: (aspect) => data.responsibilitiesOfAspect(aspect),
    party: (id) => data.byId('parties', id),
    victimCategories: () => data.valid('victimCategories'),
    municipalities: () =>
      (sorted ??= data
        .valid('municipalities')
        .map((m) => ({ id: m.id, name: m.name, regionIds: Object.values(m.regions) }))
        .sort((a, b) => DUTCH.compare(a.name, b.name))),
    municipality,
    standIns: (code) => {
      const m = index.municipalities.get(code.toUpperCase())
      const { byGeneric } = regionalPart(index, m, data.asOf)
      const result = new Map<string, RegionalStandIn[]>()
      for (const [generic, list] of byGeneric) {
        result.set(
          generic,
          list.flatMap((rp) => {
            const party = data.byId('parties', rp.id)
            return party === undefined ? [] : [{ party, status: rp.status, regionName: rp.region.name }]
          }),
        )
      }
      return result
    },
  }
}
