// SPDX-License-Identifier: EUPL-1.2
// The regional overview of published self-scans: per RIEC, police unit or safety region how many
// municipalities published a scan and how they score, per element. Only the latest published scan
// of a municipality counts. Scores are kept when a scan is published (ScoreSummary), so an overview
// costs one row per municipality, never a re-scoring of every scan ever published.
import type { BasisniveauElement } from '../basisniveau.ts'
import type { Municipality, Region } from '../region.ts'
import { orderedElements } from './answers.ts'
import type { ScanScore } from './score.ts'

export const OVERVIEW_GROUPINGS = ['riec', 'police-unit', 'safety-region'] as const
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number]

const REGION_KEY: Record<OverviewGrouping, 'riec' | 'policeUnit' | 'safetyRegion'> = {
  riec: 'riec',
  'police-unit': 'policeUnit',
  'safety-region': 'safetyRegion',
}

/**
 * What the overview and the CSV need of a published scan's score, stored with it at publication.
 * The score is the one of that day's questions; a later change to the questions does not rewrite it.
 */
export interface ScoreSummary {
  readonly overall: {
    readonly score: number
    readonly percent: number
    readonly answered: number
    readonly questions: number
  }
  readonly elements: readonly { readonly code: string; readonly score: number; readonly percent: number }[]
}

export function summariseScore(score: ScanScore): ScoreSummary {
  const { score: s, percent, answered, questions } = score.overall
  return {
    overall: { score: s, percent, answered, questions },
    elements: score.elements.map((e) => ({ code: e.code, score: e.score, percent: e.percent })),
  }
}

export interface PublishedScan {
  readonly municipality: string
  readonly publishedAt: string
  readonly score: ScoreSummary
}

/** The element scores of a summary by element code. */
export function elementScores(summary: ScoreSummary): ReadonlyMap<string, { score: number; percent: number }> {
  return new Map(summary.elements.map((e) => [e.code, e]))
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

const mean = (values: readonly (number | undefined)[]): number | null => {
  const known = values.filter((v): v is number => v !== undefined)
  return known.length === 0 ? null : Math.round(known.reduce((s, v) => s + v, 0) / known.length)
}

export function buildRegionalOverview(
  data: OverviewData,
  scans: readonly PublishedScan[],
  by: OverviewGrouping,
): RegionalOverview {
  const key = REGION_KEY[by]
  const municipalities = new Map(data.municipalities.map((m) => [m.id, m]))
  const elements = orderedElements(data.basisniveau)
  const scored = latestPerMunicipality(scans).map((s) => ({ scan: s, score: s.score, byCode: elementScores(s.score) }))
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
        // An element added after a scan was published has no score in it: that scan is left out.
        elements: elements.map((e) => {
          const scores = inRegion.map((s) => s.byCode.get(e.code)?.score)
          return {
            code: e.code,
            name: e.name,
            averagePercent: mean(scores.map((v) => (v === undefined ? v : v * 100))),
          }
        }),
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
