// SPDX-License-Identifier: EUPL-1.2
// Everything a route needs that depends only on the records valid on asOf, worked out once per
// validity bucket: which phases, aspects, responsibilities and rights exist then, which party name
// stands for each, the display data, status, weak-data warning item and the condition plans.
import type { Status } from '../common.ts'
import type { Contact } from '../party.ts'
import type { Phase } from '../phase.ts'
import type { Responsibility } from '../responsibility.ts'
import type { Right } from '../right.ts'
import type { Party } from '../party.ts'
import { isValidOn } from '../validity.ts'
import { ConditionPlan } from './condition-plan.ts'
import { partyOnDate } from './party-on-date.ts'
import { compareParties, partyReach, type PartyReach } from './party-order.ts'
import type { RouteIndex } from './route-index.ts'
import type { PartyRef } from './route-schema.ts'
import { weakest } from './status.ts'
import { ValidityBuckets } from './validity-buckets.ts'
import type { WarningItem } from './warnings.ts'

export class PlannedParty {
  readonly id: string
  readonly name: string
  readonly shortName: string | undefined
  readonly contact: Contact | undefined
  readonly status: Status
  readonly reach: PartyReach
  /** The item in the weak-data warning (by ids, made once here), when status is not sourced. */
  readonly warning: WarningItem
  /** Set when the route shows an older (or newer) name than the data refers to. */
  readonly renamed: { readonly old: string; readonly current: string } | undefined

  constructor(
    readonly record: Responsibility,
    readonly aspectId: string,
    readonly plan: ConditionPlan,
    party: Pick<Party, 'id' | 'name' | 'shortName' | 'contact' | 'status' | 'kind' | 'level'>,
    currentName: string,
  ) {
    this.id = party.id
    this.name = party.name
    this.shortName = party.shortName
    this.contact = party.contact
    this.status = party.status === 'sourced' ? record.status : weakest(record.status, party.status)
    this.reach = partyReach(party)
    this.warning = { key: `${party.id} ${aspectId}`, ids: { party: party.id, aspect: aspectId }, status: this.status }
    this.renamed = party.id === record.party ? undefined : { old: party.name, current: currentName }
  }
}

export interface PlannedAspect {
  readonly id: string
  readonly name: string
  readonly order: number
  readonly status: Status
  readonly parties: readonly PlannedParty[]
}

export interface PlannedPhase {
  readonly id: Phase['id']
  readonly name: string
  readonly order: number
  readonly aspects: readonly PlannedAspect[]
}

export interface PlannedRight {
  readonly record: Right
  /** The item in the weak-data warning, when status is not sourced. */
  readonly warning: WarningItem
  readonly plan: ConditionPlan
  /** Providers as valid on asOf (deduplicated); routes copy these, never share them. */
  readonly providers: readonly PartyRef[]
}

export interface AsOfPlan {
  readonly phases: readonly PlannedPhase[]
  readonly rights: readonly PlannedRight[]
}

/** The plans of one route index, built lazily: one per validity bucket that a route asks for. */
export class RoutePlans {
  private readonly buckets: ValidityBuckets
  private readonly plans: (AsOfPlan | undefined)[] = []
  /** One condition plan per record, shared by all buckets. */
  private readonly conditionPlans = new Map<object, ConditionPlan>()

  constructor(dated: Iterable<{ validFrom?: string; validTo?: string }>) {
    this.buckets = new ValidityBuckets(dated)
  }

  planFor(index: RouteIndex, asOf: string): AsOfPlan {
    const bucket = this.buckets.bucketOf(asOf)
    let plan = this.plans[bucket]
    if (plan === undefined) {
      // Any date in the bucket gives the same validity answers, so this one stands for all.
      plan = this.build(index, asOf)
      this.plans[bucket] = plan
    }
    return plan
  }

  private conditionPlan(
    record: Responsibility | Right,
    conditions: ConstructorParameters<typeof ConditionPlan>[0],
  ): ConditionPlan {
    let plan = this.conditionPlans.get(record)
    if (plan === undefined) {
      plan = new ConditionPlan(conditions, record)
      this.conditionPlans.set(record, plan)
    }
    return plan
  }

  private build(index: RouteIndex, asOf: string): AsOfPlan {
    const phases: PlannedPhase[] = []
    for (const phase of index.phases) {
      if (!isValidOn(phase.record, asOf)) {
        continue
      }
      const aspects: PlannedAspect[] = []
      for (const aspect of phase.aspects) {
        if (!isValidOn(aspect.record, asOf)) {
          continue
        }
        const parties: PlannedParty[] = []
        for (const { record: r, conditions } of aspect.responsibilities) {
          const party = isValidOn(r, asOf) ? partyOnDate(index, r.party, asOf) : undefined
          if (party !== undefined) {
            const current = index.parties.get(r.party)?.name ?? r.party
            parties.push(new PlannedParty(r, aspect.record.id, this.conditionPlan(r, conditions), party, current))
          }
        }
        // The order inside an aspect (party-order.ts) needs the status and party valid on asOf.
        parties.sort((x, y) =>
          compareParties(
            { roleType: x.record.roleType, status: x.status, reach: x.reach, name: x.name, key: x.record.id },
            { roleType: y.record.roleType, status: y.status, reach: y.reach, name: y.name, key: y.record.id },
          ),
        )
        const a = aspect.record
        aspects.push({ id: a.id, name: a.name, order: a.order, status: a.status, parties })
      }
      const p = phase.record
      phases.push({ id: p.id, name: p.name, order: p.order, aspects })
    }
    const rights: PlannedRight[] = []
    for (const { record, conditions } of index.rights) {
      if (isValidOn(record, asOf)) {
        rights.push({
          record,
          warning: { key: `#${record.id}`, ids: { right: record.id }, status: record.status },
          plan: this.conditionPlan(record, conditions),
          providers: providersOn(index, record.providers, asOf),
        })
      }
    }
    return { phases, rights }
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
