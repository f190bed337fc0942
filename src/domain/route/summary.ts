// SPDX-License-Identifier: EUPL-1.2
// The summary of a route: the ranked next actions (summary-rules.ts says which and in what order)
// and the open questions whose answers change most of the route. Built from the finished route, so
// an action is there only when the item it rests on is (conditions, validity dates and all).
import type { Phone } from '../party.ts'
import type { Status } from '../common.ts'
import { OPEN_FACETS } from '../scenario.ts'
import { MUNICIPALITY_BIT } from '../conditions/index.ts'
import { facetIndex } from './condition-plan.ts'
import type { RegionalParty, Route, RouteParty, RouteRight } from './route-schema.ts'
import { GENERIC_PARTY_FOR_KIND } from './regional.ts'
import {
  ASK_NEXT_MAX,
  ASKER_RULES,
  GENERAL_ORDER,
  SUMMARY_MAX,
  SUMMARY_RULES,
  type SummaryRule,
} from './summary-rules.ts'
import type { AskNext, SummaryAction, SummaryCall, SummaryCode, SummaryParams, SummaryParty } from './summary-schema.ts'
import type { Message } from '../message.ts'
import { ASKERS, type Asker } from '../asker.ts'

const RULE_BY_CODE = new Map(SUMMARY_RULES.map((r) => [r.code, r]))

/** The rules in ranking order for one reader, with the reader's overrides applied. */
function rulesFor(order: readonly SummaryCode[], asker: Asker | undefined): SummaryRule[] {
  const overrides = asker === undefined ? undefined : ASKER_RULES[asker].overrides
  return order.flatMap((code) => {
    const rule = RULE_BY_CODE.get(code)
    return rule === undefined ? [] : [{ ...rule, ...overrides?.[code] }]
  })
}
const GENERAL_RULES = rulesFor(GENERAL_ORDER, undefined)
const ASKER_RULE_LISTS = new Map<Asker, SummaryRule[]>(ASKERS.map((a) => [a, rulesFor(ASKER_RULES[a].order, a)]))

/** Responsibility and right ids the rules look for, and the party ids they name. */
const WANTED_RESPONSIBILITIES = new Set<string>()
const WANTED_RIGHTS = new Set<string>()
const WANTED_PARTIES = new Set<string>()
for (const rule of [...GENERAL_RULES, ...[...ASKER_RULE_LISTS.values()].flat()]) {
  for (const b of rule.basis) {
    ;(b.kind === 'right' ? WANTED_RIGHTS : WANTED_RESPONSIBILITIES).add(b.id)
  }
  for (const id of [rule.party, rule.fallbackParty]) {
    if (id !== undefined) {
      WANTED_PARTIES.add(id)
    }
  }
}
const REGIONAL_GENERICS = new Set<string>(Object.values(GENERIC_PARTY_FOR_KIND))

/** The route items the rules need, found in one pass over the route. */
interface Found {
  readonly responsibilities: Map<string, RouteParty>
  readonly rights: Map<string, RouteRight>
  /** First route entry per named party (for its contact and regional branches). */
  readonly parties: Map<string, RouteParty>
}

function find(route: Pick<Route, 'phases' | 'rights'>): Found {
  const found: Found = { responsibilities: new Map(), rights: new Map(), parties: new Map() }
  for (const phase of route.phases) {
    for (const aspect of phase.aspects) {
      for (const p of aspect.parties) {
        if (WANTED_RESPONSIBILITIES.has(p.responsibility) && !found.responsibilities.has(p.responsibility)) {
          found.responsibilities.set(p.responsibility, p)
        }
        if (WANTED_PARTIES.has(p.id) && !found.parties.has(p.id)) {
          found.parties.set(p.id, p)
        }
      }
    }
  }
  for (const r of route.rights) {
    if (WANTED_RIGHTS.has(r.id)) {
      found.rights.set(r.id, r)
    }
  }
  return found
}

function pickPhone(phones: readonly Phone[] | undefined, purposes: SummaryRule['phones']): Phone | undefined {
  if (phones === undefined) {
    return undefined
  }
  for (const purpose of purposes) {
    const phone = phones.find((p) => p.purpose === purpose)
    if (phone !== undefined) {
      return phone
    }
  }
  return undefined
}

interface Basis {
  readonly kind: 'responsibility' | 'right'
  readonly id: string
  readonly why: readonly Message[]
  readonly conditional: boolean
  readonly status: Status
  readonly sources: string[]
  readonly item: RouteParty | RouteRight
}

