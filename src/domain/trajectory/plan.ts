// SPDX-License-Identifier: EUPL-1.2
// The trajectory planner: from the facts known so far to a timeline of steps with responsible
// parties, rights, and deadlines computed from the legal limits in the data. Pure and stateless.
// The scope decision is here; each legal track (./tracks) decides its own steps.
//
// Which date decides a versioned rule: each rule is looked up on the date of the event it is about
// (written in the rule record's `decisiveDate`): the OM's decision to prosecute for the 2018 rule,
// the report (the application) for the 2019 Dublin rule, the start of the reflection period for
// the reflection rules. When that event has not happened yet, the plan date (asOf) decides.
import { mayHold } from '../conditions/index.ts'
import type { Conditions } from '../facets.ts'
import type { Party } from '../party.ts'
import type { Right } from '../right.ts'
import type { RuleKind, TrajectoryRule, TrajectoryStep } from '../trajectory.ts'
import { isValidOn } from '../validity.ts'
import { regionalPart, type RegionalResult } from '../route/regional.ts'
import type { RouteIndex } from '../route/route-index.ts'
import { PlanContext, type Draft, type TrajectoryData } from './context.ts'
import { trajectoryFacts } from './facts.ts'
import type { ParsedTrajectoryInput } from './input.ts'
import { note, say } from './messages.ts'
import type { PlanStep, TrajectoryPlan } from './plan-schema.ts'
import { continuedTrack } from './tracks/continued.ts'
import { doorstroomTrack } from './tracks/doorstroom.ts'
import { permitTrack } from './tracks/permit.ts'
import { reflectionTrack } from './tracks/reflection.ts'
import { returnAndCompensationTrack } from './tracks/return-compensation.ts'

export { STEP, type TrajectoryData } from './context.ts'

/** The legal tracks, in the order they decide: later tracks read what earlier ones found. */
const TRACKS: readonly ((c: PlanContext) => void)[] = [
  reflectionTrack,
  permitTrack,
  continuedTrack,
  doorstroomTrack,
  returnAndCompensationTrack,
]

export interface PlanOptions {
  /** The route index of the same dataset: with a municipality in the input, the plan names its regional parties. */
  readonly index?: RouteIndex
}

export function planTrajectory(
  data: TrajectoryData,
  input: ParsedTrajectoryInput,
  options: PlanOptions = {},
): TrajectoryPlan {
  const c = new PlanContext(data, input)
  const asOf = input.asOf
  const regional = regionalOf(options.index, input)

  // Scope: Dutch nationals and EU citizens with EU residence rights fall outside the scheme.
  if (input.nationalityGroup === 'nl' || (input.nationalityGroup === 'eu' && input.euResidenceRight !== false)) {
    const kind: RuleKind = input.nationalityGroup === 'nl' ? 'scope-dutch-nationals' : 'scope-eu-citizens'
    const rule = c.ruleOn(kind, input.firstSignal)
    const basis = rule === undefined ? {} : { legalBasis: rule.legalBasis }
    return {
      applicable: false,
      reason:
        input.nationalityGroup === 'nl'
          ? say('trajectory.scope.dutch-nationals', basis)
          : say('trajectory.scope.eu-citizens', basis),
      alternatives: alternativesFor(data, rule, input),
      asOf,
      permitGrounds: [],
      steps: [],
      warnings: c.warnings,
      rules: [...c.usedRules.values()].map(ruleSummary),
    }
  }
  if (input.nationalityGroup === undefined) {
    c.warnings.push(note('trajectory.warning.nationality-unknown'))
  }
  if (input.nationalityGroup === 'eu') {
    c.warnings.push(note('trajectory.warning.eu-without-right'))
  }

  for (const track of TRACKS) {
    track(c)
  }

  const steps = [...c.drafts.entries()]
    .map(([id, d]) => ({ record: c.stepsById.get(id), d }))
    .filter((x): x is { record: TrajectoryStep; d: Draft } => {
      if (x.record === undefined) {
        c.warnings.push(note('trajectory.warning.step-missing'))
      }
      return x.record !== undefined
    })
    .sort((a, b) => a.record.order - b.record.order)
  const included = new Set(steps.filter((s) => s.d.status !== 'not-applicable').map((s) => s.record.id))
  return {
    applicable: true,
    asOf,
    permitGrounds: c.grounds,
    steps: steps.map(({ record, d }) => toPlanStep(data, input, record, d, included, regional?.byGeneric)),
    ...(regional === undefined ? {} : { regional: regional.regional }),
    warnings: uniqueMessages(c.warnings),
    rules: [...c.usedRules.values()].map(ruleSummary),
  }
}

