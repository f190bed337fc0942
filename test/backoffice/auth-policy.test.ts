// SPDX-License-Identifier: EUPL-1.2
// The authorisation policy as a matrix (issue 13): every role × every action × ownership (own
// organisation, another organisation, own municipality, another municipality, own draft, someone
// else's draft), every cell asserted against the table below.
import { describe, expect, it } from 'vitest'
import { ACTIONS, allowed, type Action, type Principal, type Resource } from '../../src/backoffice/policy.ts'

const PEOPLE: Record<string, Principal> = {
  'organisation editor of A': { id: 'ed-a', grants: [{ role: 'organisation-editor', scope: 'org-a' }] },
  'national editor': { id: 'nat', grants: [{ role: 'national-editor', scope: '' }] },
  administrator: { id: 'adm', grants: [{ role: 'administrator', scope: '' }] },
  'municipality GM0001': { id: 'gm', grants: [{ role: 'municipality', scope: 'GM0001' }] },
  'no role': { id: 'none', grants: [] },
}

const RESOURCES: Record<string, Resource> = {
  'nothing in particular': {},
  "A's record": { organisations: ['org-a'] },
  "B's record": { organisations: ['org-b'] },
  'a record of A and B': { organisations: ['org-b', 'org-a'] },
  "GM0001's scan": { municipality: 'GM0001' },
  "GM0002's scan": { municipality: 'GM0002' },
  'own draft': { organisations: ['org-a'], authorId: 'SELF' },
  "someone else's draft": { organisations: ['org-a'], authorId: 'other' },
}

/** Allowed cells as `action @ resource`; every other cell is denied. */
const ALLOWED: Record<string, readonly string[]> = {
  'organisation editor of A': [
    ...[
      'nothing in particular',
      "A's record",
      "B's record",
      'a record of A and B',
      "GM0001's scan",
      "GM0002's scan",
      'own draft',
      "someone else's draft",
    ].map((r) => `dashboard.read @ ${r}`),
    ...['record.read', 'draft.propose', 'record.verify'].flatMap((a) =>
      ["A's record", 'a record of A and B', 'own draft', "someone else's draft"].map((r) => `${a} @ ${r}`),
    ),
  ],
  'national editor': [
    ...Object.keys(RESOURCES).flatMap((r) =>
      ['dashboard.read', 'record.read', 'draft.propose', 'record.verify', 'audit.read'].map((a) => `${a} @ ${r}`),
    ),
    "draft.review @ someone else's draft",
    "draft.publish @ someone else's draft",
    ...Object.keys(RESOURCES).flatMap((r) => ['scan.publish', 'scan.withdraw'].map((a) => `${a} @ ${r}`)),
  ],
  administrator: Object.keys(RESOURCES).flatMap((r) =>
    ['dashboard.read', 'account.manage', 'audit.read'].map((a) => `${a} @ ${r}`),
  ),
  'municipality GM0001': [
    ...Object.keys(RESOURCES).map((r) => `dashboard.read @ ${r}`),
    "scan.publish @ GM0001's scan",
    "scan.withdraw @ GM0001's scan",
  ],
  'no role': [],
}

describe('auth policy matrix: role × action × ownership', () => {
  for (const [who, person] of Object.entries(PEOPLE)) {
    for (const action of ACTIONS) {
      for (const [what, resource] of Object.entries(RESOURCES)) {
        const expected = ALLOWED[who]?.includes(`${action} @ ${what}`) ?? false
        it(`${who} ${expected ? 'may' : 'may not'} ${action} on ${what}`, () => {
          const concrete = resource.authorId === 'SELF' ? { ...resource, authorId: person.id } : resource
          expect(allowed(person, action as Action, concrete)).toBe(expected)
        })
      }
    }
  }

  it('four eyes hold for a person who is national editor and administrator at once', () => {
    const both: Principal = {
      id: 'x',
      grants: [
        { role: 'national-editor', scope: '' },
        { role: 'administrator', scope: '' },
      ],
    }
    expect(allowed(both, 'draft.publish', { authorId: 'x' })).toBe(false)
    expect(allowed(both, 'draft.review', { authorId: 'x' })).toBe(false)
    expect(allowed(both, 'draft.review', {})).toBe(false)
    expect(allowed(both, 'draft.review', { authorId: 'y' })).toBe(true)
  })
})
