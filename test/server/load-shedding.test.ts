// SPDX-License-Identifier: EUPL-1.2
// Load shedding on queueing time (MAX_QUEUE_DELAY_MS): a request that has waited longer than the
// limit in the current event-loop turn gets 503 at once; and on queue length (MAX_QUEUED_REQUESTS):
// the requests beyond the limit taken up in one pass of the event loop do too. Milliseconds, no dataset.
import { connect, type AddressInfo, type Socket } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/http/limits.ts'
import { registerLoadShedding } from '../../src/server/protection.ts'

let app: FastifyInstance
const tick = () => new Promise((r) => setTimeout(r, 15))

/** Keeps the event loop busy, as a turn working through many queued requests does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // waiting requests pile up meanwhile
  }
}

beforeAll(async () => {
  app = Fastify()
  await registerLoadShedding(app, { ...DEFAULT_LIMITS, maxEventLoopDelayMs: 0, maxQueueDelayMs: 40 })
  app.get('/api/x', async () => ({ ok: true }))
  app.get('/health', async () => ({ status: 'ok' }))
  await app.ready()
  await tick()
})

afterAll(async () => {
  await app.close()
})

describe('load shedding on queueing time', () => {
  it('answers 503 WGW_OVERLOADED with Retry-After to a request that waited too long, /health exempt', async () => {
    busyFor(60)
    const [shed, health] = await Promise.all([app.inject('/api/x'), app.inject('/health')])
    expect(shed.statusCode).toBe(503)
    expect(shed.headers['retry-after']).toBe('5')
    expect(shed.json<{ error: { code: string } }>().error.code).toBe('WGW_OVERLOADED')
    expect(health.statusCode).toBe(200)
  })

  it('serves again as soon as the event loop has had a turn', async () => {
    await tick()
    expect((await app.inject('/api/x')).statusCode).toBe(200)
  })

  it('answers 503 to the requests beyond the limit that were waiting together, and serves the next pass', async () => {
    const queued = Fastify()
    await registerLoadShedding(queued, {
      ...DEFAULT_LIMITS,
      maxEventLoopDelayMs: 0,
      maxQueueDelayMs: 0,
      maxQueuedRequests: 5,
    })
    queued.get('/api/x', async () => ({ ok: true }))
    queued.get('/health', async () => ({ status: 'ok' }))
    await queued.listen({ port: 0, host: '127.0.0.1' })
    try {
      const { port } = queued.server.address() as AddressInfo
      // Thirteen connections, open before the requests are written all at once while the event
      // loop is busy: the server finds them all ready in one pass.
      const sockets = await Promise.all(
        Array.from(
          { length: 13 },
          () =>
            new Promise<Socket>((resolve, reject) => {
              const socket = connect(port, '127.0.0.1', () => resolve(socket)).on('error', reject)
            }),
        ),
      )
      await new Promise((r) => setTimeout(r, 20))
      const answers = sockets.map(
        (socket) =>
          new Promise<number>((resolve) => {
            let text = ''
            socket.on('data', (d: Buffer) => (text += d.toString('latin1')))
            socket.on('close', () => resolve(Number(text.slice(9, 12))))
          }),
      )
      sockets.forEach((socket, i) =>
        socket.write(`GET ${i === 12 ? '/health' : '/api/x'} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
      )
      busyFor(50)
      const statuses = await Promise.all(answers)
      expect(statuses.slice(0, 12).filter((s) => s === 200)).toHaveLength(5)
      expect(statuses.slice(0, 12).filter((s) => s === 503)).toHaveLength(7)
      expect(statuses[12]).toBe(200)
      expect((await queued.inject('/api/x')).statusCode).toBe(200)
    } finally {
      await queued.close()
    }
  })
})
