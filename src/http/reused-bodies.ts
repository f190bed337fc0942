// SPDX-License-Identifier: EUPL-1.2
// Large bodies sent once (an uncached route, ~300 kB) copied into buffers that are reused from
// response to response instead of a fresh buffer each. A fresh buffer of that size costs about ten
// times the copy itself (new memory is faulted in page by page and weighs on the garbage
// collector), and on an uncached POST /route that was a tenth of the server's time (ADR 0040).
import type { FastifyReply } from 'fastify'

/** Buffers are sized in steps of this, so a buffer fits the next body of about the same size. */
const STEP = 64 * 1024

/** By default, bodies larger than this get a buffer of their own: a pool of them would hold too much memory. */
export const MAX_REUSED_BYTES = 2 * 1024 * 1024

/** Free buffers kept at most; more are left to the garbage collector. */
const MAX_FREE = 16

/**
 * Free buffers waiting for the next body. A buffer is back here only once its response has
 * finished, i.e. the last byte was handed to the operating system; a response that is cut off
 * never gives its buffer back (the socket may still hold it), and the collector takes it.
 */
export class BodyBuffers {
  readonly #free: Buffer[] = []

  /** `maxBytes`: the largest body copied into a reused buffer. */
  constructor(readonly maxBytes = MAX_REUSED_BYTES) {}

  /** A buffer of at least `length` bytes that no unfinished response holds. */
  take(length: number): Buffer {
    for (let i = this.#free.length - 1; i >= 0; i--) {
      const buffer = this.#free[i] as Buffer
      if (buffer.length >= length) {
        this.#free.splice(i, 1)
        return buffer
      }
    }
    return Buffer.allocUnsafeSlow(Math.ceil(Math.max(length, 1) / STEP) * STEP)
  }

  giveBack(buffer: Buffer): void {
    if (this.#free.length >= MAX_FREE) {
      this.#free.shift()
    }
    this.#free.push(buffer)
  }

  /** Free buffers now (for tests). */
  get free(): number {
    return this.#free.length
  }
}

const shared = new BodyBuffers()

/**
 * Sends `chunks` (together `length` bytes) as the reply's body, copied into a reused buffer. The
 * caller sets status and headers; nothing may keep the payload after the response (no ETag hashing
 * after the fact, no compression: send compressed bodies another way).
 */
export function sendChunks(
  reply: FastifyReply,
  chunks: readonly Buffer[],
  length: number,
  buffers: BodyBuffers = shared,
): FastifyReply {
  if (length > buffers.maxBytes) {
    return reply.send(Buffer.concat(chunks, length))
  }
  const buffer = buffers.take(length)
  let offset = 0
  for (const chunk of chunks) {
    buffer.set(chunk, offset)
    offset += chunk.length
  }
  reply.raw.once('finish', () => buffers.giveBack(buffer))
  return reply.send(buffer.subarray(0, length))
}
