// SPDX-License-Identifier: EUPL-1.2
// Drafts of self-scans that nobody touched for DRAFT_TTL_DAYS are deleted: at start and every hour
// after. A forgotten draft link then stops being a key to a municipality's half answers, and
// abandoned drafts cannot fill the disk. Published scans are never deleted.
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../data/database.ts'
import { deleteDraftsUntouchedSince } from '../data/repositories/scan.repository.ts'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** Deletes the drafts untouched for `ttlDays` as of `now`; returns how many. */
export async function expireDrafts(db: Kysely<Database>, ttlDays: number, now: Date = new Date()): Promise<number> {
  return deleteDraftsUntouchedSince(db, new Date(now.getTime() - ttlDays * DAY).toISOString())
}

export function registerDraftExpiry(app: FastifyInstance, db: Kysely<Database>, ttlDays: number): void {
  let timer: NodeJS.Timeout | undefined
  const sweep = async (): Promise<void> => {
    try {
      const deleted = await expireDrafts(db, ttlDays)
      if (deleted > 0) {
        app.log.info({ deleted, ttlDays }, 'deleted self-scan drafts untouched for too long')
      }
    } catch (error) {
      app.log.warn({ err: error }, 'could not delete expired self-scan drafts; will try again')
    }
  }
  app.addHook('onReady', async () => {
    await sweep()
    timer = setInterval(() => void sweep(), HOUR)
    timer.unref()
  })
  app.addHook('onClose', async () => clearInterval(timer))
}
