// SPDX-License-Identifier: EUPL-1.2
// The summary of a route as terminal text: the ranked next actions, each with the number to call
// (and whose it is), why and how firm; then the questions to ask next. First in every route text.
import { messages, type Locale } from '../messages/catalogue.ts'
import { messageRenderer } from '../messages/localise-route.ts'
import type { Phone, PhonePurpose } from '../domain/party.ts'
import type { Route } from '../domain/route/index.ts'

const PURPOSE_NL: Readonly<Record<PhonePurpose, string>> = {
  general: 'algemeen nummer',
  helpdesk: 'helpdesk',
  professionals: 'voor professionals',
  '24-7': '24/7',
  emergency: 'spoed',
  anonymous: 'anoniem melden',
  abroad: 'vanuit het buitenland',
}

export function phoneText(p: Phone): string {
  const facts = [PURPOSE_NL[p.purpose], p.hours, p.free === true ? 'gratis' : p.cost].filter(
    (x): x is string => x !== undefined,
  )
  return `tel. ${p.number} (${facts.join(', ')})`
}

const STATUS_NL = { sourced: '', derived: ' [afgeleid]', unverified: ' [niet geverifieerd]' } as const

export function summaryLines(route: Route, locale: Locale = 'nl'): string[] {
  const say = messageRenderer(locale)
  const facets = messages(locale).facets as Readonly<Record<string, { readonly question?: string }>>
  const lines: string[] = ['', 'Eerst doen']
  for (const a of route.summary) {
    lines.push(`  ${a.rank}. ${a.action}${a.conditional === true ? ' (voorwaardelijk)' : ''}${STATUS_NL[a.status]}`)
    const call =
      a.call === undefined
        ? ''
        : `${a.call.fallback === true ? 'terugval ' : ''}${a.call.name}: ${phoneText(a.call.phone)}, gecontroleerd ${a.call.phone.verifiedAt} · `
    const regional =
      a.party.regional !== undefined && !a.party.regional.confirmed
        ? `${a.party.regional.name} niet bevestigd als ${a.party.regional.region.name} · `
        : ''
    lines.push(`     ${call}${regional}waarom: ${a.why.map((w) => say(w).message).join('; ')}`)
  }
  if (route.askNext.length > 0) {
    lines.push('', 'Vraag nog na')
    for (const q of route.askNext) {
      lines.push(
        `  ? ${facets[q.facet]?.question ?? q.facet} (${q.affects === 1 ? '1 onderdeel hangt' : `${q.affects} onderdelen hangen`} ervan af)`,
      )
    }
  }
  return lines
}
