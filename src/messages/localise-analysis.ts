// SPDX-License-Identifier: EUPL-1.2
// An analysis as the API, the CLI and the page hand it out: every finding's action and scope with
// its text in one language beside code and params, the finding's scope as one line, and the
// heatmap's groups named (ADR 0011).
import type { Analysis, Finding, Severity } from '../domain/analysis/index.ts'
import { formatFor, messages, render, type Locale } from './catalogue.ts'
import type { Names } from './names.ts'

/** Names for a finding's messages: its aspect by id, in the language (its `en.name` in English). */
export function findingNames(f: Pick<Finding, 'aspect'>, locale: Locale): Names {
  const name = locale === 'en' ? (f.aspect.en?.name ?? f.aspect.name) : f.aspect.name
  return (kind, id) => (kind === 'aspect' && id === f.aspect.id ? name : undefined)
}

/** A finding's action in a language. */
export function actionText(f: Pick<Finding, 'aspect' | 'action'>, locale: Locale): string {
  return render(locale, f.action, findingNames(f, locale))
}

export function localiseFinding(f: Finding, locale: Locale): Finding {
  const scopes = f.scopes.map((s) => ({ ...s, message: render(locale, s) }))
  return {
    ...f,
    scope: scopes.map((s) => s.message).join('; '),
    scopes,
    action: { ...f.action, message: actionText(f, locale) },
  }
}

export function localiseAnalysis<A extends Analysis>(a: A, locale: Locale): A {
  const one = (f: Finding): Finding => localiseFinding(f, locale)
  const slices = messages(locale).analysis.slices as Readonly<Record<string, string>>
  return {
    ...a,
    findings: a.findings.map(one),
    ...(a.heatmap === undefined
      ? {}
      : {
          heatmap: {
            ...a.heatmap,
            slices: a.heatmap.slices.map((s) => ({ ...s, name: slices[s.id] ?? s.id })),
          },
        }),
    ...(a.comparison === undefined
      ? {}
      : {
          comparison: {
            ...a.comparison,
            gaps: { added: a.comparison.gaps.added.map(one), removed: a.comparison.gaps.removed.map(one) },
            overlaps: {
              added: a.comparison.overlaps.added.map(one),
              removed: a.comparison.overlaps.removed.map(one),
            },
          },
        }),
  }
}

/** "hiaat", "lead conflict". */
export function severityLabel(locale: Locale, severity: Severity): string {
  return messages(locale).analysis.severities[severity]
}

/** "3 regieconflicten", "1 gap". */
export function severityCount(locale: Locale, severity: Severity, n: number): string {
  return formatFor(locale).count(n, messages(locale).analysis.severityCounts[severity])
}