/** The same warning once, however many tracks raised it. */
function uniqueMessages<M extends { code: string; params: object }>(list: readonly M[]): M[] {
  const seen = new Set<string>()
  return list.filter((m) => {
    const key = `${m.code}${JSON.stringify(m.params)}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

function ruleSummary(rule: TrajectoryRule): TrajectoryPlan['rules'][number] {
  return {
    id: rule.id,
    name: rule.name,
    legalBasis: rule.legalBasis,
    status: rule.status,
    decisiveDate: rule.decisiveDate,
    ...(rule.validFrom === undefined ? {} : { validFrom: rule.validFrom }),
    ...(rule.validTo === undefined ? {} : { validTo: rule.validTo }),
  }
}

/**
 * The municipality's regions and regional parties, the zorgcoördinatie region's first (the
 * zorgcoördinator guides the whole trajectory), computed as the route computes them.
 */
function regionalOf(index: RouteIndex | undefined, input: ParsedTrajectoryInput): RegionalResult | undefined {
  const m =
    index === undefined || input.municipality === undefined ? undefined : index.municipalities.get(input.municipality)
  if (index === undefined || m === undefined) {
    return undefined
  }
  const result = regionalPart(index, m, input.asOf)
  const first = (p: { region: { kind: string } }): number => (p.region.kind === 'zorgcoordinatie' ? 0 : 1)
  const parties = [...result.regional.parties].sort((a, b) => first(a) - first(b))
  return { ...result, regional: { ...result.regional, parties } }
}

function toPlanStep(
  data: TrajectoryData,
  input: ParsedTrajectoryInput,
  record: TrajectoryStep,
  d: Draft,
  included: ReadonlySet<string>,
  byGeneric: RegionalResult['byGeneric'] | undefined,
): PlanStep {
  const on = d.on ?? input.asOf
  // Rights meant only for the other role (victim or witness who reported) do not show.
  const excluded = new Set(input.witness === true ? (record.onlyFor?.victim ?? []) : (record.onlyFor?.witness ?? []))
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    ...(record.en?.name === undefined ? {} : { nameEn: record.en.name }),
    track: record.track,
    status: d.status,
    summary: record.summary,
    parties: partiesOn(data.parties, record.parties, on).map((p) => {
      const branches = byGeneric?.get(p.id) ?? []
      return {
        id: p.id,
        name: p.shortName ?? p.name,
        ...(branches.length === 0
          ? {}
          : { regional: branches.map((b) => ({ id: b.id, name: b.shortName ?? b.name })) }),
      }
    }),
    rights: rightsFor(
      data.rights,
      record.rights.filter((id) => !excluded.has(id)),
      input,
      on,
    ).map((r) => ({ id: r.id, name: r.name })),
    deadlines: [...d.deadlines]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((x) => ({ ...x, passed: x.date < input.asOf })),
    notes: d.notes,
    rules: d.rules.map((r) => ({ id: r.id, name: r.name })),
    legalBasis: record.legalBasis,
    next: record.next.filter((id) => included.has(id)),
    recordStatus: record.status,
    sources: record.sources,
  }
}

/** The parties valid on the date; a renamed party shows under the name it had then. */
function partiesOn(all: readonly Party[], ids: readonly string[], on: string): Party[] {
  const out: Party[] = []
  for (const id of ids) {
    const versions = all.filter((p) => p.id === id)
    const valid = versions.find((p) => isValidOn(p, on))
    if (valid !== undefined) {
      out.push(valid)
    }
  }
  return out
}

/** Rights of a step that hold on the date and whose conditions fit the known facets. */
function rightsFor(all: readonly Right[], ids: readonly string[], input: ParsedTrajectoryInput, on: string): Right[] {
  const out: Right[] = []
  for (const id of ids) {
    const right = all.find((r) => r.id === id && isValidOn(r, on))
    if (right !== undefined && fits(right.conditions, input)) {
      out.push(right)
    }
  }
  return out
}

/** A facet restricts only when the input knows it; unknown facets leave a right in. */
function fits(c: Conditions | undefined, input: ParsedTrajectoryInput): boolean {
  return mayHold(c, trajectoryFacts(input))
}

/** The rights the scope rule names as the route instead of the scheme, valid and fitting the facets. */
function alternativesFor(
  data: TrajectoryData,
  rule: TrajectoryRule | undefined,
  input: ParsedTrajectoryInput,
): NonNullable<TrajectoryPlan['alternatives']> {
  return rightsFor(data.rights, rule?.alternatives ?? [], { ...input, residence: undefined }, input.asOf).map((r) => ({
    id: r.id,
    name: r.name,
    summary: r.summary,
  }))
}
