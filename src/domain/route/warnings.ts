// SPDX-License-Identifier: EUPL-1.2
// Warnings that travel with a route, as message codes: which parts rest on derived or unverified
// data, what is still conditional, and which names are historical for the chosen date.
import type { Status } from '../common.ts'
import type { Scenario } from '../scenario.ts'
import type { RouteItemIds, RouteMessage } from './route-messages.ts'
import type { RouteAspect } from './route-schema.ts'

/** An item of the route whose data are weak; planned parties keep theirs ready (route-plan.ts). */
export interface WarningItem {
  /** Same key, same item in the warning: a party under an aspect is named once. */
  readonly key: string
  readonly ids: RouteItemIds
  readonly status: Status
}

export interface WarningInput {
  readonly scenario: Scenario
  readonly items: readonly WarningItem[]
  readonly aspects: readonly RouteAspect[]
  readonly conditionalCount: number
  readonly renamed: readonly { old: string; current: string }[]
}

export function routeWarnings(input: WarningInput): RouteMessage[] {
  const out: RouteMessage[] = []
  // One pass, first occurrence kept: a route has a few hundred items.
  const derivedSeen = new Set<string>()
  const unverifiedSeen = new Set<string>()
  const derived: RouteItemIds[] = []
  const unverified: RouteItemIds[] = []
  for (const i of input.items) {
    if (i.status === 'derived') {
      if (!derivedSeen.has(i.key)) {
        derivedSeen.add(i.key)
        derived.push(i.ids)
      }
    } else if (i.status === 'unverified' && !unverifiedSeen.has(i.key)) {
      unverifiedSeen.add(i.key)
      unverified.push(i.ids)
    }
  }
  if (derived.length > 0) {
    out.push({ code: 'route.warning.derived', params: { count: derived.length, items: derived } })
  }
  if (unverified.length > 0) {
    out.push({ code: 'route.warning.unverified', params: { count: unverified.length, items: unverified } })
  }
  const derivedAspects = input.aspects.filter((a) => a.status !== 'sourced').length
  if (derivedAspects > 0) {
    out.push({
      code: 'route.warning.aspects-derived',
      params: { derived: derivedAspects, total: input.aspects.length },
    })
  }
  if (input.conditionalCount > 0) {
    out.push({ code: 'route.warning.conditional', params: { count: input.conditionalCount } })
  }
  if (input.scenario.municipality === undefined) {
    out.push({ code: 'route.warning.no-municipality', params: {} })
  }
  for (const r of input.renamed) {
    out.push({ code: 'route.warning.renamed', params: { asOf: input.scenario.asOf, old: r.old, current: r.current } })
  }
  return out
}
