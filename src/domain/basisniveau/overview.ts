// SPDX-License-Identifier: EUPL-1.2
// The regional overview of published self-scans: per RIEC, police unit or safety region how many
// municipalities published a scan and how they score, per element. Only the latest published scan
// of a municipality counts.
import type { BasisniveauElement } from '../basisniveau.ts'
import type { Municipality, Region } from '../region.ts'
import { orderedElements, type ScanAnswers } from './answers.ts'
import { scoreScan } from './score.ts'

export const OVERVIEW_GROUPINGS = ['riec', 'police-unit', 'safety-region'] as const
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number]

const REGION_KEY: Record<OverviewGrouping, 'riec' | 'policeUnit' | 'safetyRegion'> = {
  riec: 'riec',
  'police-unit': 'policeUnit',
  'safety-region': 'safetyRegion',
}

export interface PublishedScan {
  readonly municipality: string
  readonly publishedAt: string
  readonly answers: ScanAnswers
}

export interface OverviewData {
  readonly basisniveau: readonly BasisniveauElement[]
  readonly regions: readonly Region[]
  readonly municipalities: readonly Municipality[]
}

export interface RegionOverview {
  readonly region: { readonly id: string; readonly name: string }
  readonly municipalities: number
  readonly published: number
  /** Mean overall percentage of the published scans; null when none are published. */
  readonly averagePercent: number | null
  readonly elements: readonly { code: string; name: string; averagePercent: number | null }[]
  readonly scans: readonly { municipality: string; name: string; percent: number; publishedAt: string }[]
}

export interface RegionalOverview {
  readonly by: OverviewGrouping
  readonly regions: readonly RegionOverview[]
}

/** The latest published scan per municipality. */
export function latestPerMunicipality<S extends PublishedScan>(scans: readonly S[]): S[] {
  const latest = new Map<string, S>()
  for (const s of scans) {
    const seen = latest.get(s.municipality)
    if (seen === undefined || s.publishedAt > seen.publishedAt) {
      latest.set(s.municipality, s)
    }
  }
  return [...latest.values()].sort((a, b) => a.municipality.localeCompare(b.municipality))
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : Math.round(values.reduce((s, v) => s + v, 0) / values.length)

export function buildRegionalOverview(
  data: OverviewData,
  scans: readonly PublishedScan[],
  by: OverviewGrouping,
): RegionalOverview {
  const key = REGION_KEY[by]
  const municipalities = new Map(data.municipalities.map((m) => [m.id, m]))
  const elements = orderedElements(data.basisniveau)
  const scored = latestPerMunicipality(scans).map((s) => ({ scan: s, score: scoreScan(elements, s.answers) }))
  const regions = data.regions.filter((r) => r.kind === by).sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  return {
    by,
    regions: regions.map((region) => {
      const members = data.municipalities.filter((m) => m.regions[key] === region.id)
      const inRegion = scored.filter((s) => municipalities.get(s.scan.municipality)?.regions[key] === region.id)
      return {
        region: { id: region.id, name: region.name },
        municipalities: members.length,
        published: inRegion.length,
        averagePercent: mean(inRegion.map((s) => s.score.overall.score * 100)),
        elements: elements.map((e, i) => ({
          code: e.code,
          name: e.name,
          averagePercent: mean(inRegion.map((s) => (s.score.elements[i]?.score ?? 0) * 100)),
        })),
        scans: inRegion.map((s) => ({
          municipality: s.scan.municipality,
          name: municipalities.get(s.scan.municipality)?.name ?? s.scan.municipality,
          percent: s.score.overall.percent,
          publishedAt: s.scan.publishedAt,
        })),
      }
    }),
  }
}
