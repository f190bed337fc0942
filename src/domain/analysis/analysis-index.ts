// SPDX-License-Identifier: EUPL-1.2
// Everything the analysis needs that does not depend on the date, built once per dataset: per
// aspect its lead/execute responsibilities, required aspects and agreements (conditions compiled by
// the route engine) and the aspect's own grid. The grid uses records of every date, so two dates
// share it and can be compared cell by cell.
import type { Agreement, RequiredAspect } from '../analysis.ts'
import type { Dataset } from '../entities.ts'
import type { Aspect, Phase } from '../phase.ts'
import type { Responsibility } from '../responsibility.ts'
import { compileConditions, type CompiledConditions } from '../conditions/index.ts'
import { buildRouteIndex, type RouteIndex } from '../route/index.ts'
import { buildGrid, cellContext, regionClasses, usedFacets, type CellContext, type Grid } from './grid.ts'
import { buildPartyAreas, type PartyAreas } from './areas.ts'

/** Role types that count as covering an aspect: the party leads it or carries it out. */
export const COVERING_ROLES: readonly string[] = ['lead', 'executes']

export interface Compiled<T> {
  readonly record: T
  readonly conditions: CompiledConditions
}

export interface AspectModel {
  readonly phase: Phase
  readonly aspect: Aspect
  readonly players: readonly Compiled<Responsibility>[]
  readonly required: readonly Compiled<RequiredAspect>[]
  readonly agreements: readonly Compiled<Agreement>[]
  readonly grid: Grid
  /** Condition-check context per valid cell (undefined for impossible cells). */
  readonly contexts: readonly (CellContext | undefined)[]
  readonly validCells: readonly number[]
  /** Municipality code → index of its region class, when the grid has a region dimension. */
  readonly classOf: ReadonlyMap<string, number>
}

export interface AnalysisIndex {
  readonly route: RouteIndex
  readonly aspects: readonly AspectModel[]
  readonly regionNames: ReadonlyMap<string, string>
  readonly municipalityCount: number
  /** Where each party works: regional parties of different regions are no overlap. */
  readonly areas: PartyAreas
}

let builds = 0

/** How many analysis indexes this process has built (instrumentation, like routeIndexBuilds). */
export function analysisIndexBuilds(): number {
  return builds
}

export function buildAnalysisIndex(dataset: Dataset, route: RouteIndex = buildRouteIndex(dataset)): AnalysisIndex {
  builds += 1
  const requiredByAspect = groupByAspect(
    dataset.requiredAspects.map((r) => ({ record: r, conditions: compileConditions(r.scope) })),
  )
  const agreementsByAspect = groupByAspect(
    dataset.agreements.map((r) => ({ record: r, conditions: compileConditions(r.scope) })),
  )
  const municipalities = [...route.municipalities.values()].map((m) => ({ id: m.record.id, regionSet: m.regionSet }))
  const areas = buildPartyAreas(dataset, route)

  const aspects: AspectModel[] = []
  for (const phase of route.phases) {
    for (const a of phase.aspects) {
      const players = a.responsibilities.filter((r) => COVERING_ROLES.includes(r.record.roleType))
      const required = requiredByAspect.get(a.record.id) ?? []
      const agreements = agreementsByAspect.get(a.record.id) ?? []
      const used = usedFacets([
        ...players.map((p) => p.record.conditions),
        ...required.map((r) => r.record.scope),
        ...agreements.map((r) => r.record.scope),
      ])
      // A regional aspect also splits on the players' areas, so a class lies wholly inside or outside each.
      const relevant = new Set([
        ...used.regions,
        ...players.flatMap((p) => [...(areas.regionsOf(p.record.party) ?? [])]),
      ])
      const classes = used.regions.size === 0 ? [] : regionClasses(municipalities, relevant)
      const grid = buildGrid(used.secondary, classes)
      const contexts: (CellContext | undefined)[] = []
      const validCells: number[] = []
      for (let cell = 0; cell < grid.size; cell++) {
        if (grid.valid[cell] === 1) {
          contexts.push(cellContext(grid, cell))
          validCells.push(cell)
        } else {
          contexts.push(undefined)
        }
      }
      const classOf = new Map<string, number>()
      classes.forEach((c, i) => {
        for (const m of c.municipalities) {
          classOf.set(m, i)
        }
      })
      aspects.push({
        phase: phase.record,
        aspect: a.record,
        players,
        required,
        agreements,
        grid,
        contexts,
        validCells,
        classOf,
      })
    }
  }
  return {
    route,
    aspects,
    regionNames: new Map([...route.regions.values()].map((r) => [r.id, r.name])),
    municipalityCount: route.municipalities.size,
    areas,
  }
}

function groupByAspect<T extends { record: { aspect: string } }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const list = out.get(item.record.aspect) ?? []
    list.push(item)
    out.set(item.record.aspect, list)
  }
  return out
}
