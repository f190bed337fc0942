// SPDX-License-Identifier: EUPL-1.2
// The words for the analysis's codes (severities and actions) in Dutch and English. Kept apart from
// the engine so it moves as a whole into the message catalogue (src/messages) once that lands.
import type { ActionCode, Severity } from './analysis-schema.ts'
import type { ActionParams } from './actions.ts'

export type AnalysisLocale = 'nl' | 'en'

/** Names for the ids in the parameters (the finding carries them). */
export interface ActionNames {
  aspect(id: string): string
  party(id: string): string
}

function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`
}

type ActionText = (p: ActionParams, n: ActionNames) => string

const ACTIONS: Readonly<Record<AnalysisLocale, Readonly<Record<ActionCode, ActionText>>>> = {
  nl: {
    'analysis.action.assign': (p, n) =>
      `Wijs een partij aan die ‘${n.aspect(p.aspect)}’ leidt of uitvoert voor deze groep, en leg dat vast.`,
    'analysis.action.agree-lead': (p, n) =>
      `Leg een rolafspraak vast tussen ${list((p.parties ?? []).map(n.party), 'en')} over wie de regie heeft bij ‘${n.aspect(p.aspect)}’.`,
    'analysis.action.agree-roles': (p, n) =>
      `Leg een rolafspraak vast tussen ${list((p.parties ?? []).map(n.party), 'en')} over ‘${n.aspect(p.aspect)}’.`,
    'analysis.action.shared': (p, n) =>
      `Geen rolafspraak nodig: ‘${n.aspect(p.aspect)}’ is een gedeelde taak; partijen doen het bewust naast elkaar.`,
    'analysis.action.keep-agreement': (p) =>
      `Geen actie: de afspraak ${list(p.agreements ?? [], 'en')} verdeelt de rollen; houd die actueel.`,
  },
  en: {
    'analysis.action.assign': (p, n) =>
      `Appoint a party that leads or carries out ‘${n.aspect(p.aspect)}’ for this group, and record it.`,
    'analysis.action.agree-lead': (p, n) =>
      `Record a role agreement between ${list((p.parties ?? []).map(n.party), 'and')} on who leads ‘${n.aspect(p.aspect)}’.`,
    'analysis.action.agree-roles': (p, n) =>
      `Record a role agreement between ${list((p.parties ?? []).map(n.party), 'and')} on ‘${n.aspect(p.aspect)}’.`,
    'analysis.action.shared': (p, n) =>
      `No agreement needed: ‘${n.aspect(p.aspect)}’ is a shared task; parties do it side by side on purpose.`,
    'analysis.action.keep-agreement': (p) =>
      `No action: agreement ${list(p.agreements ?? [], 'and')} divides the roles; keep it current.`,
  },
}

export const SEVERITY_LABELS: Readonly<Record<AnalysisLocale, Readonly<Record<Severity, string>>>> = {
  nl: {
    gap: 'hiaat',
    'lead-conflict': 'regieconflict',
    'executor-overlap': 'overlap in uitvoering',
    expected: 'verwacht (gedeelde taak)',
    agreed: 'afgesproken',
  },
  en: {
    gap: 'gap',
    'lead-conflict': 'lead conflict',
    'executor-overlap': 'overlap in execution',
    expected: 'expected (shared task)',
    agreed: 'agreed',
  },
}

const COUNTED: Readonly<Record<AnalysisLocale, Readonly<Record<Severity, [string, string]>>>> = {
  nl: {
    gap: ['hiaat', 'hiaten'],
    'lead-conflict': ['regieconflict', 'regieconflicten'],
    'executor-overlap': ['overlap in uitvoering', 'overlappen in uitvoering'],
    expected: ['verwachte overlap (gedeelde taak)', 'verwachte overlappen (gedeelde taak)'],
    agreed: ['overlap met afspraak', 'overlappen met afspraak'],
  },
  en: {
    gap: ['gap', 'gaps'],
    'lead-conflict': ['lead conflict', 'lead conflicts'],
    'executor-overlap': ['overlap in execution', 'overlaps in execution'],
    expected: ['expected overlap (shared task)', 'expected overlaps (shared task)'],
    agreed: ['agreed overlap', 'agreed overlaps'],
  },
}

/** "3 regieconflicten", "1 gap". */
export function severityCount(locale: AnalysisLocale, severity: Severity, n: number): string {
  const [one, many] = COUNTED[locale][severity]
  return `${n} ${n === 1 ? one : many}`
}

export function renderAction(
  locale: AnalysisLocale,
  action: { code: ActionCode; params: ActionParams },
  names: ActionNames,
): string {
  return ACTIONS[locale][action.code](action.params, names)
}

/** Names from a finding itself: its aspect and parties (short names, as elsewhere in the analysis). */
export function findingNames(f: {
  aspect: { id: string; name: string }
  parties: readonly { id: string; name: string; shortName?: string }[]
}): ActionNames {
  return {
    aspect: (id) => (id === f.aspect.id ? f.aspect.name : id),
    party: (id) => {
      const p = f.parties.find((x) => x.id === id)
      return p === undefined ? id : (p.shortName ?? p.name)
    },
  }
}
