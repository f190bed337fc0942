// SPDX-License-Identifier: EUPL-1.2
// What the planner page shows for a plan: each step with its names in the page language, parties
// and rights resolved to pages that exist, deadlines in date order, and the steps that follow.
// The engine's notes, warnings, reasons and date labels are codes; the view words them in the page
// language from the message catalogue.
import type { Status } from '../../../domain/common.ts'
import type { PlanStep, StepStatus, TrajectoryPlan } from '../../../domain/trajectory/index.ts'
import { localText, type LocalText, type Locale } from '../../i18n.ts'
import type { CatalogView } from '../../../domain/catalog/index.ts'
import type { MessageJson } from '../../../domain/message.ts'
import { render, type Names } from '../../../messages/catalogue.ts'
import { catalogNames } from '../../../messages/names.ts'

export interface RefView {
  readonly id: string
  readonly name: LocalText
  /** False when the dataset has no record to link to (then the name is shown without a link). */
  readonly linked: boolean
  /** A party's regional branch(es) for the scenario's municipality. */
  readonly regional?: readonly RefView[]
}

export interface DeadlineView {
  readonly id: string
  readonly date: string
  readonly kind: PlanStep['deadlines'][number]['kind']
  readonly label: LocalText
  readonly legalBasis: string
  readonly passed: boolean
}

export interface StepView {
  readonly id: string
  readonly code: string
  readonly name: LocalText
  readonly status: StepStatus
  readonly summary: LocalText
  readonly parties: readonly RefView[]
  readonly rights: readonly RefView[]
  readonly deadlines: readonly DeadlineView[]
  readonly notes: readonly LocalText[]
  readonly rules: readonly RefView[]
  readonly legalBasis: string
  readonly next: readonly { readonly id: string; readonly name: LocalText }[]
  readonly recordStatus: Status
  readonly sources: readonly string[]
}

export interface TimelineView {
  readonly asOf: string
  readonly applicable: boolean
  readonly reason?: LocalText
  readonly alternatives: readonly { readonly right: RefView; readonly summary: LocalText }[]
  readonly permitGrounds: readonly string[]
  readonly steps: readonly StepView[]
  readonly warnings: readonly LocalText[]
  readonly rules: TrajectoryPlan['rules']
  /** The municipality's regional parties with their contacts (when the scenario names one). */
  readonly regional?: NonNullable<TrajectoryPlan['regional']>
}

const dutch = (text: string): LocalText => ({ text, lang: 'nl' })
/** A message in the page language; `names` words the ids it carries (a date label's limit). */
const worded = (m: MessageJson, locale: Locale, names?: Names): LocalText => ({
  text: render(locale, m, names),
  lang: locale,
})

export function partyRef(data: CatalogView, ref: { id: string; name: string }, locale: Locale): RefView {
  const party = data.byId('parties', ref.id)
  if (party === undefined) {
    return { id: ref.id, name: dutch(ref.name), linked: false }
  }
  // Short names (IND, COA, OM) keep the timeline readable; the party page has the full name.
  const english =
    locale === 'en' ? (party.en?.shortName ?? (party.shortName === undefined ? party.en?.name : undefined)) : undefined
  return { id: ref.id, name: english === undefined ? dutch(ref.name) : { text: english, lang: 'en' }, linked: true }
}

export function rightRef(data: CatalogView, ref: { id: string; name: string }, locale: Locale): RefView {
  const right = data.byId('rights', ref.id)
  return right === undefined
    ? { id: ref.id, name: dutch(ref.name), linked: false }
    : { id: ref.id, name: localText(right, 'name', locale), linked: true }
}

function english(text: string | undefined, fallback: string, locale: Locale): LocalText {
  return locale === 'en' && text !== undefined ? { text, lang: 'en' } : dutch(fallback)
}

function stepView(data: CatalogView, step: PlanStep, names: ReadonlyMap<string, LocalText>, locale: Locale): StepView {
  const record = data.byId('trajectorySteps', step.id)
  const rule = (r: { id: string; name: string }): RefView => {
    const found = data.byId('trajectoryRules', r.id)
    return { id: r.id, name: found === undefined ? dutch(r.name) : localText(found, 'name', locale), linked: false }
  }
  return {
    id: step.id,
    code: step.code,
    name: english(step.nameEn, step.name, locale),
    status: step.status,
    summary: record === undefined ? dutch(step.summary) : localText(record, 'summary', locale),
    parties: step.parties.map((p) => ({
      ...partyRef(data, p, locale),
      ...(p.regional === undefined ? {} : { regional: p.regional.map((r) => partyRef(data, r, locale)) }),
    })),
    rights: step.rights.map((r) => rightRef(data, r, locale)),
    deadlines: step.deadlines.map((d) => ({
      id: d.id,
      date: d.date,
      kind: d.kind,
      label: worded(d.label, locale, catalogNames(data, locale)),
      legalBasis: d.legalBasis,
      passed: d.passed,
    })),
    notes: step.notes.map((n) => worded(n, locale, catalogNames(data, locale))),
    rules: step.rules.map(rule),
    legalBasis: step.legalBasis,
    next: step.next.map((id) => ({ id, name: names.get(id) ?? dutch(id) })),
    recordStatus: step.recordStatus,
    sources: step.sources,
  }
}

export function timelineView(data: CatalogView, plan: TrajectoryPlan, locale: Locale): TimelineView {
  const names = new Map(plan.steps.map((s) => [s.id, english(s.nameEn, s.name, locale)]))
  return {
    asOf: plan.asOf,
    applicable: plan.applicable,
    ...(plan.reason === undefined ? {} : { reason: worded(plan.reason, locale) }),
    alternatives: (plan.alternatives ?? []).map((a) => {
      const right = data.byId('rights', a.id)
      return {
        right: rightRef(data, a, locale),
        summary: right === undefined ? dutch(a.summary) : localText(right, 'summary', locale),
      }
    }),
    permitGrounds: plan.permitGrounds,
    steps: plan.steps.map((s) => stepView(data, s, names, locale)),
    warnings: plan.warnings.map((w) => worded(w, locale)),
    rules: plan.rules,
    ...(plan.regional === undefined ? {} : { regional: plan.regional }),
  }
}
