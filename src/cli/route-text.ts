// SPDX-License-Identifier: EUPL-1.2
// Renders a route as readable Dutch text for the terminal. It starts with the summary (ranked next
// actions with the number to call, the questions to ask next); by default the rest is short: one
// line per aspect with its parties, one per right and regional contact, warnings as counts
// (issue 11: the README example fits in 100 lines). `full` adds today's detail: per party its role,
// why and contact, rights with their limits, every warning and open question.
import type { Status } from '../domain/common.ts'
import type { Contact, PhonePurpose } from '../domain/party.ts'
import type { TimeLimit } from '../domain/right.ts'
import { ROLE_ORDER, type Route, type RouteParty } from '../domain/route/index.ts'
import type { Message } from '../domain/message.ts'
import { formatFor, messages, type Locale } from '../messages/catalogue.ts'
import type { FacetKey } from '../messages/facet-labels.ts'
import { messageRenderer } from '../messages/localise-route.ts'
import { summaryLines } from './route-summary-text.ts'

export interface RouteTextOptions {
  /** Every party with role, why and contact, every warning in full (the text before issue 11). */
  readonly full?: boolean
}

const ROLE_NL: Readonly<Record<string, string>> = {
  lead: 'regie',
  executes: 'voert uit',
  decides: 'beslist',
  funds: 'financiert',
  supports: 'ondersteunt',
  advises: 'adviseert',
  registers: 'registreert',
  refers: 'verwijst',
}
const LIMIT_NL: Readonly<Record<string, string>> = {
  max: 'maximaal',
  min: 'minimaal',
  target: 'streeftermijn',
  after: 'na',
  within: 'binnen',
}
const UNIT_NL: Readonly<Record<string, [string, string]>> = {
  hours: ['uur', 'uur'],
  days: ['dag', 'dagen'],
  weeks: ['week', 'weken'],
  months: ['maand', 'maanden'],
  years: ['jaar', 'jaar'],
}

export function routeToText(route: Route, locale: Locale = 'nl', options: RouteTextOptions = {}): string {
  const f = formatFor(locale)
  const say = messageRenderer(locale)
  const text = (m: Message): string => say(m).message
  const why = (list: readonly Message[]): string => list.map(text).join('; ')
  const lines: string[] = []
  const s = route.scenario
  lines.push(`Route voor: ${describeScenario(route, locale)}`)
  lines.push(`Peildatum: ${s.asOf}`)
  if (s.asker !== undefined) {
    const t = messages(locale)
    lines.push(`${t.route.situation.asker}: ${t.labels.askers[s.asker]}`)
  }
  if (s.unknown.length > 0) {
    lines.push(`Nog onbekend: ${s.unknown.map((u) => f.facet(u)).join(', ')}`)
  }
  lines.push(...summaryLines(route, locale))
  if (options.full !== true) {
    lines.push(...shortLines(route, text))
    return lines.join('\n')
  }
  for (const phase of route.phases) {
    lines.push('', `Fase ${phase.id} — ${phase.name}`)
    if (phase.aspects.length === 0) {
      lines.push('  (geen partijen voor deze situatie)')
    }
    for (const aspect of phase.aspects) {
      lines.push(`  ${aspect.name}${statusTag(aspect.status)}`)
      for (const p of aspect.parties) {
        lines.push(...partyLines(p, locale))
      }
    }
  }
  lines.push('', 'Rechten en regelingen')
  if (route.rights.length === 0) {
    lines.push('  (geen rechten gevonden voor deze situatie)')
  }
  for (const r of route.rights) {
    lines.push(`  • ${r.name}${statusTag(r.status)}${r.conditional === true ? ' (voorwaardelijk)' : ''}`)
    lines.push(`      ${r.summary}`)
    for (const l of r.limits) {
      lines.push(`      termijn: ${limitText(l)}`)
    }
    if (r.amount !== undefined) {
      lines.push(`      bedrag: ${r.amount}`)
    }
    if (r.providerParties.length > 0) {
      lines.push(`      via: ${r.providerParties.map((p) => p.shortName ?? p.name).join(', ')}`)
    }
    lines.push(`      waarom: ${why(r.why)}`)
  }
  const m = route.regional.municipality
  lines.push('', m === null ? 'Regionale contacten' : `Regionale contacten (gemeente ${m.name}, ${m.code})`)
  if (m === null) {
    lines.push('  (geen gemeente opgegeven)')
  } else if (route.regional.parties.length === 0) {
    lines.push('  (geen regionale partijen bekend)')
  }
  for (const p of route.regional.parties) {
    const contact = contactText(p.contact)
    const label = p.fallback === true ? ` (terugval: ${p.region.name} niet bevestigd)` : ''
    lines.push(`  • ${p.name}${label}${statusTag(p.status)}${contact === '' ? '' : ` — ${contact}`}`)
    lines.push(`      waarom: ${why(p.why)}`)
  }
  if (route.warnings.length > 0) {
    lines.push('', 'Let op')
    for (const w of route.warnings) {
      lines.push(`  ! ${text(w)}`)
    }
  }
  if (route.openQuestions.length > 0) {
    lines.push('', 'Open vragen')
    for (const q of route.openQuestions) {
      lines.push(
        `  ? ${(messages(locale).facets as Readonly<Record<string, { question?: string }>>)[q.facet]?.question ?? q.facet}`,
        `      ${text(q.effect)}`,
      )
      for (const o of q.options) {
        const parts = [
          ...(o.confirms.length === 0 ? [] : [`zeker: ${names(o.confirms)}`]),
          ...(o.dropsOut.length === 0 ? [] : [`valt af: ${names(o.dropsOut)}`]),
        ]
        if (parts.length > 0) {
          lines.push(`      - ${f.value(q.facet as FacetKey, o.value)}: ${parts.join('; ')}`)
        }
      }
    }
  }
  return lines.join('\n')
}

