// SPDX-License-Identifier: EUPL-1.2
// The app as the API tests need it: the fixture dataset imported into the engine under test, read
// back from the database (as main.ts does) and served by buildApp, ready for inject().
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readCatalog } from '../../src/data/catalog/index.ts'
import type { EngineUnderTest } from './databases.ts'
import { buildTestApp } from './test-app.ts'
import { FIXTURE_DIR } from './fixture.ts'

/** Call inside describeEachEngine: returns a getter for the app, valid inside tests. */
export function useApiApp(t: EngineUnderTest, fixture: string = FIXTURE_DIR): () => FastifyInstance {
  let app: FastifyInstance | undefined
  beforeAll(async () => {
    const report = await importDataset(t.db, fixture)
    if (report.outcome === 'refused') {
      throw new Error(`fixture ${fixture} refused: ${JSON.stringify(report.problems.slice(0, 3))}`)
    }
    app = await buildTestApp({ db: t.db, catalog: await readCatalog(t.db) })
  })
  afterAll(async () => {
    await app?.close()
  })
  return () => {
    if (app === undefined) {
      throw new Error('the API app is not built yet (use it inside tests)')
    }
    return app
  }
}

export interface ErrorJson {
  error: { code: string; message: string; details: { path: string; message: string }[] }
}

/** The paths named in an error response's details. */
export function errorPaths(body: ErrorJson): string[] {
  return body.error.details.map((d) => d.path)
}
