// SPDX-License-Identifier: EUPL-1.2
// Dataset names by id, in the reader's language. Engine messages carry ids of parties, aspects,
// rights, B8 rules and limits (never names, which are Dutch in the engine); the catalogue texts
// word them through `f.name(kind, id)`, which asks a Names resolver handed to render() at the edge
// (issue 22 item 3).
import type { Catalog } from '../domain/catalog/index.ts'
import type { LimitIds } from '../domain/trajectory/messages.ts'
import type { Format, Locale } from './format.ts'

/** A B8 limit is named `step/key` ('step-limit') or, when a rule in force sets it, `rule/key` ('rule-limit'). */
export type NameKind = 'party' | 'aspect' | 'right' | 'rule' | 'step-limit' | 'rule-limit'

/** The name of a record in the reader's language; undefined when the resolver does not know it. */
export type Names = (kind: NameKind, id: string) => string | undefined

/** A route item a message names: a party (under an aspect, when it has one) or a right. */
export type NamedItem = { readonly party: string; readonly aspect?: string } | { readonly right: string }

const ENTITY = { party: 'parties', aspect: 'aspects', right: 'rights', rule: 'trajectoryRules' } as const
const LIMIT_OWNER = { 'step-limit': 'trajectorySteps', 'rule-limit': 'trajectoryRules' } as const

type Limit = { readonly key: string; readonly label: string; readonly en?: string }

/** A plan limit's label by ids: the rule's limit when a rule in force set it, else the step's. */
export function limitName(f: Pick<Format, 'name'>, p: LimitIds): string {
  return p.rule === undefined
    ? f.name('step-limit', `${p.step}/${p.limit}`)
    : f.name('rule-limit', `${p.rule}/${p.limit}`)
}

type Named = { readonly name: string; readonly shortName?: string; readonly en?: Readonly<Record<string, unknown>> }

const MEMO = new Map<Locale, WeakMap<object, Names>>()

/**
 * Names from the dataset: a party by its short name (else its name), the record's `en` in English;
 * a B8 limit by its label (its `en` in English).
 * One resolver per catalogue and language, so renderers can keep what they worded per resolver.
 */
export function catalogNames(catalog: Pick<Catalog, 'byId'>, locale: Locale): Names {
  let memo = MEMO.get(locale)
  if (memo === undefined) {
    memo = new WeakMap()
    MEMO.set(locale, memo)
  }
  let names = memo.get(catalog)
  if (names === undefined) {
    names = (kind, id) => {
      if (kind === 'step-limit' || kind === 'rule-limit') {
        const slash = id.lastIndexOf('/')
        const owner = catalog.byId(LIMIT_OWNER[kind], id.slice(0, slash)) as { limits?: readonly Limit[] } | undefined
        const l = owner?.limits?.find((x) => x.key === id.slice(slash + 1))
        return l === undefined ? undefined : locale === 'en' ? (l.en ?? l.label) : l.label
      }
      const r = catalog.byId(ENTITY[kind], id) as Named | undefined
      if (r === undefined) {
        return undefined
      }
      const en = locale === 'en' ? r.en : undefined
      const name = (typeof en?.['name'] === 'string' ? en['name'] : undefined) ?? r.name
      if (kind !== 'party' || r.shortName === undefined) {
        return name
      }
      return (typeof en?.['shortName'] === 'string' ? en['shortName'] : undefined) ?? r.shortName
    }
    memo.set(catalog, names)
  }
  return names
}
