// SPDX-License-Identifier: EUPL-1.2
// Strong ETags and conditional GETs for API responses, and open CORS for reads: the data is public
// open data (Open Referral UK asks for `Access-Control-Allow-Origin: *` on reads).
import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

export function etagFor(payload: string | Buffer): string {
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`
}

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((s) => s.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

export function registerReadHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
      void reply.header('access-control-allow-origin', '*')
      void reply.header('access-control-expose-headers', 'etag, link')
    }
    if (request.method === 'OPTIONS') {
      await reply
        .status(204)
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', 'content-type, if-none-match')
        .header('access-control-max-age', '600')
        .send()
    }
  })
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) {
      return payload
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
      return payload
    }
    // Private resources (draft scans) opt out of shared caching and ETags.
    if (String(reply.getHeader('cache-control') ?? '').includes('no-store')) {
      return payload
    }
    // A handler that caches its serialised body may have set the ETag already (same hash).
    const preset = reply.getHeader('etag')
    const etag = typeof preset === 'string' ? preset : etagFor(payload)
    void reply.header('etag', etag)
    void reply.header('cache-control', 'public, max-age=60')
    const ifNoneMatch = request.headers['if-none-match']
    if (typeof ifNoneMatch === 'string' && matches(ifNoneMatch, etag)) {
      void reply.status(304)
      return ''
    }
    return payload
  })
}
