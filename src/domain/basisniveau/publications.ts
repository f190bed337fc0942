// SPDX-License-Identifier: EUPL-1.2
// A published self-scan as the public sees it in a municipality's history (issue 20 item 1): the
// year and date, who stood behind it (the municipality or a national editor — a role, never a
// person's name), its score at publication, and whether it was withdrawn.
import type { ScoreSummary } from './overview.ts'
import type { Verdict } from './score.ts'

export type PublisherRole = 'municipality' | 'national-editor'

export interface PublicationInput {
  readonly municipality: string
  readonly publishedAt: string
  readonly publisher: { readonly role: PublisherRole | null; readonly scope: string } | null
  readonly withdrawal: { readonly at: string; readonly reason: string } | null
  readonly score: ScoreSummary
}

export interface PublicationView {
  readonly publishedAt: string
  /** The calendar year in the Netherlands of the publication. */
  readonly year: number
  /** null: published before publishers were recorded. */
  readonly role: PublisherRole | null
  /** The municipality the publishing role belongs to; null for a national editor or unknown. */
  readonly organisation: string | null
  readonly percent: number
  readonly minimumPercent: number | null
  readonly verdict: Verdict | null
  readonly withdrawnAt: string | null
  readonly withdrawnReason: string | null
}

const YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' })

export function publicationView(p: PublicationInput): PublicationView {
  const role = p.publisher?.role ?? null
  return {
    publishedAt: p.publishedAt,
    year: Number(YEAR.format(new Date(p.publishedAt))),
    role,
    organisation: role === 'municipality' ? (p.publisher?.scope ?? null) : null,
    percent: p.score.overall.percent,
    minimumPercent: p.score.minimum?.percent ?? null,
    verdict: p.score.minimum?.verdict ?? null,
    withdrawnAt: p.withdrawal?.at ?? null,
    withdrawnReason: p.withdrawal?.reason ?? null,
  }
}

/** Every municipality's publications, newest first (input newest first, as the repository gives). */
export function historyByMunicipality(publications: readonly PublicationInput[]): Map<string, PublicationView[]> {
  const out = new Map<string, PublicationView[]>()
  for (const p of publications) {
    out.set(p.municipality, [...(out.get(p.municipality) ?? []), publicationView(p)])
  }
  return out
}
