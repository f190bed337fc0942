// SPDX-License-Identifier: EUPL-1.2
// Runs the schema migrations with Kysely's Migrator. The list below is explicit (no directory
// scanning): add a new migration by importing it and adding one line, in timestamp order.
import { Migrator, NO_MIGRATIONS, type Kysely, type Migration, type MigrationResult } from 'kysely'
import type { Database } from './database.ts'
import * as m20261129CreateDatasetTables from './migrations/2026_11_29_1200_create_dataset_tables.ts'
import * as m20261129CreateScans from './migrations/2026_11_29_1400_create_scans.ts'
import * as m20261129CreateAnalysisTables from './migrations/2026_11_29_1600_create_analysis_tables.ts'
import * as m20261129CreateTrajectoryTables from './migrations/2026_11_29_1700_create_trajectory_tables.ts'
import * as m20261129CreateSearchIndex from './migrations/2026_11_29_1800_create_search_index.ts'
import * as m20261206CreateDatasetSourceCheck from './migrations/2026_12_06_1000_create_dataset_source_check.ts'
import * as m20261207SearchIndexLanguages from './migrations/2026_12_07_1200_search_index_languages.ts'
import * as m20261208PublishedScanScores from './migrations/2026_12_08_1200_published_scan_scores.ts'
import * as m20261209DatasetFiles from './migrations/2026_12_09_1300_dataset_files.ts'
import * as m20261209BackofficeAccounts from './migrations/2026_12_09_1310_backoffice_accounts.ts'
import * as m20261209BackofficeSessions from './migrations/2026_12_09_1320_backoffice_sessions.ts'
import * as m20261209EditorialDrafts from './migrations/2026_12_09_1330_editorial_drafts.ts'
import * as m20261209ScanPublications from './migrations/2026_12_09_1340_scan_publications.ts'

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026_11_29_1200_create_dataset_tables': m20261129CreateDatasetTables,
  '2026_11_29_1400_create_scans': m20261129CreateScans,
  '2026_11_29_1600_create_analysis_tables': m20261129CreateAnalysisTables,
  '2026_11_29_1700_create_trajectory_tables': m20261129CreateTrajectoryTables,
  '2026_11_29_1800_create_search_index': m20261129CreateSearchIndex,
  '2026_12_06_1000_create_dataset_source_check': m20261206CreateDatasetSourceCheck,
  '2026_12_07_1200_search_index_languages': m20261207SearchIndexLanguages,
  '2026_12_08_1200_published_scan_scores': m20261208PublishedScanScores,
  '2026_12_09_1300_dataset_files': m20261209DatasetFiles,
  '2026_12_09_1310_backoffice_accounts': m20261209BackofficeAccounts,
  '2026_12_09_1320_backoffice_sessions': m20261209BackofficeSessions,
  '2026_12_09_1330_editorial_drafts': m20261209EditorialDrafts,
  '2026_12_09_1340_scan_publications': m20261209ScanPublications,
}

export interface MigrationReport {
  readonly results: readonly MigrationResult[]
  /** Set when a migration failed; the failed migration's changes are rolled back where the engine allows. */
  readonly error?: unknown
}

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } })
}

/** Brings the schema up to date. Never throws on a failed migration: the report carries the error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  const { error, results } = await migrator(db).migrateToLatest()
  return error === undefined ? { results: results ?? [] } : { results: results ?? [], error }
}

/** Undoes every migration (tests and `reset`); the report carries any error. */
export async function migrateDownToNothing(db: Kysely<Database>): Promise<MigrationReport> {
  const { error, results } = await migrator(db).migrateTo(NO_MIGRATIONS)
  return error === undefined ? { results: results ?? [] } : { results: results ?? [], error }
}

/** For callers that cannot continue on an outdated schema (server start, CLI): throws the first error. */
export async function migrateOrThrow(db: Kysely<Database>): Promise<readonly MigrationResult[]> {
  const report = await migrateToLatest(db)
  if (report.error !== undefined) {
    const failed = report.results.find((r) => r.status === 'Error')
    const reason = report.error instanceof Error ? report.error.message : String(report.error)
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: report.error })
  }
  return report.results
}
