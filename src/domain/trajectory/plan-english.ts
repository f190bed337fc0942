// SPDX-License-Identifier: EUPL-1.2
// A B8 plan's dataset texts in English (ADR 0038): each step, right, rule and party named in the
// plan looked up in its record; a text without English stays Dutch. Codes and params are untouched.
import type { Catalog } from '../catalog/index.ts'
import type { EntityKey } from '../entities.ts'
import { RouteEnglish } from '../route/route-english.ts'
import type { TrajectoryPlan } from './plan-schema.ts'

type Lookup = Pick<Catalog, 'byId'>

export function planInEnglish(plan: TrajectoryPlan, catalog: Lookup): TrajectoryPlan {
  const en = (key: EntityKey, id: string, field: string, dutch: string): string => {
    const english = (catalog.byId(key, id) as { en?: Readonly<Record<string, unknown>> } | undefined)?.en?.[field]
    return typeof english === 'string' ? english : dutch
  }
  const named = (key: EntityKey) => (r: { id: string; name: string }) => ({ ...r, name: en(key, r.id, 'name', r.name) })
  // A plan names a party by its short name when it has one.
  const party = (r: { id: string; name: string }) => {
    const record = catalog.byId('parties', r.id)
    return { ...r, name: en('parties', r.id, record?.shortName === undefined ? 'name' : 'shortName', r.name) }
  }
  const route = new RouteEnglish(catalog)
  return {
    ...plan,
    ...(plan.alternatives === undefined
      ? {}
      : {
          alternatives: plan.alternatives.map((a) => ({
            ...a,
            name: en('rights', a.id, 'name', a.name),
            summary: en('rights', a.id, 'summary', a.summary),
          })),
        }),
    steps: plan.steps.map((s) => ({
      ...s,
      name: en('trajectorySteps', s.id, 'name', s.name),
      summary: en('trajectorySteps', s.id, 'summary', s.summary),
      parties: s.parties.map((p) => ({
        ...party(p),
        ...(p.regional === undefined ? {} : { regional: p.regional.map(party) }),
      })),
      rights: s.rights.map(named('rights')),
      rules: s.rules.map(named('trajectoryRules')),
    })),
    ...(plan.regional === undefined
      ? {}
      : { regional: { ...plan.regional, parties: plan.regional.parties.map((p) => route.regionalParty(p)) } }),
    rules: plan.rules.map((r) => ({
      ...r,
      name: en('trajectoryRules', r.id, 'name', r.name),
      decisiveDate: en('trajectoryRules', r.id, 'decisiveDate', r.decisiveDate),
    })),
  }
}
