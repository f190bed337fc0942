// SPDX-License-Identifier: EUPL-1.2
// The reference the analysis is checked and timed against: compute a full route for every facet
// combination (and every municipality when anything depends on the region) and read off who leads
// or executes each aspect. Slow on purpose; it shares nothing with the analysis but the route engine
// and the reference reading of conditions.
import type { Agreement, RequiredAspect } from '../analysis.ts'
import type { Conditions } from '../facets.ts'
import { EXPLOITATION_FORMS, NATIONALITY_GROUPS, RESIDENCE_STATUSES, AGE_GROUPS } from '../facets.ts'
import { conditionsHold, FACET_VALUES } from '../conditions/index.ts'
import { computeRoute, partyOnDate, type RouteIndex, OPEN_FACETS } from '../route/index.ts'
import type { Scenario } from '../scenario.ts'
import { isValidOn } from '../validity.ts'
import { COVERING_ROLES } from './analysis-index.ts'
import type { CellKind } from './evaluate-cells.ts'
import type { CellQuery } from './query.ts'
import type { Responsibility } from '../responsibility.ts'
import { meet, type PartyAreas } from './areas.ts'
import { SECONDARY_FACETS, type SecondaryFacet } from './grid.ts'

export interface BruteForceAspect {
  readonly parties: readonly string[]
  readonly kind: CellKind
}

interface Extra {
  readonly requiredAspects: readonly RequiredAspect[]
  readonly agreements: readonly Agreement[]
  readonly responsibilities?: readonly Responsibility[]
  /** Where parties work; without it every party works everywhere. */
  readonly areas?: PartyAreas
}

export function scenarioOf(q: CellQuery, asOf: string): Scenario {
  const known: Record<string, unknown> = {
    ageGroup: q.ageGroup,
    nationalityGroup: q.nationalityGroup,
    unaccompanied: q.unaccompanied,
    ...(q.residence === 'not-applicable' ? {} : { residence: q.residence }),
    ...(q.gender === undefined ? {} : { gender: q.gender }),
    ...(q.recruitment === undefined ? {} : { recruitment: q.recruitment }),
    ...(q.cooperation === undefined ? {} : { cooperation: q.cooperation }),
    ...(q.municipality === undefined ? {} : { municipality: q.municipality }),
  }
  const unknown = OPEN_FACETS.filter((f) => !(f in known) && !(f === 'residence' && q.residence === 'not-applicable'))
  return { ...known, exploitation: [q.exploitation], asOf, derived: [], unknown } as Scenario
}

