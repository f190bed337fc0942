// SPDX-License-Identifier: EUPL-1.2
// The organogram as a chart model, built from the data: per phase its aspects, per aspect each party
// once, ordered by role (lead first). A scenario marks which parties have a role; with a known
// municipality the regional organisations stand in for the national party (politie → the police
// unit). The page (HTML), the SVG/PNG downloads and the table all render this one model.
import type { Status } from '../../../domain/common.ts'
import type { Party } from '../../../domain/party.ts'
import { ROLE_TYPES, type RoleType } from '../../../domain/responsibility.ts'
import { localText, type LocalText, type Locale } from '../../i18n.ts'
import { applyingResponsibilities, isActive, type HighlightQuery } from './highlight.ts'
import type { ChartSource, RegionalStandIn } from './source.ts'
import { shorten } from './text-width.ts'

/**
 * Chip text size (px) in the SVG, and the widest a chip label may be before it is shortened with
 * "…". DejaVu Sans at 12.6 px is as wide as the page's Noto Sans at 13 px (measured in Chromium over
 * all chips: 5.5 % wider than DejaVu at 12 px), so page and download break lines alike.
 */
export const LABEL_SIZE = 12.6
export const LABEL_MAX = 200

/** `plain`: no scenario set; `role`: has a role in the scenario; `none`: has none (dimmed). */
export type EntryState = 'plain' | 'role' | 'none'

export interface ChartEntry {
  /** Unique within its aspect: the party id (or the regional party's id). */
  readonly id: string
  /** Page path without language prefix. */
  readonly href: string
  /** As shown on the chip: short name, shortened with "…" when too wide. */
  readonly label: string
  /** The full name, for hover, focus, the title and the table. */
  readonly fullName: string
  readonly lang: Locale
  /** The kinds of role on this aspect, most important first. */
  readonly roles: readonly RoleType[]
  readonly lead: boolean
  readonly state: EntryState
  /** Set when a regional organisation stands in for a national party (municipality known). */
  readonly standsInFor?: { readonly name: string; readonly status: Status; readonly region: string }
}

export interface ChartAspect {
  readonly id: string
  readonly name: LocalText
  readonly entries: readonly ChartEntry[]
}

export interface ChartPhase {
  readonly id: string
  readonly name: LocalText
  readonly aspects: readonly ChartAspect[]
}

export interface OrganogramChart {
  readonly phases: readonly ChartPhase[]
  /** A scenario is set: entries are `role` or `none`. */
  readonly active: boolean
  /** Distinct organisations with a role in the phases shown. */
  readonly withRole: number
  readonly municipality?: { readonly id: string; readonly name: string }
}

/** The chip text: the label, with "*" for a stand-in whose region is derived or unverified. */
export function chipText(e: ChartEntry): string {
  return e.standsInFor !== undefined && e.standsInFor.status !== 'sourced' ? `${e.label} *` : e.label
}

const rank = (r: RoleType): number => ROLE_TYPES.indexOf(r)
const COLLATORS: Readonly<Record<Locale, Intl.Collator>> = { nl: new Intl.Collator('nl'), en: new Intl.Collator('en') }

/** The national party "Gemeente": with a known municipality it is named after it. */
const MUNICIPALITY_PARTY = 'gemeente'

function partyLabel(party: Party, locale: Locale): LocalText {
  if (locale === 'en' && party.en?.shortName !== undefined) {
    return { text: party.en.shortName, lang: 'en' }
  }
  return party.shortName !== undefined ? { text: party.shortName, lang: 'nl' } : localText(party, 'name', locale)
}

interface Draft {
  id: string
  href: string
  label: LocalText
  fullName: string
  roles: Set<RoleType>
  on: boolean
  standsInFor?: { name: string; status: Status; region: string }
}

/** The label of a stand-in: its own name when that says what it is, else "Zorgcoördinator: Moviera". */
function standInLabel(generic: LocalText, regional: LocalText): LocalText {
  const first = (generic.text.split(/\s+/)[0] ?? '').toLocaleLowerCase('nl')
  return regional.text.toLocaleLowerCase('nl').startsWith(first)
    ? regional
    : { text: `${generic.text}: ${regional.text}`, lang: regional.lang }
}

