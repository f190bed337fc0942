// SPDX-License-Identifier: EUPL-1.2
// Two app instances on one PostgreSQL database, each with its own pool and its own catalogue:
// a re-import published through one makes the other serve the new version (LISTEN/NOTIFY), in
// the API and in the pages, without a restart. On SQLite one process serves (test/server/app.test.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { LiveCatalog, publishDataset } from '../../src/data/catalog/index.ts'
import type { Database } from '../../src/data/database.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { buildTestApp } from '../helpers/test-app.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const OLD = 'Landelijk coördinatiecentrum dat meldingen registreert en opvang zoekt.'
const NEW = 'Landelijk coördinatiecentrum, opnieuw gepubliceerd.'

interface Instance {
  readonly db: Kysely<Database>
  readonly live: LiveCatalog
  readonly app: FastifyInstance
}

async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) {
      throw new Error(`not within ${ms} ms`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}

describeEachEngine('two instances, one database', (t) => {
  if (t.engine !== 'postgresql') {
    it('(PostgreSQL only: on SQLite a single process serves)', () => undefined)
    return
  }
  const instances: Instance[] = []
  const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-publish-'))

  beforeAll(async () => {
    await importDataset(t.db, fixture)
    for (let i = 0; i < 2; i++) {
      const config = { engine: 'postgresql' as const, connectionString: t.url }
      const db = openDatabase(config)
      const live = await LiveCatalog.open(db, config)
      instances.push({ db, live, app: await buildTestApp({ db, catalog: live }) })
    }
  })
  afterAll(async () => {
    for (const { app, live, db } of instances) {
      await app.close()
      await live.close()
      await db.destroy()
    }
    rmSync(scratch, { recursive: true, force: true })
  })

  const description = async (app: FastifyInstance): Promise<string> =>
    (await app.inject('/api/v1/parties/comensha')).json<{ description: string }>().description

  it('serves a version published through the other instance, in the API and the pages', async () => {
    const [a, b] = instances
    if (a === undefined || b === undefined) {
      throw new Error('instances not started')
    }
    expect(await description(b.app)).toBe(OLD)
    const versionBefore = b.live.current().version

    const dir = join(scratch, 'v2')
    cpSync(fixture, dir, { recursive: true })
    const file = join(dir, 'parties', 'comensha.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(OLD, NEW))
    const report = await publishDataset(a.db, dir, a.live)
    expect(report.outcome).toBe('imported')
    // The publishing instance serves the new version when publishDataset returns.
    expect(await description(a.app)).toBe(NEW)

    // The other one follows on the notification, whole: API, pages and version together.
    await waitFor(async () => (await description(b.app)) === NEW)
    expect(b.live.current().version).toBe(a.live.current().version)
    expect(b.live.current().version).not.toBe(versionBefore)
    const page = await b.app.inject('/organisaties/comensha')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('opnieuw gepubliceerd')
  })

  it('also follows an import made outside the app (the CLI), and keeps serving on a refused one', async () => {
    const [a, b] = instances
    if (a === undefined || b === undefined) {
      throw new Error('instances not started')
    }
    await importDataset(t.db, fixture)
    await waitFor(async () => (await description(a.app)) === OLD && (await description(b.app)) === OLD)

    const broken = join(scratch, 'broken')
    cpSync(fixture, broken, { recursive: true })
    writeFileSync(join(broken, 'parties', 'zz-broken.yaml'), 'id: zz-broken\nname: X\nkind: nonsense\n')
    const served = b.live.current()
    expect((await publishDataset(a.db, broken, a.live)).outcome).toBe('refused')
    expect(await b.live.refresh()).toBe(false)
    expect(b.live.current()).toBe(served)
  })
})
