// SPDX-License-Identifier: EUPL-1.2
// Highlighting through the query string (?form=…&category=…): which responsibilities, and so which
// parties, play a role for that form of exploitation and victim category; ?fase=A…D focuses the
// diagram on one phase. Works without JavaScript.
import type { Conditions } from '../../../domain/facets.ts'
import { EXPLOITATION_FORMS, type ExploitationFormId } from '../../../domain/facets.ts'
import type { Responsibility } from '../../../domain/responsibility.ts'
import { conditionsOverlap } from '../../conditions.ts'
import type { Messages } from '../../content/nl.ts'
import type { WebData } from '../../web-data.ts'

export interface HighlightQuery {
  readonly form?: ExploitationFormId
  readonly category?: string
  /** Phase focus: only this phase's aspects and parties are drawn. Not a highlight. */
  readonly phase?: string
}

export interface FieldError {
  readonly field: 'form' | 'category' | 'phase'
  readonly message: string
}

export interface ParsedHighlight {
  readonly query: HighlightQuery
  readonly errors: readonly FieldError[]
  /** The raw values, to show back in the form after an error. */
  readonly raw: { readonly form?: string; readonly category?: string; readonly phase?: string }
}

export function parseHighlight(
  data: WebData,
  t: Messages,
  form: string | undefined,
  category: string | undefined,
  phase?: string,
): ParsedHighlight {
  const errors: FieldError[] = []
  const query: { form?: ExploitationFormId; category?: string; phase?: string } = {}
  if (form !== undefined) {
    if ((EXPLOITATION_FORMS as readonly string[]).includes(form)) {
      query.form = form as ExploitationFormId
    } else {
      errors.push({ field: 'form', message: t.organogram.invalidForm(form.slice(0, 60)) })
    }
  }
  if (category !== undefined) {
    if (data.valid('victimCategories').some((c) => c.id === category)) {
      query.category = category
    } else {
      errors.push({ field: 'category', message: t.organogram.invalidCategory(category.slice(0, 60)) })
    }
  }
  if (phase !== undefined) {
    if (data.phases.some((p) => p.id === phase)) {
      query.phase = phase
    } else {
      errors.push({ field: 'phase', message: t.organogram.invalidPhase(phase.slice(0, 60)) })
    }
  }
  return {
    query,
    errors,
    raw: {
      ...(form === undefined ? {} : { form }),
      ...(category === undefined ? {} : { category }),
      ...(phase === undefined ? {} : { phase }),
    },
  }
}

export function isActive(q: HighlightQuery): boolean {
  return q.form !== undefined || q.category !== undefined
}

/** The responsibilities that can apply to the highlighted situation. */
export function highlightedResponsibilities(data: WebData, q: HighlightQuery): Set<string> {
  if (!isActive(q)) {
    return new Set()
  }
  const wanted: Conditions[] = []
  if (q.form !== undefined) {
    wanted.push({ exploitation: [q.form] })
  }
  if (q.category !== undefined) {
    const cat = data.byId('victimCategories', q.category)
    if (cat !== undefined) {
      wanted.push(cat.facets)
    }
  }
  const matches = (r: Responsibility): boolean => wanted.every((w) => conditionsOverlap(r.conditions, w))
  return new Set(
    data
      .valid('responsibilities')
      .filter(matches)
      .map((r) => r.id),
  )
}
