// SPDX-License-Identifier: EUPL-1.2
// What the route page shows beyond the engine's output, in the page language: the situation as
// label/value pairs, warnings counted from the items' status, next steps and the open questions
// with a link to the route for each possible answer.
import { countryName } from '../../../domain/country-names.ts'
import type { Status } from '../../../domain/common.ts'
import { residenceApplies, unaccompaniedApplies } from '../../../domain/facets.ts'
import type { ItemRef, OpenQuestion, Route } from '../../../domain/route/index.ts'
import type { FacetKey } from '../../../messages/facet-labels.ts'
import type { PageContext } from '../../page-context.ts'
import { scenarioSearch, type ScenarioField, type ScenarioQueryValues } from '../wizard/scenario-query.ts'

export interface SituationItem {
  readonly label: string
  /** Undefined while the facet is unknown. */
  readonly value: string | undefined
  readonly derived: boolean
}

/** Label of a facet value in the page language (the catalogue's one label set per facet). */
export function valueText(ctx: PageContext, facet: FacetKey, value: string): string {
  return ctx.f.value(facet, value)
}

export function situation(ctx: PageContext, route: Route): SituationItem[] {
  const s = route.scenario
  const t = ctx.t.route.situation
  const derived = new Set(s.derived)
  const items: SituationItem[] = [
    {
      label: t.exploitation,
      value: s.exploitation.map((f) => valueText(ctx, 'exploitation', f)).join(', '),
      derived: false,
    },
  ]
  const add = (field: ScenarioField, label: string, value: string | undefined): void => {
    items.push({ label, value, derived: derived.has(field) })
  }
  if (s.age !== undefined) {
    add('age', t.age, ctx.t.route.years(s.age))
  }
  add('ageGroup', t.ageGroup, s.ageGroup === undefined ? undefined : valueText(ctx, 'ageGroup', s.ageGroup))
  if (s.nationality !== undefined) {
    // The name in the page's language, with the code: what was typed ("Chinees") is shown back as understood.
    add('nationality', t.nationality, `${countryName(s.nationality, ctx.locale)} (${s.nationality})`)
  }
  add(
    'nationalityGroup',
    t.nationalityGroup,
    s.nationalityGroup === undefined ? undefined : valueText(ctx, 'nationalityGroup', s.nationalityGroup),
  )
  if (residenceApplies(s.nationalityGroup)) {
    add('residence', t.residence, s.residence === undefined ? undefined : valueText(ctx, 'residence', s.residence))
  }
  if (unaccompaniedApplies(s.ageGroup)) {
    add(
      'unaccompanied',
      t.unaccompanied,
      s.unaccompanied === undefined ? undefined : valueText(ctx, 'unaccompanied', String(s.unaccompanied)),
    )
  }
  add('gender', t.gender, s.gender === undefined ? undefined : valueText(ctx, 'gender', s.gender))
  add(
    'recruitment',
    t.recruitment,
    s.recruitment === undefined ? undefined : valueText(ctx, 'recruitment', s.recruitment),
  )
  add(
    'cooperation',
    t.cooperation,
    s.cooperation === undefined ? undefined : valueText(ctx, 'cooperation', s.cooperation),
  )
  add('municipality', t.municipality, route.regional.municipality?.name)
  add('asOf', t.asOf, s.asOf)
  if (s.asker !== undefined) {
    // Who the summary is worded for; not a fact of the case, so never listed as unknown.
    add('asker', t.asker, ctx.t.labels.askers[s.asker])
  }
  return items
}

/** Warnings in the page language, counted from the statuses the engine put on every item. */
export function routeWarnings(ctx: PageContext, route: Route): string[] {
  const w = ctx.t.route.warnings
  const statuses: Status[] = [
    ...route.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties.map((party) => party.status))),
    ...route.rights.map((r) => r.status),
    ...route.regional.parties.map((r) => r.status),
  ]
  const count = (s: Status): number => statuses.filter((x) => x === s).length
  const out: string[] = []
  if (count('derived') > 0) {
    out.push(w.derived(count('derived')))
  }
  if (count('unverified') > 0) {
    out.push(w.unverified(count('unverified')))
  }
  const aspects = route.phases.flatMap((p) => p.aspects)
  const derivedAspects = aspects.filter((a) => a.status !== 'sourced').length
  if (derivedAspects > 0) {
    out.push(w.aspects(derivedAspects, aspects.length))
  }
  const conditional =
    route.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties)).filter((p) => p.conditional === true).length +
    route.rights.filter((r) => r.conditional === true).length
  if (conditional > 0) {
    out.push(w.conditional(conditional))
  }
  for (const party of route.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties))) {
    if (party.currentId !== undefined) {
      const text = w.renamed(route.scenario.asOf, party.name)
      if (!out.includes(text)) {
        out.push(text)
      }
    }
  }
  return out
}

export interface AnswerLink {
  readonly label: string
  readonly href: string
  readonly confirms: number
  readonly dropsOut: number
}

export interface OpenQuestionView {
  readonly facet: string
  readonly question: string
  readonly effect: string
  readonly answers: readonly AnswerLink[]
}

/** The query field to set for an open facet's answer. */
const FIELD_OF_FACET: Readonly<Record<string, ScenarioField>> = {
  ageGroup: 'ageGroup',
  nationalityGroup: 'nationalityGroup',
  residence: 'residence',
  unaccompanied: 'unaccompanied',
  gender: 'gender',
  recruitment: 'recruitment',
  cooperation: 'cooperation',
}

export function openQuestions(ctx: PageContext, route: Route, query: ScenarioQueryValues): OpenQuestionView[] {
  const questions = ctx.t.route.questions as Readonly<Record<string, string>>
  return route.openQuestions.map((q: OpenQuestion) => {
    // Every answer lists the same references again: tell the objects apart first, then the items.
    const refs = new Set<ItemRef>()
    for (const o of q.options) {
      for (const i of o.confirms) {
        refs.add(i)
      }
      for (const i of o.dropsOut) {
        refs.add(i)
      }
    }
    const affected = new Set([...refs].map((i) => `${i.kind}:${i.id}:${i.responsibility ?? ''}`)).size
    const field = FIELD_OF_FACET[q.facet]
    return {
      facet: q.facet,
      question: questions[q.facet] ?? q.facet,
      effect: q.facet === 'municipality' ? ctx.t.route.municipalityQuestion : ctx.t.route.openEffect(affected),
      answers:
        field === undefined
          ? []
          : q.options.map((o) => ({
              label: valueText(ctx, q.facet as FacetKey, o.value),
              href: ctx.url(`/route${scenarioSearch(query, { [field]: o.value })}`),
              confirms: o.confirms.length,
              dropsOut: o.dropsOut.length,
            })),
    }
  })
}
