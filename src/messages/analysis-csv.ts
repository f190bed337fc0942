// SPDX-License-Identifier: EUPL-1.2
// The analysis as CSV: one row per finding (gap, overlap, agreed overlap), most severe first, with
// its rank, severity and action, the scope in Dutch and English and the records and sources behind
// it. The column names and the words stay Dutch (a spreadsheet's columns are an interface); the
// English scope has its own column. Quoting and formula protection are the same as for the other
// CSV exports.
import { toCsv, type CsvValue } from '../domain/basisniveau/csv.ts'
import type { Analysis, Finding } from '../domain/analysis/index.ts'
import { render } from './catalogue.ts'
import { actionText, severityLabel } from './localise-analysis.ts'

export const ANALYSIS_CSV_HEADER = [
  'rang',
  'ernst',
  'soort',
  'aspect',
  'aspect_naam',
  'fase',
  'partijen',
  'partij_namen',
  'reikwijdte',
  'scope_en',
  'combinaties',
  'gemeenten',
  'vereiste_aspecten',
  'afspraken',
  'verantwoordelijkheden',
  'bronnen',
  'status',
  'actie',
] as const

const KIND_NL: Readonly<Record<Finding['kind'], string>> = {
  gap: 'hiaat',
  overlap: 'overlap',
  'agreed-overlap': 'overlap met afspraak',
}

function row(f: Finding, rank: number): CsvValue[] {
  return [
    rank,
    severityLabel('nl', f.severity),
    KIND_NL[f.kind],
    f.aspect.id,
    f.aspect.name,
    f.aspect.phase,
    f.parties.map((p) => p.id).join(' '),
    f.parties.map((p) => p.shortName ?? p.name).join('; '),
    f.scopes.map((s) => render('nl', s)).join('; '),
    f.scopes.map((s) => render('en', s)).join('; '),
    f.combinations,
    f.municipalities ?? null,
    f.requiredAspects.join(' '),
    f.agreements.join(' '),
    f.responsibilities.join(' '),
    f.sources.join(' '),
    f.status,
    actionText(f, 'nl'),
  ]
}

export function analysisToCsv(analysis: Analysis): string {
  return toCsv([[...ANALYSIS_CSV_HEADER], ...analysis.findings.map((f, i) => row(f, i + 1))])
}
