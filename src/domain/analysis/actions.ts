// SPDX-License-Identifier: EUPL-1.2
// The concrete next step for a finding, as a message code with parameters (ids only), so web, CLI
// and API say it in their own language: name who must agree with whom, on what.
import type { ActionCode, Severity } from './analysis-schema.ts'

export interface ActionParams {
  readonly aspect: string
  readonly parties?: string[]
  readonly agreements?: string[]
}

export interface ActionMessage {
  readonly code: ActionCode
  readonly params: ActionParams
}

interface ActionInput {
  readonly aspect: string
  readonly unresolvedPairs: readonly (readonly string[])[]
  readonly leads: readonly string[]
  readonly agreements: readonly string[]
}

/** Parties in the pairs, in the order they first occur (pairs are sorted, so this is stable). */
function partiesOf(pairs: readonly (readonly string[])[]): string[] {
  return [...new Set(pairs.flat())]
}

export function actionFor(severity: Severity, f: ActionInput): ActionMessage {
  switch (severity) {
    case 'gap':
      return { code: 'analysis.action.assign', params: { aspect: f.aspect } }
    case 'lead-conflict': {
      // One agreement among the competing leads settles the regie; the other pairs follow from it.
      const leadPairs = f.unresolvedPairs.filter(([p, q]) => f.leads.includes(p ?? '') && f.leads.includes(q ?? ''))
      return { code: 'analysis.action.agree-lead', params: { aspect: f.aspect, parties: partiesOf(leadPairs) } }
    }
    case 'executor-overlap':
      return {
        code: 'analysis.action.agree-roles',
        params: { aspect: f.aspect, parties: partiesOf(f.unresolvedPairs) },
      }
    case 'expected':
      return { code: 'analysis.action.shared', params: { aspect: f.aspect } }
    case 'agreed':
      return { code: 'analysis.action.keep-agreement', params: { aspect: f.aspect, agreements: [...f.agreements] } }
  }
}
