// SPDX-License-Identifier: EUPL-1.2
// Password hashing with argon2id from node:crypto (OpenSSL's implementation, run on the libuv
// thread pool so a login never blocks the event loop; ADR 0019). Stored as a PHC string, so the
// parameters travel with each hash and can be raised later without locking anyone out.
import { argon2, randomBytes, timingSafeEqual } from 'node:crypto'

/** OWASP Password Storage Cheat Sheet, argon2id: 19 MiB memory, 2 iterations, 1 lane. */
export const ARGON2ID = { memoryKiB: 19_456, passes: 2, parallelism: 1, tagLength: 32, saltLength: 16 } as const

/** ASVS 5.0 V6.2: at least 8 characters (we ask 12), at least 64 allowed, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

interface Params {
  readonly memoryKiB: number
  readonly passes: number
  readonly parallelism: number
}

function derive(password: string, salt: Buffer, params: Params, tagLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    argon2(
      'argon2id',
      {
        message: Buffer.from(password.normalize('NFC'), 'utf8'),
        nonce: salt,
        memory: params.memoryKiB,
        passes: params.passes,
        parallelism: params.parallelism,
        tagLength,
      },
      (error, key) => (error === null ? resolve(key) : reject(error)),
    )
  })
}

const b64 = (buffer: Buffer): string => buffer.toString('base64').replace(/=+$/, '')

/** `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (base64 without padding, as the reference tool). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(ARGON2ID.saltLength)
  const key = await derive(password, salt, ARGON2ID, ARGON2ID.tagLength)
  return `$argon2id$v=19$m=${ARGON2ID.memoryKiB},t=${ARGON2ID.passes},p=${ARGON2ID.parallelism}$${b64(salt)}$${b64(key)}`
}

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

/** True when `password` matches the stored hash; false for a malformed hash (never throws on it). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = PHC.exec(stored)
  if (m === null) {
    return false
  }
  const params = { memoryKiB: Number(m[1]), passes: Number(m[2]), parallelism: Number(m[3]) }
  const expected = Buffer.from(m[5] ?? '', 'base64')
  const key = await derive(password, Buffer.from(m[4] ?? '', 'base64'), params, expected.length)
  return timingSafeEqual(key, expected)
}

/** True when the hash was made with weaker parameters than today's (rehash on the next login). */
export function needsRehash(stored: string): boolean {
  const m = PHC.exec(stored)
  return m === null || Number(m[1]) < ARGON2ID.memoryKiB || Number(m[2]) < ARGON2ID.passes
}

let dummy: Promise<string> | undefined
/**
 * A hash of a random password, verified against when the login name is unknown, so that an unknown
 * user costs the same argon2id work as a known one (no user enumeration by timing).
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'))
  return dummy
}

/** Why a new password is not acceptable, or undefined. Messages name the field (`password`). */
export function passwordProblem(password: string, context: readonly string[] = []): string | undefined {
  const length = [...password.normalize('NFC')].length
  if (length < PASSWORD_MIN_LENGTH) {
    return `password: at least ${PASSWORD_MIN_LENGTH} characters (a few words make a strong one)`
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `password: at most ${PASSWORD_MAX_LENGTH} characters`
  }
  const lower = password.toLowerCase()
  if (
    new Set(lower).size < 4 ||
    COMMON.some((w) => lower.includes(w)) ||
    context.some((c) => c.length >= 4 && lower.includes(c.toLowerCase()))
  ) {
    return 'password: too easy to guess (avoid common words, repeats and your own name or e-mail)'
  }
  return undefined
}

/** Fragments of the most breached passwords (ASVS 5.0 V6.2.4 asks to refuse the common ones). */
const COMMON = ['password', 'wachtwoord', 'welkom', 'qwerty', 'azerty', '123456', 'letmein', 'wegwijzer', 'admin']
