// SPDX-License-Identifier: EUPL-1.2
// What the planner's input says about the facets that rights are conditioned on. The planner asks
// no gender, recruitment method or municipality: those stay unknown and so rule no right out; the
// conditions module applies the facet rules (an unaccompanied person is a minor, a Dutch national
// has no residence status) to what is known.
import type { Facts } from '../conditions/index.ts'
import type { ParsedTrajectoryInput } from './input.ts'

export function trajectoryFacts(input: ParsedTrajectoryInput): Facts {
  return {
    nationalityGroup: input.nationalityGroup,
    residence: input.residence,
    ageGroup: input.ageGroup,
    unaccompanied: input.unaccompanied,
    // A witness who reported, or a report date, means the person reported.
    cooperation:
      input.witness === true
        ? 'reporting'
        : (input.cooperation ?? (input.report === undefined ? undefined : 'reporting')),
    // Only labour exploitation is asked (it opens the employer-sanctions ground).
    exploitation: input.labourExploitation === true ? ['labour'] : undefined,
  }
}
