// SPDX-License-Identifier: EUPL-1.2
// The registry of entity types in the dataset: where their files live, their schema, and which
// fields refer to other records. Loader, validator, importer, generated JSON Schemas and
// docs/data-model.md all read this one list. To add an entity type, add one entry here.
import type { Static, TObject } from '@sinclair/typebox'
import { Source } from './source.ts'
import { Aspect, Phase } from './phase.ts'
import { Party } from './party.ts'
import { Responsibility } from './responsibility.ts'
import { ExploitationForm, RecruitmentMethodRecord, VictimCategory } from './victim.ts'
import { Right } from './right.ts'
import { GlossaryTerm, Indicator } from './indicator.ts'
import { MUNICIPALITY_REGION_KINDS, Municipality, Region, type RegionKind } from './region.ts'
import { Barrier, BarrierStage } from './barrier.ts'
import { BasisniveauElement } from './basisniveau.ts'
import { Agreement, RequiredAspect } from './analysis.ts'
import { TrajectoryRule, TrajectoryStep } from './trajectory.ts'

/** A reference from one record to another, with the JSON pointer of the referring field. */
export interface Reference {
  readonly pointer: string
  readonly target: EntityKey
  readonly id: string
  /** For region references: the kind of region that is expected. */
  readonly regionKind?: RegionKind
}

export interface EntityDefinition<S extends TObject = TObject> {
  readonly key: EntityKey
  /** Folder under data/ holding one YAML file per record, named `<id>.yaml`. */
  readonly dir: string
  readonly schema: S
  /** Human label used in reports and docs. */
  readonly label: string
  references(record: Static<S>): Reference[]
}

export const ENTITY_KEYS = [
  'sources',
  'phases',
  'aspects',
  'parties',
  'responsibilities',
  'victimCategories',
  'exploitationForms',
  'recruitmentMethods',
  'rights',
  'indicators',
  'glossary',
  'regions',
  'municipalities',
  'barrierStages',
  'barriers',
  'basisniveau',
  'agreements',
  'requiredAspects',
  'trajectorySteps',
  'trajectoryRules',
] as const
export type EntityKey = (typeof ENTITY_KEYS)[number]

interface WithSources {
  sources: string[]
}
const sourceRefs = (r: WithSources): Reference[] =>
  r.sources.map((id, i) => ({ pointer: `/sources/${i}`, target: 'sources', id }))

const list = (ids: readonly string[] | undefined, pointer: string, target: EntityKey): Reference[] =>
  (ids ?? []).map((id, i) => ({ pointer: `${pointer}/${i}`, target, id }))

const one = (id: string | undefined, pointer: string, target: EntityKey): Reference[] =>
  id === undefined ? [] : [{ pointer, target, id }]

function define<S extends TObject>(d: EntityDefinition<S>): EntityDefinition<S> {
  return d
}

