// SPDX-License-Identifier: EUPL-1.2
// The barrier model: the steps a trafficker must take, and the barriers that can disrupt each step.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'
import { EXPLOITATION_FORMS, RECRUITMENT_METHODS } from './facets.ts'

/** The kind of intervention a barrier is; one barrier may combine several (e.g. Bibob is bestuurlijk). */
export const BARRIER_TYPES = ['bestuurlijk', 'strafrechtelijk', 'fiscaal', 'privaat', 'zorg', 'voorlichting'] as const
export type BarrierType = (typeof BARRIER_TYPES)[number]

const Forms = Type.Array(literalUnion(EXPLOITATION_FORMS), {
  minItems: 1,
  uniqueItems: true,
  description: 'Exploitation forms for which this applies.',
})

const RecruitmentPaths = Type.Array(literalUnion(RECRUITMENT_METHODS), {
  minItems: 1,
  uniqueItems: true,
  description: 'Recruitment paths for which this applies (absent: every path). The loverboy method is its own path.',
})

const Signals = Type.Array(ShortText, {
  uniqueItems: true,
  description: 'Signals of trafficking this step or barrier can bring to light.',
})

export const BarrierStage = strictObject(
  {
    id: Id,
    order: Type.Integer({
      minimum: 1,
      maximum: 20,
      description: 'Position in the process, left to right; stages of alternative paths share a position.',
    }),
    name: ShortText,
    description: NonEmptyText,
    forms: Forms,
    recruitment: Type.Optional(RecruitmentPaths),
    signals: Signals,
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'BarrierStage', title: 'Barrier stage', description: 'A step of the criminal process in the barrier model.' },
)
export type BarrierStage = Static<typeof BarrierStage>

export const Barrier = strictObject(
  {
    id: Id,
    stage: { ...Id, description: 'Id of the stage (data/barrier-stages) this barrier disrupts.' },
    name: ShortText,
    instrument: NonEmptyText,
    instrumentTypes: Type.Array(literalUnion(BARRIER_TYPES), {
      minItems: 1,
      uniqueItems: true,
      description: 'Kinds of intervention.',
    }),
    legalBasis: Type.Array(ShortText, {
      uniqueItems: true,
      description: 'Laws, regulations or agreements the barrier rests on (e.g. Wet Bibob, APV).',
    }),
    forms: Forms,
    recruitment: Type.Optional(RecruitmentPaths),
    parties: Type.Array(Id, {
      minItems: 1,
      uniqueItems: true,
      description: 'Parties that raise the barrier (ids in data/parties).',
    }),
    signals: Signals,
    en: Type.Optional(English),
    ...provenanceFields,
  },
  {
    $id: 'Barrier',
    title: 'Barrier',
    description: 'An instrument that raises a threshold against one step of the criminal process.',
  },
)
export type Barrier = Static<typeof Barrier>

/** Parties whose presence makes a barrier something the municipality itself can do. */
export const MUNICIPAL_PARTIES: readonly string[] = ['gemeente', 'burgemeester', 'centrumgemeente-vo']

export function isMunicipalBarrier(barrier: Pick<Barrier, 'parties'>): boolean {
  return barrier.parties.some((p) => MUNICIPAL_PARTIES.includes(p))
}
