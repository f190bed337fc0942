// SPDX-License-Identifier: EUPL-1.2
// Renders a trajectory plan as readable Dutch text for the terminal: per step its status, parties,
// rights, deadlines with legal basis, notes, and the warnings of the plan.
import type { StepStatus, TrajectoryPlan } from '../domain/trajectory/index.ts'

const STATUS_NL: Readonly<Record<StepStatus, string>> = {
  done: 'afgerond',
  current: 'nu',
  overdue: 'te laat: nu handelen',
  upcoming: 'volgt',
  possible: 'mogelijk',
  'not-applicable': 'niet van toepassing',
}
const KIND_NL: Readonly<Record<string, string>> = {
  max: 'uiterlijk',
  within: 'uiterlijk',
  target: 'streefdatum',
  after: 'vanaf',
  min: 'vanaf',
  event: 'datum',
}

export function planToText(plan: TrajectoryPlan): string {
  const lines: string[] = [`Trajectplanner verblijfsregeling mensenhandel — plandatum ${plan.asOf}`]
  if (!plan.applicable) {
    lines.push('', 'De regeling is niet van toepassing.', plan.reason ?? '')
    if ((plan.alternatives ?? []).length > 0) {
      lines.push('', 'Wat wel geldt:')
      for (const a of plan.alternatives ?? []) {
        lines.push(`  - ${a.name}: ${a.summary}`)
      }
    }
    return lines.join('\n')
  }
  if (plan.permitGrounds.length > 0) {
    lines.push(`Passende vergunningsgrond(en), Vb 2000 art. 3.48 lid 1: ${plan.permitGrounds.join(', ')}`)
  }
  for (const s of plan.steps) {
    lines.push('', `${s.code} ${s.name} [${STATUS_NL[s.status]}]`)
    const party = (p: (typeof s.parties)[number]): string =>
      p.regional === undefined ? p.name : `${p.name} (in de regio: ${p.regional.map((r) => r.name).join(', ')})`
    lines.push(`  Verantwoordelijk: ${s.parties.map(party).join(', ') || '—'}`)
    if (s.rights.length > 0) {
      lines.push(`  Rechten: ${s.rights.map((r) => r.name).join('; ')}`)
    }
    for (const d of s.deadlines) {
      lines.push(
        `  ${KIND_NL[d.kind] ?? d.kind} ${d.date}: ${d.label} (${d.legalBasis})${d.passed ? ' — voorbij' : ''}`,
      )
    }
    for (const n of s.notes) {
      lines.push(`  • ${n}`)
    }
    if (s.recordStatus !== 'sourced') {
      lines.push(
        `  (stap ${s.recordStatus === 'derived' ? 'afgeleid' : 'niet geverifieerd'}; bronnen: ${s.sources.join(', ')})`,
      )
    }
  }
  const m = plan.regional?.municipality
  if (plan.regional !== undefined && m !== null && m !== undefined) {
    lines.push('', `Contacten in de regio (gemeente ${m.name}):`)
    for (const p of plan.regional.parties) {
      const phones = (p.contact?.phones ?? []).map((ph) => ph.number).join(', ')
      const website = p.contact?.website
      lines.push(
        `  - ${p.name} (${p.region.name})${phones === '' ? '' : `, tel. ${phones}`}${website === undefined ? '' : `, ${website}`}`,
      )
    }
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Let op:')
    for (const w of plan.warnings) {
      lines.push(`  ! ${w}`)
    }
  }
  lines.push('', 'Toegepaste regels:')
  for (const r of plan.rules) {
    lines.push(
      `  - ${r.name} (${r.legalBasis}${r.validFrom === undefined ? '' : `, vanaf ${r.validFrom}`}${r.status === 'sourced' ? '' : `, ${r.status}`})`,
    )
  }
  return lines.join('\n')
}
