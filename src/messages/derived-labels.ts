// SPDX-License-Identifier: EUPL-1.2
// Labels a catalogue derives from its one label set per facet, so that a form's title, a field's
// label and a question are never written twice in different words.
import type { OpenFacet } from '../domain/scenario.ts'
import type { FacetLabelSet } from './facet-labels.ts'
import { sentenceCase } from './format.ts'

/** Facet labels as titles or field labels: "Verblijfsstatus". */
export function facetTitles(f: FacetLabelSet) {
  return {
    exploitation: sentenceCase(f.exploitation.name),
    ageGroup: sentenceCase(f.ageGroup.name),
    nationalityGroup: sentenceCase(f.nationalityGroup.name),
    residence: sentenceCase(f.residence.name),
    unaccompanied: sentenceCase(f.unaccompanied.name),
    gender: sentenceCase(f.gender.name),
    recruitment: sentenceCase(f.recruitment.name),
    cooperation: sentenceCase(f.cooperation.name),
    municipality: sentenceCase(f.municipality.name),
  }
}

/** The question per facet a scenario can leave open. */
export function facetQuestions(f: FacetLabelSet): Record<OpenFacet, string> {
  return {
    ageGroup: f.ageGroup.question,
    nationalityGroup: f.nationalityGroup.question,
    residence: f.residence.question,
    unaccompanied: f.unaccompanied.question,
    gender: f.gender.question,
    recruitment: f.recruitment.question,
    cooperation: f.cooperation.question,
    municipality: f.municipality.question,
  }
}

/** Value labels as titles: "Seksuele uitbuiting". */
export function valueTitles<K extends string>(values: Readonly<Record<K, string>>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(values).map(([k, v]) => [k, sentenceCase(v)])) as Record<K, string>
}
