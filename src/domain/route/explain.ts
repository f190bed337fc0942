// SPDX-License-Identifier: EUPL-1.2
// Builds the "why" of a route item from the conditions that matched, in Dutch and English. Labels
// that depend only on the scenario are computed once per route; labels for open conditions depend
// only on the condition and are shared by all routes.
import type { Scenario } from '../scenario.ts'
import type { Region } from '../region.ts'
import { EXPLOITATION_FORMS } from '../facets.ts'
import { MASK_FACETS, valuesOf, type CompiledConditions, type MaskFacet, type Possible } from './facet-space.ts'
import { FACET_LABELS, orList, valueLabel, type Label } from './labels.ts'

export interface Reasons {
  readonly nl: string[]
  readonly en: string[]
}

const EVERYONE: Label = { nl: 'geldt voor ieder slachtoffer, ongeacht de situatie', en: 'applies to every victim, whatever the situation' }
const OPEN_LABELS = new Map<string, Label>()

export class Explainer {
  private readonly held = new Map<MaskFacet, Label>()
  private readonly forms = new Map<number, Label>()

  constructor(
    private readonly scenario: Scenario,
    private readonly possible: Possible,
    private readonly municipality: { readonly name: string; readonly regionSet: ReadonlySet<string> } | undefined,
    private readonly regions: ReadonlyMap<string, Region>,
  ) {}

  reasons(c: CompiledConditions, dependsOn: readonly string[], validity: { validFrom?: string; validTo?: string }): Reasons {
    const nl: string[] = []
    const en: string[] = []
    const add = (l: Label): void => {
      nl.push(l.nl)
      en.push(l.en)
    }
    if (c.exploitation !== 0) {
      add(this.formLabel(c.exploitation))
    }
    for (const f of MASK_FACETS) {
      const mask = c.masks[f]
      if (mask !== 0) {
        add(dependsOn.includes(f) ? openLabel(f, mask) : this.heldLabel(f, mask))
      }
    }
    if (c.regions !== undefined) {
      add(this.regionLabel(c.regions))
    }
    if (nl.length === 0) {
      add(EVERYONE)
    }
    if (validity.validFrom !== undefined || validity.validTo !== undefined) {
      add(validityLabel(validity.validFrom, validity.validTo))
    }
    return { nl, en }
  }

  /** The scenario's own value when known ("minderjarig (16 jaar)"), else the values still possible. */
  private heldLabel(f: MaskFacet, mask: number): Label {
    const cached = this.held.get(f)
    if (cached !== undefined) {
      return cached
    }
    const s = this.scenario
    let label: Label
    if (f === 'ageGroup' && s.ageGroup !== undefined) {
      const base = valueLabel('ageGroup', s.ageGroup)
      label = s.age === undefined ? base : { nl: `${base.nl} (${s.age} jaar)`, en: `${base.en} (${s.age} years)` }
    } else if (f === 'nationalityGroup' && s.nationalityGroup !== undefined) {
      const base = valueLabel('nationalityGroup', s.nationalityGroup)
      label = s.nationality === undefined ? base : { nl: `${base.nl} (${s.nationality})`, en: `${base.en} (${s.nationality})` }
    } else {
      const values = valuesOf(f, this.possible[f] & mask).map((v) => valueLabel(f, v))
      label = { nl: orList(values.map((v) => v.nl)), en: orList(values.map((v) => v.en), 'or') }
      // Only cache when every possible value satisfies any condition alike (a single known value).
      if (valuesOf(f, this.possible[f]).length > 1) {
        return label
      }
    }
    this.held.set(f, label)
    return label
  }

  private formLabel(mask: number): Label {
    const cached = this.forms.get(mask)
    if (cached !== undefined) {
      return cached
    }
    const matched = EXPLOITATION_FORMS.filter((f, i) => (mask & (1 << i)) !== 0 && this.scenario.exploitation.includes(f)).map((f) => valueLabel('exploitation', f))
    const label = { nl: orList(matched.map((m) => m.nl), 'en'), en: orList(matched.map((m) => m.en), 'and') }
    this.forms.set(mask, label)
    return label
  }

  private regionLabel(ids: ReadonlySet<string>): Label {
    const m = this.municipality
    if (m === undefined) {
      return { nl: "alleen in bepaalde regio's (gemeente nog onbekend)", en: 'only in certain regions (municipality not yet known)' }
    }
    const names = [...ids].filter((id) => m.regionSet.has(id)).map((id) => this.regions.get(id)?.name ?? id)
    return { nl: `gemeente ${m.name} valt in ${orList(names, 'en')}`, en: `municipality ${m.name} lies in ${orList(names, 'and')}` }
  }
}

function openLabel(f: MaskFacet, mask: number): Label {
  const key = `${f}:${mask}`
  let label = OPEN_LABELS.get(key)
  if (label === undefined) {
    const values = valuesOf(f, mask).map((v) => valueLabel(f, v))
    label = {
      nl: `alleen bij ${orList(values.map((v) => v.nl))} (${FACET_LABELS[f].nl} nog onbekend)`,
      en: `only if ${orList(values.map((v) => v.en), 'or')} (${FACET_LABELS[f].en} not yet known)`,
    }
    OPEN_LABELS.set(key, label)
  }
  return label
}

function validityLabel(from: string | undefined, to: string | undefined): Label {
  if (from !== undefined && to !== undefined) {
    return { nl: `geldt van ${from} tot ${to}`, en: `in force from ${from} until ${to}` }
  }
  if (from !== undefined) {
    return { nl: `geldt sinds ${from}`, en: `in force since ${from}` }
  }
  return { nl: `geldt tot ${to ?? ''}`, en: `in force until ${to ?? ''}` }
}
