// SPDX-License-Identifier: EUPL-1.2
// Public surface of the route engine: parse a scenario, index a dataset once, compute routes.
export {
  parseScenario,
  parseContextOf,
  SCENARIO_FIELDS,
  type ParseContext,
  type ParseOptions,
  type ParseResult,
  type ScenarioError,
} from './parse-scenario.ts'
export { buildRouteIndex, routeIndexBuilds, type IndexedMunicipality, type RouteIndex } from './route-index.ts'
export { computeRoute, routeSources } from './compute-route.ts'
export { routeLinks } from './links.ts'
export { RouteEnglish } from './route-english.ts'
export { partyOnDate } from './party-on-date.ts'
export { ROLE_ORDER, PARTY_REACHES, partyReach, compareParties, type PartyReach } from './party-order.ts'
export {
  Route,
  RouteParty,
  RouteRight,
  RouteAspect,
  RoutePhase,
  RegionalParty,
  RegionRef,
  PartyRef,
  ItemRef,
  OpenQuestion,
  OpenQuestionOption,
} from './route-schema.ts'
export {
  SummaryAction,
  SummaryCall,
  SummaryParty,
  AskNext,
  SUMMARY_CODES,
  type SummaryCode,
  type SummaryParams,
} from './summary-schema.ts'
export { given, type GivenValue, type ScenarioErrorParams } from '../scenario-errors.ts'
export { Scenario, ScenarioInput, ScenarioQuery, OPEN_FACETS, type OpenFacet } from '../scenario.ts'
