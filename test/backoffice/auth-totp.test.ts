// SPDX-License-Identifier: EUPL-1.2
// TOTP (RFC 6238) against the RFC's own test vectors (SHA-1), base32 round trips, the ±1 step
// window, refusal of a used step (no replay) and the otpauth:// link for authenticator apps.
import { describe, expect, it } from 'vitest'
import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  newTotpSecret,
  otpauthUrl,
  totpCode,
  totpStep,
} from '../../src/backoffice/totp.ts'

const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii')

describe('auth: TOTP', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('RFC 6238 appendix B at T=%i gives %s', (seconds, code) => {
    expect(hotp(RFC_SECRET, totpStep(seconds * 1000), 8)).toBe(code)
  })

  it('encodes base32 as authenticator apps expect', () => {
    expect(base32Encode(RFC_SECRET)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_SECRET)
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/)
  })

  it('accepts one step either side, and each step only once', () => {
    const secret = newTotpSecret()
    const now = 1_800_000_000_000
    const step = totpStep(now)
    expect(matchTotp(secret, totpCode(secret, now), now, null)).toBe(step)
    expect(matchTotp(secret, totpCode(secret, now - 30_000), now, null)).toBe(step - 1)
    expect(matchTotp(secret, totpCode(secret, now + 30_000), now, null)).toBe(step + 1)
    expect(matchTotp(secret, totpCode(secret, now - 60_000), now, null)).toBeUndefined()
    expect(matchTotp(secret, totpCode(secret, now), now, step)).toBeUndefined()
    expect(matchTotp(secret, 'abcdef', now, null)).toBeUndefined()
    expect(matchTotp(secret, '12345', now, null)).toBeUndefined()
  })

  it('builds the otpauth link with issuer, algorithm, digits and period', () => {
    const url = new URL(otpauthUrl('GEZDGNBVGY3TQOJQ', 'a@example.org'))
    expect(url.protocol).toBe('otpauth:')
    expect(url.searchParams.get('secret')).toBe('GEZDGNBVGY3TQOJQ')
    expect(url.searchParams.get('digits')).toBe('6')
    expect(url.searchParams.get('period')).toBe('30')
  })
})
