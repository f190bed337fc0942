// SPDX-License-Identifier: EUPL-1.2
// Renders a route as readable text for the terminal, in the language of --lang (words from the
// catalogue's cli.route). It starts with the summary (ranked next
// actions with the number to call, the questions to ask next); by default the rest is short: one
// line per aspect with its parties, one per right and regional contact, warnings as counts
// (issue 11: the README example fits in 100 lines). `full` adds today's detail: per party its role,
// why and contact, rights with their limits, every warning and open question.
import type { Status } from '../domain/common.ts'
import type { Contact } from '../domain/party.ts'
import type { TimeLimit } from '../domain/right.ts'
import { ROLE_ORDER, type Route, type RouteParty } from '../domain/route/index.ts'
import type { Message } from '../domain/message.ts'
import { formatFor, messages, type Locale } from '../messages/catalogue.ts'
import type { FacetKey } from '../messages/facet-labels.ts'
import { messageRenderer } from '../messages/localise-route.ts'
import type { Names } from '../messages/names.ts'
import { summaryLines } from './route-summary-text.ts'

export interface RouteTextOptions {
  /** Every party with role, why and contact, every warning in full (the text before issue 11). */
  readonly full?: boolean
  /** Words the party, aspect and right ids in warnings and reasons (else they show as ids). */
  readonly names?: Names
}

