// SPDX-License-Identifier: EUPL-1.2
// The SVG and PNG downloads, made once per dataset version, date, language and query, and kept in
// a small LRU cache with a content ETag each (so a client that has the file gets a 304). A PNG is
// rendered once however many clients ask at the same time, and at most MAX_RENDERS render at once;
// when too many wait, the caller answers 503 instead of piling up work.
import { createHash } from 'node:crypto'
import type { SvgToPng } from './png.ts'
import type { FastifyReply, FastifyRequest } from 'fastify'

export interface DownloadEntry {
  readonly svg: string
  readonly svgEtag: string
  readonly pngEtag: string
  png?: Promise<Buffer>
}

export class RendererBusy extends Error {
  override readonly name = 'RendererBusy'
}

export interface DownloadCacheOptions {
  /** Entries kept (each holds an SVG of ~100 KB and, once asked for, its PNG). */
  readonly maxEntries?: number
  readonly maxRenders?: number
  /** PNG renders allowed to wait for a free slot before new ones are refused. */
  readonly maxWaiting?: number
  /** Start of the ETags, so two diagrams never share one (og: organogram, bm: barrier model). */
  readonly etagPrefix?: string
}

export class DownloadCache {
  /** Counters for tests and the bench: how often the expensive steps really ran. */
  readonly stats = { svgBuilds: 0, pngRenders: 0 }
  private readonly entries = new Map<string, DownloadEntry>()
  private readonly versions = new WeakMap<object, number>()
  private nextVersion = 1
  private running = 0
  private readonly waiting: (() => void)[] = []
  private readonly maxEntries: number
  private readonly maxRenders: number
  private readonly maxWaiting: number
  private readonly etagPrefix: string

  constructor(
    private readonly toPng: SvgToPng | undefined,
    options: DownloadCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 64
    this.maxRenders = options.maxRenders ?? 1
    this.maxWaiting = options.maxWaiting ?? 16
    this.etagPrefix = options.etagPrefix ?? 'og'
  }

  /** PNG renders waiting for a slot. */
  get queued(): number {
    return this.waiting.length
  }

  get pngAvailable(): boolean {
    return this.toPng !== undefined
  }

  /** The cache key: the dataset version object (a re-import is a new one) plus the other parts. */
  key(version: object, parts: readonly string[]): string {
    let v = this.versions.get(version)
    if (v === undefined) {
      v = this.nextVersion++
      this.versions.set(version, v)
    }
    return `${v}|${parts.join('|')}`
  }

  /** The entry for a key, building the SVG (and its ETags) on first use. */
  entry(key: string, buildSvg: () => string): DownloadEntry {
    const hit = this.entries.get(key)
    if (hit !== undefined) {
      // Most recently used last, so the oldest is first to go.
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit
    }
    const svg = buildSvg()
    this.stats.svgBuilds++
    const hash = createHash('sha256').update(svg).digest('base64url').slice(0, 22)
    const p = this.etagPrefix
    const entry: DownloadEntry = { svg, svgEtag: `"${p}-svg-${hash}"`, pngEtag: `"${p}-png-${hash}"` }
    this.entries.set(key, entry)
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) {
        break
      }
      this.entries.delete(oldest)
    }
    return entry
  }

  /** The entry's PNG: rendered once, shared by every concurrent request. */
  png(entry: DownloadEntry): Promise<Buffer> {
    const toPng = this.toPng
    if (toPng === undefined) {
      return Promise.reject(new Error('no PNG renderer installed'))
    }
    if (entry.png === undefined) {
      if (this.running >= this.maxRenders && this.waiting.length >= this.maxWaiting) {
        return Promise.reject(new RendererBusy('too many PNG renders waiting'))
      }
      const rendering = this.slot(async () => {
        this.stats.pngRenders++
        return toPng(entry.svg)
      })
      // A failed render is not cached: the next request tries again.
      rendering.catch(() => {
        if (entry.png === rendering) {
          delete entry.png
        }
      })
      entry.png = rendering
    }
    return entry.png
  }

  /** Runs `run` when a render slot is free; a finished render hands its slot to the next in line. */
  private async slot<T>(run: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxRenders) {
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    } else {
      this.running++
    }
    try {
      return await run()
    } finally {
      const next = this.waiting.shift()
      if (next === undefined) {
        this.running--
      } else {
        next()
      }
    }
  }
}

/** Whether an If-None-Match header names this ETag (a list, weak validators and * included). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) {
    return false
  }
  return header.split(',').some((part) => {
    const tag = part.trim().replace(/^W\//, '')
    return tag === '*' || tag === etag
  })
}

export interface DownloadReply {
  readonly kind: 'svg' | 'png'
  /** `public` for data anyone may cache, `private` when the query can describe a person's situation. */
  readonly cacheControl: string
  readonly filename: string
  /** Said with a 503 when every renderer is busy. */
  readonly busyText: string
}

/**
 * Answers a diagram download from the cache: ETag and 304, the SVG as is, the PNG rendered once,
 * 503 with Retry-After when the renderers are busy. Shared by the organogram and the barrier model.
 */
export async function sendDownload(
  cache: DownloadCache,
  entry: DownloadEntry,
  request: FastifyRequest,
  reply: FastifyReply,
  how: DownloadReply,
): Promise<FastifyReply> {
  const etag = how.kind === 'svg' ? entry.svgEtag : entry.pngEtag
  reply
    .header('etag', etag)
    .header('cache-control', how.cacheControl)
    .header('content-disposition', `attachment; filename="${how.filename}.${how.kind}"`)
  if (etagMatches(request.headers['if-none-match'], etag)) {
    return reply.code(304).send()
  }
  if (how.kind === 'svg') {
    return reply.header('content-type', 'image/svg+xml; charset=utf-8').send(entry.svg)
  }
  try {
    return reply.header('content-type', 'image/png').send(await cache.png(entry))
  } catch (e) {
    if (e instanceof RendererBusy) {
      return reply
        .code(503)
        .header('retry-after', '5')
        .removeHeader('etag')
        .removeHeader('content-disposition')
        .header('content-type', 'text/plain; charset=utf-8')
        .send(how.busyText)
    }
    throw e
  }
}