/** The rest of the route in short: one line per aspect (parties by role), right and regional contact. */
function shortLines(route: Route, text: (m: Message) => string): string[] {
  const lines: string[] = ['', 'Wie doet wat (per aspect; * = afgeleid of niet geverifieerd, ? = voorwaardelijk)']
  for (const phase of route.phases) {
    lines.push(`Fase ${phase.id} — ${phase.name}`)
    if (phase.aspects.length === 0) {
      lines.push('  (geen partijen voor deze situatie)')
    }
    for (const aspect of phase.aspects) {
      const groups: string[] = []
      for (const role of ROLE_ORDER) {
        const names: string[] = []
        for (const p of aspect.parties) {
          if (p.roleType !== role) {
            continue
          }
          const name = `${p.shortName ?? p.name}${p.status === 'sourced' ? '' : '*'}${p.conditional === true ? '?' : ''}`
          if (!names.includes(name)) {
            names.push(name)
          }
        }
        if (names.length > 0) {
          groups.push(`${ROLE_NL[role] ?? role}: ${names.join(', ')}`)
        }
      }
      lines.push(`  ${aspect.name}${aspect.status === 'sourced' ? '' : '*'} — ${groups.join('; ')}`)
    }
  }
  if (route.rights.length > 0) {
    lines.push('', 'Rechten en regelingen')
    for (const r of route.rights) {
      const limit = r.limits[0]
      lines.push(
        `  • ${r.name}${r.status === 'sourced' ? '' : '*'}${r.conditional === true ? '?' : ''}${limit === undefined ? '' : ` (${limitText(limit)})`}${
          r.providerParties.length === 0
            ? ''
            : ` — via ${r.providerParties.map((p) => p.shortName ?? p.name).join(', ')}`
        }`,
      )
    }
  }
  const m = route.regional.municipality
  if (m !== null && route.regional.parties.length > 0) {
    lines.push('', `Regionale contacten (gemeente ${m.name}, ${m.code})`)
    for (const p of route.regional.parties) {
      // The number for a call without emergency (112 stands at the top of the summary).
      const phones = (p.contact?.phones ?? []).filter((x) => x.purpose !== 'abroad')
      const phone = phones.find((x) => x.purpose !== 'emergency') ?? phones[0]
      const label = p.fallback === true ? ` (terugval: ${p.region.name} niet bevestigd)` : ''
      lines.push(`  • ${p.name}${label}${statusTag(p.status)}${phone === undefined ? '' : ` — tel. ${phone.number}`}`)
    }
  }
  if (route.warnings.length > 0) {
    lines.push('', 'Let op')
    for (const warning of route.warnings) {
      // A warning that lists every weak item is cut to its count; --full shows the list.
      const w = text(warning)
      const cut = w.length > 200 ? w.indexOf(': ') : -1
      lines.push(`  ! ${cut < 0 ? w : `${w.slice(0, cut)} (lijst: --full).`}`)
    }
  }
  lines.push('', 'Meer: wegwijzer route --full (rollen, waarom en contact per partij) of --json.')
  return lines
}

