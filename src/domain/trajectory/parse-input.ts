// SPDX-License-Identifier: EUPL-1.2
// The planner reads a case through the scenario parser (one schema, one set of field errors for
// route, planner and API); this only turns the parsed scenario into the planner's input.
import { parseScenario, type ParseContext, type ScenarioError } from '../route/parse-scenario.ts'
import type { ParsedTrajectoryInput } from './input.ts'

export type TrajectoryInputError = ScenarioError

export type TrajectoryParseResult =
  | { readonly ok: true; readonly input: ParsedTrajectoryInput }
  | { readonly ok: false; readonly errors: TrajectoryInputError[] }

export interface TrajectoryParseOptions {
  /** Values are text (query string, form): booleans as "true"/"false", empty fields are absent. */
  readonly fromQuery?: boolean
}

/** Context the planner needs to read a scenario: the known municipalities and today's date. */
export type TrajectoryParseContext = ParseContext

export function parseTrajectoryInput(
  input: unknown,
  ctx: TrajectoryParseContext,
  options: TrajectoryParseOptions = {},
): TrajectoryParseResult {
  const parsed = parseScenario(input, ctx, { fromQuery: options.fromQuery === true, requireExploitation: false })
  if (!parsed.ok) {
    return parsed
  }
  const { derived: _derived, unknown: _unknown, exploitation, ...facets } = parsed.scenario
  return {
    ok: true,
    input: { ...facets, ...(exploitation.length === 0 ? {} : { exploitation }), ...parsed.case },
  }
}
