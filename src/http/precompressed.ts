// SPDX-License-Identifier: EUPL-1.2
// Bodies kept with their compressed forms: static assets, cached routes and cached route pages are
// compressed once (per encoding, on first demand) instead of on every response. Anything sent
// with a Content-Encoding already set is left alone by @fastify/compress.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'

export type Encoding = 'br' | 'gzip'

/** A body and its compressed forms, made when first asked for. */
export class Precompressed {
  #br: Buffer | undefined
  #gzip: Buffer | undefined
  constructor(readonly identity: Buffer) {}

  encoded(encoding: Encoding): Buffer {
    if (encoding === 'br') {
      // Quality 5: a body compressed once is sent many times; higher buys little for HTML/JSON.
      this.#br ??= brotliCompressSync(this.identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: this.identity.length },
      })
      return this.#br
    }
    this.#gzip ??= gzipSync(this.identity, { level: 6 })
    return this.#gzip
  }

  /** Bytes held in memory (for caches bounded in bytes). */
  get bytes(): number {
    return this.identity.length + (this.#br?.length ?? 0) + (this.#gzip?.length ?? 0)
  }
}

/** Below this size compression gains nothing worth a header (the compress plugin's threshold). */
const THRESHOLD = 1024

/** The encoding to send: brotli, else gzip, when the request accepts it (q > 0). */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | undefined {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  const accepted = new Map<string, number>()
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name.trim(), q === undefined ? 1 : Number(q.slice(2)))
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : undefined
}

/** Sends a kept body, compressed when the client accepts it. The caller sets status and type. */
export function sendPrecompressed(request: FastifyRequest, reply: FastifyReply, body: Precompressed): FastifyReply {
  void reply.header('vary', 'accept-encoding')
  const encoding = body.identity.length < THRESHOLD ? undefined : acceptedEncoding(request.headers['accept-encoding'])
  if (encoding === undefined) {
    return reply.send(body.identity)
  }
  return reply.header('content-encoding', encoding).send(body.encoded(encoding))
}
