// SPDX-License-Identifier: EUPL-1.2
// Public surface of the overlap and gap analysis: index a dataset once, analyse a date, compare two.
export {
  buildAnalysisIndex,
  analysisIndexBuilds,
  COVERING_ROLES,
  type AnalysisIndex,
  type AspectModel,
} from './analysis-index.ts'
export { analyse, topView, type AnalysisResult } from './analyse.ts'
export { compareAnalyses } from './compare.ts'
export { evaluateCells, type AnalysisRun, type CellState, type CellKind } from './evaluate-cells.ts'
export { stateFor, type CellQuery } from './query.ts'
export { allQueries, bruteForceAll, bruteForceScenario, scenarioOf } from './brute-force.ts'
export { SLICES, SLICE_IDS, type SliceId } from './heatmap.ts'
export {
  Analysis,
  AnalysisComparison,
  Finding,
  FindingGroup,
  Scope,
  FINDING_KINDS,
  SEVERITIES,
  ANALYSIS_VIEWS,
  type AnalysisView,
  type FullAnalysis,
  TOP_LIMIT,
  TOP_PER_ASPECT,
  type FindingKind,
  type Severity,
} from './analysis-schema.ts'
export { ACTIONABLE, isActionable, severityOf, severityRank, topFindings, countSeverities } from './severity.ts'
export { actionFor, type ActionMessage, type ActionParams } from './actions.ts'
export {
  SCOPE_WHO,
  type AnalysisMessage,
  type AnalysisMessageParams,
  type ScopeParams,
  type ScopeWho,
} from './messages.ts'
export { findingsOf } from './select.ts'
