// SPDX-License-Identifier: EUPL-1.2
// One read model per process and dataset version: however many API calls, pages and CLI commands
// need the route engine, a served version builds one route index and one analysis index; a CLI
// command (its own process in real use) builds one of its own; a new version builds one more.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { LiveCatalog, publishDataset } from '../../src/data/catalog/index.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { analysisIndexBuilds } from '../../src/domain/analysis/index.ts'
import { routeIndexBuilds } from '../../src/domain/route/index.ts'
import { buildTestApp } from '../helpers/test-app.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const db = openDatabase({ engine: 'sqlite', file: ':memory:' })
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-read-model-'))
let live: LiveCatalog
let app: FastifyInstance

beforeAll(async () => {
  await migrateOrThrow(db)
  await importDataset(db, FIXTURE_DIR)
  live = await LiveCatalog.open(db, { engine: 'sqlite', file: ':memory:' })
  app = await buildTestApp({ db, catalog: live })
})
afterAll(async () => {
  await app.close()
  await live.close()
  await db.destroy()
  rmSync(scratch, { recursive: true, force: true })
})

/** Every API call and page that reads the route or analysis index, or the catalogue's relations. */
const READS = [
  '/api/v1/route?exploitation=sexual',
  '/api/v1/route?exploitation=labour&municipality=GM0344',
  '/api/v1/analysis',
  '/api/v1/analysis.csv',
  '/api/v1/analysis?asOf=2021-06-01&compare=2025-06-01',
  '/api/v1/parties?category=derdelander&form=sexual',
  '/api/v1/parties/comensha',
  '/api/v1/aspects/opvang',
  '/api/v1/phases',
  '/api/v1/rights?category=minderjarig',
  '/api/v1/municipalities/GM0344',
  '/route?exploitation=sexual',
  '/en/route?exploitation=labour&municipality=GM0307',
  '/situatie?exploitation=sexual&stap=2',
  '/analyse',
  '/analyse?datum=2021-06-01',
  '/organisaties/comensha',
  '/organogram?form=sexual&category=derdelander',
  '/fasen',
]

async function readAll(): Promise<void> {
  for (const url of READS) {
    const response = await app.inject(url)
    expect(response.statusCode, url).toBe(200)
  }
  const post = await app.inject({ method: 'POST', url: '/api/v1/route', payload: { exploitation: ['criminal'] } })
  expect(post.statusCode).toBe(200)
}

describe('one read model per process and dataset version', () => {
  it('builds one route index and one analysis index for all API calls and pages of a version', async () => {
    const routes = routeIndexBuilds()
    const analyses = analysisIndexBuilds()
    await readAll()
    await readAll()
    expect(routeIndexBuilds() - routes).toBe(1)
    expect(analysisIndexBuilds() - analyses).toBe(1)
  })

  it('a CLI command builds one catalogue of its own, with one route index', async () => {
    const scenario = join(scratch, 'scenario.json')
    writeFileSync(scenario, JSON.stringify({ exploitation: ['sexual'], municipality: 'GM0344' }))
    for (const args of [
      ['route', '--json', '--scenario', scenario, '--data', FIXTURE_DIR],
      ['analyse', '--json', '--compare', '2021-06-01', '--data', FIXTURE_DIR],
    ]) {
      const routes = routeIndexBuilds()
      const io = captureIo()
      expect(await main(args, io), io.stderr.join('\n')).toBe(0)
      expect(routeIndexBuilds() - routes, args[0]).toBe(1)
    }
  })

  it('a new version builds exactly one more, and the old one is no longer used', async () => {
    const dir = join(scratch, 'v2')
    cpSync(FIXTURE_DIR, dir, { recursive: true })
    const file = join(dir, 'parties', 'comensha.yaml')
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\nnote: Nieuwe versie.\n`)
    const before = live.current()
    expect((await publishDataset(db, dir, live)).outcome).toBe('imported')
    expect(live.current()).not.toBe(before)
    const routes = routeIndexBuilds()
    const analyses = analysisIndexBuilds()
    await readAll()
    expect(routeIndexBuilds() - routes).toBe(1)
    expect(analysisIndexBuilds() - analyses).toBe(1)
  })
})
