// SPDX-License-Identifier: EUPL-1.2
// Which signals belong on which signal page: per exploitation form, for the loverboy method, and
// the general signals that point to no particular form. Grouped by where the signal shows.
import type { Indicator } from '../../../domain/indicator.ts'
import { EXPLOITATION_FORMS, type ExploitationFormId } from '../../../domain/facets.ts'
import type { CatalogView } from '../../../domain/catalog/index.ts'

export type SignalTopic = ExploitationFormId | 'loverboy'
export const SIGNAL_TOPICS: readonly SignalTopic[] = [...EXPLOITATION_FORMS, 'loverboy']

export function isSignalTopic(value: string): value is SignalTopic {
  return (SIGNAL_TOPICS as readonly string[]).includes(value)
}

export function signalsFor(data: CatalogView, topic: SignalTopic | 'general'): Indicator[] {
  const all = data.valid('indicators')
  if (topic === 'general') {
    return all.filter((i) => i.forms === undefined && i.recruitment === undefined)
  }
  if (topic === 'loverboy') {
    return all.filter((i) => i.recruitment?.includes('loverboy') === true)
  }
  return all.filter((i) => i.forms?.includes(topic) === true)
}

/** Signals grouped by domain, domains in the order of the schema. */
export function byDomain(signals: readonly Indicator[]): [Indicator['domain'], Indicator[]][] {
  const groups = new Map<Indicator['domain'], Indicator[]>()
  for (const s of signals) {
    groups.set(s.domain, [...(groups.get(s.domain) ?? []), s])
  }
  return [...groups.entries()]
}
