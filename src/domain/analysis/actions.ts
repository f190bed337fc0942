// SPDX-License-Identifier: EUPL-1.2
// The concrete next step for a finding, as a message code with parameters (ids and the names the
// dataset gives them), so web, CLI and API say it in their own language: who must agree with whom,
// on what.
import type { ActionCode, Severity } from './analysis-schema.ts'
import type { ActionParams } from './messages.ts'

export type { ActionParams }

export interface ActionMessage {
  readonly code: ActionCode
  readonly params: ActionParams
}

interface ActionInput {
  readonly aspect: { readonly id: string }
  readonly unresolvedPairs: readonly (readonly string[])[]
  readonly leads: readonly string[]
  readonly agreements: readonly string[]
  /** Short name (else name) of a party by id. */
  partyName(id: string): string
}

/** Parties in the pairs, in the order they first occur (pairs are sorted, so this is stable). */
function partiesOf(pairs: readonly (readonly string[])[]): string[] {
  return [...new Set(pairs.flat())]
}

export function actionFor(severity: Severity, f: ActionInput): ActionMessage {
  const aspect = { aspect: f.aspect.id }
  const between = (pairs: readonly (readonly string[])[]) => {
    const parties = partiesOf(pairs)
    return { ...aspect, parties, partyNames: parties.map((id) => f.partyName(id)) }
  }
  switch (severity) {
    case 'gap':
      return { code: 'analysis.action.assign', params: aspect }
    case 'lead-conflict': {
      // One agreement among the competing leads settles the regie; the other pairs follow from it.
      const leadPairs = f.unresolvedPairs.filter(([p, q]) => f.leads.includes(p ?? '') && f.leads.includes(q ?? ''))
      return { code: 'analysis.action.agree-lead', params: between(leadPairs) }
    }
    case 'executor-overlap':
      return { code: 'analysis.action.agree-roles', params: between(f.unresolvedPairs) }
    case 'expected':
      return { code: 'analysis.action.shared', params: aspect }
    case 'agreed':
      return { code: 'analysis.action.keep-agreement', params: { ...aspect, agreements: [...f.agreements] } }
  }
}
