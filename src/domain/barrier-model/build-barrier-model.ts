// SPDX-License-Identifier: EUPL-1.2
// Builds the barrier model for one exploitation form: the stages in process order, each with the
// barriers that disrupt it and the parties that raise them. Pure: the API, CLI and pages share it.
import type { Barrier, BarrierStage, BarrierType } from '../barrier.ts'
import { isMunicipalBarrier } from '../barrier.ts'
import type { Status } from '../common.ts'
import { mayHold, type Facts } from '../conditions/index.ts'
import type { ExploitationFormId, RecruitmentMethod } from '../facets.ts'
import type { Party } from '../party.ts'
import { isValidOn } from '../validity.ts'

export interface BarrierModelData {
  readonly barrierStages: readonly BarrierStage[]
  readonly barriers: readonly Barrier[]
  readonly parties: readonly Party[]
}

export interface BarrierModelQuery {
  /** Only stages and barriers for this form; absent: every form. */
  readonly form?: ExploitationFormId
  /** Only this recruitment path; absent: every path (the loverboy recruitment stage shows next to the general one). */
  readonly path?: RecruitmentMethod
  /** Only barriers the municipality (gemeente, burgemeester) raises itself. */
  readonly municipalOnly?: boolean
  /** Only records valid on this date (YYYY-MM-DD); absent: all records. */
  readonly asOf?: string
}

export interface PartyRef {
  readonly id: string
  readonly name: string
}

export interface BarrierView {
  readonly id: string
  readonly name: string
  readonly instrument: string
  readonly instrumentTypes: readonly BarrierType[]
  readonly legalBasis: readonly string[]
  readonly forms: readonly ExploitationFormId[]
  readonly recruitment?: readonly RecruitmentMethod[]
  readonly municipal: boolean
  readonly parties: readonly PartyRef[]
  readonly signals: readonly string[]
  readonly status: Status
  readonly sources: readonly string[]
}

export interface StageView {
  readonly id: string
  readonly order: number
  readonly name: string
  readonly description: string
  readonly forms: readonly ExploitationFormId[]
  readonly recruitment?: readonly RecruitmentMethod[]
  readonly signals: readonly string[]
  readonly status: Status
  readonly sources: readonly string[]
  readonly barriers: readonly BarrierView[]
}

export interface BarrierModel {
  readonly form: ExploitationFormId | null
  readonly path: RecruitmentMethod | null
  readonly municipalOnly: boolean
  readonly stages: readonly StageView[]
}

export function partyRefs(ids: readonly string[], parties: readonly Party[]): PartyRef[] {
  const byId = new Map(parties.map((p) => [p.id, p]))
  // A missing party is a dataset error that `wegwijzer validate` reports; show its id rather than drop it.
  return ids.map((id) => ({ id, name: byId.get(id)?.name ?? id }))
}

export function barrierView(b: Barrier, parties: readonly Party[]): BarrierView {
  return {
    id: b.id,
    name: b.name,
    instrument: b.instrument,
    instrumentTypes: b.instrumentTypes,
    legalBasis: b.legalBasis,
    forms: b.forms,
    ...(b.recruitment === undefined ? {} : { recruitment: b.recruitment }),
    municipal: isMunicipalBarrier(b),
    parties: partyRefs(b.parties, parties),
    signals: b.signals,
    status: b.status,
    sources: b.sources,
  }
}

export function buildBarrierModel(data: BarrierModelData, query: BarrierModelQuery): BarrierModel {
  const valid = (r: { validFrom?: string; validTo?: string }) => query.asOf === undefined || isValidOn(r, query.asOf)
  // A stage or barrier is a condition on form and recruitment path; the query says what is known.
  const known: Facts = { exploitation: query.form === undefined ? undefined : [query.form], recruitment: query.path }
  const applies = (r: { forms: ExploitationFormId[]; recruitment?: RecruitmentMethod[] }) =>
    mayHold({ exploitation: r.forms, recruitment: r.recruitment }, known)
  const stages = data.barrierStages
    .filter((s) => applies(s) && valid(s))
    .slice()
    .sort((a, b) => a.order - b.order || compareRecruitment(a, b) || a.id.localeCompare(b.id))
  return {
    form: query.form ?? null,
    path: query.path ?? null,
    municipalOnly: query.municipalOnly === true,
    stages: stages.map((s) => ({
      id: s.id,
      order: s.order,
      name: s.name,
      description: s.description,
      forms: s.forms,
      ...(s.recruitment === undefined ? {} : { recruitment: s.recruitment }),
      signals: s.signals,
      status: s.status,
      sources: s.sources,
      barriers: data.barriers
        .filter((b) => b.stage === s.id && applies(b) && valid(b))
        .filter((b) => query.municipalOnly !== true || isMunicipalBarrier(b))
        .map((b) => barrierView(b, data.parties)),
    })),
  }
}

/** Of two stages at the same position, the general path comes before a specific one (loverboy). */
function compareRecruitment(a: BarrierStage, b: BarrierStage): number {
  const rank = (s: BarrierStage) => (s.recruitment === undefined || s.recruitment.includes('other') ? 0 : 1)
  return rank(a) - rank(b)
}