function basisOf(rule: SummaryRule, found: Found): Basis | undefined {
  let basis: Basis | undefined
  for (const b of rule.basis) {
    const item = b.kind === 'right' ? found.rights.get(b.id) : found.responsibilities.get(b.id)
    if (item === undefined) {
      continue
    }
    if (basis === undefined) {
      basis = {
        kind: b.kind,
        id: b.id,
        why: item.why,
        conditional: item.conditional === true,
        status: item.status,
        sources: [...item.sources],
        item,
      }
    } else {
      // Every present basis item backs the action; their sources all count.
      for (const s of item.sources) {
        if (!basis.sources.includes(s)) {
          basis.sources.push(s)
        }
      }
    }
  }
  return basis
}

/** The party an action names: the rule's party as it stands in the route, or the basis item's party. */
function actionParty(
  rule: SummaryRule,
  basis: Basis,
  found: Found,
): RouteParty | RouteRight['providerParties'][number] | undefined {
  if (rule.party !== undefined) {
    const inRoute = found.parties.get(rule.party)
    if (inRoute !== undefined) {
      return inRoute
    }
    return basis.kind === 'right'
      ? (basis.item as RouteRight).providerParties.find((p) => p.id === rule.party)
      : undefined
  }
  return basis.kind === 'responsibility' ? (basis.item as RouteParty) : undefined
}

function regionalOf(
  party: { regional?: RegionalParty[] | undefined },
  rule: SummaryRule,
): {
  main: RegionalParty | undefined
  fallback: RegionalParty | undefined
} {
  let main: RegionalParty | undefined
  let fallback: RegionalParty | undefined
  if (rule.region !== undefined) {
    for (const r of party.regional ?? []) {
      if (r.region.kind !== rule.region) {
        continue
      }
      if (r.fallback === true) {
        fallback ??= r
      } else {
        main ??= r
      }
    }
  }
  return { main, fallback }
}

const NOBODY: ReadonlySet<string> = new Set()

function action(
  rule: SummaryRule,
  route: Route,
  found: Found,
  own: ReadonlySet<string>,
): Omit<SummaryAction, 'rank'> | undefined {
  if (rule.when !== undefined && !rule.when(route.scenario)) {
    return undefined
  }
  const basis = basisOf(rule, found)
  if (basis === undefined) {
    return undefined
  }
  const party = actionParty(rule, basis, found)
  // Never send readers to their own kind of organisation (issue 21 item 4).
  if (party === undefined || own.has(party.id)) {
    return undefined
  }
  const regional = regionalOf(party as { regional?: RegionalParty[] }, rule)
  const main = regional.main === undefined || own.has(regional.main.id) ? undefined : regional.main
  const fallback = regional.fallback === undefined || own.has(regional.fallback.id) ? undefined : regional.fallback
  // An unconfirmed regional organisation is named, but the number given is the labelled fallback.
  const confirmed = main !== undefined && main.status !== 'unverified'
  let call: SummaryCall | undefined
  const params: { -readonly [K in keyof SummaryParams]: SummaryParams[K] } = {}
  const mainPhone = confirmed ? pickPhone(main.contact?.phones, rule.phones) : undefined
  if (main !== undefined && mainPhone !== undefined) {
    call = { partyId: main.id, name: main.shortName ?? main.name, phone: mainPhone }
  } else {
    // Without a confirmed regional number: the region's fallback, else the party's own number,
    // else the rule's fallback party (CoMensha for the care coordinator without a municipality).
    const partyPhone = pickPhone(party.contact?.phones, rule.phones)
    const fallbackPhone = fallback === undefined ? undefined : pickPhone(fallback.contact?.phones, rule.phones)
    const other =
      rule.fallbackParty === undefined || own.has(rule.fallbackParty)
        ? undefined
        : found.parties.get(rule.fallbackParty)
    const otherPhone = other === undefined ? undefined : pickPhone(other.contact?.phones, rule.phones)
    if (fallback !== undefined && fallbackPhone !== undefined) {
      call = { partyId: fallback.id, name: fallback.shortName ?? fallback.name, phone: fallbackPhone, fallback: true }
    } else if (partyPhone !== undefined) {
      call = { partyId: party.id, name: party.shortName ?? party.name, phone: partyPhone }
    } else if (other !== undefined && otherPhone !== undefined) {
      call = { partyId: other.id, name: other.shortName ?? other.name, phone: otherPhone, fallback: true }
    }
    if (call?.fallback === true) {
      params.fallback = call.name
    }
  }
  if (main !== undefined) {
    params.regional = main.name
    params.region = main.region.name
  } else if (fallback !== undefined) {
    params.region = fallback.region.name
  }
  if (rule.code === 'labour-inspectorate' && !route.scenario.exploitation.includes('labour')) {
    params.scope = 'criminal'
  }
  if (rule.code === 'reflection-period' && basis.kind === 'right') {
    const limit = (basis.item as RouteRight).limits[0]
    if (limit !== undefined) {
      params.durationValue = String(limit.value)
      params.durationUnit = limit.unit
    }
  }
  const sources = basis.sources
  if (call !== undefined && !sources.includes(call.phone.source)) {
    sources.push(call.phone.source)
  }
  const summaryParty: SummaryParty = {
    id: party.id,
    name: party.name,
    ...(party.shortName === undefined ? {} : { shortName: party.shortName }),
    status: 'status' in party ? party.status : basis.status,
    ...(main === undefined
      ? {}
      : {
          regional: {
            id: main.id,
            name: main.name,
            status: main.status,
            region: { id: main.region.id, name: main.region.name },
            confirmed,
          },
        }),
  }
  return {
    code: rule.code,
    // Only defined values were set.
    params: params as Record<string, string>,
    party: summaryParty,
    ...(call === undefined ? {} : { call }),
    why: rule.code === 'acute-danger' ? [{ code: 'route.reason.acute', params: {} }] : [...basis.why],
    ...(basis.conditional ? { conditional: true } : {}),
    status: basis.status,
    basis: { kind: basis.kind, id: basis.id },
    sources,
  }
}

