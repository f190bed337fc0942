// SPDX-License-Identifier: EUPL-1.2
// What every legal track of the planner works with: the drafts of the steps it decides about, the
// deadlines it counts from the limits in the data, the versioned rules it applies (looked up on the
// date of the event they are about), and what the case's facts say about the situation. One
// context per plan; the tracks (./tracks) fill it in order and the planner turns it into the plan.
import type { Dataset } from '../entities.ts'
import type { LimitKey, RuleKind, StepLimit, TrajectoryRule, TrajectoryStep } from '../trajectory.ts'
import { isValidOn } from '../validity.ts'
import { dayAfterPeriod, periodLastDay } from './calendar.ts'
import type { ParsedTrajectoryInput } from './input.ts'
import { say, type LimitIds, type TrajectoryMessage } from './messages.ts'
import type { PlanDeadline, StepStatus } from './plan-schema.ts'

export type TrajectoryData = Pick<Dataset, 'trajectorySteps' | 'trajectoryRules' | 'parties' | 'rights'>

/** Step ids the engine walks; they are the record ids in data/trajectory-steps. */
export const STEP = {
  signal: 't01-signaal',
  offer: 't02-aanbod-bedenktijd',
  notify: 't03-aanmelding-comensha',
  shelter: 't04-opvang',
  rvb: 't05-rvb-aanvraag',
  reflection: 't06-bedenktijd',
  reflectionEnd: 't06x-einde-bedenktijd-zonder-vergunning',
  report: 't07-aangifte-of-medewerking',
  permit: 't08-tijdelijke-vergunning',
  renewal: 't09-verlenging',
  withdrawal: 't10-intrekking',
  continued: 't11-voortgezet-verblijf',
  noncoop: 't12-vergunning-niet-kunnen-meewerken',
  noncoopAfter: 't12b-na-een-jaar-niet-meewerken',
  asylum: 't13-asielprocedure',
  returnHome: 't14-terugkeer',
  brp: 't15a-inschrijving-brp',
  matching: 't15b-koppeling-taakstelling',
  housing: 't15c-woning',
  support: 't15d-begeleiding-werk-inkomen',
  compensation: 'p01-schadevergoeding',
} as const

export interface Draft {
  status: StepStatus
  /** The date the step's parties and rights are looked up on (its event date, else asOf). */
  on?: string
  deadlines: (Omit<PlanDeadline, 'passed' | 'label'> & { label: TrajectoryMessage })[]
  notes: TrajectoryMessage[]
  rules: TrajectoryRule[]
}

/** What the facts say about the situation, computed once for every track. */
export interface Situation {
  readonly witness: boolean
  readonly unable: boolean
  /** Lawful stay (also during an asylum or Dublin procedure). */
  readonly lawfulStay: boolean
  /** No residence title (or unknown): the grounds d and g of the permit need this. */
  readonly noTitle: boolean
  /** Reported, cooperates otherwise, or is a witness who reported. */
  readonly cooperates: boolean
  /** The reflection period ended without a permit application (declined, disappeared, other). */
  readonly reflectionEndedWithout: boolean
  readonly labour: boolean
}

export function situationOf(input: ParsedTrajectoryInput): Situation {
  const witness = input.witness === true
  return {
    witness,
    unable: input.cooperation === 'unable',
    lawfulStay: input.residence === 'lawful' || input.residence === 'asylum' || input.residence === 'dublin',
    noTitle: input.residence === undefined || input.residence === 'none' || input.residence === 'detained',
    cooperates:
      witness ||
      input.cooperation === 'reporting' ||
      input.cooperation === 'cooperating-otherwise' ||
      input.report !== undefined,
    reflectionEndedWithout:
      input.reflectionEndReason === 'declined' ||
      input.reflectionEndReason === 'disappeared' ||
      input.reflectionEndReason === 'other-application',
    labour: input.exploitation?.includes('labour') === true,
  }
}

