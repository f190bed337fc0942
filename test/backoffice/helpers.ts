// SPDX-License-Identifier: EUPL-1.2
// Shared set-up for the back-office tests: an app over an in-memory SQLite database holding the
// fixture dataset, accounts made ready without going through the web (fast), and request helpers.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Kysely } from 'kysely'
import type { Grant } from '../../src/backoffice/roles.ts'
import type { Database } from '../../src/data/database.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { LiveCatalog } from '../../src/data/catalog/index.ts'
import { loggedInAccount } from '../helpers/accounts.ts'
import { buildTestApp } from '../helpers/test-app.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

export const FIXTURE = FIXTURE_DIR

export interface BackofficeApp {
  readonly app: FastifyInstance
  readonly db: Kysely<Database>
  readonly live: LiveCatalog
  close(): Promise<void>
}

/** `file`: a SQLite file (default in memory), e.g. to run `wegwijzer audit verify` on it afterwards. */
export async function backofficeApp(
  options: { dataDir?: string; file?: string; loginsPerMinute?: number } = {},
): Promise<BackofficeApp> {
  const config = { engine: 'sqlite' as const, file: options.file ?? ':memory:' }
  const db = openDatabase(config)
  await migrateOrThrow(db)
  await importDataset(db, options.dataDir ?? FIXTURE)
  const live = await LiveCatalog.open(db, config)
  // Tests log in far more often than a person; the rate limit has its own test.
  const app = await buildTestApp({
    db,
    catalog: live,
    backoffice: { loginsPerMinute: options.loginsPerMinute ?? 10_000 },
  })
  await app.ready()
  return {
    app,
    db,
    live,
    close: async () => {
      await app.close()
      await db.destroy()
    },
  }
}

let counter = 0
/** An active account with these grants and a live session; returns its cookie header and CSRF token. */
export async function loggedIn(
  db: Kysely<Database>,
  grants: readonly Grant[],
): Promise<{ id: string; cookie: string; csrf: string }> {
  counter += 1
  return loggedInAccount(db, { email: `person${counter}@example.org`, displayName: `Persoon ${counter}`, grants })
}

/** A form post as a browser on this site sends it. */
export function postForm(
  app: FastifyInstance,
  url: string,
  fields: Record<string, string>,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      ...(cookie === undefined ? {} : { cookie }),
      ...extraHeaders,
    },
  })
}
