// SPDX-License-Identifier: EUPL-1.2
// Bodies sent from reused buffers arrive whole, however the responses overlap, and a buffer is
// reused only once its response has finished.
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { BodyBuffers, MAX_REUSED_BYTES, sendChunks } from './reused-bodies.ts'

/** A body of `length` bytes that says which request it answers: byte i is (n + i) mod 251. */
function chunksFor(n: number, length: number): Buffer[] {
  const chunks: Buffer[] = []
  for (let at = 0; at < length; at += 4096) {
    const chunk = Buffer.alloc(Math.min(4096, length - at))
    for (let i = 0; i < chunk.length; i++) {
      chunk[i] = (n + at + i) % 251
    }
    chunks.push(chunk)
  }
  return chunks
}

// More than the kernel takes at once on loopback (send and receive buffers), so the first answer's
// write is still pending while the next ones are sent.
const LENGTH = 12_000_000

let app: FastifyInstance | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

async function serve(buffers: BodyBuffers): Promise<string> {
  app = Fastify()
  app.get<{ Params: { n: string } }>('/:n', (req, reply) => {
    const n = Number(req.params.n)
    return sendChunks(reply.type('application/octet-stream'), chunksFor(n, LENGTH), LENGTH, buffers)
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
}

/** GETs `path`; the body is read only once `read` resolves. */
function get(base: string, path: string, read: Promise<void> = Promise.resolve()): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    request(base + path, (res) => {
      res.pause()
      void read.then(() => {
        const parts: Buffer[] = []
        res.on('data', (c: Buffer) => parts.push(c))
        res.on('end', () => resolve(Buffer.concat(parts)))
        res.resume()
      })
    })
      .on('error', reject)
      .end()
  })
}

describe('sendChunks', () => {
  it('sends every body whole while another is still being read, and gives buffers back when done', async () => {
    const buffers = new BodyBuffers(16_000_000)
    const base = await serve(buffers)
    let release = (): void => {}
    const slowRead = new Promise<void>((resolve) => (release = resolve))
    // The first answer is not read yet: its buffer is still in use while the others are sent.
    const slow = get(base, '/1', slowRead)
    const fast = await Promise.all([2, 3, 4, 5].map((n) => get(base, `/${n}`)))
    release()
    const bodies = [await slow, ...fast]
    bodies.forEach((body, i) => {
      expect(body.equals(Buffer.concat(chunksFor(i + 1, LENGTH))), `body ${i + 1}`).toBe(true)
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(buffers.free).toBeGreaterThan(0)
    // A buffer given back is taken again for the next body of about that size.
    const again = buffers.take(LENGTH)
    expect(again.length).toBeGreaterThanOrEqual(LENGTH)
    expect(buffers.free).toBeLessThan(5)
  })

  it('takes a fresh buffer when none that is free is large enough', () => {
    const buffers = new BodyBuffers()
    const small = buffers.take(10)
    buffers.giveBack(small)
    const large = buffers.take(200_000)
    expect(large).not.toBe(small)
    expect(large.length).toBeGreaterThanOrEqual(200_000)
    expect(buffers.take(10)).toBe(small)
    expect(new BodyBuffers().maxBytes).toBe(MAX_REUSED_BYTES)
  })
})
