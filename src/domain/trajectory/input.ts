// SPDX-License-Identifier: EUPL-1.2
// What the trajectory planner is asked: the one Scenario of the case (src/domain/scenario.ts), of
// which the planner reads the person, the situation and the events so far. It has no input schema
// of its own (ADR 0013): the fields, their descriptions and the OpenAPI component are the scenario's.
import {
  CASE_OUTCOMES,
  REFLECTION_END_REASONS,
  SCENARIO_FIELDS,
  ScenarioInput,
  ScenarioQuery,
  type CaseFacts,
  type Scenario,
} from '../scenario.ts'
import type { ExploitationFormId } from '../facets.ts'

export { CASE_OUTCOMES, REFLECTION_END_REASONS }
export type { ReflectionEndReason, CaseOutcome } from '../scenario.ts'

/** The planner's input schema is the scenario's (JSON body). */
export const TrajectoryInput = ScenarioInput
export type TrajectoryInput = ScenarioInput
/** The same as query-string fields. */
export const TrajectoryQuery = ScenarioQuery
export const TRAJECTORY_FIELDS = SCENARIO_FIELDS

/**
 * The case after parsing, as the planner reads it: the normalised facets (groups derived once, by
 * the scenario parser), the situation flags and events, and the plan date. Exploitation may be
 * unknown here: the planner only asks whether labour exploitation is among the forms.
 */
export type ParsedTrajectoryInput = Omit<Scenario, 'exploitation' | 'derived' | 'unknown'> &
  CaseFacts & { readonly exploitation?: readonly ExploitationFormId[] }
