// SPDX-License-Identifier: EUPL-1.2
// The scenario in the query string (?form=…&category=…&municipality=GM…): which responsibilities
// can apply to it; the chart dims the parties without one. ?fase=A…D focuses the chart on one
// phase. Works without JavaScript; an unknown value is an error at its field.
import type { Conditions } from '../../../domain/facets.ts'
import { EXPLOITATION_FORMS, type ExploitationFormId } from '../../../domain/facets.ts'
import type { Responsibility } from '../../../domain/responsibility.ts'
import { conditionsOverlap } from '../../../domain/conditions/index.ts'
import type { Messages } from '../../../messages/nl.ts'
import type { ChartSource } from './source.ts'

export const HIGHLIGHT_FIELDS = ['phase', 'form', 'category', 'municipality'] as const
export type HighlightField = (typeof HIGHLIGHT_FIELDS)[number]

export interface HighlightQuery {
  readonly form?: ExploitationFormId
  readonly category?: string
  /** CBS code in upper case. */
  readonly municipality?: string
  /** Phase focus: only this phase is drawn. Not a highlight. */
  readonly phase?: string
}

export interface FieldError {
  readonly field: HighlightField
  readonly message: string
}

export interface ParsedHighlight {
  readonly query: HighlightQuery
  readonly errors: readonly FieldError[]
  /** The raw values, to show back in the form after an error. */
  readonly raw: Partial<Record<HighlightField, string>>
}

export function parseHighlight(
  source: ChartSource,
  t: Messages,
  raw: Partial<Record<HighlightField, string>>,
): ParsedHighlight {
  const errors: FieldError[] = []
  const query: { -readonly [K in keyof HighlightQuery]: HighlightQuery[K] } = {}
  const shown = (v: string): string => v.slice(0, 60)
  if (raw.phase !== undefined) {
    if (source.phases.some((p) => p.id === raw.phase)) {
      query.phase = raw.phase
    } else {
      errors.push({ field: 'phase', message: t.organogram.invalidPhase(shown(raw.phase)) })
    }
  }
  if (raw.form !== undefined) {
    if ((EXPLOITATION_FORMS as readonly string[]).includes(raw.form)) {
      query.form = raw.form as ExploitationFormId
    } else {
      errors.push({ field: 'form', message: t.organogram.invalidForm(shown(raw.form)) })
    }
  }
  if (raw.category !== undefined) {
    if (source.victimCategories().some((c) => c.id === raw.category)) {
      query.category = raw.category
    } else {
      errors.push({ field: 'category', message: t.organogram.invalidCategory(shown(raw.category)) })
    }
  }
  if (raw.municipality !== undefined) {
    const m = source.municipality(raw.municipality)
    if (m !== undefined) {
      query.municipality = m.id
    } else {
      errors.push({ field: 'municipality', message: t.organogram.invalidMunicipality(shown(raw.municipality)) })
    }
  }
  return { query, errors, raw }
}

/** Whether a scenario is set (then parties without a role are dimmed). */
export function isActive(q: HighlightQuery): boolean {
  return q.form !== undefined || q.category !== undefined || q.municipality !== undefined
}

/** Ids of the responsibilities that can apply to the scenario; empty when none is set. */
export function applyingResponsibilities(source: ChartSource, q: HighlightQuery): Set<string> {
  if (!isActive(q)) {
    return new Set()
  }
  const wanted: Conditions[] = []
  if (q.form !== undefined) {
    wanted.push({ exploitation: [q.form] })
  }
  if (q.category !== undefined) {
    const cat = source.victimCategories().find((c) => c.id === q.category)
    if (cat !== undefined) {
      wanted.push(cat.facets)
    }
  }
  if (q.municipality !== undefined) {
    const m = source.municipality(q.municipality)
    if (m !== undefined) {
      wanted.push({ regions: [...m.regionIds] })
    }
  }
  const applies = (r: Responsibility): boolean => wanted.every((w) => conditionsOverlap(r.conditions, w))
  const ids = new Set<string>()
  for (const phase of source.phases) {
    for (const aspect of source.aspectsOf(phase.id)) {
      for (const r of source.responsibilitiesOf(aspect.id)) {
        if (applies(r)) {
          ids.add(r.id)
        }
      }
    }
  }
  return ids
}

/** The query string of a highlight (fields in a fixed order), with '?' or empty. */
export function highlightSearch(q: HighlightQuery, overrides: { phase?: string | null } = {}): string {
  const p = new URLSearchParams()
  if (q.form !== undefined) {
    p.set('form', q.form)
  }
  if (q.category !== undefined) {
    p.set('category', q.category)
  }
  if (q.municipality !== undefined) {
    p.set('municipality', q.municipality)
  }
  const phase = overrides.phase === undefined ? q.phase : overrides.phase
  if (phase !== undefined && phase !== null) {
    p.set('fase', phase)
  }
  const s = p.toString()
  return s === '' ? '' : `?${s}`
}