function partyLines(p: RouteParty, locale: Locale): string[] {
  const f = formatFor(locale)
  const say = messageRenderer(locale)
  const out = [
    `    • ${p.name}${p.shortName === undefined ? '' : ` (${p.shortName})`} — ${p.role} [${ROLE_NL[p.roleType] ?? p.roleType}]${statusTag(p.status)}`,
  ]
  if (p.conditional === true) {
    out.push(
      `        voorwaardelijk: hangt af van ${(p.dependsOn ?? []).map((d) => f.facet(d as FacetKey)).join(', ')}`,
    )
  }
  out.push(`        waarom: ${p.why.map((m) => say(m).message).join('; ')}`)
  const contact = contactText(p.contact)
  if (contact !== '') {
    out.push(`        contact: ${contact}`)
  }
  for (const r of p.regional ?? []) {
    const c = contactText(r.contact)
    const label = r.fallback === true ? ` (terugval: ${r.region.name} niet bevestigd)` : ''
    out.push(`        in de regio: ${r.name}${label}${statusTag(r.status)}${c === '' ? '' : ` — ${c}`}`)
  }
  return out
}

function describeScenario(route: Route, locale: Locale): string {
  const f = formatFor(locale)
  const s = route.scenario
  const parts: string[] = []
  if (s.ageGroup !== undefined) {
    const group = f.value('ageGroup', s.ageGroup)
    parts.push(s.age === undefined ? group : `${s.age} jaar (${group})`)
  }
  if (s.nationalityGroup !== undefined) {
    const group = f.value('nationalityGroup', s.nationalityGroup)
    parts.push(s.nationality === undefined ? group : `${group} (${s.nationality})`)
  }
  if (s.residence !== undefined) {
    parts.push(f.value('residence', s.residence))
  }
  if (s.gender !== undefined) {
    parts.push(f.value('gender', s.gender))
  }
  if (s.unaccompanied === true) {
    parts.push(f.value('unaccompanied', 'true'))
  }
  parts.push(f.list(s.exploitation.map((x) => f.value('exploitation', x))))
  if (s.recruitment !== undefined) {
    parts.push(f.value('recruitment', s.recruitment))
  }
  if (s.cooperation !== undefined) {
    parts.push(f.value('cooperation', s.cooperation))
  }
  const m = route.regional.municipality
  if (m !== null) {
    parts.push(`gemeente ${m.name}`)
  }
  return parts.join(', ')
}

function statusTag(status: Status): string {
  return status === 'derived' ? ' [afgeleid]' : status === 'unverified' ? ' [niet geverifieerd]' : ''
}

const PURPOSE_NL: Readonly<Record<PhonePurpose, string>> = {
  general: 'algemeen nummer',
  helpdesk: 'helpdesk',
  professionals: 'voor professionals',
  '24-7': '24/7',
  emergency: 'spoed',
  anonymous: 'anoniem melden',
  abroad: 'vanuit het buitenland',
}

/** Checked numbers with purpose, hours and cost, then website and e-mail; the check date once at the end. */
function contactText(c: Contact | undefined): string {
  if (c === undefined) {
    return ''
  }
  const phones = (c.phones ?? []).map((p) => {
    const facts = [PURPOSE_NL[p.purpose], p.hours, p.free === true ? 'gratis' : p.cost].filter(
      (x): x is string => x !== undefined,
    )
    return `tel. ${p.number} (${facts.join(', ')})`
  })
  const checked = [...new Set((c.phones ?? []).map((p) => p.verifiedAt))].sort()
  return [
    ...phones,
    c.website,
    c.email,
    c.professionalEmail === undefined ? undefined : `voor professionals: ${c.professionalEmail}`,
    c.form,
    checked.length === 0 ? undefined : `[nummers gecontroleerd op ${checked.join(', ')}]`,
  ]
    .filter((x): x is string => x !== undefined)
    .join(' · ')
}

function limitText(l: TimeLimit): string {
  const [one, many] = UNIT_NL[l.unit] ?? [l.unit, l.unit]
  const renew = l.renewable === true ? ', verlengbaar' : l.renewable === false ? ', niet verlengbaar' : ''
  return `${l.label}: ${LIMIT_NL[l.kind] ?? l.kind} ${l.value} ${l.value === 1 ? one : many}${renew}`
}

function names(items: readonly { name: string }[]): string {
  return [...new Set(items.map((i) => i.name))].join(', ')
}