export function routeToText(route: Route, locale: Locale = 'nl', options: RouteTextOptions = {}): string {
  const f = formatFor(locale)
  const say = messageRenderer(locale, options.names)
  const text = (m: Message): string => say(m).message
  const why = (list: readonly Message[]): string => list.map(text).join('; ')
  const t = messages(locale).cli.route
  const lines: string[] = []
  const s = route.scenario
  lines.push(`${t.routeFor}: ${describeScenario(route, locale)}`)
  lines.push(`${t.asOf}: ${s.asOf}`)
  if (s.asker !== undefined) {
    const all = messages(locale)
    lines.push(`${all.route.situation.asker}: ${all.labels.askers[s.asker]}`)
  }
  if (s.unknown.length > 0) {
    lines.push(`${t.unknown}: ${s.unknown.map((u) => f.facet(u)).join(', ')}`)
  }
  lines.push(...summaryLines(route, locale, options.names))
  if (options.full !== true) {
    lines.push(...shortLines(route, text, t, locale))
    return lines.join('\n')
  }
  for (const phase of route.phases) {
    lines.push('', `${t.phase(phase.id)} — ${phase.name}`)
    if (phase.aspects.length === 0) {
      lines.push(`  (${t.noParties})`)
    }
    for (const aspect of phase.aspects) {
      lines.push(`  ${aspect.name}${statusTag(aspect.status, t)}`)
      for (const p of aspect.parties) {
        lines.push(...partyLines(p, locale, options.names))
      }
    }
  }
  lines.push('', t.rights)
  if (route.rights.length === 0) {
    lines.push(`  (${t.noRights})`)
  }
  for (const r of route.rights) {
    lines.push(`  • ${r.name}${statusTag(r.status, t)}${r.conditional === true ? ` (${t.conditional})` : ''}`)
    lines.push(`      ${r.summary}`)
    for (const l of r.limits) {
      lines.push(`      ${t.limit}: ${limitText(l, locale)}`)
    }
    if (r.amount !== undefined) {
      lines.push(`      ${t.amount}: ${r.amount}`)
    }
    if (r.providerParties.length > 0) {
      lines.push(`      ${t.via}: ${r.providerParties.map((p) => p.shortName ?? p.name).join(', ')}`)
    }
    lines.push(`      ${t.why}: ${why(r.why)}`)
  }
  const m = route.regional.municipality
  lines.push('', m === null ? t.regional : t.regionalIn(m.name, m.code))
  if (m === null) {
    lines.push('  (geen gemeente opgegeven)')
  } else if (route.regional.parties.length === 0) {
    lines.push('  (geen regionale partijen bekend)')
  }
  for (const p of route.regional.parties) {
    const contact = contactText(p.contact, locale)
    const label = p.fallback === true ? ` (${t.fallback(p.region.name)})` : ''
    lines.push(`  • ${p.name}${label}${statusTag(p.status, t)}${contact === '' ? '' : ` — ${contact}`}`)
    lines.push(`      ${t.why}: ${why(p.why)}`)
  }
  if (route.warnings.length > 0) {
    lines.push('', t.warnings)
    for (const w of route.warnings) {
      lines.push(`  ! ${text(w)}`)
    }
  }
  if (route.openQuestions.length > 0) {
    lines.push('', t.openQuestions)
    for (const q of route.openQuestions) {
      lines.push(
        `  ? ${(messages(locale).facets as Readonly<Record<string, { question?: string }>>)[q.facet]?.question ?? q.facet}`,
        `      ${text(q.effect)}`,
      )
      for (const o of q.options) {
        const parts = [
          ...(o.confirms.length === 0 ? [] : [`${t.confirms}: ${names(o.confirms)}`]),
          ...(o.dropsOut.length === 0 ? [] : [`${t.dropsOut}: ${names(o.dropsOut)}`]),
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
function shortLines(route: Route, text: (m: Message) => string, t: RouteTexts, locale: Locale): string[] {
  const lines: string[] = ['', t.whoDoesWhat]
  for (const phase of route.phases) {
    lines.push(`${t.phase(phase.id)} — ${phase.name}`)
    if (phase.aspects.length === 0) {
      lines.push(`  (${t.noParties})`)
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
          groups.push(`${t.roles[role]}: ${names.join(', ')}`)
        }
      }
      lines.push(`  ${aspect.name}${aspect.status === 'sourced' ? '' : '*'} — ${groups.join('; ')}`)
    }
  }
  if (route.rights.length > 0) {
    lines.push('', t.rights)
    for (const r of route.rights) {
      const limit = r.limits[0]
      lines.push(
        `  • ${r.name}${r.status === 'sourced' ? '' : '*'}${r.conditional === true ? '?' : ''}${limit === undefined ? '' : ` (${limitText(limit, locale)})`}${
          r.providerParties.length === 0
            ? ''
            : ` — ${t.via} ${r.providerParties.map((p) => p.shortName ?? p.name).join(', ')}`
        }`,
      )
    }
  }
  const m = route.regional.municipality
  if (m !== null && route.regional.parties.length > 0) {
    lines.push('', t.regionalIn(m.name, m.code))
    for (const p of route.regional.parties) {
      // The number for a call without emergency (112 stands at the top of the summary).
      const phones = (p.contact?.phones ?? []).filter((x) => x.purpose !== 'abroad')
      const phone = phones.find((x) => x.purpose !== 'emergency') ?? phones[0]
      const label = p.fallback === true ? ` (${t.fallback(p.region.name)})` : ''
      lines.push(
        `  • ${p.name}${label}${statusTag(p.status, t)}${phone === undefined ? '' : ` — ${t.tel} ${phone.number}`}`,
      )
    }
  }
  if (route.warnings.length > 0) {
    lines.push('', t.warnings)
    for (const warning of route.warnings) {
      // A warning that lists every weak item is cut to its count; --full shows the list.
      const w = text(warning)
      const cut = w.length > 200 ? w.indexOf(': ') : -1
      lines.push(`  ! ${cut < 0 ? w : `${w.slice(0, cut)} (${t.listFull}).`}`)
    }
  }
  lines.push('', t.more)
  return lines
}

function partyLines(p: RouteParty, locale: Locale, names: Names | undefined): string[] {
  const f = formatFor(locale)
  const say = messageRenderer(locale, names)
  const t = messages(locale).cli.route
  const out = [
    `    • ${p.name}${p.shortName === undefined ? '' : ` (${p.shortName})`} — ${p.role} [${t.roles[p.roleType]}]${statusTag(p.status, t)}`,
  ]
  if (p.conditional === true) {
    out.push(`        ${t.dependsOn((p.dependsOn ?? []).map((d) => f.facet(d as FacetKey)).join(', '))}`)
  }
  out.push(`        ${t.why}: ${p.why.map((m) => say(m).message).join('; ')}`)
  const contact = contactText(p.contact, locale)
  if (contact !== '') {
    out.push(`        ${t.contact}: ${contact}`)
  }
  for (const r of p.regional ?? []) {
    const c = contactText(r.contact, locale)
    const label = r.fallback === true ? ` (${t.fallback(r.region.name)})` : ''
    out.push(`        ${t.inRegion}: ${r.name}${label}${statusTag(r.status, t)}${c === '' ? '' : ` — ${c}`}`)
  }
  return out
}

function describeScenario(route: Route, locale: Locale): string {
  const f = formatFor(locale)
  const s = route.scenario
  const parts: string[] = []
  if (s.ageGroup !== undefined) {
    const group = f.value('ageGroup', s.ageGroup)
    parts.push(s.age === undefined ? group : `${messages(locale).cli.route.years(s.age)} (${group})`)
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
    parts.push(messages(locale).cli.route.municipality(m.name))
  }
  return parts.join(', ')
}

type RouteTexts = ReturnType<typeof messages>['cli']['route']

function statusTag(status: Status, t: RouteTexts): string {
  return status === 'sourced' ? '' : ` [${t.statuses[status]}]`
}

/** Checked numbers with purpose, hours and cost, then website and e-mail; the check date once at the end. */
function contactText(c: Contact | undefined, locale: Locale): string {
  const t = messages(locale).cli.route
  if (c === undefined) {
    return ''
  }
  const phones = (c.phones ?? []).map((p) => {
    const facts = [t.purposes[p.purpose], p.hours, p.free === true ? t.free : p.cost].filter(
      (x): x is string => x !== undefined,
    )
    return `${t.tel} ${p.number} (${facts.join(', ')})`
  })
  const checked = [...new Set((c.phones ?? []).map((p) => p.verifiedAt))].sort()
  return [
    ...phones,
    c.website,
    c.email,
    c.professionalEmail === undefined ? undefined : `${t.purposes.professionals}: ${c.professionalEmail}`,
    c.form,
    checked.length === 0 ? undefined : `[${t.checked(checked.join(', '))}]`,
  ]
    .filter((x): x is string => x !== undefined)
    .join(' · ')
}

function limitText(l: TimeLimit, locale: Locale): string {
  const t = messages(locale).cli.route
  const renew = l.renewable === true ? `, ${t.renewable}` : l.renewable === false ? `, ${t.notRenewable}` : ''
  const label = locale === 'en' ? (l.en ?? l.label) : l.label
  return `${label}: ${t.limitKinds[l.kind]} ${formatFor(locale).count(l.value, t.units[l.unit])}${renew}`
}

function names(items: readonly { name: string }[]): string {
  return [...new Set(items.map((i) => i.name))].join(', ')
}
