// SPDX-License-Identifier: EUPL-1.2
// Builds the "why" of a route item from the conditions that matched, in Dutch and English. Labels
// that depend only on a condition are written once (ConditionPlan); labels that depend on the
// scenario are written once per route here, so per item the work is pushing finished strings.
import type { Scenario } from '../scenario.ts'
import type { Region } from '../region.ts'
import { EXPLOITATION_FORMS } from '../facets.ts'
import { MASK_FACETS, valuesOf, type MaskFacet } from '../conditions/index.ts'
import type { ConditionPlan } from './condition-plan.ts'
import { FACET_LABELS, orList, valueLabel, type Label } from './labels.ts'

export interface Reasons {
  readonly nl: string[]
  readonly en: string[]
}

export const EVERYONE: Label = {
  nl: 'geldt voor ieder slachtoffer, ongeacht de situatie',
  en: 'applies to every victim, whatever the situation',
}
const OPEN_LABELS = new Map<string, Label>()
/** Per facet index, the label of a set of possible values (indexed by its mask). */
const VALUE_SET_LABELS: Label[][] = MASK_FACETS.map(() => [])
/** Matched exploitation forms (condition mask AND scenario forms) → label. */
const FORM_LABELS: Label[] = []

export class ReasonWriter {
  /** Per MASK_FACETS index, the why when the scenario satisfies that facet's condition. */
  private readonly heldNl: string[] = []
  private readonly heldEn: string[] = []
  private readonly regionSet: ReadonlySet<string> | undefined

  constructor(
    scenario: Scenario,
    possible: readonly number[],
    private readonly forms: number,
    private readonly municipality: { readonly name: string; readonly regionSet: ReadonlySet<string> } | undefined,
    private readonly regions: ReadonlyMap<string, Region>,
  ) {
    this.regionSet = municipality?.regionSet
    for (let i = 0; i < MASK_FACETS.length; i++) {
      const label = heldLabel(scenario, i, possible[i] ?? 0)
      this.heldNl.push(label.nl)
      this.heldEn.push(label.en)
    }
  }

  /** The why of an item whose open facets are `bits` (see openBits). */
  reasons(c: ConditionPlan, bits: number): Reasons {
    const nl: string[] = []
    const en: string[] = []
    if (c.exploitation !== 0) {
      const l = formLabel(c.exploitation & this.forms)
      nl.push(l.nl)
      en.push(l.en)
    }
    const { facets } = c
    for (let k = 0; k < facets.length; k++) {
      const f = facets[k] ?? 0
      if ((bits & (1 << f)) !== 0) {
        nl.push(c.openNl[k] ?? '')
        en.push(c.openEn[k] ?? '')
      } else {
        nl.push(this.heldNl[f] ?? '')
        en.push(this.heldEn[f] ?? '')
      }
    }
    if (c.regions !== undefined) {
      const l = this.regionLabel(c.regions)
      nl.push(l.nl)
      en.push(l.en)
    } else if (c.unconditional) {
      nl.push(EVERYONE.nl)
      en.push(EVERYONE.en)
    }
    if (c.validityNl !== undefined) {
      nl.push(c.validityNl)
      en.push(c.validityEn ?? '')
    }
    return { nl, en }
  }

  private regionLabel(ids: ReadonlySet<string>): Label {
    const m = this.municipality
    if (m === undefined || this.regionSet === undefined) {
      return {
        nl: "alleen in bepaalde regio's (gemeente nog onbekend)",
        en: 'only in certain regions (municipality not yet known)',
      }
    }
    const names: string[] = []
    for (const id of ids) {
      if (this.regionSet.has(id)) {
        names.push(this.regions.get(id)?.name ?? id)
      }
    }
    return {
      nl: `gemeente ${m.name} valt in ${orList(names, 'en')}`,
      en: `municipality ${m.name} lies in ${orList(names, 'and')}`,
    }
  }
}

/**
 * The why for a facet whose condition the scenario satisfies: the scenario's own value when known
 * ("minderjarig (16 jaar)"), else the values still possible (all of which the condition accepts).
 */
function heldLabel(s: Scenario, i: number, possible: number): Label {
  const f = MASK_FACETS[i] ?? 'ageGroup'
  if (f === 'ageGroup' && s.ageGroup !== undefined) {
    const base = valueLabel('ageGroup', s.ageGroup)
    return s.age === undefined ? base : { nl: `${base.nl} (${s.age} jaar)`, en: `${base.en} (${s.age} years)` }
  }
  if (f === 'nationalityGroup' && s.nationalityGroup !== undefined) {
    const base = valueLabel('nationalityGroup', s.nationalityGroup)
    return s.nationality === undefined
      ? base
      : { nl: `${base.nl} (${s.nationality})`, en: `${base.en} (${s.nationality})` }
  }
  const cache = VALUE_SET_LABELS[i] ?? []
  let label = cache[possible]
  if (label === undefined) {
    const values = valuesOf(f, possible).map((v) => valueLabel(f, v))
    label = {
      nl: orList(values.map((v) => v.nl)),
      en: orList(
        values.map((v) => v.en),
        'or',
      ),
    }
    cache[possible] = label
  }
  return label
}

/** The forms a condition lists that the scenario has ("seksuele uitbuiting en arbeidsuitbuiting"). */
function formLabel(matched: number): Label {
  let label = FORM_LABELS[matched]
  if (label === undefined) {
    const forms = EXPLOITATION_FORMS.filter((_, i) => (matched & (1 << i)) !== 0).map((f) =>
      valueLabel('exploitation', f),
    )
    label = {
      nl: orList(
        forms.map((m) => m.nl),
        'en',
      ),
      en: orList(
        forms.map((m) => m.en),
        'and',
      ),
    }
    FORM_LABELS[matched] = label
  }
  return label
}

export function openLabel(f: MaskFacet, mask: number): Label {
  const key = `${f}:${mask}`
  let label = OPEN_LABELS.get(key)
  if (label === undefined) {
    const values = valuesOf(f, mask).map((v) => valueLabel(f, v))
    label = {
      nl: `alleen bij ${orList(values.map((v) => v.nl))} (${FACET_LABELS[f].nl} nog onbekend)`,
      en: `only if ${orList(
        values.map((v) => v.en),
        'or',
      )} (${FACET_LABELS[f].en} not yet known)`,
    }
    OPEN_LABELS.set(key, label)
  }
  return label
}

export function validityLabel(from: string | undefined, to: string | undefined): Label {
  if (from !== undefined && to !== undefined) {
    return { nl: `geldt van ${from} tot ${to}`, en: `in force from ${from} until ${to}` }
  }
  if (from !== undefined) {
    return { nl: `geldt sinds ${from}`, en: `in force since ${from}` }
  }
  return { nl: `geldt tot ${to ?? ''}`, en: `in force until ${to ?? ''}` }
}
