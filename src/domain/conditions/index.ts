// SPDX-License-Identifier: EUPL-1.2
// Public surface of the one module that interprets Conditions: compile to masks, evaluate against
// what is known, overlap of two condition sets, contradictions; and the reference they are held to.
export {
  MASK_FACETS,
  FACET_VALUES,
  RESIDENCE_NOT_APPLICABLE,
  FORM_BITS,
  EXCLUDED,
  MUNICIPALITY_BIT,
  bitOf,
  allBits,
  valuesOf,
  formBits,
  compileConditions,
  possibleValues,
  narrow,
  restrict,
  anyPossible,
  evaluate,
  maskPlan,
  openBits,
  maskBits,
  intersects,
  type CompiledConditions,
  type MaskFacet,
  type MaskPlan,
  type Possible,
  type Verdict,
} from './masks.ts'
export { mayHold, conditionsOverlap, contradictions, contradictionMessage, type Facts } from './facts.ts'
export {
  allSituations,
  conditionsHold,
  evaluateReference,
  overlapReference,
  satisfiableReference,
  type Situation,
} from './reference.ts'
