// SPDX-License-Identifier: EUPL-1.2
// First schema: one table per entity type (doc JSON + filter columns), record_sources and
// dataset_imports. Frozen history: change the schema in a new migration, never here.
import type { CreateTableBuilder, Kysely } from 'kysely'

// Migrations must not import application types: they describe the schema as it was on this date.
type AnyDb = Kysely<unknown>
type Table = CreateTableBuilder<string, string>

/** Shared columns of every entity table. */
function recordTable(db: AnyDb, name: string): Table {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
}

const ref = (table: string) => `${table}.id`

export async function up(db: AnyDb): Promise<void> {
  await recordTable(db, 'sources')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .execute()
  await recordTable(db, 'phases')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute()
  await recordTable(db, 'aspects')
    .addColumn('phase_id', 'text', (c) => c.notNull().references(ref('phases')))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute()
  // parent/successor point into the same table: deferred, so a parent and its child can arrive
  // in any order within one import transaction. Checked at commit.
  await recordTable(db, 'parties')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('successor_id', 'text')
    .addForeignKeyConstraint('parties_parent_id_fk', ['parent_id'], 'parties', ['id'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .addForeignKeyConstraint('parties_successor_id_fk', ['successor_id'], 'parties', ['id'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .execute()
  await recordTable(db, 'responsibilities')
    .addColumn('party_id', 'text', (c) => c.notNull().references(ref('parties')))
    .addColumn('aspect_id', 'text', (c) => c.notNull().references(ref('aspects')))
    .addColumn('role_type', 'text', (c) => c.notNull())
    .execute()
  await recordTable(db, 'victim_categories').execute()
  await recordTable(db, 'exploitation_forms').execute()
  await recordTable(db, 'recruitment_methods').execute()
  await recordTable(db, 'rights')
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute()
  await recordTable(db, 'indicators')
    .addColumn('domain', 'text', (c) => c.notNull())
    .execute()
  await recordTable(db, 'glossary')
    .addColumn('term', 'text', (c) => c.notNull())
    .execute()
  await recordTable(db, 'regions')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .execute()
  await recordTable(db, 'municipalities')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('province_id', 'text', (c) => c.notNull().references(ref('regions')))
    .addColumn('police_unit_id', 'text', (c) => c.notNull().references(ref('regions')))
    .addColumn('riec_id', 'text', (c) => c.notNull().references(ref('regions')))
    .addColumn('safety_region_id', 'text', (c) => c.notNull().references(ref('regions')))
    .addColumn('veilig_thuis_id', 'text', (c) => c.references(ref('regions')))
    .addColumn('zorgcoordinatie_id', 'text', (c) => c.references(ref('regions')))
    .addColumn('centrumgemeente_vo_id', 'text', (c) => c.references(ref('regions')))
    .execute()
  await recordTable(db, 'barrier_stages')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute()
  await recordTable(db, 'barriers')
    .addColumn('stage_id', 'text', (c) => c.notNull().references(ref('barrier_stages')))
    .execute()
  await recordTable(db, 'basisniveau')
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('record_sources')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references(ref('sources')))
    .addPrimaryKeyConstraint('record_sources_pk', ['entity', 'record_id', 'source_id'])
    .execute()

  await db.schema
    .createTable('dataset_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('dataset_hash', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute()

  const indexes: [table: string, column: string][] = [
    ['sources', 'kind'],
    ['aspects', 'phase_id'],
    ['parties', 'kind'],
    ['parties', 'level'],
    ['parties', 'parent_id'],
    ['parties', 'successor_id'],
    ['responsibilities', 'party_id'],
    ['responsibilities', 'aspect_id'],
    ['responsibilities', 'role_type'],
    ['rights', 'kind'],
    ['indicators', 'domain'],
    ['regions', 'kind'],
    ['municipalities', 'name'],
    ['municipalities', 'province_id'],
    ['municipalities', 'police_unit_id'],
    ['municipalities', 'riec_id'],
    ['municipalities', 'safety_region_id'],
    ['municipalities', 'veilig_thuis_id'],
    ['municipalities', 'zorgcoordinatie_id'],
    ['municipalities', 'centrumgemeente_vo_id'],
    ['barriers', 'stage_id'],
    ['record_sources', 'source_id'],
    ['dataset_imports', 'imported_at'],
  ]
  for (const [table, column] of indexes) {
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute()
  }
}

export async function down(db: AnyDb): Promise<void> {
  // Referrers first.
  for (const table of [
    'dataset_imports',
    'record_sources',
    'basisniveau',
    'barriers',
    'barrier_stages',
    'municipalities',
    'regions',
    'glossary',
    'indicators',
    'rights',
    'recruitment_methods',
    'exploitation_forms',
    'victim_categories',
    'responsibilities',
    'parties',
    'aspects',
    'phases',
    'sources',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
