// SPDX-License-Identifier: EUPL-1.2
// The HSDS API as the server runs it (dataset imported, catalogue read back from the database, on
// both engines): it serves the published version, and its export files are the bytes
// `wegwijzer export` writes for the same data and day — the catalogue version the server reads is
// the dataset hash the CLI computes.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { readCatalog } from '../../src/data/catalog/index.ts'
import { datasetHashOf } from '../../src/data/dataset/content-hash.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { hsdsId } from '../../src/domain/hsds/index.ts'
import { servedDate } from '../../src/server/api/hsds/view.ts'
import { useApiApp } from '../helpers/api-app.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

describeEachEngine('the HSDS API over the served catalogue', (t) => {
  const app = useApiApp(t)

  it('reads the version the CLI names: the dataset hash of the import', async () => {
    const catalog = await readCatalog(t.db)
    expect(catalog.version).toBe(datasetHashOf(loadDataset(FIXTURE_DIR).dataset))
  })

  it('serves the published organisations and services', async () => {
    const r = await app().inject(`/api/hsds/v3/organizations/${hsdsId('organization:comensha')}`)
    expect(r.statusCode).toBe(200)
    const services = (r.json() as { services: { id: string }[] }).services.map((s) => s.id)
    expect(services).toContain(hsdsId('service:responsibility:comensha-cosm'))
  })

  it.each(['json', 'csv'] as const)('serves the %s export as the files `wegwijzer export` writes', async (form) => {
    const out = mkdtempSync(join(tmpdir(), `wegwijzer-hsds-${form}-`))
    const io = captureIo({ env: { WEGWIJZER_CACHE_DIR: join(out, 'cache') } })
    const date = servedDate()
    const code = await main(
      ['export', '--format', `hsds-${form}`, '--source', FIXTURE_DIR, '--as-of', date, join(out, 'files')],
      io,
    )
    expect(io.stderr.join('\n')).toMatch(/^exported/)
    expect(code).toBe(0)
    const names = readdirSync(join(out, 'files'))
    expect(names).toContain('datapackage.json')
    for (const name of names) {
      const r = await app().inject(`/api/hsds/v3/export/${form}/${name}`)
      expect(r.statusCode, name).toBe(200)
      expect(r.body, name).toBe(readFileSync(join(out, 'files', name), 'utf8'))
    }
  })
})
