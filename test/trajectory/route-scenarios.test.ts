// SPDX-License-Identifier: EUPL-1.2
// One scenario, every instrument (#12): each scenario the route tests use, and one per victim
// category × form, is read by the route and by the B8 planner from the very same object. Both
// accept it; the planner's scope follows the nationality group the route derived; a running
// reflection period gets its legal deadline.
import { describe, expect, it } from 'vitest'
import { dutch } from './plan-for.ts'
import { computeRoute, parseScenario } from '../../src/domain/route/index.ts'
import { parseTrajectoryInput, planTrajectory, STEP } from '../../src/domain/trajectory/index.ts'
import { ROUTE_SCENARIOS, categoryScenarios } from '../route/scenario-fixtures.ts'
import { routeData } from '../route/route-data.ts'

const { index, dataset } = routeData()
const ctx = { municipalities: index.municipalities, names: index.municipalityNames, today: '2026-12-07' }
const all = [...ROUTE_SCENARIOS, ...categoryScenarios(dataset.victimCategories)]

describe('every route scenario through the planner', () => {
  it('has the named scenarios and the category cases', () => {
    expect(ROUTE_SCENARIOS.length).toBeGreaterThanOrEqual(10)
    expect(all.length).toBeGreaterThan(ROUTE_SCENARIOS.length + 30)
  })

  it.each(all.map((s) => [s.name, s.input] as const))('%s', (_name, input) => {
    const route = parseScenario(input, ctx)
    expect(route.ok, JSON.stringify(route.ok ? '' : route.errors)).toBe(true)
    if (!route.ok) {
      return
    }
    const computed = computeRoute(index, route.scenario)
    expect(computed.scenario).toEqual(route.scenario)
    // The route's link to the planner carries the same person: read back, it gives the same facets.
    const link = new URL(computed.links.trajectory, 'http://x')
    expect(link.pathname).toBe('/b8-planner')
    const fromLink = parseTrajectoryInput(
      Object.fromEntries([...new Set(link.searchParams.keys())].map((k) => [k, link.searchParams.getAll(k).join(',')])),
      ctx,
      { fromQuery: true },
    )
    expect(fromLink.ok && fromLink.input).toMatchObject({
      exploitation: route.scenario.exploitation,
      ...(route.scenario.nationalityGroup === undefined ? {} : { nationalityGroup: route.scenario.nationalityGroup }),
      ...(route.scenario.ageGroup === undefined ? {} : { ageGroup: route.scenario.ageGroup }),
      ...(route.scenario.municipality === undefined ? {} : { municipality: route.scenario.municipality }),
    })
    expect(computed.links.barrierModels.length).toBeGreaterThan(0)

    const parsed = parseTrajectoryInput(input, ctx)
    expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.errors)).toBe(true)
    if (!parsed.ok) {
      return
    }
    // The planner reads the facets the route derived, not a second description of the person.
    const s = route.scenario
    expect(parsed.input).toMatchObject({
      asOf: s.asOf,
      ...(s.ageGroup === undefined ? {} : { ageGroup: s.ageGroup }),
      ...(s.nationalityGroup === undefined ? {} : { nationalityGroup: s.nationalityGroup }),
      exploitation: s.exploitation,
    })
    const plan = planTrajectory(dataset, parsed.input)
    const outside = s.nationalityGroup === 'nl' || s.nationalityGroup === 'eu'
    expect(plan.applicable).toBe(!outside)
    if (s.nationalityGroup === undefined) {
      expect(plan.warnings.map(dutch).join(' ')).toMatch(/Nationaliteit onbekend/)
    }
    if (!outside) {
      expect(plan.steps.length).toBeGreaterThan(3)
      // The labour ground (g) comes from the scenario's forms, never from a second question.
      if (plan.permitGrounds.includes('g')) {
        expect(s.exploitation).toContain('labour')
      }
    }
    if (typeof input.reflectionStart === 'string' && plan.applicable) {
      const t06 = plan.steps.find((x) => x.id === STEP.reflection)
      expect(t06?.deadlines.map((d) => d.id)).toContain(`${STEP.reflection}.reflection-max`)
    }
  })

  it('gives the #12 case its reflection deadline (three months from 10 March 2025)', () => {
    const input = ROUTE_SCENARIOS.find((s) => s.name.startsWith('#12'))?.input
    const parsed = parseTrajectoryInput(input, ctx)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      const t06 = planTrajectory(dataset, parsed.input).steps.find((x) => x.id === STEP.reflection)
      expect(t06?.deadlines.find((d) => d.id.endsWith('reflection-max'))?.date).toBe('2025-06-09')
    }
  })
})
