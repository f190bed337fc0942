// SPDX-License-Identifier: EUPL-1.2
// The back-office roles (issue 13, ADR 0019). A grant is a role plus, for roles bound to part of
// the register, a scope: the organisation (a party id in data/parties) or the municipality (its
// CBS code, e.g. GM0363, for the basisniveau self-scan of issue 20). One account may hold several.

export const ROLES = ['organisation-editor', 'national-editor', 'administrator', 'municipality'] as const
export type Role = (typeof ROLES)[number]

/** What a role's scope names: a party, a municipality, or nothing (national roles). */
export type ScopeKind = 'organisation' | 'municipality' | 'none'

export const ROLE_SCOPE: Readonly<Record<Role, ScopeKind>> = {
  'organisation-editor': 'organisation',
  'national-editor': 'none',
  administrator: 'none',
  municipality: 'municipality',
}

export const ROLE_LABELS_NL: Readonly<Record<Role, string>> = {
  'organisation-editor': 'organisatieredacteur',
  'national-editor': 'landelijk redacteur',
  administrator: 'beheerder',
  municipality: 'gemeente',
}

export interface Grant {
  readonly role: Role
  /** Party id or municipality code; '' for national roles. */
  readonly scope: string
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

/** `role` or `role:scope`, as the CLI prints grants. */
export const formatGrant = (grant: Grant): string => (grant.scope === '' ? grant.role : `${grant.role}:${grant.scope}`)

/**
 * A grant from the CLI's --role and --org, or a message naming the wrong flag. `exists` tells
 * whether a party id or municipality code is in the published register.
 */
export function parseGrant(
  role: string | undefined,
  org: string | undefined,
  exists: (kind: Exclude<ScopeKind, 'none'>, id: string) => boolean,
): Grant | { readonly error: string } {
  if (role === undefined || !isRole(role)) {
    return { error: `--role must be one of ${ROLES.join(', ')}${role === undefined ? '' : ` (not '${role}')`}` }
  }
  const kind = ROLE_SCOPE[role]
  if (kind === 'none') {
    return org === undefined ? { role, scope: '' } : { error: `--org: the role ${role} is national and takes no --org` }
  }
  if (org === undefined || org === '') {
    return {
      error:
        kind === 'organisation'
          ? `--org is required for ${role}: the id of the organisation in data/parties, e.g. comensha`
          : `--org is required for ${role}: the municipality code, e.g. GM0363`,
    }
  }
  if (kind === 'municipality' && !/^GM\d{4}$/.test(org)) {
    return { error: `--org: '${org}' is not a municipality code (GM followed by four digits, e.g. GM0363)` }
  }
  if (!exists(kind, org)) {
    return {
      error:
        kind === 'organisation'
          ? `--org: no organisation '${org}' in the published register (see data/parties)`
          : `--org: no municipality '${org}' in the published register (see data/municipalities)`,
    }
  }
  return { role, scope: org }
}
