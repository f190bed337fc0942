// SPDX-License-Identifier: EUPL-1.2
// Dutch (and English) words for facets and their values, used to explain why something is in a route.
import type { MaskFacet } from '../conditions/index.ts'
import { en } from '../../messages/en.ts'
import { nl } from '../../messages/nl.ts'

export interface Label {
  readonly nl: string
  readonly en: string
}

// The words come from the message catalogue's one label set per facet; these {nl, en} pairs go
// once the engine returns codes (ADR 0011).
const LABELS = { nl: nl.facets, en: en.facets } as const

const pair = (pick: (labels: typeof nl.facets) => string): Label => ({ nl: pick(LABELS.nl), en: pick(LABELS.en) })

/** What a facet is called, e.g. in "hangt af van: verblijfsstatus". */
export const FACET_LABELS: Readonly<Record<MaskFacet | 'municipality' | 'exploitation', Label>> = {
  ageGroup: pair((l) => l.ageGroup.name),
  nationalityGroup: pair((l) => l.nationalityGroup.name),
  residence: pair((l) => l.residence.name),
  unaccompanied: pair((l) => l.unaccompanied.name),
  gender: pair((l) => l.gender.name),
  recruitment: pair((l) => l.recruitment.name),
  cooperation: pair((l) => l.cooperation.name),
  municipality: pair((l) => l.municipality.name),
  exploitation: pair((l) => l.exploitation.name),
}

const valuePairs = (facet: MaskFacet | 'exploitation'): Readonly<Record<string, Label>> =>
  Object.fromEntries(
    Object.keys(LABELS.nl[facet].values).map((v) => [
      v,
      pair((l) => (l[facet].values as Readonly<Record<string, string>>)[v] ?? v),
    ]),
  )

/** How a value reads as a reason ("seksuele uitbuiting", "geen rechtmatig verblijf"). */
export const VALUE_LABELS: Readonly<Record<MaskFacet | 'exploitation', Readonly<Record<string, Label>>>> = {
  ageGroup: valuePairs('ageGroup'),
  nationalityGroup: valuePairs('nationalityGroup'),
  residence: valuePairs('residence'),
  unaccompanied: valuePairs('unaccompanied'),
  gender: valuePairs('gender'),
  recruitment: valuePairs('recruitment'),
  cooperation: valuePairs('cooperation'),
  exploitation: valuePairs('exploitation'),
}

export function valueLabel(facet: MaskFacet | 'exploitation', value: string): Label {
  return VALUE_LABELS[facet][value] ?? { nl: value, en: value }
}

/** Dutch list: "a, b of c". */
export function orList(items: readonly string[], word = 'of'): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`
}
