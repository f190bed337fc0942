// SPDX-License-Identifier: EUPL-1.2
// Every municipality resolves to a zorgcoördinatie region that is either backed by a source dated
// 2023 or later or marked unverified, and a caller always finds a checked number: the region's own
// party, or its fallback (CoMensha). Checked on the national dataset as it is today.
import { readFileSync } from 'node:fs'
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

  it('takes every number given for zorgcoördinatie from the organisation itself, never from a list', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]))
    const parties = new Map(dataset.parties.map((p) => [p.id, p]))
    const lists = new Set(['wegwijzer-zorgcoordinatoren', 'wegwijzer-zorgcoordinatoren-2015'])
    const checked: string[] = []
    for (const region of dataset.regions.filter((r) => r.kind === 'zorgcoordinatie')) {
      for (const id of [...(region.parties ?? []), ...(region.fallback === undefined ? [] : [region.fallback])]) {
        const party = parties.get(id)
        for (const phone of party?.contact?.phones ?? []) {
          const source = sources.get(phone.source)
          expect(lists.has(phone.source), `${region.id}: ${phone.number}`).toBe(false)
          // The publisher of the page is the organisation that answers the phone.
          expect(source?.publisher, `${region.id}: ${phone.number}`).toBe(party?.shortName ?? party?.name)
          checked.push(`${id} ${phone.number}`)
        }
      }
    }
    // The second research pass (docs/data-audit.md §2) found these on the organisations' own sites.
    expect(checked).toContain('ggd-drenthe 0592 306 300')
    expect(checked).toContain('blijf-groep 088 234 24 50')
  })

  it('keeps a region unverified, with the CoMensha fallback, while its newest confirming source predates 2023', () => {
    // A regional party with a checked number is not enough: who coordinates care must be stated
    // by a source of 2023 or later. Drenthe's newest is GGD Drenthe's own page of July 2021.
    const drenthe = dataset.regions.find((r) => r.id === 'zorgcoordinatie-drenthe')
    expect(drenthe?.parties).toEqual(['ggd-drenthe'])
    expect(drenthe?.status).toBe('unverified')
    expect(drenthe?.fallback).toBe('comensha')
    const flevoland = dataset.regions.find((r) => r.id === 'zorgcoordinatie-flevoland')
    expect(flevoland?.parties).toEqual(['blijf-groep'])
    expect(flevoland?.status).toBe('unverified')
  })

  it('lists every zorgcoördinatie region in docs/data-audit.md with its status and parties', () => {
    const audit = readFileSync(fileURLToPath(new URL('../../docs/data-audit.md', import.meta.url)), 'utf8')
    for (const region of dataset.regions.filter((r) => r.kind === 'zorgcoordinatie')) {
      const row = audit.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${region.id}\``))
      expect(row, region.id).toBeDefined()
      const cells = (row ?? '').split('|').map((c) => c.trim())
      expect(cells[2], region.id).toBe(region.status)
      for (const party of region.parties ?? []) {
        expect(cells[3], `${region.id} lists ${party}`).toContain(`\`${party}\``)
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
