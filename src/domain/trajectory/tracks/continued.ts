// SPDX-License-Identifier: EUPL-1.2
// Track 3 — continued residence (T11), by the rules in force on their decisive dates: after a final
// conviction, after the OM's decision to prosecute (the 2018 rule), after three years on the permit,
// or on special individual circumstances (the only way for a witness who reported).
import { dayAfterPeriod } from '../calendar.ts'
import { STEP, type PlanContext } from '../context.ts'
import { note, say } from '../messages.ts'

export function continuedTrack(c: PlanContext): void {
  const { input, is } = c
  if (c.permitBlocked || is.unable) {
    return
  }
  const t11 = c.draft(STEP.continued, 'upcoming')
  const eligible: string[] = []
  if (is.witness) {
    c.useRule(t11, 'continued-special-circumstances', c.asOf)
    t11.notes.push(note('trajectory.note.witness-continued'))
  } else {
    if (input.caseOutcome === 'conviction') {
      const r = c.useRule(t11, 'continued-conviction', input.caseOutcomeDate)
      if (r !== undefined && input.caseOutcomeDate !== undefined) {
        c.event(
          t11,
          STEP.continued,
          'conviction',
          note('trajectory.event.conviction'),
          input.caseOutcomeDate,
          r.legalBasis,
        )
        eligible.push(input.caseOutcomeDate)
      } else if (r !== undefined) {
        t11.notes.push(note('trajectory.note.conviction-date-missing'))
      }
    }
    if (input.prosecutionDecision !== undefined) {
      const r = c.useRule(t11, 'continued-prosecution-decision', input.prosecutionDecision)
      if (r !== undefined) {
        c.event(
          t11,
          STEP.continued,
          'prosecution',
          note('trajectory.event.prosecution'),
          input.prosecutionDecision,
          r.legalBasis,
        )
        eligible.push(input.prosecutionDecision)
      } else {
        t11.notes.push(say('trajectory.note.prosecution-before-rule', { date: input.prosecutionDecision }))
      }
    }
    if (input.permitGranted !== undefined) {
      const l = c.limit(STEP.continued, 'continued-three-years')
      if (l !== undefined) {
        const reached = dayAfterPeriod(input.permitGranted, l.value, l.unit)
        const r = c.useRule(t11, 'continued-three-years', reached)
        const stoppedEarly =
          (input.caseOutcome === 'acquittal' || input.caseOutcome === 'dismissal') &&
          input.caseOutcomeDate !== undefined &&
          input.caseOutcomeDate < reached
        if (r !== undefined && !stoppedEarly) {
          c.deadline(t11, STEP.continued, 'continued-three-years', input.permitGranted)
          eligible.push(reached)
        } else if (stoppedEarly) {
          t11.notes.push(
            say('trajectory.note.case-ended-before-three-years', { ended: input.caseOutcomeDate ?? '', reached }),
          )
        }
      }
    } else {
      t11.notes.push(note('trajectory.note.three-years-pending'))
    }
    c.useRule(t11, 'continued-special-circumstances', c.asOf)
    t11.notes.push(note('trajectory.note.special-circumstances'))
  }
  const continuedMax = c.limit(STEP.continued, 'continued-permit-max')
  if (continuedMax !== undefined) {
    t11.notes.push(
      say('trajectory.note.continued-max', { years: continuedMax.value, legalBasis: continuedMax.legalBasis }),
    )
  }
  const earliest = eligible.sort()[0]
  if (earliest !== undefined) {
    t11.on = earliest
    t11.status = earliest <= c.asOf ? 'current' : 'upcoming'
  }
}
