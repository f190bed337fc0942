// SPDX-License-Identifier: EUPL-1.2
// Warnings that travel with a route: which parts rest on derived or unverified data, what is still
// conditional, and which names are historical for the chosen date.
import type { Status } from '../common.ts'
import type { Scenario } from '../scenario.ts'
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

const parts = (n: number): string => (n === 1 ? '1 onderdeel' : `${n} onderdelen`)

export function routeWarnings(input: WarningInput): string[] {
  const out: string[] = []
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
  const derived = [...derivedSeen]
  if (derived.length > 0) {
    out.push(
      `${parts(derived.length)} van deze route ${derived.length === 1 ? 'berust' : 'berusten'} op afgeleide gegevens (eigen redenering uit de bronnen, niet letterlijk zo vastgelegd): ${derived.join('; ')}.`,
    )
  }
  const unverified = [...unverifiedSeen]
  if (unverified.length > 0) {
    out.push(
      `${parts(unverified.length)} van deze route ${unverified.length === 1 ? 'is' : 'zijn'} nog niet aan een bron getoetst: ${unverified.join('; ')}.`,
    )
  }
  const derivedAspects = input.aspects.filter((a) => a.status !== 'sourced').map((a) => a.name)
  if (derivedAspects.length > 0) {
    out.push(
      `De indeling in aspecten is deels afgeleid (het organogram uit de bron was niet beschikbaar); dat geldt voor ${derivedAspects.length} van de ${input.aspects.length} aspecten in deze route.`,
    )
  }
  if (input.conditionalCount > 0) {
    out.push(
      `${parts(input.conditionalCount)} ${input.conditionalCount === 1 ? 'geldt' : 'gelden'} alleen bij bepaalde antwoorden op de open vragen; ze zijn gemarkeerd als voorwaardelijk.`,
    )
  }
  if (input.scenario.municipality === undefined) {
    out.push(
      'Er is geen gemeente opgegeven, dus ontbreken de regionale contactpersonen (politie-eenheid, RIEC, Veilig Thuis, zorgcoördinator, centrumgemeente).',
    )
  }
  for (const r of input.renamed) {
    out.push(
      `Op de peildatum ${input.scenario.asOf} heette ${r.current} nog ${r.old}; de route toont de naam van toen.`,
    )
  }
  return out
}
