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

/**
 * The parts of a stage that public barrier models (the VNG/CCV model for vulnerable labour migrants,
 * 2024; the CCV loverboy model) describe besides the barriers: what offenders make use of, and who
 * makes the step possible, knowingly or not.
 */
const Opportunities = Type.Array(ShortText, {
  uniqueItems: true,
  description: 'Opportunities offenders use at this step (gelegenheden): what makes the step possible or cheap.',
})

export const Facilitator = strictObject(
  {
    name: { ...ShortText, description: 'Who facilitates (a kind of business or person, e.g. hotels, taxi drivers).' },
    how: { ...ShortText, description: 'How they make the step possible, knowingly or unknowingly.' },
    party: Type.Optional({ ...Id, description: 'The matching party in data/parties, when there is one.' }),
    en: Type.Optional(English),
  },
  {
    description:
      'A party that knowingly or unknowingly facilitates a step of the criminal process (faciliterende partij).',
  },
)
export type Facilitator = Static<typeof Facilitator>

/** A public example of a barrier in use, so a municipality or RIEC sees it done somewhere. */
export const PracticeExample = strictObject(
  {
    title: ShortText,
    text: { ...NonEmptyText, description: 'What was done, by whom and with what result, in our own words.' },
    place: Type.Optional({ ...ShortText, description: 'Municipality or region, when the example is local.' }),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description: 'Year of the example.' })),
    source: { ...Id, description: 'The public source (id in data/sources) that describes the example.' },
    en: Type.Optional(English),
  },
  { description: 'A practice example of a barrier (praktijkvoorbeeld), with its public source.' },
)
export type PracticeExample = Static<typeof PracticeExample>

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
    opportunities: Type.Optional(Opportunities),
    signals: Signals,
    facilitators: Type.Optional(
      Type.Array(Facilitator, {
        description: 'Parties that knowingly or unknowingly make this step possible (faciliterende partijen).',
      }),
    ),
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
    examples: Type.Optional(
      Type.Array(PracticeExample, { description: 'Public practice examples of this barrier (praktijkvoorbeelden).' }),
    ),
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
