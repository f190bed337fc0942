// SPDX-License-Identifier: EUPL-1.2
// The analysis as readable text for the terminal, in the language of --lang. By default the ranked
// top: the counts per severity and the findings to act on first, each with its action; `--all`
// lists every finding, most severe first, under a heading per severity (expected and agreed
// overlaps included). Every word comes from the message catalogue (cli.analysis).
import {
  SEVERITIES,
  isActionable,
  type Analysis,
  type AnalysisComparison,
  type Finding,
} from '../domain/analysis/index.ts'
import { formatFor, messages, render, type Locale } from '../messages/catalogue.ts'
import { actionText, severityCount, severityLabel } from '../messages/localise-analysis.ts'

type Texts = ReturnType<typeof messages>['cli']['analysis']

function findingLines(locale: Locale, f: Finding, prefix = '- ', indent = '    '): string[] {
  const t = messages(locale).cli.analysis
  const count = formatFor(locale).count
  const lines = [
    `${prefix}${f.aspect.name} (${t.phase(f.aspect.phase)})${f.parties.length === 0 ? '' : `: ${f.parties.map((p) => p.shortName ?? p.name).join(', ')}`}`,
  ]
  for (const s of f.scopes) {
    lines.push(`${indent}${t.for}: ${render(locale, s)}`)
  }
  lines.push(`${indent}${t.action}: ${actionText(f, locale)}`)
  const extra = [
    count(f.combinations, t.combinations),
    ...(f.municipalities === undefined ? [] : [count(f.municipalities, t.municipalities)]),
    `${t.status} ${f.status}`,
  ]
  lines.push(`${indent}${extra.join(' · ')}`)
  if (f.agreements.length > 0) {
    lines.push(`${indent}${t.agreements}: ${f.agreements.join(', ')}`)
  }
  if (f.requiredAspects.length > 0) {
    lines.push(`${indent}${t.requiredBy}: ${f.requiredAspects.join(', ')}`)
  }
  lines.push(`${indent}${t.sources}: ${f.sources.join(', ')}`)
  return lines
}

function section(locale: Locale, title: string, findings: readonly Finding[]): string[] {
  return [
    '',
    `${title} (${findings.length})`,
    ...(findings.length === 0
      ? [`  ${messages(locale).cli.analysis.none}`]
      : findings.flatMap((f) => findingLines(locale, f))),
  ]
}

/** "1 hiaat · 4 regieconflicten · …", and which of them the top view hides. */
function severityLine(locale: Locale, t: Texts, a: Analysis, all: boolean): string {
  const counts = a.summary.severities
  const line = `${t.bySeverity}: ${SEVERITIES.map((s) => severityCount(locale, s, counts[s])).join(' · ')}`
  return all ? line : `${line}\n${t.hiddenInTop}`
}

function header(locale: Locale, a: Analysis, all: boolean): string[] {
  const t = messages(locale).cli.analysis
  const s = a.summary
  return [
    t.title(
      a.asOf,
      a.region === undefined ? undefined : { name: a.region.name, municipalities: a.region.municipalities },
    ),
    t.extent(s.aspects, s.combinations) +
      (s.regionalAspects.length === 0 ? '' : t.perMunicipality(s.municipalities, s.regionalAspects.join(', '))),
    severityLine(locale, t, a, all),
  ]
}

/** The default: the findings to act on first, numbered in rank order. */
export function analysisTopText(a: Analysis, locale: Locale = 'nl'): string {
  const t = messages(locale).cli.analysis
  const byId = new Map(a.findings.map((f) => [f.id, f]))
  const top = a.top.map((id) => byId.get(id)).filter((f): f is Finding => f !== undefined)
  const actionable = a.findings.filter((f) => isActionable(f.severity)).length
  const lines = [...header(locale, a, false), '', t.firstHeading(top.length, actionable)]
  if (top.length === 0) {
    lines.push(`  ${t.noneToAct}`)
  }
  top.forEach((f, i) => {
    lines.push(...findingLines(locale, f, `${i + 1}. [${severityLabel(locale, f.severity)}] `, '   '))
  })
  lines.push('', t.allHint)
  if (a.comparison !== undefined) {
    lines.push('', comparisonToText(a.comparison, locale))
  }
  return lines.join('\n')
}

/** Every finding, most severe first, under a heading per severity. */
export function analysisToText(a: Analysis, locale: Locale = 'nl'): string {
  const t = messages(locale).cli.analysis
  const lines = [
    ...header(locale, a, true),
    ...SEVERITIES.flatMap((s) =>
      section(
        locale,
        t.headings[s],
        a.findings.filter((f) => f.severity === s),
      ),
    ),
  ]
  if (a.comparison !== undefined) {
    lines.push('', comparisonToText(a.comparison, locale))
  }
  return lines.join('\n')
}

export function comparisonToText(c: AnalysisComparison, locale: Locale = 'nl'): string {
  const t = messages(locale).cli.analysis.changes
  return [
    t.title(c.from, c.to),
    ...section(locale, t.gapsAdded, c.gaps.added),
    ...section(locale, t.gapsRemoved, c.gaps.removed),
    ...section(locale, t.overlapsAdded, c.overlaps.added),
    ...section(locale, t.overlapsRemoved, c.overlaps.removed),
  ].join('\n')
}
