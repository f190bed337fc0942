// SPDX-License-Identifier: EUPL-1.2
// Row types of the back-office tables (migration 2026_12_09_1310_backoffice_accounts).
export interface AccountsTable {
  id: string
  email: string
  display_name: string
  password_hash: string | null
  totp_secret: string | null
  status: string
  failed_logins: number
  locked_until: string | null
  totp_last_step: number | null
  created_at: string
  updated_at: string
}

export interface AccountRolesTable {
  account_id: string
  role: string
  scope: string
}

export interface EnrolmentsTable {
  token_hash: string
  account_id: string
  expires_at: string
  used_at: string | null
  totp_secret: string | null
}

export interface AuditEventsTable {
  seq: number
  at: string
  actor: string
  action: string
  subject: string
  detail: string
  prev_hash: string
  hash: string
}

export interface RecoveryCodesTable {
  account_id: string
  code_hash: string
  used_at: string | null
}

export interface SessionsTable {
  id_hash: string
  account_id: string
  csrf_token: string
  created_at: string
  last_seen_at: string
  expires_at: string
}

export interface DraftsTable {
  id: string
  entity: string
  record_id: string
  base_hash: string
  doc: string
  reason: string
  author_id: string
  status: string
  version: number
  created_at: string
  updated_at: string
}

export interface DraftEventsTable {
  id: string
  draft_id: string
  author_id: string
  at: string
  kind: string
  body: string
}

export interface RecordHistoryTable {
  id: string
  entity: string
  record_id: string
  at: string
  kind: string
  author_id: string
  publisher_id: string
  reason: string
  draft_id: string | null
  before_doc: string | null
  after_doc: string
  import_id: string | null
}
