// SPDX-License-Identifier: EUPL-1.2
// What the planner's input says about the facets that rights are conditioned on: the scenario's
// own facets (the groups were derived once, by the scenario parser). Unknown facets rule no right
// out; the conditions module applies the facet rules to what is known.
import type { Facts } from '../conditions/index.ts'
import type { ParsedTrajectoryInput } from './input.ts'

export function trajectoryFacts(input: ParsedTrajectoryInput): Facts {
  return {
    nationalityGroup: input.nationalityGroup,
    residence: input.residence,
    ageGroup: input.ageGroup,
    unaccompanied: input.unaccompanied,
    gender: input.gender,
    recruitment: input.recruitment,
    cooperation: input.cooperation,
    exploitation: input.exploitation,
  }
}
