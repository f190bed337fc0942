// SPDX-License-Identifier: EUPL-1.2
// The ranking rule of the route summary as a table: which route item each next action rests on,
// whom it sends to, which number to give and where it stands. The order of the table is the rank
// (docs/route-summary.md explains it): safety now; the first point of contact who coordinates
// care; protection of a child; the report to police or inspectorate; rights to offer; registration.
import type { PhonePurpose } from '../party.ts'
import type { RegionKind } from '../region.ts'
import type { Scenario } from '../scenario.ts'
import type { Asker } from '../asker.ts'
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
  // Below: actions only some readers get (ASKER_RULES); the general order ends above.
  {
    code: 'victim-helpline',
    basis: [responsibility('comensha-overleg-advies')],
    phones: ['helpdesk', 'general'],
  },
  {
    code: 'fair-work',
    basis: [responsibility('fairwork-overleg-advies')],
    phones: ['general'],
  },
  {
    code: 'victim-support',
    basis: [responsibility('slachtofferhulp-juridische-bijstand-tolken'), responsibility('slachtofferhulp-nazorg')],
    phones: ['general'],
  },
  {
    code: 'report-anonymously',
    basis: [responsibility('meld-misdaad-anoniem-melden-registreren')],
    phones: ['anonymous'],
  },
]

/** The order for a professional in general (no `asker`): the first eight rules, as in the table. */
export const GENERAL_ORDER: readonly SummaryCode[] = SUMMARY_RULES.slice(0, 8).map((r) => r.code)

/** A reader's own version of the ranking: which actions in which order, and where one sends elsewhere. */
export interface AskerRule {
  /** The actions this reader gets, first first; an action left out does not fit the reader. */
  readonly order: readonly SummaryCode[]
  /** Where the reader's action names another party or number than the general rule. */
  readonly overrides?: Partial<Record<SummaryCode, Partial<Pick<SummaryRule, 'party' | 'phones' | 'region'>>>>
}

/**
 * The ranking per reader (docs/route-summary.md, "Who is asking"; ADR 0034). Professionals keep the
 * general order with their first contact first; the police are not told to call the police, and
 * offer the reflection period themselves (reporting it to the IND); a citizen and the person
 * themself get the numbers meant for them and no professional lines.
 */
export const ASKER_RULES: Readonly<Record<Asker, AskerRule>> = {
  police: {
    order: [
      'reflection-period',
      'care-coordinator',
      'guardian-nidos',
      'veilig-thuis',
      'register-comensha',
      'labour-inspectorate',
    ],
    overrides: { 'reflection-period': { party: 'ind', phones: ['general'] } },
  },
  education: {
    order: [
      'acute-danger',
      'veilig-thuis',
      'care-coordinator',
      'police-report',
      'labour-inspectorate',
      'guardian-nidos',
      'register-comensha',
    ],
  },
  'health-care': {
    order: [
      'acute-danger',
      'veilig-thuis',
      'care-coordinator',
      'police-report',
      'labour-inspectorate',
      'guardian-nidos',
      'reflection-period',
      'register-comensha',
    ],
  },
  'youth-care': {
    order: [
      'acute-danger',
      'veilig-thuis',
      'guardian-nidos',
      'care-coordinator',
      'police-report',
      'labour-inspectorate',
      'reflection-period',
      'register-comensha',
    ],
  },
  municipality: {
    order: [
      'acute-danger',
      'care-coordinator',
      'veilig-thuis',
      'guardian-nidos',
      'police-report',
      'labour-inspectorate',
      'register-comensha',
      'reflection-period',
    ],
  },
  'aid-organisation': {
    order: [
      'acute-danger',
      'care-coordinator',
      'veilig-thuis',
      'guardian-nidos',
      'reflection-period',
      'police-report',
      'labour-inspectorate',
      'register-comensha',
    ],
  },
  citizen: {
    order: [
      'acute-danger',
      'veilig-thuis',
      'police-report',
      'report-anonymously',
      'labour-inspectorate',
      'victim-helpline',
    ],
  },
  self: {
    order: [
      'acute-danger',
      'veilig-thuis',
      'victim-helpline',
      'fair-work',
      'victim-support',
      'police-report',
      'reflection-period',
      'labour-inspectorate',
    ],
  },
}
