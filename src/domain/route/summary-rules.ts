// SPDX-License-Identifier: EUPL-1.2
// The ranking rule of the route summary as a table: which route item each next action rests on,
// whom it sends to, which number to give and where it stands. The order of the table is the rank
// (docs/route-summary.md explains it): safety now; the first point of contact who coordinates
// care; protection of a child; the report to police or inspectorate; rights to offer; registration.
import type { PhonePurpose } from '../party.ts'
import type { RegionKind } from '../region.ts'
import type { Scenario } from '../scenario.ts'
import type { SummaryCode } from './summary-schema.ts'

export interface SummaryBasis {
  readonly kind: 'responsibility' | 'right'
  readonly id: string
}

export interface SummaryRule {
  readonly code: SummaryCode
  /** Route items the action rests on, by preference: the first one in the route is its basis. */
  readonly basis: readonly SummaryBasis[]
  /** The party to name and call; default the basis item's party (for a right: required). */
  readonly party?: string
  /** The party whose number to give while the region's own organisation is unknown or unconfirmed. */
  readonly fallbackParty?: string
  /** Which of the party's numbers to give, by preference. */
  readonly phones: readonly PhonePurpose[]
  /** Region kind whose organisation stands for the party in the scenario's municipality. */
  readonly region?: RegionKind
  /** An extra test on the scenario, where the basis item alone is broader than the action. */
  readonly when?: (scenario: Scenario) => boolean
}

const responsibility = (id: string): SummaryBasis => ({ kind: 'responsibility', id })
const right = (id: string): SummaryBasis => ({ kind: 'right', id })

/** At most this many actions in a summary. */
export const SUMMARY_MAX = 7
/** At most this many questions under "what to ask next". */
export const ASK_NEXT_MAX = 3

export const SUMMARY_RULES: readonly SummaryRule[] = [
  {
    code: 'acute-danger',
    basis: [responsibility('politie-veiligheid')],
    party: 'politie',
    phones: ['emergency'],
  },
  {
    code: 'care-coordinator',
    basis: [responsibility('zorgcoordinator-overleg-advies'), responsibility('comensha-overleg-advies')],
    fallbackParty: 'comensha',
    phones: ['professionals', 'helpdesk', '24-7', 'general'],
    region: 'zorgcoordinatie',
  },
  {
    code: 'veilig-thuis',
    basis: [responsibility('veilig-thuis-melden-registreren'), responsibility('veilig-thuis-overleg-advies')],
    phones: ['24-7', 'professionals', 'general'],
    region: 'veilig-thuis',
    // Veilig Thuis advises on adults only in a domestic setting, which the scenario cannot say.
    when: (s) => s.ageGroup !== 'adult',
  },
  {
    code: 'guardian-nidos',
    basis: [responsibility('nidos-voogdij-jeugdbescherming')],
    phones: ['24-7', 'professionals', 'general'],
  },
  {
    code: 'police-report',
    basis: [
      responsibility('politie-melden-registreren'),
      responsibility('politie-avim-informatief-gesprek-bedenktijd'),
    ],
    party: 'politie',
    phones: ['general'],
    region: 'police-unit',
  },
  {
    code: 'labour-inspectorate',
    basis: [responsibility('arbeidsinspectie-melden-registreren')],
    phones: ['general', 'anonymous'],
  },
  {
    code: 'reflection-period',
    basis: [right('bedenktijd'), right('bedenktijd-eu'), right('bedenktijd-dublin'), right('bedenktijd-tot-2023')],
    party: 'politie',
    phones: ['general'],
    region: 'police-unit',
  },
  {
    code: 'register-comensha',
    basis: [responsibility('comensha-melden-registreren')],
    phones: ['helpdesk'],
  },
]
