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
