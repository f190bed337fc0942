// SPDX-License-Identifier: EUPL-1.2
// Passwords (issue 13, ASVS 5.0 V6/V11): argon2id with the OWASP parameters in PHC form, a fresh
// salt per hash, verification that fails on a wrong password or a malformed hash, and the rules
// for a new password (length, not a common or personal word; no composition rules).
import { describe, expect, it } from 'vitest'
import {
  ARGON2ID,
  dummyHash,
  hashPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from '../../src/backoffice/password.ts'

describe('auth: argon2id password hashing', () => {
  it('hashes with argon2id, OWASP parameters and a random salt', async () => {
    const a = await hashPassword('lange zin met woorden')
    const b = await hashPassword('lange zin met woorden')
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/)
    expect(a).not.toBe(b)
    expect(ARGON2ID.memoryKiB).toBeGreaterThanOrEqual(19_456)
    expect(needsRehash(a)).toBe(false)
    expect(needsRehash('$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaA')).toBe(true)
  })

  it('verifies the right password only, and never throws on a broken hash', async () => {
    const hash = await hashPassword('correct paard batterij niet')
    expect(await verifyPassword('correct paard batterij niet', hash)).toBe(true)
    expect(await verifyPassword('correct paard batterij nie', hash)).toBe(false)
    expect(await verifyPassword('x', 'not a hash')).toBe(false)
    expect(await verifyPassword('x', await dummyHash())).toBe(false)
  })

  it('normalises Unicode so the same password typed differently still matches', async () => {
    const composed = 'café op de hoek van de straat'
    const decomposed = composed.normalize('NFD')
    expect(decomposed).not.toBe(composed)
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true)
  })

  it('asks a long enough password that is not common or personal', () => {
    expect(passwordProblem('kort')).toMatch(/^password: at least 12/)
    expect(passwordProblem('x'.repeat(129))).toMatch(/^password: at most 128/)
    expect(passwordProblem('mijnwachtwoord2026')).toMatch(/too easy/)
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/too easy/)
    expect(passwordProblem('jansen-zegt-hallo-12', ['jansen@comensha.nl', 'jansen'])).toMatch(/too easy/)
    expect(passwordProblem('regen op het dak van de schuur')).toBeUndefined()
  })
})
