// SPDX-License-Identifier: EUPL-1.2
// The dataset snapshot of the read-only CLI commands: a hit gives exactly what a full load gives,
// a change in any file misses, and data with problems is never cached.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDatasetCached } from '../../src/data/dataset/dataset-cache.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { sourceDigest } from '../../src/data/dataset/source-digest.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const realData = join(import.meta.dirname, '../../data')
const fixture = FIXTURE_DIR
const dir = mkdtempSync(join(tmpdir(), 'wgw-cache-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('loadDatasetCached', () => {
  it('gives exactly the dataset of a full load of the national data, from the snapshot on the second call', () => {
    const cacheDir = join(dir, 'national')
    const full = loadDataset(realData)
    const first = loadDatasetCached(realData, cacheDir)
    expect(readdirSync(cacheDir)).toEqual([`${sourceDigest(realData)}.json`])
    const second = loadDatasetCached(realData, cacheDir)
    expect(first.problems).toEqual([])
    expect(second.dataset).toEqual(full.dataset)
  })

  it('misses when a file changes, and keeps only the newest snapshot', () => {
    const cacheDir = join(dir, 'changing')
    const dataDir = join(dir, 'changing-data')
    cpSync(fixture, dataDir, { recursive: true })
    loadDatasetCached(dataDir, cacheDir)
    const file = join(dataDir, 'glossary', 'bedenktijd.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('term: Bedenktijd', 'term: Bedenktijd (nieuw)'))
    const after = loadDatasetCached(dataDir, cacheDir)
    expect(after.dataset.glossary.map((g) => g.term)).toContain('Bedenktijd (nieuw)')
    expect(readdirSync(cacheDir)).toEqual([`${sourceDigest(dataDir)}.json`])
  })

  it('never caches data with problems', () => {
    const cacheDir = join(dir, 'broken')
    const dataDir = join(dir, 'broken-data')
    cpSync(fixture, dataDir, { recursive: true })
    writeFileSync(join(dataDir, 'glossary', 'bedenktijd.yaml'), 'id: [unclosed\n')
    expect(loadDatasetCached(dataDir, cacheDir).problems.length).toBeGreaterThan(0)
    expect(loadDatasetCached(dataDir, cacheDir).problems.length).toBeGreaterThan(0)
    expect(() => readdirSync(cacheDir)).toThrow()
  })
})
