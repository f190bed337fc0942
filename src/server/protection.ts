// SPDX-License-Identifier: EUPL-1.2
// Answers for requests the server refuses before any route runs, all in the documented error
// shape (docs/errors.md): malformed or too slow HTTP (400, 408, 431), too many writes (429), and
// load shedding (503) when the event loop falls behind, so the server says "busy" in
// milliseconds instead of answering everyone seconds late.
import type { Socket } from 'node:net'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import underPressure from '@fastify/under-pressure'
import { ApiError, ERROR_CODES, type ErrorCode } from './errors.ts'
import type { ServerLimits } from '../http/limits.ts'

/** Seconds a client should wait after a 503 before trying again. */
export const RETRY_AFTER_SECONDS = 5

const CLIENT_ERRORS: Readonly<Record<string, { code: ErrorCode; message: string; detail: string }>> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    code: 'WGW_REQUEST_TIMEOUT',
    message: ERROR_CODES.WGW_REQUEST_TIMEOUT.message,
    detail: 'the headers and body must arrive within the request timeout',
  },
  HPE_HEADER_OVERFLOW: {
    code: 'WGW_HEADERS_TOO_LARGE',
    message: ERROR_CODES.WGW_HEADERS_TOO_LARGE.message,
    detail: 'the headers exceed 16 KiB',
  },
}

/**
 * Node's 'clientError': the request never became a request (bad HTTP, headers too large, too
 * slow). Same shape as every other error, then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return
  }
  const known = CLIENT_ERRORS[error.code ?? '']
  const apiError =
    known === undefined
      ? new ApiError('WGW_VALIDATION', 'The request is not valid HTTP.', [
          { path: 'request', message: 'malformed request line or headers' },
        ])
      : new ApiError(known.code, known.message, [
          { path: known.code === 'WGW_REQUEST_TIMEOUT' ? 'request' : 'headers', message: known.detail },
        ])
  const body = JSON.stringify(apiError.toJSON())
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${apiError.status} ${statusText(apiError.status)}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    )
  }
  socket.destroy()
}

function statusText(status: number): string {
  return { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[status] ?? 'Error'
}

/**
 * HEAD gets the headers of the GET and never a body: Fastify's HEAD routes already drop it, and
 * this drops the error bodies (404, 405, 429, 503, …) that other answers would carry.
 */
export function registerHeadWithoutBody(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) =>
    request.method === 'HEAD' && reply.statusCode >= 300 ? '' : payload,
  )
}

interface Window {
  count: number
  startedAt: number
}

/**
 * The counter store for @fastify/rate-limit. Its own store gives every route a separate counter;
 * this one is shared by all routes (child() is itself), so the API's scan writes and the web
 * forms draw on one budget per client (keys are client address + groupId). At most `size`
 * clients are tracked; the oldest window is dropped first.
 */
export class SharedRateLimitStore {
  readonly #windows = new Map<string, Window>()
  constructor(readonly size = 10_000) {}

  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    const now = Date.now()
    let window = this.#windows.get(key)
    if (window === undefined || window.startedAt + timeWindow <= now) {
      this.#windows.delete(key)
      window = { count: 0, startedAt: now }
      this.#windows.set(key, window)
      if (this.#windows.size > this.size) {
        const oldest = this.#windows.keys().next().value
        if (oldest !== undefined) {
          this.#windows.delete(oldest)
        }
      }
    }
    window.count += 1
    callback(null, { current: window.count, ttl: window.startedAt + timeWindow - now })
  }

  child(): SharedRateLimitStore {
    return this
  }
}

/** @fastify/rate-limit's error: thrown, so each scope's error handler renders it (JSON or HTML). */
export function rateLimitError(_request: FastifyRequest, context: { after: string; ttl: number }): ApiError {
  const seconds = Math.max(1, Math.ceil(context.ttl / 1000))
  return new ApiError('WGW_RATE_LIMITED', `Too many changes from your address; try again in ${context.after}.`, [
    { path: 'retry-after', message: `wait ${seconds} s` },
  ])
}

const isApi = (request: FastifyRequest): boolean => request.url.startsWith('/api/')

const BUSY_PAGE =
  '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Even te druk – Wegwijzer mensenhandel</title></head>' +
  '<body><h1>Even te druk</h1><p>De website krijgt nu meer verzoeken dan ze aankan. Probeer het over een paar seconden opnieuw.</p>' +
  '<p lang="en">The site is too busy right now. Please try again in a few seconds.</p></body></html>\n'

function busy(request: FastifyRequest, reply: FastifyReply): string {
  void reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).header('cache-control', 'no-store')
  if (isApi(request)) {
    void reply.type('application/json; charset=utf-8')
    return JSON.stringify(new ApiError('WGW_OVERLOADED').toJSON())
  }
  void reply.type('text/html; charset=utf-8')
  return BUSY_PAGE
}

/**
 * Load shedding, three ways, each an immediate 503 with Retry-After (/health exempt, so a monitor
 * still sees the instance):
 * - queueing time: a request that has already waited more than `maxQueueDelayMs` in the current
 *   event-loop turn. Node answers one request after another, so under overload the excess waits
 *   in the sockets and each turn works through all of them; the turn's age at a request is a lower
 *   bound of how long it waited (it was ready when the turn began). A 10 ms timer marks the turns.
 * - queue length: more than `maxQueuedRequests` requests taken up in one pass of the event loop
 *   over the ready connections (counted until the loop reaches its check phase). They were all
 *   waiting at once; the later ones wait for every one before them. At twice the saturation rate
 *   the turn's age alone sat just below its limit and shed nothing in one run of two (ADR 0039).
 * - @fastify/under-pressure: the mean event-loop delay of the last sample is above the limit
 *   (a runaway computation).
 */
export async function registerLoadShedding(app: FastifyInstance, limits: ServerLimits): Promise<void> {
  const { maxQueueDelayMs, maxQueuedRequests } = limits
  if (maxQueueDelayMs > 0 || maxQueuedRequests > 0) {
    let turnSeen = performance.now()
    const timer = setInterval(() => {
      turnSeen = performance.now()
    }, 10).unref()
    let queued = 0
    let counting = false
    const passEnded = (): void => {
      queued = 0
      counting = false
    }
    app.addHook('onClose', async () => clearInterval(timer))
    app.addHook('onRequest', (request, reply, done) => {
      if (!counting) {
        counting = true
        setImmediate(passEnded)
      }
      queued++
      const overloaded =
        (maxQueueDelayMs > 0 && performance.now() - turnSeen > maxQueueDelayMs) ||
        (maxQueuedRequests > 0 && queued > maxQueuedRequests)
      if (overloaded && request.routeOptions.url !== '/health') {
        void reply.send(busy(request, reply))
        return
      }
      done()
    })
  }
  // 0 turns shedding off (test apps only: a test blocks its own event loop while it sets up).
  if (limits.maxEventLoopDelayMs === 0) {
    return
  }
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    sampleInterval: Math.max(10, Math.min(1_000, Math.floor(limits.maxEventLoopDelayMs / 2))),
    // under-pressure sends what the handler returns (its README); its types only allow void.
    pressureHandler: busy as unknown as (request: FastifyRequest, reply: FastifyReply) => void,
  })
}
