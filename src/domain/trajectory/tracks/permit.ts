// SPDX-License-Identifier: EUPL-1.2
// Track 2 — the temporary permit and non-cooperation (T07–T10, T12/T12b, T13): the grounds of
// Vb 2000 art. 3.48 lid 1 that fit, the report as the application, the permit with its renewals
// while the case runs and its withdrawal when the case stops; for victims unable to cooperate the
// one-year permit; the 2019 Dublin rule (a permit only when the OM needs the person here).
import type { TrajectoryRule } from '../../trajectory.ts'
import { addDays, periodLastDay } from '../calendar.ts'
import { STEP, type PlanContext } from '../context.ts'
import { note, say } from '../messages.ts'

export function permitTrack(c: PlanContext): void {
  const { input, is } = c

  // T13 — asylum route: the IND checks the B8 permit ex officio in the asylum procedure.
  if (input.residence === 'asylum' || input.residence === 'dublin') {
    const t13 = c.draft(STEP.asylum, input.permitGranted === undefined ? 'current' : 'done')
    if (!is.cooperates) {
      t13.notes.push(note('trajectory.note.asylum-needs-cooperation'))
    }
  }

  c.grounds = permitGrounds(c)
  // Dublin claimants (2019 rule): looked up on the application, also listed when the person cannot cooperate.
  const dublinRule =
    input.residence === 'dublin' ? c.ruleOn('dublin-presence-needed', input.report ?? input.permitGranted) : undefined
  if (is.unable) {
    nonCooperation(c)
  } else {
    reportAndPermit(c, dublinRule)
  }
}

/** Grounds of Vb 2000 art. 3.48 lid 1 that fit, by the rule in force on the report. */
function permitGrounds(c: PlanContext): string[] {
  const { input, is } = c
  const grounds: string[] = []
  if (c.ruleOn('permit-grounds', input.report) === undefined) {
    return grounds
  }
  if (is.witness) {
    grounds.push('c')
  } else if (is.unable) {
    if (is.noTitle) {
      grounds.push('d')
    }
  } else {
    if (
      input.cooperation === 'reporting' ||
      (input.report !== undefined && input.cooperation !== 'cooperating-otherwise')
    ) {
      grounds.push('a')
    }
    if (input.cooperation === 'cooperating-otherwise') {
      grounds.push('b')
    }
    if (is.labour && is.noTitle && (is.cooperates || input.cooperation === undefined)) {
      grounds.push('g')
    }
  }
  return grounds
}

/** T12 / T12b — permit for victims unable to cooperate: one year, not renewable. */
function nonCooperation(c: PlanContext): void {
  const { input, is } = c
  const t12 = c.draft(STEP.noncoop, input.permitGranted === undefined ? 'upcoming' : 'done', input.permitGranted)
  c.useRule(t12, 'permit-grounds', input.permitGranted)
  if (!is.noTitle) {
    t12.status = 'not-applicable'
    t12.notes.push(note('trajectory.note.noncoop-only-without-title'))
  } else if (input.permitGranted !== undefined) {
    c.event(
      t12,
      STEP.noncoop,
      'granted',
      note('trajectory.event.permit-granted'),
      input.permitGranted,
      'Vb 2000 art. 3.48 lid 1 onder d',
    )
    c.deadline(t12, STEP.noncoop, 'noncoop-permit', input.permitGranted)
    const t12b = c.draft(STEP.noncoopAfter, 'upcoming')
    const from = c.deadline(t12b, STEP.noncoopAfter, 'noncoop-continued-after', input.permitGranted)
    if (from !== undefined && from <= c.asOf) {
      t12b.status = 'current'
    }
  } else {
    t12.notes.push(note('trajectory.note.noncoop-evidence'))
    c.draft(STEP.noncoopAfter, 'possible')
  }
  c.draft(STEP.report, 'possible').notes.push(note('trajectory.note.report-still-possible'))
}

