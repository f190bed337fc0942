// SPDX-License-Identifier: EUPL-1.2
// What the barrier pages show: the barrier model of one form (or of the loverboy path) built by the
// domain engine, with names in the page language, the municipal filter parsed from the query, and
// the stages grouped per step so alternative paths (loverboy) share a column.
import {
  buildBarrierModel,
  type BarrierModel,
  type StageView,
} from '../../../domain/barrier-model/build-barrier-model.ts'
import { EXPLOITATION_FORMS, type ExploitationFormId } from '../../../domain/facets.ts'
import type { Barrier, BarrierStage } from '../../../domain/barrier.ts'
import { localText, type LocalText, type Locale } from '../../i18n.ts'
import type { CatalogView } from '../../../domain/catalog/index.ts'

/** A page of the barrier model: one exploitation form, or the loverboy recruitment path. */
export type BarrierTopic = ExploitationFormId | 'loverboy'

export function isBarrierTopic(value: string): value is BarrierTopic {
  return value === 'loverboy' || (EXPLOITATION_FORMS as readonly string[]).includes(value)
}

/** The query field of the "what can the municipality do" filter; a ticked checkbox sends `1`. */
export const MUNICIPAL_FIELD = 'gemeente'

export type MunicipalFilter = { readonly ok: true; readonly on: boolean } | { readonly ok: false; readonly raw: string }

export function parseMunicipalFilter(raw: string | undefined): MunicipalFilter {
  if (raw === undefined) {
    return { ok: true, on: false }
  }
  return raw === '1' ? { ok: true, on: true } : { ok: false, raw }
}

export interface LocalBarrier {
  readonly view: BarrierModel['stages'][number]['barriers'][number]
  readonly name: LocalText
}

export interface LocalStage {
  readonly view: StageView
  readonly name: LocalText
  readonly description: LocalText
  readonly barriers: readonly LocalBarrier[]
}

/** One column of the diagram: the stages at the same position (the loverboy path next to the general one). */
export interface StepColumn {
  readonly step: number
  readonly stages: readonly LocalStage[]
}

export interface BarrierModelView {
  readonly topic: BarrierTopic
  readonly municipalOnly: boolean
  readonly steps: readonly StepColumn[]
  readonly barrierCount: number
}

function modelData(data: CatalogView) {
  return {
    barrierStages: data.valid('barrierStages'),
    barriers: data.valid('barriers'),
    parties: data.valid('parties'),
  }
}

/**
 * The loverboy page shows the loverboy path: its own stages and the shared later steps of the forms
 * it leads to. A form page shows the general path; the loverboy path has its own page.
 */
function buildForTopic(data: CatalogView, topic: BarrierTopic, municipalOnly: boolean): BarrierModel {
  return topic === 'loverboy'
    ? buildBarrierModel(modelData(data), { path: 'loverboy', municipalOnly })
    : buildBarrierModel(modelData(data), { form: topic, path: 'other', municipalOnly })
}

export function barrierModelView(
  data: CatalogView,
  locale: Locale,
  topic: BarrierTopic,
  municipalOnly: boolean,
): BarrierModelView {
  const model = buildForTopic(data, topic, municipalOnly)
  const columns = new Map<number, LocalStage[]>()
  let barrierCount = 0
  for (const stage of model.stages) {
    const record = data.byId('barrierStages', stage.id)
    const barriers = stage.barriers.map((b) => {
      const br = data.byId('barriers', b.id)
      return { view: b, name: br === undefined ? { text: b.name, lang: 'nl' as const } : localText(br, 'name', locale) }
    })
    barrierCount += barriers.length
    const local: LocalStage = {
      view: stage,
      name: record === undefined ? { text: stage.name, lang: 'nl' } : localText(record, 'name', locale),
      description:
        record === undefined ? { text: stage.description, lang: 'nl' } : localText(record, 'description', locale),
      barriers,
    }
    columns.set(stage.order, [...(columns.get(stage.order) ?? []), local])
  }
  const steps = [...columns.entries()].sort((a, b) => a[0] - b[0]).map(([, stages], i) => ({ step: i + 1, stages }))
  return { topic, municipalOnly, steps, barrierCount }
}

/** Every barrier valid today with its stage, in process order (for the index page). */
export function allBarriers(data: CatalogView): { barrier: Barrier; stage: BarrierStage | undefined }[] {
  const stages = new Map(data.valid('barrierStages').map((s) => [s.id, s]))
  return data
    .valid('barriers')
    .map((barrier) => ({ barrier, stage: stages.get(barrier.stage) }))
    .sort(
      (a, b) => (a.stage?.order ?? 99) - (b.stage?.order ?? 99) || a.barrier.name.localeCompare(b.barrier.name, 'nl'),
    )
}
