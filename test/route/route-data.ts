// SPDX-License-Identifier: EUPL-1.2
// The dataset the route tests run against: the national data/ once it validates and has
// responsibilities, otherwise the fixture dataset (test/fixtures/data), so the tables check real data as soon as it exists.
import { join } from 'node:path'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { buildRouteIndex, computeRoute, parseScenario, type RouteIndex } from '../../src/domain/route/index.ts'
import type { Route } from '../../src/domain/route/index.ts'
import { render } from '../../src/messages/catalogue.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

export const fixtureDir = FIXTURE_DIR
export const nationalDir = join(import.meta.dirname, '../../data')

export interface RouteData {
  readonly name: 'national' | 'fixture'
  readonly dataset: Dataset
  readonly index: RouteIndex
}

let cached: RouteData | undefined

export function loadRouteData(dir: string): { dataset: Dataset; index: RouteIndex } {
  const { dataset, problems } = loadDataset(dir, dir)
  if (problems.length > 0) {
    throw new Error(
      `dataset ${dir} has ${problems.length} problems, first: ${problems[0]?.file}: ${problems[0]?.message}`,
    )
  }
  return { dataset, index: buildRouteIndex(dataset) }
}

export function routeData(): RouteData {
  if (cached === undefined) {
    const national = loadDataset(nationalDir, nationalDir)
    const usable = national.problems.length === 0 && national.dataset.responsibilities.length > 0
    cached = usable
      ? { name: 'national', dataset: national.dataset, index: buildRouteIndex(national.dataset) }
      : { name: 'fixture', ...loadRouteData(fixtureDir) }
  }
  return cached
}

export function routeFor(index: RouteIndex, input: Record<string, unknown>, today = '2025-01-01'): Route {
  const parsed = parseScenario(input, { municipalities: index.municipalities, today })
  if (!parsed.ok) {
    throw new Error(`invalid test scenario: ${parsed.errors.map((e) => `${e.path}: ${render('en', e)}`).join('; ')}`)
  }
  return computeRoute(index, parsed.scenario)
}

export function partyIds(route: Route): Set<string> {
  return new Set(route.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties.map((x) => x.id))))
}

export function rightIds(route: Route): Set<string> {
  return new Set(route.rights.map((r) => r.id))
}

export function aspectPartyIds(route: Route, aspect: string): string[] {
  return route.phases.flatMap((p) =>
    p.aspects.filter((a) => a.id === aspect).flatMap((a) => a.parties.map((x) => x.id)),
  )
}