/** T07–T10 — the report as the application, the temporary permit, renewals and withdrawal. */
function reportAndPermit(c: PlanContext, dublinRule: TrajectoryRule | undefined): void {
  const { input, is } = c
  const permitOn = input.report ?? input.permitGranted

  // T07 — report or other cooperation; the M55 notification is the application.
  const t07 = c.draft(
    STEP.report,
    input.report !== undefined || is.witness ? 'done' : input.cooperation === 'declined' ? 'possible' : 'upcoming',
    input.report,
  )
  if (input.report !== undefined) {
    c.event(
      t07,
      STEP.report,
      'date',
      say('trajectory.event.report', { witness: is.witness }),
      input.report,
      'Vc 2000 (B) B8/3.1',
    )
    if (input.permitGranted === undefined) {
      const target = c.deadline(t07, STEP.report, 'ind-decision-target', input.report)
      if (target !== undefined && target < c.asOf) {
        c.warnings.push(say('trajectory.warning.ind-target-passed', { date: target }))
      }
    }
  }
  if (input.cooperation === 'declined') {
    t07.notes.push(note('trajectory.note.declined'))
  }

  // T08 — temporary permit.
  const t08 = c.draft(
    STEP.permit,
    input.permitGranted === undefined ? (is.cooperates ? 'current' : 'upcoming') : 'done',
    input.permitGranted ?? input.report,
  )
  c.useRule(t08, 'permit-grounds', permitOn)
  if (c.grounds.length > 0) {
    t08.notes.push(say('trajectory.note.permit-grounds', { grounds: c.grounds }))
  }
  if (dublinRule !== undefined) {
    t08.rules.push(dublinRule)
    if (input.presenceNeeded === false) {
      c.permitBlocked = input.permitGranted === undefined
      if (c.permitBlocked) {
        t08.status = 'not-applicable'
        t08.notes.push(note('trajectory.note.dublin-presence-not-needed'))
      }
    } else if (input.presenceNeeded === undefined) {
      t08.notes.push(note('trajectory.note.dublin-ask-om'))
    }
  }
  if (input.permitGranted !== undefined) {
    c.event(
      t08,
      STEP.permit,
      'granted',
      note('trajectory.event.permit-granted'),
      input.permitGranted,
      'Vb 2000 art. 3.48 lid 1',
    )
    c.deadline(t08, STEP.permit, 'permit-max', input.permitGranted)
  }
  if (!c.permitBlocked) {
    renewalAndWithdrawal(c)
  }
}

/** T09 / T10 — renewal while the case runs; withdrawal when it stops. */
function renewalAndWithdrawal(c: PlanContext): void {
  const { input, is } = c
  const caseStopped = input.caseOutcome === 'acquittal' || input.caseOutcome === 'dismissal'
  const t09 = c.draft(
    STEP.renewal,
    input.permitGranted === undefined ? 'upcoming' : caseStopped ? 'not-applicable' : 'current',
    input.permitGranted,
  )
  if (is.witness) {
    t09.notes.push(note('trajectory.note.witness-renewal'))
  }
  if (input.permitGranted !== undefined) {
    const first = c.limit(STEP.permit, 'permit-max')
    let expiry = first === undefined ? undefined : periodLastDay(input.permitGranted, first.value, first.unit)
    ;(input.renewals ?? []).forEach((r, n) => {
      c.event(
        t09,
        STEP.renewal,
        `renewed.${n + 1}`,
        say('trajectory.event.renewed', { n: n + 1 }),
        r,
        'Vb 2000 art. 3.59 lid 4',
      )
      if (expiry !== undefined) {
        expiry = c.deadline(t09, STEP.renewal, 'renewal-max', addDays(expiry, 1), n + 1)
      }
    })
    if (caseStopped) {
      t09.notes.push(note('trajectory.note.case-stopped'))
    } else if (expiry !== undefined) {
      t09.notes.push(say('trajectory.note.renew-before', { date: expiry }))
      if (expiry < c.asOf) {
        c.warnings.push(say('trajectory.warning.permit-expired', { date: expiry }))
      }
    }
  }
  const t10 = c.draft(STEP.withdrawal, caseStopped ? 'current' : 'possible', input.caseOutcomeDate)
  c.useRule(t10, 'permit-withdrawal', input.caseOutcomeDate)
  if (caseStopped && input.caseOutcomeDate !== undefined) {
    c.event(
      t10,
      STEP.withdrawal,
      'outcome',
      note(input.caseOutcome === 'acquittal' ? 'trajectory.event.acquittal' : 'trajectory.event.dismissal'),
      input.caseOutcomeDate,
      'Vc 2000 (B) B8/3.2',
    )
  }
}
