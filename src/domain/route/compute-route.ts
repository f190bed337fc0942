// SPDX-License-Identifier: EUPL-1.2
// The route for a scenario: per phase and aspect the parties whose conditions hold, the rights that
// apply on asOf, the regional contacts, warnings about weak data and the questions still open.
import type { Scenario } from '../scenario.ts'
import { isValidOn } from '../validity.ts'
import { Explainer } from './explain.ts'
import { FORM_BITS, evaluate, possibleValues } from './facet-space.ts'
import { openQuestions, type ConditionalItem } from './open-questions.ts'
import { partyOnDate } from './party-on-date.ts'
import { regionalPart } from './regional.ts'
import type { RouteIndex } from './route-index.ts'
import type { PartyRef, Route, RouteAspect, RoutePhase, RouteParty, RouteRight } from './route-schema.ts'
import { weakest } from './status.ts'
import { routeWarnings, type WarningItem } from './warnings.ts'

export function computeRoute(index: RouteIndex, scenario: Scenario): Route {
  const asOf = scenario.asOf
  const possible = possibleValues(scenario)
  const forms = scenario.exploitation.reduce((m, f) => m | (FORM_BITS[f] ?? 0), 0)
  const municipality = scenario.municipality === undefined ? undefined : index.municipalities.get(scenario.municipality)
  const regionSet = municipality?.regionSet
  const explainer = new Explainer(
    scenario,
    possible,
    municipality === undefined ? undefined : { name: municipality.record.name, regionSet: municipality.regionSet },
    index.regions,
  )
  const { regional, byGeneric } = regionalPart(index, municipality, asOf)
  const conditional: ConditionalItem[] = []
  const items: WarningItem[] = []
  const renamed = new Map<string, { old: string; current: string }>()

  const phases: RoutePhase[] = []
  for (const phase of index.phases) {
    if (!isValidOn(phase.record, asOf)) {
      continue
    }
    const aspects: RouteAspect[] = []
    for (const aspect of phase.aspects) {
      if (!isValidOn(aspect.record, asOf)) {
        continue
      }
      const parties: RouteParty[] = []
      for (const { record: r, conditions } of aspect.responsibilities) {
        if (!isValidOn(r, asOf)) {
          continue
        }
        const verdict = evaluate(conditions, possible, forms, regionSet)
        if (verdict.kind === 'excluded') {
          continue
        }
        const party = partyOnDate(index, r.party, asOf)
        if (party === undefined) {
          continue
        }
        if (party.id !== r.party) {
          renamed.set(party.id, { old: party.name, current: index.parties.get(r.party)?.name ?? r.party })
        }
        const why = explainer.reasons(conditions, verdict.dependsOn, r)
        const open = verdict.dependsOn.length > 0
        // One fixed object shape (absent fields are undefined, dropped by JSON) keeps this loop fast.
        const entry: RouteParty = {
          id: party.id,
          name: party.name,
          shortName: party.shortName,
          role: r.role,
          roleType: r.roleType,
          contact: party.contact,
          status: party.status === 'sourced' ? r.status : weakest(r.status, party.status),
          why: why.nl,
          whyEn: why.en,
          conditional: open ? true : undefined,
          dependsOn: open ? [...verdict.dependsOn] : undefined,
          responsibility: r.id,
          description: r.description,
          legalBasis: r.legalBasis,
          sources: r.sources,
          currentId: party.id === r.party ? undefined : r.party,
          regional: byGeneric.get(r.party),
        }
        parties.push(entry)
        if (entry.status !== 'sourced') {
          items.push({ label: `${party.shortName ?? party.name} (${aspect.record.name})`, status: entry.status })
        }
        if (open) {
          conditional.push({ ref: { kind: 'party', id: party.id, name: party.name, aspect: aspect.record.id, responsibility: r.id }, conditions, dependsOn: verdict.dependsOn })
        }
      }
      if (parties.length > 0) {
        aspects.push({ id: aspect.record.id, name: aspect.record.name, order: aspect.record.order, status: aspect.record.status, parties })
      }
    }
    phases.push({ id: phase.record.id, name: phase.record.name, order: phase.record.order, aspects })
  }

  const rights: RouteRight[] = []
  for (const { record: r, conditions } of index.rights) {
    if (!isValidOn(r, asOf)) {
      continue
    }
    const verdict = evaluate(conditions, possible, forms, regionSet)
    if (verdict.kind === 'excluded') {
      continue
    }
    const providerParties = providersOn(index, r.providers, asOf)
    const why = explainer.reasons(conditions, verdict.dependsOn, r)
    const open = verdict.dependsOn.length > 0
    const entry: RouteRight = {
      id: r.id,
      name: r.name,
      kind: r.kind,
      summary: r.summary,
      limits: r.limits ?? [],
      providers: providerParties.map((p) => p.id),
      providerParties,
      amount: r.amount,
      legalBasis: r.legalBasis,
      status: r.status,
      why: why.nl,
      whyEn: why.en,
      conditional: open ? true : undefined,
      dependsOn: open ? [...verdict.dependsOn] : undefined,
      sources: r.sources,
    }
    rights.push(entry)
    if (r.status !== 'sourced') {
      items.push({ label: r.name, status: r.status })
    }
    if (open) {
      conditional.push({ ref: { kind: 'right', id: r.id, name: r.name }, conditions, dependsOn: verdict.dependsOn })
    }
  }
  for (const rp of regional.parties) {
    if (rp.status === 'sourced') {
      continue
    }
    items.push({ label: `${rp.shortName ?? rp.name} (regionaal)`, status: rp.status })
  }

  const shownAspects = phases.flatMap((p) => p.aspects)
  return {
    scenario,
    phases,
    rights,
    regional,
    warnings: routeWarnings({ scenario, items, aspects: shownAspects, conditionalCount: conditional.length, renamed: [...renamed.values()] }),
    openQuestions: openQuestions(scenario, possible, forms, regionSet, conditional),
  }
}

function providersOn(index: RouteIndex, ids: readonly string[], asOf: string): PartyRef[] {
  const out: PartyRef[] = []
  for (const id of ids) {
    const p = partyOnDate(index, id, asOf)
    if (p !== undefined && !out.some((o) => o.id === p.id)) {
      out.push({ id: p.id, name: p.name, shortName: p.shortName, contact: p.contact })
    }
  }
  return out
}
