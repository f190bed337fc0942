// SPDX-License-Identifier: EUPL-1.2
// The editorial back-office (issue 13, ADR 0019): accounts, their roles, one-time enrolments and the
// append-only, hash-chained audit trail. Frozen history: change the schema in a new migration.
import { PostgresAdapter, sql, type Kysely } from 'kysely'

const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Lower-cased; the login name.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    // argon2id in PHC string form; NULL until the person enrolled (nothing has a default password).
    .addColumn('password_hash', 'text')
    // Base32 TOTP secret; NULL until enrolled.
    .addColumn('totp_secret', 'text')
    // pending (enrolment open) | active | disabled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('account_roles')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    // The organisation (party id) or municipality code the role is bound to; '' for national roles.
    .addColumn('scope', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_roles_pk', ['account_id', 'role', 'scope'])
    .execute()
  await db.schema
    .createTable('enrolments')
    // sha256 of the one-time token: the token itself is shown once and never stored.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute()
  await db.schema
    .createTable('audit_events')
    // 1, 2, 3 …: the chain order. Assigned by the appender under a lock, never by the engine.
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    // Account id, `cli:<user>` or `anonymous`.
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    // JSON object; never secrets or passwords.
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  // Append-only in the database itself: an UPDATE or DELETE fails, whoever runs it.
  if (isPostgres(db)) {
    await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_events is append-only'; end $$`.execute(db)
    await sql`create trigger audit_events_no_change before update or delete on audit_events
      for each row execute function audit_events_append_only()`.execute(db)
    await sql`create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only()`.execute(db)
  } else {
    await sql`create trigger audit_events_no_update before update on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db)
    await sql`create trigger audit_events_no_delete before delete on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_events').execute()
  if (isPostgres(db)) {
    await sql`drop function if exists audit_events_append_only()`.execute(db)
  }
  await db.schema.dropTable('enrolments').execute()
  await db.schema.dropTable('account_roles').execute()
  await db.schema.dropTable('accounts').execute()
}
