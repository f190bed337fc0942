// SPDX-License-Identifier: EUPL-1.2
// Renders a trajectory plan as readable text for the terminal, in the language of --lang: per step
// its status, parties, rights, deadlines with legal basis, notes, and the warnings of the plan.
// The words come from the message catalogue (cli.trajectory, the planner's codes).
import type { TrajectoryPlan } from '../domain/trajectory/index.ts'
import { messages, render, type Locale, type Names } from '../messages/catalogue.ts'
import { stepName } from '../messages/localise-plan.ts'

/** `names` words the limits the date labels name by id (names.ts); without it they show as ids. */
export function planToText(plan: TrajectoryPlan, locale: Locale = 'nl', names?: Names): string {
  const t = messages(locale).cli.trajectory
  const say = (m: Parameters<typeof render>[1]): string => render(locale, m, names)
  const lines: string[] = [t.title(plan.asOf)]
  if (!plan.applicable) {
    lines.push('', t.notApplicable, plan.reason === undefined ? '' : say(plan.reason))
    if ((plan.alternatives ?? []).length > 0) {
      lines.push('', t.instead)
      for (const a of plan.alternatives ?? []) {
        lines.push(`  - ${a.name}: ${a.summary}`)
      }
    }
    return lines.join('\n')
  }
  if (plan.permitGrounds.length > 0) {
    lines.push(t.grounds(plan.permitGrounds.join(', ')))
  }
  for (const s of plan.steps) {
    lines.push('', `${s.code} ${stepName(s, locale)} [${t.statuses[s.status]}]`)
    const party = (p: (typeof s.parties)[number]): string =>
      p.regional === undefined ? p.name : `${p.name} (${t.inRegion}: ${p.regional.map((r) => r.name).join(', ')})`
    lines.push(`  ${t.responsible}: ${s.parties.map(party).join(', ') || '—'}`)
    if (s.rights.length > 0) {
      lines.push(`  ${t.rights}: ${s.rights.map((r) => r.name).join('; ')}`)
    }
    for (const d of s.deadlines) {
      lines.push(`  ${t.kinds[d.kind]} ${d.date}: ${say(d.label)} (${d.legalBasis})${d.passed ? ` — ${t.passed}` : ''}`)
    }
    for (const n of s.notes) {
      lines.push(`  • ${say(n)}`)
    }
    if (s.recordStatus !== 'sourced') {
      lines.push(`  (${t.recordStatus[s.recordStatus]}; ${t.sources}: ${s.sources.join(', ')})`)
    }
  }
  const m = plan.regional?.municipality
  if (plan.regional !== undefined && m !== null && m !== undefined) {
    lines.push('', t.regional(m.name))
    for (const p of plan.regional.parties) {
      const phones = (p.contact?.phones ?? []).map((ph) => ph.number).join(', ')
      const website = p.contact?.website
      lines.push(
        `  - ${p.name} (${p.region.name})${phones === '' ? '' : `, ${t.phone} ${phones}`}${website === undefined ? '' : `, ${website}`}`,
      )
    }
  }
  if (plan.warnings.length > 0) {
    lines.push('', t.warnings)
    for (const w of plan.warnings) {
      lines.push(`  ! ${say(w)}`)
    }
  }
  lines.push('', t.rules)
  for (const r of plan.rules) {
    lines.push(
      `  - ${r.name} (${r.legalBasis}${r.validFrom === undefined ? '' : `, ${t.from} ${r.validFrom}`}${r.status === 'sourced' ? '' : `, ${r.status}`})`,
    )
  }
  return lines.join('\n')
}
