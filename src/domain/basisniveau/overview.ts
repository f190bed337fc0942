// SPDX-License-Identifier: EUPL-1.2
// The regional overview of published self-scans: per RIEC, zorgcoördinatie region, police unit or safety region how many
// municipalities published a scan and how they score, per element. Only the latest published scan
// of a municipality counts. Scores are kept when a scan is published (ScoreSummary), so an overview
// costs one row per municipality, never a re-scoring of every scan ever published.
import type { BasisniveauElement } from '../basisniveau.ts'
import type { Municipality, Region } from '../region.ts'
import { orderedElements } from './answers.ts'
import type { ScanScore, Verdict } from './score.ts'

export const OVERVIEW_GROUPINGS = ['riec', 'zorgcoordinatie', 'police-unit', 'safety-region'] as const
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number]

const REGION_KEY: Record<OverviewGrouping, 'riec' | 'zorgcoordinatie' | 'policeUnit' | 'safetyRegion'> = {
  riec: 'riec',
  zorgcoordinatie: 'zorgcoordinatie',
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
  /** Null for an element with nothing scored (all n.v.t. or weet niet). */
  readonly elements: readonly {
    readonly code: string
    readonly score: number | null
    readonly percent: number | null
  }[]
  /** The verdict on the basisniveau proper; absent in scores kept before verdicts existed (issue #20). */
  readonly minimum?: {
    readonly verdict: Verdict
    readonly provisional: boolean
    readonly score: number | null
    readonly percent: number | null
  }
  /** The part beyond the minimum, scored apart; absent in scores kept before issue #20. */
  readonly beyond?: { readonly score: number | null; readonly percent: number | null }
}

export function summariseScore(score: ScanScore): ScoreSummary {
  const { score: s, percent, answered, questions } = score.overall
  const m = score.minimum
  return {
    overall: { score: s, percent, answered, questions },
    elements: score.elements.map((e) => ({ code: e.code, score: e.score, percent: e.percent })),
    minimum: { verdict: m.verdict, provisional: m.provisional, score: m.score, percent: m.percent },
    beyond: { score: score.beyond.score, percent: score.beyond.percent },
  }
}

export interface PublishedScan {
  readonly municipality: string
  readonly publishedAt: string
  readonly score: ScoreSummary
}

/** The element scores of a summary by element code. */
export function elementScores(
  summary: ScoreSummary,
): ReadonlyMap<string, { score: number | null; percent: number | null }> {
  return new Map(summary.elements.map((e) => [e.code, e]))
}

export interface OverviewData {
  readonly basisniveau: readonly BasisniveauElement[]
  readonly regions: readonly Region[]
  readonly municipalities: readonly Municipality[]
}

/** A mean with the number of values it is taken over: an average never goes without its n. */
export interface Average {
  /** Whole percent; null when n is 0. */
  readonly percent: number | null
  readonly n: number
}

export interface RegionOverview {
  readonly region: { readonly id: string; readonly name: string }
  readonly municipalities: number
  readonly published: number
  /** Mean overall percentage of the published scans, with n. */
  readonly average: Average
  /** Mean percentage on the basisniveau proper, over the scans that carry a verdict, with n. */
  readonly minimumAverage: Average
  /** How many published scans have each verdict (scans kept before verdicts existed are not counted). */
  readonly verdicts: Readonly<Record<Verdict, number>>
  readonly elements: readonly { code: string; name: string; average: Average }[]
  readonly scans: readonly {
    municipality: string
    name: string
    percent: number
    minimumPercent: number | null
    verdict: Verdict | null
    publishedAt: string
  }[]
  /** Municipalities of the region without a published scan, by name: the ones a RIEC must chase. */
  readonly withoutScan: readonly { code: string; name: string }[]
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

function average(values: readonly (number | null | undefined)[]): Average {
  const known = values.filter((v): v is number => typeof v === 'number')
  return {
    percent: known.length === 0 ? null : Math.round((known.reduce((s, v) => s + v, 0) / known.length) * 100),
    n: known.length,
  }
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' })

export function buildRegionalOverview(
  data: OverviewData,
  scans: readonly PublishedScan[],
  by: OverviewGrouping,
): RegionalOverview {
  const key = REGION_KEY[by]
  const municipalities = new Map(data.municipalities.map((m) => [m.id, m]))
  const elements = orderedElements(data.basisniveau)
  const scored = latestPerMunicipality(scans).map((s) => ({ scan: s, score: s.score, byCode: elementScores(s.score) }))
  const regions = data.regions.filter((r) => r.kind === by).sort((a, b) => collator.compare(a.name, b.name))
  return {
    by,
    regions: regions.map((region) => {
      const members = data.municipalities.filter((m) => m.regions[key] === region.id)
      const inRegion = scored.filter((s) => municipalities.get(s.scan.municipality)?.regions[key] === region.id)
      const withScan = new Set(inRegion.map((s) => s.scan.municipality))
      const verdicts: Record<Verdict, number> = { voldoet: 0, 'voldoet-deels': 0, 'voldoet-niet': 0 }
      for (const s of inRegion) {
        if (s.score.minimum !== undefined) {
          verdicts[s.score.minimum.verdict] += 1
        }
      }
      return {
        region: { id: region.id, name: region.name },
        municipalities: members.length,
        published: inRegion.length,
        average: average(inRegion.map((s) => s.score.overall.score)),
        minimumAverage: average(inRegion.map((s) => s.score.minimum?.score)),
        verdicts,
        // An element added after a scan was published has no score in it: that scan is left out (n says so).
        elements: elements.map((e) => ({
          code: e.code,
          name: e.name,
          average: average(inRegion.map((s) => s.byCode.get(e.code)?.score)),
          // The English of the name (ADR 0038): an English answer takes it from here.
          ...(e.en === undefined ? {} : { en: e.en }),
        })),
        scans: inRegion.map((s) => ({
          municipality: s.scan.municipality,
          name: municipalities.get(s.scan.municipality)?.name ?? s.scan.municipality,
          percent: s.score.overall.percent,
          minimumPercent: s.score.minimum?.percent ?? null,
          verdict: s.score.minimum?.verdict ?? null,
          publishedAt: s.scan.publishedAt,
        })),
        withoutScan: members
          .filter((m) => !withScan.has(m.id))
          .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
          .map((m) => ({ code: m.id, name: m.name })),
      }
    }),
  }
}
