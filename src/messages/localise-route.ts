// SPDX-License-Identifier: EUPL-1.2
// A route as the API and `wegwijzer route --json` hand it out: every message (reasons, warnings,
// the effect of an open question, the summary's actions) with its text in one language beside code
// and params, and the open questions worded with the facet's question and value labels.
import type { Message, MessageJson } from '../domain/message.ts'
import type { Catalog } from '../domain/catalog/index.ts'
import { RouteEnglish, type RegionalParty, type Route } from '../domain/route/index.ts'
import { formatFor, messages, rendered, type Locale, type RenderedMessage } from './catalogue.ts'
import type { FacetKey } from './facet-labels.ts'
import { catalogNames, type Names } from './names.ts'
import { summaryActionText } from './summary-action.ts'

// Reasons are shared objects (one per condition and scenario value), so each is worded once per
// language and names resolver (the ids in a message are worded by it).
const RENDERED = new Map<Locale, WeakMap<Names | typeof NO_NAMES, WeakMap<Message, RenderedMessage>>>()
const NO_NAMES = {}

/**
 * Renders messages in one language, each distinct message object once. `names` words the ids of
 * parties, aspects and rights (names.ts, usually `catalogNames(catalog, locale)`).
 */
export function messageRenderer(locale: Locale, names?: Names): (m: Message) => RenderedMessage {
  let byNames = RENDERED.get(locale)
  if (byNames === undefined) {
    byNames = new WeakMap()
    RENDERED.set(locale, byNames)
  }
  let memo = byNames.get(names ?? NO_NAMES)
  if (memo === undefined) {
    memo = new WeakMap()
    byNames.set(names ?? NO_NAMES, memo)
  }
  const cache = memo
  return (m) => {
    let out = cache.get(m)
    if (out === undefined) {
      out = rendered(locale, m, names)
      cache.set(m, out)
    }
    return out
  }
}

/**
 * The route in one language. `catalog` (the records the route was made from) words the ids in the
 * messages and, in English, puts the dataset texts into English too (ADR 0038); without it the
 * messages show ids and the dataset texts stay as the engine made them.
 */
export function localiseRoute(route: Route, locale: Locale, catalog?: Pick<Catalog, 'byId'>): Route {
  const text = messageRenderer(locale, catalog === undefined ? undefined : catalogNames(catalog, locale))
  const why = (list: readonly Message[]): MessageJson[] => list.map(text)
  const f = formatFor(locale)
  const facets = messages(locale).facets as Readonly<Record<string, { readonly question?: string }>>
  const en = locale === 'en' && catalog !== undefined ? new RouteEnglish(catalog) : undefined
  const regional = (r: RegionalParty) => ({ ...(en?.regionalParty(r) ?? r), why: why(r.why) })
  return {
    ...route,
    phases: route.phases.map((phase) => ({
      ...(en?.phase(phase) ?? phase),
      aspects: phase.aspects.map((aspect) => ({
        ...(en?.aspect(aspect) ?? aspect),
        parties: aspect.parties.map((p) => ({
          ...(en?.party(p) ?? p),
          why: why(p.why),
          ...(p.regional === undefined ? {} : { regional: p.regional.map(regional) }),
        })),
      })),
    })),
    rights: route.rights.map((r) => ({ ...(en?.right(r) ?? r), why: why(r.why) })),
    regional: { ...route.regional, parties: route.regional.parties.map(regional) },
    summary: route.summary.map((a) => ({
      ...(en?.summary(a) ?? a),
      action: summaryActionText(locale, a, route.scenario.asker),
      why: why(a.why),
    })),
    askNext: route.askNext.map((q) => ({ ...q, question: facets[q.facet]?.question ?? q.facet })),
    warnings: why(route.warnings),
    openQuestions: route.openQuestions.map((q) => ({
      ...q,
      question: facets[q.facet]?.question ?? q.facet,
      effect: text(q.effect),
      options: q.options.map((o) => ({
        ...o,
        label: f.value(q.facet as FacetKey, o.value),
        confirms: o.confirms.map((r) => en?.ref(r) ?? r),
        dropsOut: o.dropsOut.map((r) => en?.ref(r) ?? r),
      })),
    })),
  }
}