export class PlanContext {
  readonly asOf: string
  readonly is: Situation
  readonly warnings: TrajectoryMessage[] = []
  readonly drafts = new Map<string, Draft>()
  readonly usedRules = new Map<string, TrajectoryRule>()
  readonly stepsById: ReadonlyMap<string, TrajectoryStep>
  /** Limits a rule in force sets for its steps (e.g. 30 days of reflection for Dublin claimants). */
  readonly ruleLimits = new Map<string, StepLimit>()
  /** Which rule set each of those limits (by `step/key`), so a deadline names its source by id. */
  readonly limitRules = new Map<string, string>()
  /** Grounds of Vb 2000 art. 3.48 lid 1 that fit (set by the permit track). */
  grounds: string[] = []
  /** No permit will come (a Dublin claimant whose presence the OM does not need). */
  permitBlocked = false

  constructor(
    readonly data: TrajectoryData,
    readonly input: ParsedTrajectoryInput,
  ) {
    this.asOf = input.asOf
    this.is = situationOf(input)
    this.stepsById = new Map(data.trajectorySteps.map((s) => [s.id, s]))
  }

  /** The rule of this kind in force on the date (the plan date when the event has not happened). */
  ruleOn(kind: RuleKind, date: string | undefined): TrajectoryRule | undefined {
    const on = date ?? this.asOf
    const rule = this.data.trajectoryRules.find((r) => r.rule === kind && isValidOn(r, on))
    if (rule !== undefined) {
      this.usedRules.set(rule.id, rule)
    }
    return rule
  }

  /** The rule, also listed on the step it decides about. */
  useRule(d: Draft, kind: RuleKind, on: string | undefined): TrajectoryRule | undefined {
    const r = this.ruleOn(kind, on)
    if (r !== undefined && !d.rules.includes(r)) {
      d.rules.push(r)
    }
    return r
  }

  draft(id: string, status: StepStatus, on?: string): Draft {
    const d: Draft = { status, ...(on === undefined ? {} : { on }), deadlines: [], notes: [], rules: [] }
    this.drafts.set(id, d)
    return d
  }

  /** A limit of a step: the one a rule in force sets, else the step's own from the data. */
  limit(stepId: string, key: LimitKey): StepLimit | undefined {
    const found =
      this.ruleLimits.get(`${stepId}/${key}`) ?? this.stepsById.get(stepId)?.limits.find((l) => l.key === key)
    if (found === undefined) {
      this.warnings.push(say('trajectory.warning.limit-missing', { key, step: stepId }))
    }
    return found
  }

  /** The ids a message names a limit by: the rule's too when a rule in force sets it. */
  limitIds(stepId: string, key: LimitKey): LimitIds {
    const rule = this.limitRules.get(`${stepId}/${key}`)
    return { step: stepId, limit: key, ...(rule === undefined ? {} : { rule }) }
  }

  /** A deadline from a limit in the data, counted from `from`; returns its date. */
  deadline(d: Draft, stepId: string, key: LimitKey, from: string, renewal?: number): string | undefined {
    const l = this.limit(stepId, key)
    if (l === undefined) {
      return undefined
    }
    const date =
      l.kind === 'after' || l.kind === 'min'
        ? dayAfterPeriod(from, l.value, l.unit)
        : periodLastDay(from, l.value, l.unit)
    d.deadlines.push({
      id: `${stepId}.${key}${renewal === undefined ? '' : `.${renewal}`}`,
      label: say('trajectory.deadline.limit', {
        ...this.limitIds(stepId, key),
        ...(renewal === undefined ? {} : { renewal }),
      }),
      date,
      legalBasis: l.legalBasis,
      kind: l.kind,
    })
    return date
  }

  /** A date from the input, shown on the timeline. */
  event(d: Draft, stepId: string, key: string, label: TrajectoryMessage, date: string, legalBasis: string): void {
    d.deadlines.push({ id: `${stepId}.${key}`, label, date, legalBasis, kind: 'event' })
  }
}

export const statusOf = (done: boolean, started: boolean): StepStatus =>
  done ? 'done' : started ? 'current' : 'upcoming'
