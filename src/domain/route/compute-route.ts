// SPDX-License-Identifier: EUPL-1.2
// The route for a scenario: per phase and aspect the parties whose conditions hold, the rights that
// apply on asOf, the regional contacts, warnings about weak data and the questions still open.
// What depends only on asOf comes ready from the index (route-plan.ts); per item this loop does a
// few mask tests and builds the output object.
import type { Scenario } from '../scenario.ts'
import { dependsOnOf, type ConditionPlan } from './condition-plan.ts'
import { ReasonWriter } from './explain.ts'
import { EXCLUDED, FORM_BITS, MASK_FACETS, openBits, possibleValues } from '../conditions/index.ts'
import { openQuestions } from './open-questions.ts'
import { routeLinks } from './links.ts'
import { regionalPart, relevantRegional, type Need } from './regional.ts'
import type { IndexedMunicipality, RouteIndex } from './route-index.ts'
import type { ItemRef, PartyRef, Route, RouteAspect, RoutePhase, RouteParty, RouteRight } from './route-schema.ts'
import { askNext, dependentCounts, routeSummary } from './summary.ts'
import { routeWarnings, type WarningItem } from './warnings.ts'

/**
 * Per route of computeRoute, the planned record (one per record and validity bucket) each party and
 * right item and each open-question reference was made from: every field of an item that does not
 * depend on the scenario comes from it, so the API can keep the serialised form of those fields per
 * planned record (server/api/route/route-json.ts). One WeakMap entry per route holding a plain Map:
 * a WeakMap entry per item (~300 a route) cost more than computing the route itself.
 */
const ROUTE_SOURCES = new WeakMap<Route, ReadonlyMap<object, object>>()

/** The planned records the items and references of a route of computeRoute were made from. */
export function routeSources(route: Route): ReadonlyMap<object, object> | undefined {
  return ROUTE_SOURCES.get(route)
}

/**
 * `municipality` is the scenario's municipality as indexed; a caller may pass a stand-in with the
 * same regions and another name and code (the API writes one route per region set, ADR 0040).
 */