/** Per aspect (valid on asOf): the covering parties and the cell kind for one concrete scenario. */
export function bruteForceScenario(
  route: RouteIndex,
  extra: Extra,
  q: CellQuery,
  asOf: string,
): Map<string, BruteForceAspect> {
  const result = computeRoute(route, scenarioOf(q, asOf))
  const regionSet = q.municipality === undefined ? undefined : route.municipalities.get(q.municipality)?.regionSet
  // The reference reading of conditions (src/domain/conditions), not the masks the analysis uses.
  const holds = (c: Conditions): boolean => conditionsHold(c, { ...q, exploitation: [q.exploitation] }, regionSet)
  const out = new Map<string, BruteForceAspect>()
  for (const phase of route.phases) {
    if (!isValidOn(phase.record, asOf)) {
      continue
    }
    for (const a of phase.aspects) {
      if (!isValidOn(a.record, asOf)) {
        continue
      }
      const shown = result.phases.flatMap((p) => p.aspects).find((x) => x.id === a.record.id)
      // Regional aspect: some record of it names a region; then a party counts only in its own area.
      const regional = [
        ...(extra.responsibilities ?? []).filter(
          (r) => r.aspect === a.record.id && COVERING_ROLES.includes(r.roleType),
        ),
        ...extra.requiredAspects.filter((r) => r.aspect === a.record.id).map((r) => ({ conditions: r.scope })),
        ...extra.agreements.filter((g) => g.aspect === a.record.id).map((g) => ({ conditions: g.scope })),
      ].some((r) => (r.conditions?.regions?.length ?? 0) > 0)
      const here = regional && q.municipality !== undefined ? new Set([q.municipality]) : undefined
      const area = (id: string) => extra.areas?.municipalitiesOf(id)
      const parties = [
        ...new Set(
          (shown?.parties ?? [])
            .filter((p) => COVERING_ROLES.includes(p.roleType) && meet(area(p.id), here))
            .map((p) => p.id),
        ),
      ].sort()
      const required = extra.requiredAspects.some(
        (r) => r.aspect === a.record.id && isValidOn(r, asOf) && holds(r.scope),
      )
      const agreements = extra.agreements
        .filter((g) => g.aspect === a.record.id && isValidOn(g, asOf) && holds(g.scope))
        .map((g) => new Set(g.parties.map((id) => partyOnDate(route, id, asOf)?.id ?? id)))
      let resolved = true
      let agreed = false
      for (let x = 0; x < parties.length; x++) {
        for (let y = x + 1; y < parties.length; y++) {
          const [p, q2] = [parties[x] ?? '', parties[y] ?? '']
          if (!meet(area(p), area(q2), here)) {
            continue
          }
          if (agreements.some((s) => s.has(p) && s.has(q2))) {
            agreed = true
          } else {
            resolved = false
          }
        }
      }
      const kind: CellKind =
        parties.length === 0
          ? required
            ? 'gap'
            : 'uncovered'
          : parties.length === 1
            ? 'covered'
            : !resolved
              ? 'overlap'
              : agreed
                ? 'agreed'
                : 'covered'
      out.set(a.record.id, { parties, kind })
    }
  }
  return out
}

/** Every possible facet combination, times the given secondary facets and municipalities. */
export function* allQueries(
  secondary: readonly SecondaryFacet[] = [],
  municipalities: readonly (string | undefined)[] = [undefined],
): Generator<CellQuery> {
  const secondaryCombos: Partial<Record<SecondaryFacet, string>>[] = [{}]
  for (const f of SECONDARY_FACETS.filter((s) => secondary.includes(s))) {
    const next: Partial<Record<SecondaryFacet, string>>[] = []
    for (const combo of secondaryCombos) {
      for (const v of FACET_VALUES[f]) {
        next.push({ ...combo, [f]: v })
      }
    }
    secondaryCombos.splice(0, secondaryCombos.length, ...next)
  }
  for (const ageGroup of AGE_GROUPS) {
    for (const unaccompanied of ageGroup === 'minor' ? [true, false] : [false]) {
      for (const nationalityGroup of NATIONALITY_GROUPS) {
        for (const residence of nationalityGroup === 'nl' ? ['not-applicable'] : RESIDENCE_STATUSES) {
          for (const exploitation of EXPLOITATION_FORMS) {
            for (const combo of secondaryCombos) {
              for (const municipality of municipalities) {
                yield {
                  ageGroup,
                  unaccompanied,
                  nationalityGroup,
                  residence,
                  exploitation,
                  ...combo,
                  ...(municipality === undefined ? {} : { municipality }),
                }
              }
            }
          }
        }
      }
    }
  }
}

export interface BruteForceTotals {
  readonly scenarios: number
  /** Per aspect the number of scenarios with a gap and with an unresolved overlap. */
  readonly gaps: number
  readonly overlaps: number
}

/** The baseline: one computeRoute per scenario over the whole facet space. */
export function bruteForceAll(
  route: RouteIndex,
  extra: Extra,
  asOf: string,
  secondary: readonly SecondaryFacet[],
  municipalities: readonly (string | undefined)[],
): BruteForceTotals {
  let scenarios = 0
  let gaps = 0
  let overlaps = 0
  for (const q of allQueries(secondary, municipalities)) {
    scenarios++
    for (const r of bruteForceScenario(route, extra, q, asOf).values()) {
      gaps += r.kind === 'gap' ? 1 : 0
      overlaps += r.kind === 'overlap' ? 1 : 0
    }
  }
  return { scenarios, gaps, overlaps }
}