export function buildChart(source: ChartSource, q: HighlightQuery, locale: Locale): OrganogramChart {
  const active = isActive(q)
  const applying = applyingResponsibilities(source, q)
  const municipality = q.municipality === undefined ? undefined : source.municipality(q.municipality)
  const standIns: ReadonlyMap<string, readonly RegionalStandIn[]> =
    municipality === undefined ? new Map() : source.standIns(municipality.id)
  const withRole = new Set<string>()
  const phases = source.phases
    .filter((p) => q.phase === undefined || p.id === q.phase)
    .map((phase): ChartPhase => {
      const aspects = source.aspectsOf(phase.id).map((aspect): ChartAspect => {
        const drafts = new Map<string, Draft>()
        const add = (d: Omit<Draft, 'roles' | 'on'>, role: RoleType, on: boolean): void => {
          const existing = drafts.get(d.id)
          if (existing === undefined) {
            drafts.set(d.id, { ...d, roles: new Set([role]), on })
            return
          }
          existing.roles.add(role)
          existing.on ||= on
          // A regional organisation with a role of its own that also stands in for a national
          // party: show it as the stand-in, which says more ("Zorgcoördinator: Moviera").
          if (d.standsInFor !== undefined && existing.standsInFor === undefined) {
            existing.label = d.label
            existing.standsInFor = d.standsInFor
          }
        }
        for (const r of source.responsibilitiesOf(aspect.id)) {
          const party = source.party(r.party)
          if (party === undefined) {
            continue
          }
          const on = applying.has(r.id)
          const label = partyLabel(party, locale)
          const regional = standIns.get(party.id) ?? []
          if (regional.length > 0) {
            for (const s of regional) {
              add(
                {
                  id: s.party.id,
                  href: `/organisaties/${s.party.id}`,
                  label: standInLabel(label, partyLabel(s.party, locale)),
                  fullName: localText(s.party, 'name', locale).text,
                  standsInFor: { name: label.text, status: s.status, region: s.regionName },
                },
                r.roleType,
                on,
              )
            }
          } else if (party.id === MUNICIPALITY_PARTY && municipality !== undefined) {
            // The municipality itself: it is known, so name it and link to its regional page.
            const name = `${label.text} ${municipality.name}`
            add(
              {
                id: party.id,
                href: `/gemeenten/${municipality.id}`,
                label: { text: name, lang: label.lang },
                fullName: name,
                standsInFor: { name: label.text, status: 'sourced', region: municipality.name },
              },
              r.roleType,
              on,
            )
          } else {
            add(
              {
                id: party.id,
                href: `/organisaties/${party.id}`,
                label,
                fullName: localText(party, 'name', locale).text,
              },
              r.roleType,
              on,
            )
          }
        }
        const entries = [...drafts.values()].map((d): ChartEntry => {
          const roles = [...d.roles].sort((a, b) => rank(a) - rank(b))
          const lead = roles[0] === 'lead'
          const state: EntryState = !active ? 'plain' : d.on ? 'role' : 'none'
          if (state === 'role') {
            withRole.add(d.id)
          }
          return {
            id: d.id,
            href: d.href,
            label: shorten(d.label.text, LABEL_MAX, LABEL_SIZE, lead),
            fullName: d.fullName,
            lang: d.label.lang,
            roles,
            lead,
            state,
            ...(d.standsInFor === undefined ? {} : { standsInFor: d.standsInFor }),
          }
        })
        entries.sort(
          (a, b) =>
            rank(a.roles[0] ?? 'refers') - rank(b.roles[0] ?? 'refers') || COLLATORS[locale].compare(a.label, b.label),
        )
        return { id: aspect.id, name: localText(aspect, 'name', locale), entries }
      })
      return { id: phase.id, name: localText(phase, 'name', locale), aspects }
    })
  return {
    phases,
    active,
    withRole: withRole.size,
    ...(municipality === undefined ? {} : { municipality: { id: municipality.id, name: municipality.name } }),
  }
}
