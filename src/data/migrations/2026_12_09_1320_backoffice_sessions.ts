// SPDX-License-Identifier: EUPL-1.2
// Back-office login (issue 13, ADR 0019): server-side sessions, recovery codes, the TOTP secret an
// enrolment offers and the last TOTP step used per account (no replay). Frozen history.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('totp_last_step', 'integer').execute()
  // Generated when the enrolment page is first opened, moved to the account when it is completed.
  await db.schema.alterTable('enrolments').addColumn('totp_secret', 'text').execute()
  await db.schema
    .createTable('recovery_codes')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // sha256 of a code of 80 random bits; the codes are shown once.
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['account_id', 'code_hash'])
    .execute()
  await db.schema
    .createTable('sessions')
    // sha256 of the cookie value: a copy of the table does not let anyone log in.
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // The synchronizer token every back-office form carries.
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    // Absolute end, whatever the activity.
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sessions_account_idx').on('sessions').column('account_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sessions').execute()
  await db.schema.dropTable('recovery_codes').execute()
  await db.schema.alterTable('enrolments').dropColumn('totp_secret').execute()
  await db.schema.alterTable('accounts').dropColumn('totp_last_step').execute()
}
