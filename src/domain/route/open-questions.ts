// SPDX-License-Identifier: EUPL-1.2
// For every facet the scenario leaves open: what would change once it is known. Only the items that
// are conditional on that facet can change, so only those are re-checked per possible value.
import type { OpenFacet, Scenario } from '../scenario.ts'
import { RESIDENCE_NOT_APPLICABLE, evaluate, narrow, valuesOf, type CompiledConditions, type MaskFacet, type Possible } from './facet-space.ts'
import { valueLabel } from './labels.ts'
import type { ItemRef, OpenQuestion } from './route-schema.ts'

export interface ConditionalItem {
  readonly ref: ItemRef
  readonly conditions: CompiledConditions
  readonly dependsOn: readonly string[]
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

export function openQuestions(
  scenario: Scenario,
  possible: Possible,
  forms: number,
  regions: ReadonlySet<string> | undefined,
  conditional: readonly ConditionalItem[],
): OpenQuestion[] {
  const out: OpenQuestion[] = []
  for (const facet of scenario.unknown) {
    const affected = conditional.filter((item) => item.dependsOn.includes(facet))
    if (facet === 'municipality') {
      const names = affected.map((a) => a.ref.name)
      out.push({
        facet,
        question: QUESTIONS.municipality,
        effect: `Met de gemeente erbij toont de route de regionale partijen met contactgegevens: politie-eenheid, RIEC, Veilig Thuis, zorgcoördinator en centrumgemeente.${names.length === 0 ? '' : ` Ook hangt van de regio af: ${[...new Set(names)].join(', ')}.`}`,
        options: [],
      })
      continue
    }
    const options = valuesOf(facet, possible[facet])
      .filter((v) => v !== RESIDENCE_NOT_APPLICABLE)
      .map((value) => {
        const narrowed = narrow(possible, facet, value)
        const confirms: ItemRef[] = []
        const dropsOut: ItemRef[] = []
        for (const item of affected) {
          const verdict = evaluate(item.conditions, narrowed, forms, regions)
          if (verdict.kind === 'excluded') {
            dropsOut.push(item.ref)
          } else if (verdict.dependsOn.length === 0) {
            confirms.push(item.ref)
          }
        }
        return { value, label: valueLabel(facet as MaskFacet, value).nl, confirms, dropsOut }
      })
    out.push({
      facet,
      question: QUESTIONS[facet],
      effect: affected.length === 0
        ? 'Het antwoord verandert niets aan de partijen en rechten in deze route.'
        : `Van het antwoord ${affected.length === 1 ? 'hangt 1 onderdeel' : `hangen ${affected.length} onderdelen`} van deze route af.`,
      options,
    })
  }
  return out
}
