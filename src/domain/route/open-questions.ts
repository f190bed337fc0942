// SPDX-License-Identifier: EUPL-1.2
// For every facet the scenario leaves open: what would change once it is known. Only the items that
// are conditional on that facet can change; each is re-checked per possible value with mask tests
// against the narrowed facet values (exploitation and region verdicts do not change by narrowing).
import type { OpenFacet, Scenario } from '../scenario.ts'
import { facetIndex, type ConditionPlan } from './condition-plan.ts'
import {
  EXCLUDED,
  FACET_VALUES,
  MASK_FACETS,
  MUNICIPALITY_BIT,
  RESIDENCE_NOT_APPLICABLE,
  maskBits,
  narrow,
  type MaskFacet,
  type Possible,
} from '../conditions/index.ts'
import { valueLabel } from './labels.ts'
import type { ItemRef, OpenQuestion } from './route-schema.ts'

/** The route's conditional items as parallel lists: reference, condition plan, open-facet bits. */
export interface ConditionalItems {
  readonly refs: readonly ItemRef[]
  readonly plans: readonly ConditionPlan[]
  readonly bits: readonly number[]
}

const QUESTIONS: Readonly<Record<OpenFacet, string>> = {
  ageGroup: 'Is het slachtoffer minderjarig (jonger dan 18 jaar)?',
  nationalityGroup: 'Welke nationaliteit heeft het slachtoffer: Nederlands, EU/EER/Zwitsers of van buiten de EU?',
  residence: 'Welke verblijfsstatus heeft het slachtoffer?',
  unaccompanied: 'Is de minderjarige alleenstaand, dus zonder ouder of voogd in Nederland?',
  gender: 'Wat is het gender van het slachtoffer?',
  recruitment: 'Hoe is het slachtoffer geworven?',
  cooperation: 'Wil of kan het slachtoffer meewerken aan het strafproces (aangifte of anders)?',
  municipality: 'In welke gemeente is het slachtoffer gevonden of verblijft het?',
}

const MUNICIPALITY_EFFECT =
  'Met de gemeente erbij toont de route de regionale partijen met contactgegevens: politie-eenheid, RIEC, Veilig Thuis, zorgcoördinator en centrumgemeente.'
const NO_EFFECT = 'Het antwoord verandert niets aan de partijen en rechten in deze route.'

export function openQuestions(scenario: Scenario, possible: Possible, conditional: ConditionalItems): OpenQuestion[] {
  const out: OpenQuestion[] = []
  const { refs, plans, bits } = conditional
  for (const facet of scenario.unknown) {
    const fi = facetIndex(facet)
    const bit = fi < 0 ? MUNICIPALITY_BIT : 1 << fi
    const affected: number[] = []
    for (let k = 0; k < bits.length; k++) {
      if (((bits[k] ?? 0) & bit) !== 0) {
        affected.push(k)
      }
    }
    if (fi < 0) {
      const names: string[] = []
      for (const k of affected) {
        const name = refs[k]?.name ?? ''
        if (!names.includes(name)) {
          names.push(name)
        }
      }
      out.push({
        facet,
        question: QUESTIONS.municipality,
        effect:
          names.length === 0
            ? MUNICIPALITY_EFFECT
            : `${MUNICIPALITY_EFFECT} Ook hangt van de regio af: ${names.join(', ')}.`,
        options: [],
      })
      continue
    }
    const f = facet as MaskFacet
    const values = FACET_VALUES[f]
    const options: OpenQuestion['options'] = []
    for (let v = 0; v < values.length; v++) {
      const value = values[v] ?? ''
      if ((possible[f] & (1 << v)) === 0 || value === RESIDENCE_NOT_APPLICABLE) {
        continue
      }
      const n = narrow(possible, f, value)
      const narrowed = MASK_FACETS.map((g) => n[g])
      const confirms: ItemRef[] = []
      const dropsOut: ItemRef[] = []
      for (const k of affected) {
        const ref = refs[k]
        const plan = plans[k]
        if (ref === undefined || plan === undefined) {
          continue
        }
        const after = maskBits(plan, narrowed)
        if (after === EXCLUDED) {
          dropsOut.push(ref)
        } else if (after === 0 && ((bits[k] ?? 0) & MUNICIPALITY_BIT) === 0) {
          confirms.push(ref)
        }
      }
      options.push({ value, label: valueLabel(f, value).nl, confirms, dropsOut })
    }
    out.push({
      facet,
      question: QUESTIONS[facet],
      effect:
        affected.length === 0
          ? NO_EFFECT
          : `Van het antwoord ${affected.length === 1 ? 'hangt 1 onderdeel' : `hangen ${affected.length} onderdelen`} van deze route af.`,
      options,
    })
  }
  return out
}
