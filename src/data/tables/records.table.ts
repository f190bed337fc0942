// SPDX-License-Identifier: EUPL-1.2
// Row types of the per-entity tables: shared provenance columns, the full record as JSON (`doc`)
// and the few scalar columns that queries filter on. How a record maps to its row lives here too.
import type { Insertable, Selectable } from 'kysely'
import type { EntityKey, EntityRecord } from '../../domain/entities.ts'

/** Columns every entity table has. `doc` is the validated record as JSON text: the truth of the row. */
export interface RecordColumns {
  id: string
  /** Absent for sources, which carry no status. */
  status: string | null
  valid_from: string | null
  valid_to: string | null
  doc: string
  /** sha256 (hex) of the canonical JSON of the record; the importer compares it to skip unchanged rows. */
  content_hash: string
}

export interface SourcesTable extends RecordColumns {
  kind: string
  url: string
}
export interface PhasesTable extends RecordColumns {
  sort_order: number
}
export interface AspectsTable extends RecordColumns {
  phase_id: string
  sort_order: number
}
export interface PartiesTable extends RecordColumns {
  name: string
  kind: string
  level: string
  parent_id: string | null
  successor_id: string | null
}
export interface ResponsibilitiesTable extends RecordColumns {
  party_id: string
  aspect_id: string
  role_type: string
}
export type VictimCategoriesTable = RecordColumns
export type ExploitationFormsTable = RecordColumns
export type RecruitmentMethodsTable = RecordColumns
export interface RightsTable extends RecordColumns {
  kind: string
}
export interface IndicatorsTable extends RecordColumns {
  domain: string
}
export interface GlossaryTable extends RecordColumns {
  term: string
}
export interface RegionsTable extends RecordColumns {
  kind: string
  name: string
  code: string | null
}
export interface MunicipalitiesTable extends RecordColumns {
  name: string
  province_id: string
  police_unit_id: string
  riec_id: string
  safety_region_id: string
  veilig_thuis_id: string | null
  zorgcoordinatie_id: string | null
  centrumgemeente_vo_id: string | null
}
export interface BarrierStagesTable extends RecordColumns {
  sort_order: number
}
export interface BarriersTable extends RecordColumns {
  stage_id: string
}
export interface BasisniveauTable extends RecordColumns {
  code: string
  sort_order: number
}
export interface AgreementsTable extends RecordColumns {
  aspect_id: string
}
export interface RequiredAspectsTable extends RecordColumns {
  aspect_id: string
}
export interface TrajectoryStepsTable extends RecordColumns {
  code: string
  track: string
  sort_order: number
}
export interface TrajectoryRulesTable extends RecordColumns {
  rule: string
}

/**
 * The table of each entity type (snake_case of its key). A new entity type in domain/entities.ts
 * fails to compile here until it has a table name, its columns below and a migration.
 */
export const ENTITY_TABLE_NAMES = {
  sources: 'sources',
  phases: 'phases',
  aspects: 'aspects',
  parties: 'parties',
  responsibilities: 'responsibilities',
  victimCategories: 'victim_categories',
  exploitationForms: 'exploitation_forms',
  recruitmentMethods: 'recruitment_methods',
  rights: 'rights',
  indicators: 'indicators',
  glossary: 'glossary',
  regions: 'regions',
  municipalities: 'municipalities',
  barrierStages: 'barrier_stages',
  barriers: 'barriers',
  basisniveau: 'basisniveau',
  agreements: 'agreements',
  requiredAspects: 'required_aspects',
  trajectorySteps: 'trajectory_steps',
  trajectoryRules: 'trajectory_rules',
} as const satisfies Record<EntityKey, string>

export type EntityTableName = (typeof ENTITY_TABLE_NAMES)[EntityKey]
export type RecordRow = Selectable<RecordColumns>

/** A value for one scalar column of an entity table. */
export type ColumnValue = string | number | null

/** The columns besides RecordColumns that each entity type fills from its record. */
type ExtraColumns = { [K in EntityKey]: (record: EntityRecord<K>) => Record<string, ColumnValue> }

const EXTRA_COLUMNS: ExtraColumns = {
  sources: (r) => ({ kind: r.kind, url: r.url }),
  phases: (r) => ({ sort_order: r.order }),
  aspects: (r) => ({ phase_id: r.phase, sort_order: r.order }),
  parties: (r) => ({
    name: r.name,
    kind: r.kind,
    level: r.level,
    parent_id: r.parent ?? null,
    successor_id: r.successor ?? null,
  }),
  responsibilities: (r) => ({ party_id: r.party, aspect_id: r.aspect, role_type: r.roleType }),
  victimCategories: () => ({}),
  exploitationForms: () => ({}),
  recruitmentMethods: () => ({}),
  rights: (r) => ({ kind: r.kind }),
  indicators: (r) => ({ domain: r.domain }),
  glossary: (r) => ({ term: r.term }),
  regions: (r) => ({ kind: r.kind, name: r.name, code: r.code ?? null }),
  municipalities: (r) => ({
    name: r.name,
    province_id: r.regions.province,
    police_unit_id: r.regions.policeUnit,
    riec_id: r.regions.riec,
    safety_region_id: r.regions.safetyRegion,
    veilig_thuis_id: r.regions.veiligThuis ?? null,
    zorgcoordinatie_id: r.regions.zorgcoordinatie ?? null,
    centrumgemeente_vo_id: r.regions.centrumgemeenteVo ?? null,
  }),
  barrierStages: (r) => ({ sort_order: r.order }),
  barriers: (r) => ({ stage_id: r.stage }),
  basisniveau: (r) => ({ code: r.code, sort_order: r.order }),
  agreements: (r) => ({ aspect_id: r.aspect }),
  requiredAspects: (r) => ({ aspect_id: r.aspect }),
  trajectorySteps: (r) => ({ code: r.code, track: r.track, sort_order: r.order }),
  trajectoryRules: (r) => ({ rule: r.rule }),
}

/** An insertable row: the shared columns plus the entity's own scalar columns. */
export type EntityRow = Insertable<RecordColumns> & Record<string, ColumnValue>

/** Maps a validated record to its row. `contentHash` is computed by the caller (see dataset/content-hash.ts). */
export function recordToRow<K extends EntityKey>(key: K, record: EntityRecord<K>, contentHash: string): EntityRow {
  const dated = record as { status?: string; validFrom?: string; validTo?: string }
  const extra = (EXTRA_COLUMNS[key] as (r: EntityRecord<K>) => Record<string, ColumnValue>)(record)
  return {
    ...extra,
    id: record.id,
    status: dated.status ?? null,
    valid_from: dated.validFrom ?? null,
    valid_to: dated.validTo ?? null,
    doc: JSON.stringify(record),
    content_hash: contentHash,
  }
}
