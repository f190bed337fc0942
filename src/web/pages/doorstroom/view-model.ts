// SPDX-License-Identifier: EUPL-1.2
// What the doorstroom page shows: the chain from shelter via the permit to a home (the steps of
// track "doorstroom" in data/trajectory-steps, in their order), then the outcomes that follow the
// last step (continued residence or return). Per step its parties, rights, duties (the
// municipality's marked) and known bottlenecks, each with status and sources.
import type { Status } from '../../../domain/common.ts'
import type { TrajectoryStep } from '../../../domain/trajectory.ts'
import { STEP } from '../../../domain/trajectory/index.ts'
import { localText, type LocalText, type Locale } from '../../i18n.ts'
import type { CatalogView } from '../../../domain/catalog/index.ts'
import { partyRef, rightRef, type RefView } from '../trajectory/view-model.ts'

export interface DutyView {
  readonly party: RefView
  readonly municipal: boolean
  readonly text: LocalText
  readonly legalBasis?: string
}

export interface BottleneckView {
  readonly name: LocalText
  readonly description: LocalText
  readonly status: Status
  readonly sources: readonly string[]
}

export interface DoorstroomStepView {
  readonly id: string
  readonly code: string
  readonly name: LocalText
  readonly summary: LocalText
  readonly parties: readonly RefView[]
  readonly rights: readonly RefView[]
  readonly duties: readonly DutyView[]
  readonly bottlenecks: readonly BottleneckView[]
  readonly legalBasis: string
  readonly status: Status
  readonly sources: readonly string[]
  readonly note?: LocalText
}

export interface DoorstroomView {
  /** Shelter, permit and the doorstroom steps, one after the other. */
  readonly chain: readonly DoorstroomStepView[]
  /** The alternatives after the last step (continued residence, return). */
  readonly outcomes: readonly DoorstroomStepView[]
  readonly bottleneckCount: number
}

function stepView(data: CatalogView, step: TrajectoryStep, locale: Locale): DoorstroomStepView {
  const ref = (id: string) => ({
    id,
    name: data.byId('parties', id)?.shortName ?? data.byId('parties', id)?.name ?? id,
  })
  return {
    id: step.id,
    code: step.code,
    name: localText(step, 'name', locale),
    summary: localText(step, 'summary', locale),
    parties: step.parties.map((id) => partyRef(data, ref(id), locale)),
    rights: step.rights.map((id) => rightRef(data, { id, name: id }, locale)),
    duties: (step.duties ?? []).map((d) => ({
      party: partyRef(data, ref(d.party), locale),
      municipal: data.byId('parties', d.party)?.kind === 'municipality',
      text: locale === 'en' && d.en !== undefined ? { text: d.en, lang: 'en' } : { text: d.text, lang: 'nl' },
      ...(d.legalBasis === undefined ? {} : { legalBasis: d.legalBasis }),
    })),
    bottlenecks: (step.bottlenecks ?? []).map((b) => ({
      name: localText(b, 'name', locale),
      description: localText(b, 'description', locale),
      status: b.status,
      sources: b.sources,
    })),
    legalBasis: step.legalBasis,
    status: step.status,
    sources: step.sources,
    ...(step.note === undefined ? {} : { note: localText(step, 'note', locale) }),
  }
}

export function doorstroomView(data: CatalogView, locale: Locale): DoorstroomView {
  const steps = [...data.valid('trajectorySteps')]
  const byId = new Map(steps.map((s) => [s.id, s]))
  const flow = steps.filter((s) => s.track === 'doorstroom').sort((a, b) => a.order - b.order)
  // The flow starts in shelter and needs the permit before the municipality is at the helm.
  const start = [STEP.shelter, STEP.permit].map((id) => byId.get(id)).filter((s) => s !== undefined)
  const chain = flow.length === 0 ? [] : [...start, ...flow]
  const last = flow.at(-1)
  const outcomes = (last?.next ?? []).map((id) => byId.get(id)).filter((s) => s !== undefined)
  const chainViews = chain.map((s) => stepView(data, s, locale))
  const outcomeViews = outcomes.map((s) => stepView(data, s, locale))
  return {
    chain: chainViews,
    outcomes: outcomeViews,
    bottleneckCount: [...chainViews, ...outcomeViews].reduce((n, s) => n + s.bottlenecks.length, 0),
  }
}
