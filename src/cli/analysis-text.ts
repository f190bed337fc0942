// SPDX-License-Identifier: EUPL-1.2
// The analysis as readable Dutch text for the terminal. By default the ranked top: the counts per
// severity and the findings to act on first, each with its action; `--all` lists every finding,
// most severe first, under a heading per severity (expected and agreed overlaps included).
import {
  SEVERITIES,
  SEVERITY_LABELS,
  isActionable,
  severityCount,
  type Analysis,
  type AnalysisComparison,
  type Finding,
  type Severity,
} from '../domain/analysis/index.ts'

const PHASE = (f: Finding): string => `fase ${f.aspect.phase}`

const HEADINGS: Readonly<Record<Severity, string>> = {
  gap: 'HIATEN — vereist, maar niemand leidt of voert uit',
  'lead-conflict': 'REGIECONFLICTEN — twee of meer partijen leiden, zonder afspraak',
  'executor-overlap': 'OVERLAPPEN IN UITVOERING — zonder afspraak',
  expected: 'VERWACHTE OVERLAPPEN — gedeelde taak',
  agreed: 'OVERLAPPEN MET AFSPRAAK',
}

function findingLines(f: Finding, prefix = '- ', indent = '    '): string[] {
  const lines = [
    `${prefix}${f.aspect.name} (${PHASE(f)})${f.parties.length === 0 ? '' : `: ${f.parties.map((p) => p.shortName ?? p.name).join(', ')}`}`,
  ]
  for (const s of f.scopes) {
    lines.push(`${indent}voor: ${s.nl}`)
  }
  lines.push(`${indent}actie: ${f.action.message}`)
  const extra = [
    `${f.combinations} ${f.combinations === 1 ? 'combinatie' : 'combinaties'}`,
    ...(f.municipalities === undefined ? [] : [`${f.municipalities} gemeenten`]),
    `status ${f.status}`,
  ]
  lines.push(`${indent}${extra.join(' · ')}`)
  if (f.agreements.length > 0) {
    lines.push(`${indent}afspraken: ${f.agreements.join(', ')}`)
  }
  if (f.requiredAspects.length > 0) {
    lines.push(`${indent}vereist door: ${f.requiredAspects.join(', ')}`)
  }
  lines.push(`${indent}bronnen: ${f.sources.join(', ')}`)
  return lines
}

function section(title: string, findings: readonly Finding[], empty: string): string[] {
  return [
    '',
    `${title} (${findings.length})`,
    ...(findings.length === 0 ? [`  ${empty}`] : findings.flatMap((f) => findingLines(f))),
  ]
}

/** "1 hiaat · 4 regieconflicten · …", and which of them the top view hides. */
function severityLine(a: Analysis, all: boolean): string {
  const counts = a.summary.severities
  const line = `Bevindingen naar ernst: ${SEVERITIES.map((s) => severityCount('nl', s, counts[s])).join(' · ')}`
  return all ? line : `${line}\n(verwachte overlappen en overlappen met afspraak staan niet in de top; --all toont ze)`
}

function header(a: Analysis, all: boolean): string[] {
  const s = a.summary
  return [
    `Overlap- en hiaatanalyse op ${a.asOf}${a.region === undefined ? '' : ` voor ${a.region.name} (${a.region.municipalities} gemeenten)`}`,
    `${s.aspects} aspecten × ${s.combinations} combinaties van leeftijd, alleenstaand, nationaliteit, verblijf en vorm van uitbuiting` +
      (s.regionalAspects.length === 0
        ? ''
        : `; per gemeente (${s.municipalities}) voor: ${s.regionalAspects.join(', ')}`),
    severityLine(a, all),
  ]
}

/** The default: the findings to act on first, numbered in rank order. */
export function analysisTopText(a: Analysis): string {
  const byId = new Map(a.findings.map((f) => [f.id, f]))
  const top = a.top.map((id) => byId.get(id)).filter((f): f is Finding => f !== undefined)
  const actionable = a.findings.filter((f) => isActionable(f.severity)).length
  const lines = [...header(a, false), '', `EERST DOEN (${top.length} van ${actionable}, hoogste ernst en bereik eerst)`]
  if (top.length === 0) {
    lines.push('  geen hiaten of overlappen zonder afspraak')
  }
  top.forEach((f, i) => {
    lines.push(...findingLines(f, `${i + 1}. [${SEVERITY_LABELS.nl[f.severity]}] `, '   '))
  })
  lines.push(
    '',
    'Alle bevindingen, ook verwachte en afgesproken overlappen: wegwijzer analyse --all (of --csv voor een spreadsheet).',
  )
  if (a.comparison !== undefined) {
    lines.push('', comparisonToText(a.comparison))
  }
  return lines.join('\n')
}

/** Every finding, most severe first, under a heading per severity. */
export function analysisToText(a: Analysis): string {
  const lines = [
    ...header(a, true),
    ...SEVERITIES.flatMap((s) =>
      section(
        HEADINGS[s],
        a.findings.filter((f) => f.severity === s),
        'geen',
      ),
    ),
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
