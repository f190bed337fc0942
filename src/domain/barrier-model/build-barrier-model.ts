// SPDX-License-Identifier: EUPL-1.2
// Builds the barrier model for one exploitation form: the stages in process order, each with the
// barriers that disrupt it and the parties that raise them. Pure: the API, CLI and pages share it.
import type { Barrier, BarrierStage, BarrierType, Facilitator, PracticeExample } from '../barrier.ts'
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
  /**
   * Only this recruitment path; absent: every path (the loverboy stages show next to the general ones).
   * Without a form, a path keeps to the forms its own stages lead to.
   */
  readonly path?: RecruitmentMethod
  /** Only barriers the municipality (gemeente, burgemeester) raises itself. */
  readonly municipalOnly?: boolean
  /** Only records valid on this date (YYYY-MM-DD); absent: all records. */
  readonly asOf?: string
}

/** Views keep each record's `en` block: an English answer takes its texts from it (ADR 0038). */
export interface PartyRef {
  readonly id: string
  readonly name: string
  readonly en?: Party['en']
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
  readonly examples: readonly PracticeExample[]
  readonly status: Status
  readonly sources: readonly string[]
  readonly en?: Barrier['en']
}

export interface StageView {
  readonly id: string
  readonly order: number
  readonly name: string
  readonly description: string
  readonly forms: readonly ExploitationFormId[]
  readonly recruitment?: readonly RecruitmentMethod[]
  readonly opportunities: readonly string[]
  readonly signals: readonly string[]
  readonly facilitators: readonly Facilitator[]
  readonly status: Status
  readonly sources: readonly string[]
  readonly barriers: readonly BarrierView[]
  readonly en?: BarrierStage['en']
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
  return ids.map((id) => {
    const party = byId.get(id)
    return { id, name: party?.name ?? id, ...(party?.en === undefined ? {} : { en: party.en }) }
  })
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
    examples: b.examples ?? [],
    status: b.status,
    sources: b.sources,
    ...(b.en === undefined ? {} : { en: b.en }),
  }
}

export function buildBarrierModel(data: BarrierModelData, query: BarrierModelQuery): BarrierModel {
  const valid = (r: { validFrom?: string; validTo?: string }) => query.asOf === undefined || isValidOn(r, query.asOf)
  // A stage or barrier is a condition on form and recruitment path; the query says what is known.
  const known: Facts = { exploitation: query.form === undefined ? undefined : [query.form], recruitment: query.path }
  // A path without a form covers the forms its own stages lead to (the loverboy path: sexual and
  // criminal exploitation), so its view holds no labour-only barriers of the shared later steps.
  const pathForms = query.form === undefined ? formsOfPath(data.barrierStages, query.path) : undefined
  const onPathForms = (forms: readonly ExploitationFormId[]) =>
    pathForms === undefined || pathForms.size === 0 || forms.some((f) => pathForms.has(f))
  const applies = (r: { forms: ExploitationFormId[]; recruitment?: RecruitmentMethod[] }) =>
    mayHold({ exploitation: r.forms, recruitment: r.recruitment }, known) && onPathForms(r.forms)
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
      opportunities: s.opportunities ?? [],
      signals: s.signals,
      facilitators: s.facilitators ?? [],
      status: s.status,
      sources: s.sources,
      barriers: data.barriers
        .filter((b) => b.stage === s.id && applies(b) && valid(b))
        .filter((b) => query.municipalOnly !== true || isMunicipalBarrier(b))
        .map((b) => barrierView(b, data.parties)),
      ...(s.en === undefined ? {} : { en: s.en }),
    })),
  }
}

/** The forms the stages of one recruitment path lead to; undefined when no path is asked. */
function formsOfPath(
  stages: readonly BarrierStage[],
  path: RecruitmentMethod | undefined,
): ReadonlySet<ExploitationFormId> | undefined {
  if (path === undefined) {
    return undefined
  }
  return new Set(stages.filter((s) => s.recruitment?.includes(path) === true).flatMap((s) => s.forms))
}

/** Of two stages at the same position, the general path comes before a specific one (loverboy). */
function compareRecruitment(a: BarrierStage, b: BarrierStage): number {
  const rank = (s: BarrierStage) => (s.recruitment === undefined || s.recruitment.includes('other') ? 0 : 1)
  return rank(a) - rank(b)
}
