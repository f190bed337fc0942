// SPDX-License-Identifier: EUPL-1.2
// The currency findings of the domain (stale contacts, old legal sources, undated regional
// mappings) located in their files, so `wegwijzer validate` prints them as file:line warnings.
import { currencyFindings, type CurrencyKind } from '../../domain/currency.ts'
import type { LoadResult } from './load.ts'
import { sortProblems, type Problem } from './problem.ts'

export interface CurrencyWarning extends Problem {
  readonly kind: CurrencyKind
}

const HINTS: Readonly<Record<CurrencyKind, string>> = {
  'contact-stale': 'check the number on the organisation’s own site and update verifiedAt',
  'contact-unchecked': 'check website and e-mail on the organisation’s own site and set contact.verifiedAt',
  'legal-source-old': 'read the text in force today and cite it with its date',
  'legal-source-undated': 'give the cited source a date (publication or version read), or cite a dated one',
  'region-undated': 'cite a dated source for the mapping',
  'region-no-phone': 'add a checked phone number to a party of the region, or a fallback',
}

export function currencyWarnings(result: LoadResult, today: string): CurrencyWarning[] {
  const out = currencyFindings(result.dataset, today).map((f) => {
    const loc = result.locations.get(`${f.entity}/${f.id}`)
    const pos =
      loc === undefined ? { file: f.entity, line: 1, column: 1 } : { file: loc.relPath, ...loc.file.locate(f.pointer) }
    return { ...pos, kind: f.kind, message: `warning [${f.kind}]: ${f.message}`, hint: HINTS[f.kind] }
  })
  return sortProblems(out) as CurrencyWarning[]
}
