// SPDX-License-Identifier: EUPL-1.2
// The list of tables that make up the database, for Kysely's types. The dataset in data/ is the
// source of truth; these tables are a served, re-importable copy of it (ADR 0004).
import type { Kysely, Transaction } from 'kysely'
import type {
  AgreementsTable,
  AspectsTable,
  BarriersTable,
  BarrierStagesTable,
  BasisniveauTable,
  ExploitationFormsTable,
  GlossaryTable,
  IndicatorsTable,
  MunicipalitiesTable,
  PartiesTable,
  PhasesTable,
  RecruitmentMethodsTable,
  RegionsTable,
  RequiredAspectsTable,
  ResponsibilitiesTable,
  RightsTable,
  SourcesTable,
  VictimCategoriesTable,
} from './tables/records.table.ts'
import type { TrajectoryRulesTable, TrajectoryStepsTable } from './tables/records.table.ts'
import type { PublishedScanScoresTable, ScansTable } from './tables/scans.table.ts'
import type { RecordSourcesTable } from './tables/record-sources.table.ts'
import type { DatasetImportsTable } from './tables/dataset-imports.table.ts'
import type { DatasetSourceCheckTable } from './tables/dataset-source-check.table.ts'
import type { DatasetFilesTable } from './tables/dataset-files.table.ts'
import type {
  AccountRolesTable,
  AccountsTable,
  AuditEventsTable,
  DraftEventsTable,
  DraftsTable,
  EnrolmentsTable,
  RecordHistoryTable,
  RecoveryCodesTable,
  SessionsTable,
} from '../backoffice/tables.ts'

export interface Database {
  sources: SourcesTable
  phases: PhasesTable
  aspects: AspectsTable
  parties: PartiesTable
  responsibilities: ResponsibilitiesTable
  victim_categories: VictimCategoriesTable
  exploitation_forms: ExploitationFormsTable
  recruitment_methods: RecruitmentMethodsTable
  rights: RightsTable
  indicators: IndicatorsTable
  glossary: GlossaryTable
  regions: RegionsTable
  municipalities: MunicipalitiesTable
  barrier_stages: BarrierStagesTable
  barriers: BarriersTable
  basisniveau: BasisniveauTable
  agreements: AgreementsTable
  required_aspects: RequiredAspectsTable
  trajectory_steps: TrajectoryStepsTable
  trajectory_rules: TrajectoryRulesTable
  scans: ScansTable
  published_scan_scores: PublishedScanScoresTable
  record_sources: RecordSourcesTable
  dataset_imports: DatasetImportsTable
  dataset_source_check: DatasetSourceCheckTable
  dataset_files: DatasetFilesTable
  accounts: AccountsTable
  account_roles: AccountRolesTable
  enrolments: EnrolmentsTable
  audit_events: AuditEventsTable
  recovery_codes: RecoveryCodesTable
  sessions: SessionsTable
  drafts: DraftsTable
  draft_events: DraftEventsTable
  record_history: RecordHistoryTable
}

/** A database handle or an open transaction: repository functions accept either. */
export type Db = Kysely<Database> | Transaction<Database>
