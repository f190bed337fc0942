// SPDX-License-Identifier: EUPL-1.2
// The analysis' scope ("minderjarigen uit derde landen × arbeidsuitbuiting") from its parameters,
// the same sentence shape in every language with that language's words (ScopeWords in each
// catalogue): who, then the facets that narrow it, the forms, the regions, joined by " × ".
import type { ScopeParams, ScopeWho } from '../domain/analysis/messages.ts'
import type { Format, PluralForms } from './format.ts'

export interface ScopeWords {
  readonly who: Readonly<Record<ScopeWho, string>>
  /** "alle slachtoffers": the noun when nothing narrows it. */
  readonly all: (noun: string) => string
  /** Keyed by the nationality groups joined by ",". */
  readonly nationality: Readonly<Record<string, string>>
  readonly residence: Readonly<Record<string, string>>
  /** "(niet-Nederlanders alleen zonder rechtmatig verblijf)". */
  readonly nonDutchOnly: (words: string) => string
  readonly municipalities: PluralForms
  readonly inside: (regions: string, count: string) => string
  readonly outside: (regions: string, count: string) => string
}

export function scopeText(p: ScopeParams, f: Format, w: ScopeWords): string {
  const qualifiers: string[] = []
  if (p.nationality !== undefined) {
    const words = w.nationality[p.nationality]
    if (words !== undefined) {
      qualifiers.push(words)
    }
  }
  if (p.residence !== undefined) {
    const words = f.list(
      p.residence.map((r) => w.residence[r] ?? r),
      'or',
    )
    qualifiers.push(p.residenceNonDutchOnly === true ? w.nonDutchOnly(words) : words)
  }
  for (const facet of ['gender', 'recruitment', 'cooperation'] as const) {
    const values = p[facet]
    if (values !== undefined) {
      qualifiers.push(
        `(${f.list(
          values.map((v) => f.value(facet, v)),
          'or',
        )})`,
      )
    }
  }
  const noun = w.who[p.who]
  const parts = [qualifiers.length === 0 ? w.all(noun) : `${noun} ${qualifiers.join(' ')}`]
  if (p.exploitation !== undefined) {
    parts.push(
      f.list(
        p.exploitation.map((v) => f.value('exploitation', v)),
        'or',
      ),
    )
  }
  if (p.regions !== undefined) {
    const groups = f.list(
      p.regions.map((names) => f.list(names)),
      'or',
    )
    const count = f.count(p.municipalities ?? 0, w.municipalities)
    parts.push(p.outside === true ? w.outside(groups, count) : w.inside(groups, count))
  }
  return parts.join(' × ')
}
