// SPDX-License-Identifier: EUPL-1.2
// The summary of a route as terminal text: the ranked next actions, each with the number to call
// (and whose it is), why and how firm; then the questions to ask next. First in every route text.
import { messages, type Locale } from '../messages/catalogue.ts'
import { messageRenderer } from '../messages/localise-route.ts'
import type { Names } from '../messages/names.ts'
import { summaryActionText } from '../messages/summary-action.ts'
import type { Phone } from '../domain/party.ts'
import type { Route } from '../domain/route/index.ts'

export function phoneText(p: Phone, locale: Locale = 'nl'): string {
  const t = messages(locale).cli.route
  const facts = [t.purposes[p.purpose], p.hours, p.free === true ? t.free : p.cost].filter(
    (x): x is string => x !== undefined,
  )
  return `${t.tel} ${p.number} (${facts.join(', ')})`
}

export function summaryLines(route: Route, locale: Locale = 'nl', names?: Names): string[] {
  const say = messageRenderer(locale, names)
  const facets = messages(locale).facets as Readonly<Record<string, { readonly question?: string }>>
  const t = messages(locale).cli.route
  const lines: string[] = ['', t.firstHeading]
  for (const a of route.summary) {
    const status = a.status === 'sourced' ? '' : ` [${t.statuses[a.status]}]`
    const action = summaryActionText(locale, a, route.scenario.asker)
    lines.push(`  ${a.rank}. ${action}${a.conditional === true ? ` (${t.conditional})` : ''}${status}`)
    const call =
      a.call === undefined
        ? ''
        : `${a.call.fallback === true ? `${t.fallbackCall} ` : ''}${a.call.name}: ${phoneText(a.call.phone, locale)}, ${t.checkedShort(a.call.phone.verifiedAt)} · `
    const regional =
      a.party.regional !== undefined && !a.party.regional.confirmed
        ? `${t.unconfirmed(a.party.regional.name, a.party.regional.region.name)} · `
        : ''
    lines.push(`     ${call}${regional}${t.why}: ${a.why.map((w) => say(w).message).join('; ')}`)
  }
  if (route.askNext.length > 0) {
    lines.push('', t.askNext)
    for (const q of route.askNext) {
      lines.push(`  ? ${facets[q.facet]?.question ?? q.facet} (${t.dependOn(q.affects)})`)
    }
  }
  return lines
}
