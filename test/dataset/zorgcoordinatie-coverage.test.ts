// SPDX-License-Identifier: EUPL-1.2
// Every municipality resolves to a zorgcoördinatie region that is either backed by a source dated
// 2023 or later or marked unverified, and a caller always finds a checked number: the region's own
// party, or its fallback (CoMensha). Checked on the national dataset as it is today.
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { newestSourceDate } from '../../src/domain/currency.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { isValidOn } from '../../src/domain/validity.ts'

const TODAY = '2026-12-06'
let dataset: Dataset
beforeAll(() => {
  const loaded = loadDataset(fileURLToPath(new URL('../../data', import.meta.url)))
  expect(loaded.problems).toEqual([])
  dataset = loaded.dataset
})

describe('zorgcoördinatie for every municipality', () => {
  it('maps all 342 municipalities to a zorgcoördinatie region', () => {
    const regions = new Map(dataset.regions.map((r) => [r.id, r]))
    expect(dataset.municipalities).toHaveLength(342)
    for (const m of dataset.municipalities) {
      const region = regions.get(m.regions.zorgcoordinatie ?? '')
      expect(region?.kind, m.id).toBe('zorgcoordinatie')
    }
  })

  it('backs each region by a source of 2023 or later, or marks it unverified', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]))
    for (const region of dataset.regions.filter((r) => r.kind === 'zorgcoordinatie')) {
      const newest = newestSourceDate(region.sources, sources) ?? ''
      expect(newest >= '2023-01-01' || region.status === 'unverified', region.id).toBe(true)
      // Unconfirmed regions say so and name their fallback.
      if (region.status === 'unverified') {
        expect(region.fallback, region.id).toBe('comensha')
        expect(region.note ?? '', region.id).toMatch(/[Nn]iet bevestigd/)
      }
    }
  })

  it('gives every municipality a checked phone number for zorgcoördinatie, with purpose and date', () => {
    const parties = new Map(dataset.parties.filter((p) => isValidOn(p, TODAY)).map((p) => [p.id, p]))
    const regions = new Map(dataset.regions.map((r) => [r.id, r]))
    for (const m of dataset.municipalities) {
      const region = regions.get(m.regions.zorgcoordinatie ?? '')
      const candidates = [...(region?.parties ?? []), ...(region?.fallback === undefined ? [] : [region.fallback])]
      const phones = candidates.flatMap((id) => parties.get(id)?.contact?.phones ?? [])
      expect(phones.length, m.id).toBeGreaterThan(0)
      for (const p of phones) {
        expect(p.verifiedAt >= '2025-12-06', `${m.id}: ${p.number}`).toBe(true)
        expect(p.purpose).toBeDefined()
      }
    }
  })

  it('gives every national helpline a checked number with purpose, and hours where the source states them', () => {
    const helplines = [
      'comensha',
      'veilig-thuis',
      'politie',
      'slachtofferhulp',
      'meld-misdaad-anoniem',
      'ind',
      'kmar',
      'arbeidsinspectie',
    ]
    for (const id of helplines) {
      const phones = dataset.parties.find((p) => p.id === id)?.contact?.phones ?? []
      expect(phones.length, id).toBeGreaterThan(0)
      expect(
        phones.every((p) => p.source !== '' && p.verifiedAt === TODAY),
        id,
      ).toBe(true)
    }
    const hours = (id: string) => dataset.parties.find((p) => p.id === id)?.contact?.phones?.[0]?.hours
    expect(hours('comensha')).toMatch(/maandag tot en met vrijdag/)
    expect(hours('veilig-thuis')).toMatch(/24 uur/)
    expect(hours('ind')).toMatch(/9\.00-17\.00/)
  })
})
