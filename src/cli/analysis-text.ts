// SPDX-License-Identifier: EUPL-1.2
// The analysis as readable Dutch text for the terminal: a summary, then gaps, overlaps without an
// agreement and overlaps an agreement resolves, each with its scope, parties and sources.
import type { Analysis, AnalysisComparison, Finding } from '../domain/analysis/index.ts'

const PHASE = (f: Finding): string => `fase ${f.aspect.phase}`

function findingLines(f: Finding): string[] {
  const lines = [
    `- ${f.aspect.name} (${PHASE(f)})${f.parties.length === 0 ? '' : `: ${f.parties.map((p) => p.shortName ?? p.name).join(', ')}`}`,
  ]
  for (const s of f.scopes) {
    lines.push(`    voor: ${s.nl}`)
  }
  const extra = [
    `${f.combinations} ${f.combinations === 1 ? 'combinatie' : 'combinaties'}`,
    ...(f.municipalities === undefined ? [] : [`${f.municipalities} gemeenten`]),
    `status ${f.status}`,
    ...(f.sharedDuty === true ? ['gedeelde taak: overlap verwacht'] : []),
  ]
  lines.push(`    ${extra.join(' · ')}`)
  if (f.agreements.length > 0) {
    lines.push(`    afspraken: ${f.agreements.join(', ')}`)
  }
  if (f.requiredAspects.length > 0) {
    lines.push(`    vereist door: ${f.requiredAspects.join(', ')}`)
  }
  lines.push(`    bronnen: ${f.sources.join(', ')}`)
  return lines
}

function section(title: string, findings: readonly Finding[], empty: string): string[] {
  return [
    '',
    `${title} (${findings.length})`,
    ...(findings.length === 0 ? [`  ${empty}`] : findings.flatMap(findingLines)),
  ]
}

export function analysisToText(a: Analysis): string {
  const s = a.summary
  const lines = [
    `Overlap- en hiaatanalyse op ${a.asOf}`,
    `${s.aspects} aspecten × ${s.combinations} combinaties van leeftijd, alleenstaand, nationaliteit, verblijf en vorm van uitbuiting` +
      (s.regionalAspects.length === 0
        ? ''
        : `; per gemeente (${s.municipalities}) voor: ${s.regionalAspects.join(', ')}`),
    `Hiaten: ${s.gaps} · overlappen zonder afspraak: ${s.overlaps}` +
      (s.sharedDutyOverlaps === 0 ? '' : ` (waarvan ${s.sharedDutyOverlaps} bij een gedeelde taak)`) +
      ` · overlappen met afspraak: ${s.agreedOverlaps}`,
    ...section('HIATEN — vereist, maar niemand leidt of voert uit', a.gaps, 'geen'),
    ...section('OVERLAPPEN ZONDER AFSPRAAK', a.overlaps, 'geen'),
    ...section('OVERLAPPEN MET AFSPRAAK', a.agreedOverlaps, 'geen'),
  ]
  if (a.comparison !== undefined) {
    lines.push('', comparisonToText(a.comparison))
  }
  return lines.join('\n')
}

export function comparisonToText(c: AnalysisComparison): string {
  return [
    `VERANDERINGEN van ${c.from} naar ${c.to}`,
    ...section('Nieuwe hiaten', c.gaps.added, 'geen'),
    ...section('Verdwenen hiaten', c.gaps.removed, 'geen'),
    ...section('Nieuwe overlappen', c.overlaps.added, 'geen'),
    ...section('Verdwenen overlappen', c.overlaps.removed, 'geen'),
  ].join('\n')
}
