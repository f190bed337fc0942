// SPDX-License-Identifier: EUPL-1.2
// Runs test apps with a capturing logger and keeps track of what must never reach a log: the
// keys to self-scans and the facts a client sent about a victim (query strings, form and JSON
// bodies). On close the app fails if any of them is in its log (issue 16, item 5).
import type { FastifyInstance } from 'fastify'
import { loggerOptions } from '../../src/server/logging.ts'

/** Scan ids (24 random bytes in base64url) where URLs carry them. */
const TOKEN = /\/scans?\/([A-Za-z0-9_-]{32})/g

export interface LogWatch {
  /** Logger options for buildApp / Fastify(): level info, lines kept in memory. */
  readonly logger: ReturnType<typeof loggerOptions>
  readonly lines: string[]
  /** Strings that must not appear in the log, with where they came from. */
  readonly secrets: Map<string, string>
}

export function watchLog(): LogWatch {
  const lines: string[] = []
  return { logger: loggerOptions('info', { write: (line) => void lines.push(line) }), lines, secrets: new Map() }
}

/** A value specific enough that finding it alone in a log line means it leaked. */
const specific = (value: string): boolean => value.length >= 6 && /\d/.test(value)

function addPairs(watch: LogWatch, entries: Iterable<[string, string]>, where: string): void {
  for (const [key, value] of entries) {
    if (value === '') {
      continue
    }
    watch.secrets.set(`${key}=${value}`, where)
    watch.secrets.set(`${key}=${encodeURIComponent(value)}`, where)
    watch.secrets.set(`"${key}":${JSON.stringify(value)}`, where)
    if (specific(value)) {
      watch.secrets.set(value, where)
    }
  }
}

function addTokens(watch: LogWatch, text: string, where: string): void {
  for (const match of text.matchAll(TOKEN)) {
    watch.secrets.set(match[1] ?? '', where)
  }
}

function jsonPairs(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') {
    return []
  }
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? [[k, String(v)] as [string, string]]
      : jsonPairs(v, `${prefix}${k}.`),
  )
}

/** Hooks that record every secret a request carries or a response hands out. Add before routes. */
export function recordSecrets(app: FastifyInstance, watch: LogWatch): void {
  app.addHook('onRequest', async (request) => {
    const where = `${request.method} ${request.routeOptions.url ?? '(no route)'}`
    const q = request.url.indexOf('?')
    if (q !== -1) {
      addPairs(watch, new URLSearchParams(request.url.slice(q + 1)), where)
    }
    addTokens(watch, request.url.split('?')[0] ?? '', where)
  })
  app.addHook('preHandler', async (request) => {
    const where = `${request.method} ${request.routeOptions.url ?? '(no route)'}`
    const body = request.body
    if (body instanceof URLSearchParams) {
      addPairs(watch, body, where)
    } else if (body !== undefined) {
      addPairs(watch, jsonPairs(body), where)
    }
  })
  app.addHook('onSend', async (request, reply, payload) => {
    const where = `${request.method} ${request.routeOptions.url ?? '(no route)'} → ${reply.statusCode}`
    const location = reply.getHeader('location')
    if (typeof location === 'string') {
      addTokens(watch, location, where)
    }
    // Scan ids handed out in JSON ("id": "…") become secrets from then on.
    if (typeof payload === 'string' && payload.includes('"link":"/basisniveau/scan/')) {
      for (const m of payload.matchAll(/"link":"\/basisniveau\/scan\/([A-Za-z0-9_-]{32})"/g)) {
        watch.secrets.set(m[1] ?? '', where)
      }
    }
    return payload
  })
}

/** Fields every line has that come from the server, never from a request. */
const OWN_FIELDS = ['time', 'pid', 'hostname', 'reqId', 'ms', 'level']

/**
 * The distinct log lines without the server's own fields (time, pid, …): ten thousand request
 * lines collapse to a few dozen, so checking every secret against them stays fast.
 */
function distinctLines(lines: readonly string[]): Set<string> {
  const distinct = new Set<string>()
  for (const line of lines) {
    try {
      const entry = JSON.parse(line) as Record<string, unknown>
      for (const field of OWN_FIELDS) {
        delete entry[field]
      }
      distinct.add(JSON.stringify(entry))
    } catch {
      distinct.add(line)
    }
  }
  return distinct
}

/** The log lines that contain a secret, with the secret and where it came from. */
export function leaks(watch: LogWatch): string[] {
  const found: string[] = []
  for (const line of distinctLines(watch.lines)) {
    for (const [secret, where] of watch.secrets) {
      if (line.includes(secret)) {
        found.push(`${JSON.stringify(secret)} (from ${where}) in log line ${line.trim().slice(0, 300)}`)
      }
    }
  }
  return found
}
