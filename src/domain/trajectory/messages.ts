// SPDX-License-Identifier: EUPL-1.2
// The codes the B8 planner returns instead of text (ADR 0011, ADR 0023): why the scheme does not
// apply, the plan's warnings, each step's notes and the labels of its dates. One code per sentence
// a lawyer would review; dates, counts and legal bases travel as parameters, and a record from the
// dataset (a limit, a rule) by its ids, worded at the edge in the reader's language (names.ts).
import type { MessageOf } from '../message.ts'

type Nothing = Readonly<Record<string, never>>
type OnDate = { readonly date: string }
/** A limit of a step by its key; `rule` when a rule in force sets it instead of the step's own. */
export type LimitIds = { readonly step: string; readonly limit: string; readonly rule?: string }

export interface TrajectoryMessageParams {
  /** Why the scheme does not apply (plan.reason); the legal basis of the scope rule when known. */
  'trajectory.scope.dutch-nationals': { readonly legalBasis?: string }
  'trajectory.scope.eu-citizens': { readonly legalBasis?: string }

  'trajectory.warning.nationality-unknown': Nothing
  'trajectory.warning.eu-without-right': Nothing
  'trajectory.warning.step-missing': Nothing
  'trajectory.warning.limit-missing': { readonly key: string; readonly step: string }
  'trajectory.warning.ind-target-passed': OnDate
  'trajectory.warning.permit-expired': OnDate
  'trajectory.warning.reflection-start-lawful-stay': OnDate & { readonly residence: string }
  'trajectory.warning.reflection-overdue': OnDate

  /**
   * A limit from the dataset by ids (worded at the edge, names.ts): the step's, or the rule's in force
   * when a rule sets it; for a renewal or a month of the period when it repeats.
   */
  'trajectory.deadline.limit': LimitIds & { readonly renewal?: number; readonly month?: number }
  'trajectory.event.first-signal': Nothing
  'trajectory.event.reflection-start': Nothing
  'trajectory.event.reflection-end': Nothing
  'trajectory.event.reflection-end-report': Nothing
  'trajectory.event.reflection-ended-without-permit': Nothing
  'trajectory.event.report': { readonly witness: boolean }
  'trajectory.event.permit-granted': Nothing
  'trajectory.event.renewed': { readonly n: number }
  'trajectory.event.acquittal': Nothing
  'trajectory.event.dismissal': Nothing
  'trajectory.event.conviction': Nothing
  'trajectory.event.prosecution': Nothing

  'trajectory.note.witness-no-reflection': Nothing
  'trajectory.note.lawful-stay-no-reflection': { readonly residence: string; readonly until?: string }
  /** The rule in force, by its id (worded with its name at the edge, names.ts). */
  'trajectory.note.rule': { readonly rule: string }
  'trajectory.note.detention-consent': Nothing
  'trajectory.note.residence-unknown': Nothing
  'trajectory.note.refused-entry': Nothing
  'trajectory.note.reflection-dates-pending': Nothing
  /** A shorter limit a rule sets, by ids (its label worded at the edge). */
  'trajectory.note.shorter-limit': LimitIds & { readonly legalBasis: string }
  'trajectory.note.reflection-overdue': OnDate
  'trajectory.note.asylum-needs-cooperation': Nothing
  'trajectory.note.noncoop-only-without-title': Nothing
  'trajectory.note.noncoop-evidence': Nothing
  'trajectory.note.report-still-possible': Nothing
  'trajectory.note.declined': Nothing
  'trajectory.note.permit-grounds': { readonly grounds: readonly string[] }
  'trajectory.note.dublin-presence-not-needed': Nothing
  'trajectory.note.dublin-ask-om': Nothing
  'trajectory.note.witness-renewal': Nothing
  'trajectory.note.case-stopped': Nothing
  'trajectory.note.renew-before': OnDate
  'trajectory.note.witness-continued': Nothing
  'trajectory.note.conviction-date-missing': Nothing
  'trajectory.note.prosecution-before-rule': OnDate
  'trajectory.note.case-ended-before-three-years': { readonly ended: string; readonly reached: string }
  'trajectory.note.three-years-pending': Nothing
  'trajectory.note.special-circumstances': Nothing
  'trajectory.note.continued-max': { readonly years: number; readonly legalBasis: string }
}

export type TrajectoryMessage = MessageOf<TrajectoryMessageParams>

const NONE: Nothing = {}

/** A message without parameters. */
export function note<C extends keyof TrajectoryMessageParams & string>(
  code: TrajectoryMessageParams[C] extends Nothing ? C : never,
): TrajectoryMessage {
  return { code, params: NONE } as TrajectoryMessage
}

/** A message with parameters, checked against the code's parameter type. */
export function say<C extends keyof TrajectoryMessageParams & string>(
  code: C,
  params: TrajectoryMessageParams[C],
): TrajectoryMessage {
  return { code, params } as TrajectoryMessage
}
