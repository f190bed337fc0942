// SPDX-License-Identifier: EUPL-1.2
// How much the server lets one client or the whole load take before it says no. Defaults suit one
// instance on a small machine; each can be changed through the environment (config.ts) and is
// explained, with the threat it answers, in docs/security.md.

export interface ServerLimits {
  /** Whole request (headers and body) must arrive within this time, or 408 (slow-body attacks). */
  readonly requestTimeoutMs: number
  /** Request headers must arrive within this time. */
  readonly headersTimeoutMs: number
  /** An idle keep-alive connection is closed after this time. */
  readonly keepAliveTimeoutMs: number
  /** Open connections at once; further connections are closed at once. */
  readonly maxConnections: number
  /** Writes (self-scan create, save, publish) per client per minute; more get 429. */
  readonly writesPerMinute: number
  /** Event-loop delay above which requests are answered 503 until it recovers (0: off, tests only). */
  readonly maxEventLoopDelayMs: number
  /** A request that waited longer than this for its turn gets 503 at once (0: off, tests only). */
  readonly maxQueueDelayMs: number
  /**
   * Requests taken up in one pass of the event loop over the ready connections; those beyond it
   * get 503 at once (0: off). So many were waiting together, and the last waits for all of them.
   */
  readonly maxQueuedRequests: number
  /** Drafts of self-scans untouched this long are deleted. */
  readonly draftTtlDays: number
}

export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  writesPerMinute: 30,
  maxEventLoopDelayMs: 1_000,
  maxQueueDelayMs: 250,
  maxQueuedRequests: 100,
  draftTtlDays: 90,
}

/** The environment variable of each limit, for config.ts and the docs. */
export const LIMIT_VARIABLES: Readonly<Record<keyof ServerLimits, string>> = {
  requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
  headersTimeoutMs: 'HEADERS_TIMEOUT_MS',
  keepAliveTimeoutMs: 'KEEP_ALIVE_TIMEOUT_MS',
  maxConnections: 'MAX_CONNECTIONS',
  writesPerMinute: 'WRITES_PER_MINUTE',
  maxEventLoopDelayMs: 'MAX_EVENT_LOOP_DELAY_MS',
  maxQueueDelayMs: 'MAX_QUEUE_DELAY_MS',
  maxQueuedRequests: 'MAX_QUEUED_REQUESTS',
  draftTtlDays: 'DRAFT_TTL_DAYS',
}
