// SPDX-License-Identifier: EUPL-1.2
// PostgreSQL LISTEN/NOTIFY for "a new dataset version was published": the import notifies in its
// own transaction (so only a committed import is announced), and every instance serving the same
// database listens on one dedicated connection. dialect.ts opens the pools; this opens that one.
import pg from 'pg'
import { sql } from 'kysely'
import type { Db } from './database.ts'

/** The channel an import announces a new dataset version on; the payload is the import id. */
export const DATASET_CHANNEL = 'wegwijzer_dataset'

/** Announces a published import to every listener, when the surrounding transaction commits. */
export async function notifyDatasetPublished(trx: Db, importId: string): Promise<void> {
  await sql`select pg_notify(${DATASET_CHANNEL}, ${importId})`.execute(trx)
}

export interface Listener {
  close(): Promise<void>
}

export interface ListenOptions {
  /** Called for every notification, and once after each (re)connect: notifications may have been missed. */
  readonly onNotify: () => void
  readonly onError: (error: unknown) => void
  /** Wait before reconnecting after the connection dropped (doubles up to 30 s). */
  readonly retryMs?: number
}

/** Listens on DATASET_CHANNEL over its own connection, reconnecting when the connection drops. */
export function listenForDatasets(connectionString: string, options: ListenOptions): Listener {
  let closed = false
  let client: pg.Client | undefined
  let timer: NodeJS.Timeout | undefined
  let delay = options.retryMs ?? 1000
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString })
    client = c
    c.on('notification', (message) => {
      if (message.channel === DATASET_CHANNEL) {
        options.onNotify()
      }
    })
    c.on('error', (error) => {
      options.onError(error)
      retry(c)
    })
    c.on('end', () => retry(c))
    try {
      await c.connect()
      await c.query(`LISTEN ${DATASET_CHANNEL}`)
      delay = options.retryMs ?? 1000
      options.onNotify()
    } catch (error) {
      if (!closed) {
        options.onError(error)
      }
      retry(c)
    }
  }
  const retry = (c: pg.Client): void => {
    if (closed || client !== c || timer !== undefined) {
      return
    }
    client = undefined
    c.end().catch(() => undefined)
    timer = setTimeout(() => {
      timer = undefined
      void connect()
    }, delay)
    timer.unref()
    delay = Math.min(delay * 2, 30_000)
  }
  void connect()
  return {
    async close() {
      closed = true
      if (timer !== undefined) {
        clearTimeout(timer)
      }
      const c = client
      client = undefined
      await c?.end().catch(() => undefined)
    },
  }
}
