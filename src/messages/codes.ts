// SPDX-License-Identifier: EUPL-1.2
// Every code the engine can return, with its parameters: the union of the modules' code maps.
// A module that returns messages exports a map `{ 'area.what': { param: type } }` from the domain
// and adds it here; each catalogue must then say every code (a missing one is a compile error).
import type { Message, MessageOf } from '../domain/message.ts'
import type { AnalysisMessageParams } from '../domain/analysis/messages.ts'
import type { RouteMessageParams } from '../domain/route/route-messages.ts'
import type { ScenarioErrorParams } from '../domain/scenario-errors.ts'
import type { TrajectoryMessageParams } from '../domain/trajectory/messages.ts'
import type { Format } from './format.ts'

export interface EngineParams
  extends RouteMessageParams, AnalysisMessageParams, TrajectoryMessageParams, ScenarioErrorParams {}

export type EngineCode = keyof EngineParams & string
export type EngineMessage = MessageOf<EngineParams>

/** What a catalogue holds per code: a function of the parameters and the language's formatters. */
export type EngineTexts = {
  readonly [C in EngineCode]: (params: EngineParams[C], f: Format) => string
}

export type { Message }
