// SPDX-License-Identifier: EUPL-1.2
// buildApp as the test suite uses it: with a capturing logger, and on close two checks over every
// request the test made — no victim fact or scan key in the log (issue 16, item 5) and every API
// response as the OpenAPI document says (item 10). A failed check makes app.close() reject.
import type { FastifyInstance } from 'fastify'
import { buildApp, type AppOptions } from '../../src/server/app.ts'
import { DEFAULT_LIMITS, type ServerLimits } from '../../src/http/limits.ts'
import { checkApiContract } from './api-contract.ts'
import { leaks, recordSecrets, watchLog } from './log-capture.ts'

/**
 * The production limits, except three that would make tests flaky or slow: a test process blocks
 * its own event loop (imports, big fixtures) far longer than a server does (both load-shedding
 * checks would answer 503), and suites write more scans per minute than a person. Their own tests
 * set them explicitly.
 */
export const TEST_LIMITS: ServerLimits = {
  ...DEFAULT_LIMITS,
  maxEventLoopDelayMs: 0,
  maxQueueDelayMs: 0,
  maxQueuedRequests: 0,
  writesPerMinute: 100_000,
}

export async function buildTestApp(options: Omit<AppOptions, 'logger' | 'instrument'>): Promise<FastifyInstance> {
  const watch = watchLog()
  let violations: () => readonly string[] = () => []
  const app = await buildApp({
    limits: TEST_LIMITS,
    ...options,
    logger: watch.logger,
    instrument: (instance) => {
      recordSecrets(instance, watch)
      violations = checkApiContract(instance)
    },
  })
  app.addHook('onClose', async () => {
    const leaked = leaks(watch)
    if (leaked.length > 0) {
      throw new Error(`the log holds victim facts or scan keys:\n${leaked.slice(0, 10).join('\n')}`)
    }
    const broken = violations()
    if (broken.length > 0) {
      throw new Error(
        `${broken.length} API response(s) differ from schemas/openapi.json:\n${[...new Set(broken)].slice(0, 15).join('\n')}`,
      )
    }
  })
  return app
}
