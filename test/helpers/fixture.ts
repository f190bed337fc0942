// SPDX-License-Identifier: EUPL-1.2
// The one fixture dataset (test/fixtures/data, in the data/ format) that engine, API, page, CLI and
// storage tests share, and builders for the special cases a single test needs.
import { fileURLToPath } from 'node:url'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import type { Municipality } from '../../src/domain/region.ts'

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/data', import.meta.url))
/** A fixed date so validity in time (Inspectie SZW → Arbeidsinspectie, 2022) is stable. */
export const FIXTURE_TODAY = '2025-06-01'

let fixture: Dataset | undefined
/** The fixture loaded (once per test file); refuses an invalid fixture loudly. */
export function fixtureDataset(): Dataset {
  if (fixture === undefined) {
    const { dataset, problems } = loadDataset(FIXTURE_DIR)
    if (problems.length > 0) {
      throw new Error(
        `fixture dataset is invalid: ${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('; ')}`,
      )
    }
    fixture = dataset
  }
  return fixture
}

/** Bergen (NH.) and Bergen (L.): two municipalities that one common name, "Bergen", fits. */
export function twoBergens(): Municipality[] {
  return ['GM0373', 'GM0893'].map((id) => ({
    id,
    name: id === 'GM0373' ? 'Bergen (NH.)' : 'Bergen (L.)',
    aliases: [{ name: 'Bergen', kind: 'common-name' as const }],
    regions: { province: 'p', policeUnit: 'u', riec: 'r', safetyRegion: 's' },
    status: 'derived' as const,
    sources: ['x'],
  }))
}
