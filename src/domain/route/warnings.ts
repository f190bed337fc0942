// SPDX-License-Identifier: EUPL-1.2
// Warnings that travel with a route, as message codes: which parts rest on derived or unverified
// data, what is still conditional, and which names are historical for the chosen date.
import type { Status } from '../common.ts'
import type { Scenario } from '../scenario.ts'
import type { RouteMessage } from './route-messages.ts'
import type { RouteAspect } from './route-schema.ts'

export interface WarningItem {
  readonly label: string
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
  for (const i of input.items) {
    if (i.status === 'derived') {
      derivedSeen.add(i.label)
    } else if (i.status === 'unverified') {
      unverifiedSeen.add(i.label)
    }
  }
  if (derivedSeen.size > 0) {
    out.push({ code: 'route.warning.derived', params: { count: derivedSeen.size, items: [...derivedSeen] } })
  }
  if (unverifiedSeen.size > 0) {
    out.push({ code: 'route.warning.unverified', params: { count: unverifiedSeen.size, items: [...unverifiedSeen] } })
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
