// SPDX-License-Identifier: EUPL-1.2
// The authorisation policy of the back-office, in one place (ASVS 5.0 V8): what each role may do,
// on which records (ownership by organisation or municipality) and never on its own change (four
// eyes). Routes ask `allowed(principal, action, resource)`; nothing else decides access. Tested
// as a matrix role × action × ownership (test/backoffice/auth-policy.test.ts).
import type { Grant } from './roles.ts'

export const ACTIONS = [
  /** Open the back-office start page and one's own work list. */
  'dashboard.read',
  /** Read a record, its drafts and its history. */
  'record.read',
  /** Propose a change (a draft) to a record. */
  'draft.propose',
  /** Approve, reject or ask for changes on someone else's draft. */
  'draft.review',
  /** Publish an approved draft as a new dataset version. */
  'draft.publish',
  /** Confirm a record is still true without changing it (one click, audited). */
  'record.verify',
  /** Create, disable accounts and grant roles. */
  'account.manage',
  /** Read the audit trail. */
  'audit.read',
  /** Publish a municipality's basisniveau self-scan (issue 20): it then speaks for the municipality. */
  'scan.publish',
  /** Withdraw a municipality's published self-scan. */
  'scan.withdraw',
] as const
export type Action = (typeof ACTIONS)[number]

export interface Principal {
  readonly id: string
  readonly grants: readonly Grant[]
}

/** What an action is about: the record's owners and, for a draft, who wrote it. */
export interface Resource {
  /** Party ids that own the record (a party itself, a responsibility's party, a region's parties). */
  readonly organisations?: readonly string[]
  /** Municipality code the resource belongs to (a self-scan). */
  readonly municipality?: string
  /** The account that wrote the draft under review. */
  readonly authorId?: string
}

const has = (p: Principal, role: Grant['role']): boolean => p.grants.some((g) => g.role === role)

const ownsOrganisation = (p: Principal, r: Resource): boolean =>
  p.grants.some((g) => g.role === 'organisation-editor' && (r.organisations ?? []).includes(g.scope))

const ownsMunicipality = (p: Principal, r: Resource): boolean =>
  r.municipality !== undefined && p.grants.some((g) => g.role === 'municipality' && g.scope === r.municipality)

export function allowed(principal: Principal, action: Action, resource: Resource = {}): boolean {
  const national = has(principal, 'national-editor')
  switch (action) {
    case 'dashboard.read':
      return principal.grants.length > 0
    case 'record.read':
    case 'draft.propose':
    case 'record.verify':
      return national || ownsOrganisation(principal, resource)
    case 'draft.review':
    case 'draft.publish':
      // Four eyes: nobody reviews or publishes their own change, whatever their roles.
      return national && resource.authorId !== undefined && resource.authorId !== principal.id
    case 'account.manage':
      return has(principal, 'administrator')
    case 'audit.read':
      return has(principal, 'administrator') || national
    case 'scan.publish':
    case 'scan.withdraw':
      // The municipality itself, or a national editor (ADR 0032).
      return national || ownsMunicipality(principal, resource)
  }
}

/**
 * The role a person publishes or withdraws a municipality's scan with: their own municipality's
 * role first, else national editor; undefined when they may not (the policy above).
 */
export function scanRoleOf(
  principal: Principal,
  municipality: string,
): { readonly role: 'municipality' | 'national-editor'; readonly scope: string } | undefined {
  if (ownsMunicipality(principal, { municipality })) {
    return { role: 'municipality', scope: municipality }
  }
  return has(principal, 'national-editor') ? { role: 'national-editor', scope: '' } : undefined
}
