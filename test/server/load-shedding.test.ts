// SPDX-License-Identifier: EUPL-1.2
// Load shedding on queueing time (MAX_QUEUE_DELAY_MS): a request that has waited longer than the
// limit in the current event-loop turn gets 503 at once. Milliseconds, no dataset.
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
})