/**
 * The ranked next actions: the rules in table order, actions that certainly apply before those that
 * depend on an open question, at most SUMMARY_MAX.
 */
export function routeSummary(route: Route, own: ReadonlySet<string> = NOBODY): SummaryAction[] {
  const found = find(route)
  const certain: Omit<SummaryAction, 'rank'>[] = []
  const conditional: Omit<SummaryAction, 'rank'>[] = []
  const asker = route.scenario.asker
  const rules = asker === undefined ? GENERAL_RULES : (ASKER_RULE_LISTS.get(asker) ?? GENERAL_RULES)
  for (const rule of rules) {
    const a = action(rule, route, found, own)
    if (a !== undefined) {
      ;(a.conditional === true ? conditional : certain).push(a)
    }
  }
  return [...certain, ...conditional].slice(0, SUMMARY_MAX).map((a, i) => ({ rank: i + 1, ...a }))
}

/**
 * How many conditional items of the route depend on each unknown facet (in `scenario.unknown`
 * order), from their open-facet bits: integer tests only, no allocation per item.
 */
export function dependentCounts(unknown: readonly string[], bits: readonly number[]): number[] {
  const counts: number[] = []
  for (const facet of unknown) {
    const fi = facetIndex(facet)
    const bit = fi < 0 ? MUNICIPALITY_BIT : 1 << fi
    let n = 0
    for (const b of bits) {
      if ((b & bit) !== 0) {
        n++
      }
    }
    counts.push(n)
  }
  return counts
}

/**
 * The open questions ranked by how much of the route hangs on the answer: the parties and rights
 * whose inclusion depends on it (`counts`, from dependentCounts), and for the municipality also the
 * parties that would get their regional organisation. Questions that change nothing are left out;
 * ties keep the order of the scenario's facets; at most ASK_NEXT_MAX.
 */
export function askNext(route: Route, counts: readonly number[]): AskNext[] {
  const out: (AskNext & { order: number })[] = []
  for (const q of route.openQuestions) {
    const at = route.scenario.unknown.indexOf(q.facet as (typeof route.scenario.unknown)[number])
    let affects = counts[at] ?? 0
    if (q.facet === 'municipality') {
      for (const phase of route.phases) {
        for (const aspect of phase.aspects) {
          for (const p of aspect.parties) {
            if (REGIONAL_GENERICS.has(p.id)) {
              affects++
            }
          }
        }
      }
    }
    if (affects > 0) {
      out.push({
        facet: q.facet,
        affects,
        order: OPEN_FACETS.indexOf(q.facet as (typeof OPEN_FACETS)[number]),
      })
    }
  }
  out.sort((a, b) => b.affects - a.affects || a.order - b.order)
  return out.slice(0, ASK_NEXT_MAX).map(({ facet, question, affects }) => ({ facet, question, affects }))
}
