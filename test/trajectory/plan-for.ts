// SPDX-License-Identifier: EUPL-1.2
// Test support for the track tests: the national trajectory data once, a plan for a scenario
// (through the scenario parser, as every caller does), and lookups of a step and its deadlines.
import { fileURLToPath } from 'node:url'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { parseTrajectoryInput } from '../../src/domain/trajectory/parse-input.ts'
import { planTrajectory } from '../../src/domain/trajectory/plan.ts'
import type { PlanStep, StepStatus, TrajectoryPlan } from '../../src/domain/trajectory/plan-schema.ts'
import type { Message } from '../../src/domain/message.ts'
import { render, type Names } from '../../src/messages/catalogue.ts'

let dataset: Dataset | undefined

export function nationalData(): Dataset {
  dataset ??= loadDataset(fileURLToPath(new URL('../../data', import.meta.url))).dataset
  return dataset
}

/** The plan for a scenario (a third-country national unless the input says otherwise). */
export function planFor(input: Record<string, unknown>, data: Dataset = nationalData()): TrajectoryPlan {
  const parsed = parseTrajectoryInput(
    { nationality: 'CN', ...input },
    { municipalities: new Set<string>(), today: '2030-01-01' },
  )
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  return planTrajectory(data, parsed.input)
}

export function stepOf(plan: TrajectoryPlan, id: string): PlanStep {
  const s = plan.steps.find((x) => x.id === id)
  if (s === undefined) {
    throw new Error(`no step ${id} in plan: ${plan.steps.map((x) => x.id).join(', ')}`)
  }
  return s
}

export function statusOf(plan: TrajectoryPlan, id: string): StepStatus | undefined {
  return plan.steps.find((x) => x.id === id)?.status
}

export function datesOf(step: PlanStep): Record<string, string> {
  return Object.fromEntries(step.deadlines.map((d) => [d.id, d.date]))
}

/** Ids of the steps that are "now" (current or overdue). */
export function nowSteps(plan: TrajectoryPlan): string[] {
  return plan.steps.filter((s) => s.status === 'current' || s.status === 'overdue').map((s) => s.id)
}

/**
 * Messages of the plan (notes, warnings, a reason, a label) as the Dutch edge words them, joined;
 * `names` words the ids they carry (a date label's limit, names.ts).
 */
export function dutchText(list: readonly (Message | undefined)[], names?: Names): string {
  return list.flatMap((m) => (m === undefined ? [] : [render('nl', m, names)])).join(' ')
}

/** One message as the Dutch edge words it. */
export const dutch = (m: Message): string => render('nl', m)