export function computeRoute(
  index: RouteIndex,
  scenario: Scenario,
  municipality: IndexedMunicipality | undefined = scenario.municipality === undefined
    ? undefined
    : index.municipalities.get(scenario.municipality),
): Route {
  const sources = new Map<object, object>()
  const asOf = scenario.asOf
  const plan = index.plans.planFor(index, asOf)
  const possible = possibleValues(scenario)
  const possibleList = MASK_FACETS.map((f) => possible[f])
  let forms = 0
  for (const f of scenario.exploitation) {
    forms |= FORM_BITS[f] ?? 0
  }
  const regionSet = municipality?.regionSet
  const writer = new ReasonWriter(scenario, possibleList, forms, municipality, index.regions)
  const regionalResult = regionalPart(index, municipality, asOf)
  const { byGeneric } = regionalResult
  // National parties with a regional branch, and where each first stands in the route (the why of the branch).
  const needed = new Map<string, Need>()
  // Conditional items for the open questions, as parallel lists (no wrapper objects).
  const conditionalRefs: ItemRef[] = []
  const conditionalPlans: ConditionPlan[] = []
  const conditionalBits: number[] = []
  const items: WarningItem[] = []
  const renamed: { old: string; current: string; id: string }[] = []

  const phases: RoutePhase[] = []
  for (const phase of plan.phases) {
    const aspects: RouteAspect[] = []
    for (const aspect of phase.aspects) {
      const parties: RouteParty[] = []
      for (const p of aspect.parties) {
        const bits = openBits(p.plan, possibleList, forms, regionSet)
        if (bits === EXCLUDED) {
          continue
        }
        const r = p.record
        if (p.renamed !== undefined) {
          noteRename(renamed, p.id, p.renamed)
        }
        const why = writer.reasons(p.plan, bits)
        const open = bits !== 0
        // One fixed object shape (absent fields are undefined, dropped by JSON) keeps this loop fast.
        const entry: RouteParty = {
          id: p.id,
          name: p.name,
          shortName: p.shortName,
          role: r.role,
          roleType: r.roleType,
          contact: p.contact,
          status: p.status,
          reach: p.reach,
          why,
          conditional: open ? true : undefined,
          dependsOn: open ? dependsOnOf(bits) : undefined,
          responsibility: r.id,
          description: r.description,
          legalBasis: r.legalBasis,
          sources: r.sources,
          currentId: p.renamed === undefined ? undefined : r.party,
          regional: byGeneric.get(r.party),
        }
        if (entry.regional !== undefined && !needed.has(r.party)) {
          needed.set(r.party, {
            code: 'route.reason.in-route',
            params: { party: p.id, aspect: aspect.id, conditional: open },
          })
        }
        parties.push(entry)
        sources.set(entry, p)
        if (p.status !== 'sourced') {
          items.push(p.warning)
        }
        if (open) {
          const ref: ItemRef = { kind: 'party', id: p.id, name: p.name, aspect: p.aspectId, responsibility: r.id }
          conditionalRefs.push(ref)
          sources.set(ref, p)
          conditionalPlans.push(p.plan)
          conditionalBits.push(bits)
        }
      }
      if (parties.length > 0) {
        aspects.push({ id: aspect.id, name: aspect.name, order: aspect.order, status: aspect.status, parties })
      }
    }
    phases.push({ id: phase.id, name: phase.name, order: phase.order, aspects })
  }

  const rights: RouteRight[] = []
  for (const planned of plan.rights) {
    const bits = openBits(planned.plan, possibleList, forms, regionSet)
    if (bits === EXCLUDED) {
      continue
    }
    const r = planned.record
    const providerParties: PartyRef[] = []
    const providers: string[] = []
    for (const p of planned.providers) {
      providerParties.push({ id: p.id, name: p.name, shortName: p.shortName, contact: p.contact })
      providers.push(p.id)
      if (byGeneric.has(p.id) && !needed.has(p.id)) {
        needed.set(p.id, {
          code: 'route.reason.in-route',
          params: { party: p.id, right: r.id, conditional: bits !== 0 },
        })
      }
    }
    const why = writer.reasons(planned.plan, bits)
    const open = bits !== 0
    const entry: RouteRight = {
      id: r.id,
      name: r.name,
      kind: r.kind,
      summary: r.summary,
      limits: r.limits ?? [],
      providers,
      providerParties,
      amount: r.amount,
      legalBasis: r.legalBasis,
      status: r.status,
      why,
      conditional: open ? true : undefined,
      dependsOn: open ? dependsOnOf(bits) : undefined,
      sources: r.sources,
    }
    rights.push(entry)
    sources.set(entry, planned)
    if (r.status !== 'sourced') {
      items.push(planned.warning)
    }
    if (open) {
      const ref: ItemRef = { kind: 'right', id: r.id, name: r.name }
      conditionalRefs.push(ref)
      sources.set(ref, planned)
      conditionalPlans.push(planned.plan)
      conditionalBits.push(bits)
    }
  }
  const regional = relevantRegional(regionalResult, needed)
  for (const rp of regional.parties) {
    if (rp.status === 'sourced') {
      continue
    }
    // Named by the party alone (national items carry their aspect: "CoMensha (Nazorg)").
    items.push({ key: rp.id, ids: { party: rp.id }, status: rp.status })
  }

  const shownAspects: RouteAspect[] = []
  for (const p of phases) {
    for (const a of p.aspects) {
      shownAspects.push(a)
    }
  }
  const route: Route = {
    scenario,
    summary: [],
    askNext: [],
    phases,
    rights,
    regional,
    warnings: routeWarnings({
      scenario,
      items,
      aspects: shownAspects,
      conditionalCount: conditionalRefs.length,
      renamed,
    }),
    openQuestions: openQuestions(scenario, possible, {
      refs: conditionalRefs,
      plans: conditionalPlans,
      bits: conditionalBits,
    }),
    links: routeLinks(scenario),
  }
  route.summary = routeSummary(route, scenario.asker === undefined ? undefined : index.ownParties.get(scenario.asker))
  route.askNext = askNext(route, dependentCounts(scenario.unknown, conditionalBits))
  ROUTE_SOURCES.set(route, sources)
  return route
}

/** Like Map.set keyed by the shown id: first position wins, last value wins. */
function noteRename(
  renamed: { old: string; current: string; id: string }[],
  id: string,
  r: { readonly old: string; readonly current: string },
): void {
  for (const x of renamed) {
    if (x.id === id) {
      x.old = r.old
      x.current = r.current
      return
    }
  }
  renamed.push({ old: r.old, current: r.current, id })
}
