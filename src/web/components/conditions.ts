// SPDX-License-Identifier: EUPL-1.2
// "Applies to": a condition set as short readable text in the page language.
import type { Conditions } from '../../domain/facets.ts'
import { sentenceCase } from '../../messages/format.ts'
import { conditionParts } from '../conditions.ts'
import { html, joinHtml, type SafeHtml } from '../html.ts'
import type { PageContext } from '../page-context.ts'

export function conditionsText(ctx: PageContext, conditions: Conditions | undefined): SafeHtml {
  const parts = conditionParts(conditions)
  if (parts.length === 0) {
    return html`${ctx.t.parties.always}`
  }
  return joinHtml(
    parts.map((p) => {
      const shown =
        p.facet === 'regions'
          ? p.values.map((id) => ctx.data.byId('regions', id)?.name ?? id)
          : p.values.map((v) => ctx.f.value(p.facet, v))
      return html`${sentenceCase(ctx.f.facet(p.facet))}: ${shown.join(', ')}`
    }),
    html`; `,
  )
}