export const ENTITIES = {
  sources: define({ key: 'sources', dir: 'sources', schema: Source, label: 'source', references: () => [] }),
  phases: define({ key: 'phases', dir: 'phases', schema: Phase, label: 'phase', references: sourceRefs }),
  aspects: define({
    key: 'aspects',
    dir: 'aspects',
    schema: Aspect,
    label: 'aspect',
    references: (r) => [...sourceRefs(r), ...one(r.phase, '/phase', 'phases')],
  }),
  parties: define({
    key: 'parties',
    dir: 'parties',
    schema: Party,
    label: 'party',
    references: (r) => [
      ...sourceRefs(r),
      ...one(r.parent, '/parent', 'parties'),
      ...one(r.successor, '/successor', 'parties'),
      ...(r.contact?.phones ?? []).map((p, i) => ({
        pointer: `/contact/phones/${i}/source`,
        target: 'sources' as const,
        id: p.source,
      })),
    ],
  }),
  responsibilities: define({
    key: 'responsibilities',
    dir: 'responsibilities',
    schema: Responsibility,
    label: 'responsibility',
    references: (r) => [
      ...sourceRefs(r),
      ...one(r.party, '/party', 'parties'),
      ...one(r.aspect, '/aspect', 'aspects'),
      ...list(r.conditions?.regions, '/conditions/regions', 'regions'),
    ],
  }),
  victimCategories: define({
    key: 'victimCategories',
    dir: 'victim-categories',
    schema: VictimCategory,
    label: 'victim category',
    references: sourceRefs,
  }),
  exploitationForms: define({
    key: 'exploitationForms',
    dir: 'exploitation-forms',
    schema: ExploitationForm,
    label: 'exploitation form',
    references: sourceRefs,
  }),
  recruitmentMethods: define({
    key: 'recruitmentMethods',
    dir: 'recruitment-methods',
    schema: RecruitmentMethodRecord,
    label: 'recruitment method',
    references: sourceRefs,
  }),
  rights: define({
    key: 'rights',
    dir: 'rights',
    schema: Right,
    label: 'right',
    references: (r) => [
      ...sourceRefs(r),
      ...list(r.providers, '/providers', 'parties'),
      ...list(r.conditions?.regions, '/conditions/regions', 'regions'),
    ],
  }),
  indicators: define({
    key: 'indicators',
    dir: 'indicators',
    schema: Indicator,
    label: 'indicator',
    references: sourceRefs,
  }),
  glossary: define({
    key: 'glossary',
    dir: 'glossary',
    schema: GlossaryTerm,
    label: 'glossary term',
    references: sourceRefs,
  }),
  regions: define({
    key: 'regions',
    dir: 'regions',
    schema: Region,
    label: 'region',
    references: (r) => [
      ...sourceRefs(r),
      ...list(r.parties, '/parties', 'parties'),
      ...one(r.fallback, '/fallback', 'parties'),
    ],
  }),
  municipalities: define({
    key: 'municipalities',
    dir: 'municipalities',
    schema: Municipality,
    label: 'municipality',
    references: (r) => [
      ...sourceRefs(r),
      ...(r.aliases ?? []).flatMap((a, i) => one(a.source, `/aliases/${i}/source`, 'sources')),
      ...Object.entries(r.regions).flatMap(([key, id]) =>
        id === undefined
          ? []
          : [
              {
                pointer: `/regions/${key}`,
                target: 'regions' as const,
                id,
                regionKind: MUNICIPALITY_REGION_KINDS[key as keyof typeof MUNICIPALITY_REGION_KINDS],
              },
            ],
      ),
    ],
  }),
  barrierStages: define({
    key: 'barrierStages',
    dir: 'barrier-stages',
    schema: BarrierStage,
    label: 'barrier stage',
    references: (r) => [
      ...sourceRefs(r),
      ...(r.facilitators ?? []).flatMap((f, i) => one(f.party, `/facilitators/${i}/party`, 'parties')),
    ],
  }),
  barriers: define({
    key: 'barriers',
    dir: 'barriers',
    schema: Barrier,
    label: 'barrier',
    references: (r) => [
      ...sourceRefs(r),
      ...one(r.stage, '/stage', 'barrierStages'),
      ...list(r.parties, '/parties', 'parties'),
      ...(r.examples ?? []).map((e, i) => ({
        pointer: `/examples/${i}/source`,
        target: 'sources' as const,
        id: e.source,
      })),
    ],
  }),
  basisniveau: define({
    key: 'basisniveau',
    dir: 'basisniveau',
    schema: BasisniveauElement,
    label: 'basisniveau element',
    references: (r) => [
      ...sourceRefs(r),
      ...r.actionPerspectives.flatMap((a, i) => [
        ...list(a.barriers, `/actionPerspectives/${i}/barriers`, 'barriers'),
        ...list(a.parties, `/actionPerspectives/${i}/parties`, 'parties'),
      ]),
    ],
  }),
  agreements: define({
    key: 'agreements',
    dir: 'agreements',
    schema: Agreement,
    label: 'agreement',
    references: (r) => [
      ...sourceRefs(r),
      ...one(r.aspect, '/aspect', 'aspects'),
      ...list(r.parties, '/parties', 'parties'),
      ...list(r.scope.regions, '/scope/regions', 'regions'),
    ],
  }),
  requiredAspects: define({
    key: 'requiredAspects',
    dir: 'required-aspects',
    schema: RequiredAspect,
    label: 'required aspect',
    references: (r) => [
      ...sourceRefs(r),
      ...one(r.aspect, '/aspect', 'aspects'),
      ...list(r.scope.regions, '/scope/regions', 'regions'),
    ],
  }),
  trajectorySteps: define({
    key: 'trajectorySteps',
    dir: 'trajectory-steps',
    schema: TrajectoryStep,
    label: 'trajectory step',
    references: (r) => [
      ...sourceRefs(r),
      ...list(r.parties, '/parties', 'parties'),
      ...list(r.rights, '/rights', 'rights'),
      ...list(r.onlyFor?.victim, '/onlyFor/victim', 'rights'),
      ...list(r.onlyFor?.witness, '/onlyFor/witness', 'rights'),
      ...list(r.next, '/next', 'trajectorySteps'),
      ...(r.duties ?? []).flatMap((d, i) => one(d.party, `/duties/${i}/party`, 'parties')),
      ...(r.bottlenecks ?? []).flatMap((b, i) => list(b.sources, `/bottlenecks/${i}/sources`, 'sources')),
    ],
  }),
  trajectoryRules: define({
    key: 'trajectoryRules',
    dir: 'trajectory-rules',
    schema: TrajectoryRule,
    label: 'trajectory rule',
    references: (r) => [
      ...sourceRefs(r),
      ...list(r.steps, '/steps', 'trajectorySteps'),
      ...list(r.alternatives, '/alternatives', 'rights'),
    ],
  }),
} as const satisfies { [K in EntityKey]: EntityDefinition }

export type EntityRecord<K extends EntityKey> = Static<(typeof ENTITIES)[K]['schema']>

/** The whole curated dataset, one array per entity type, sorted by id. */
export type Dataset = { readonly [K in EntityKey]: readonly EntityRecord<K>[] }
