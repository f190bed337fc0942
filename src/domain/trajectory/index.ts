// SPDX-License-Identifier: EUPL-1.2
// The public face of the trajectory planner: input schema and parser, planner, plan schema, iCalendar.
export {
  TrajectoryInput,
  TrajectoryQuery,
  TRAJECTORY_FIELDS,
  CASE_OUTCOMES,
  REFLECTION_END_REASONS,
  type ParsedTrajectoryInput,
} from './input.ts'
export { parseTrajectoryInput, type TrajectoryInputError, type TrajectoryParseResult } from './parse-input.ts'
export { planTrajectory, STEP, type TrajectoryData, type PlanOptions } from './plan.ts'
export { TrajectoryPlan, PlanStep, PlanDeadline, STEP_STATUSES, type StepStatus } from './plan-schema.ts'
export { planToICalendar } from './ical.ts'
export { planInEnglish } from './plan-english.ts'
export { addDays, addMonthsClamped, periodLastDay, dayAfterPeriod } from './calendar.ts'
