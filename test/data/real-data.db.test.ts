// SPDX-License-Identifier: EUPL-1.2
// The national dataset in data/ must be valid, import on both engines, import again without
// changes, and come back from the database exactly as loadDataset read it.
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { ENTITY_KEYS } from '../../src/domain/entities.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { formatProblem } from '../../src/data/dataset/problem.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { describeEachEngine } from '../helpers/databases.ts'

const dataDir = join(import.meta.dirname, '../../data')

describeEachEngine('national dataset in the database', (t) => {
  it('is valid, imports, re-imports without changes and reads back identically', async () => {
    const { dataset, problems } = loadDataset(dataDir)
    expect(problems.map(formatProblem)).toEqual([])

    const first = await importDataset(t.db, dataDir)
    expect(first.outcome).toBe('imported')
    const second = await importDataset(t.db, dataDir)
    expect(second.outcome).toBe('unchanged')
    if (second.outcome === 'unchanged') {
      for (const key of ENTITY_KEYS) {
        expect(second.counts[key], key).toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: dataset[key].length })
      }
    }
    const start = performance.now()
    const fromDb = await readDataset(t.db)
    const readMs = Math.round(performance.now() - start)
    expect(fromDb).toStrictEqual(dataset)

    const records = ENTITY_KEYS.reduce((n, k) => n + dataset[k].length, 0)
    const ms = (r: typeof first) => (r.outcome === 'imported' || r.outcome === 'unchanged' ? r.durationMs : -1)
    console.info(
      `[${t.engine}] ${records} records: first import ${ms(first)} ms, second (unchanged) ${ms(second)} ms, readDataset ${readMs} ms`,
    )
  })
})
