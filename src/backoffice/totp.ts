// SPDX-License-Identifier: EUPL-1.2
// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with node:crypto: HMAC-SHA1, 30-second
// steps, 6 digits — what every authenticator app reads from an otpauth:// link. A code is accepted
// for the current step and one step either side (clock drift), and each step only once per account
// (the caller stores the last accepted step: no replay).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const TOTP_STEP_SECONDS = 30
export const TOTP_DIGITS = 6
/** Steps accepted before and after the current one. */
export const TOTP_WINDOW = 1

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** RFC 4648 base32 without padding (the form authenticator apps expect). */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) {
    out += ALPHABET[(value << (5 - bits)) & 31]
  }
  return out
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase()
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const ch of clean) {
    const i = ALPHABET.indexOf(ch)
    if (i === -1) {
      throw new Error(`not base32: ${ch}`)
    }
    value = (value << 5) | i
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

/** A new shared secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20))
}

/** RFC 4226 HOTP value for a counter. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac('sha1', secret).update(message).digest()
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits
  return code.toString().padStart(digits, '0')
}

export const totpStep = (now: number): number => Math.floor(now / 1000 / TOTP_STEP_SECONDS)

/** The code an app shows at `now` (ms). */
export function totpCode(secretBase32: string, now: number = Date.now()): string {
  return hotp(base32Decode(secretBase32), totpStep(now))
}

/**
 * The step a code matches (within the window), or undefined. Steps at or before `lastStep` are
 * refused: a code that was used once does not work again.
 */
export function matchTotp(
  secretBase32: string,
  code: string,
  now: number,
  lastStep: number | null,
): number | undefined {
  const given = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(given)) {
    return undefined
  }
  const secret = base32Decode(secretBase32)
  const current = totpStep(now)
  let matched: number | undefined
  // Every candidate is computed and compared, so the time taken does not tell which step matched.
  for (let step = current - TOTP_WINDOW; step <= current + TOTP_WINDOW; step++) {
    const ok = timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(given))
    if (ok && (lastStep === null || step > lastStep) && matched === undefined) {
      matched = step
    }
  }
  return matched
}

/** The otpauth:// link an authenticator app reads (shown as text and as a QR-free manual key). */
export function otpauthUrl(secretBase32: string, account: string, issuer = 'Wegwijzer mensenhandel'): string {
  const label = encodeURIComponent(`${issuer}:${account}`)
  const params = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  })
  return `otpauth://totp/${label}?${params.toString()}`
}
