// SPDX-License-Identifier: EUPL-1.2
// Track 1 — the signal and the reflection period (T01–T06x, with CoMensha's notification, shelter
// and the COA provisions). The rule in force on the start of the reflection period (else the first
// signal) decides: until 18 May 2023 only without lawful stay; since then for every presumed
// victim, with a shorter period for Dublin claimants (the rule record carries that limit). Never
// for a witness who reported. A period whose last day has passed without a recorded end is overdue.
import type { TrajectoryRule } from '../../trajectory.ts'
import { periodLastDay } from '../calendar.ts'
import { STEP, statusOf, type PlanContext } from '../context.ts'
import { note, say } from '../messages.ts'

const BASIS = 'Vc 2000 (B) B8/3.1'

export function reflectionTrack(c: PlanContext): void {
  const { input, is } = c

  // T01 — signal.
  const t01 = c.draft(STEP.signal, 'done', input.firstSignal)
  if (input.firstSignal !== undefined) {
    c.event(t01, STEP.signal, 'date', note('trajectory.event.first-signal'), input.firstSignal, BASIS)
  }

  // T02 — the offer of a reflection period, by the rule in force on its start.
  const reflectionOn = input.reflectionStart ?? input.firstSignal
  const t02 = c.draft(STEP.offer, 'upcoming', reflectionOn)
  const openRule = c.useRule(t02, 'reflection-for-presumed-victims', reflectionOn)
  const reflectionRule = openRule ?? c.useRule(t02, 'reflection-only-without-lawful-stay', reflectionOn)
  const lawfulBlocks = is.lawfulStay && openRule === undefined
  if (input.residence === 'dublin' && openRule !== undefined) {
    const shorter = c.useRule(t02, 'reflection-dublin-shorter', reflectionOn)
    const rule = shorter?.id
    for (const l of shorter?.limits ?? []) {
      for (const stepId of shorter?.steps ?? []) {
        c.ruleLimits.set(`${stepId}/${l.key}`, l)
        if (rule !== undefined) {
          c.limitRules.set(`${stepId}/${l.key}`, rule)
        }
      }
    }
  }
  let possible = !is.witness && !lawfulBlocks && reflectionRule !== undefined
  if (is.witness) {
    c.useRule(t02, 'reflection-not-for-witnesses', reflectionOn)
    t02.status = 'not-applicable'
    t02.notes.push(note('trajectory.note.witness-no-reflection'))
  } else if (lawfulBlocks) {
    t02.status = 'not-applicable'
    const until = reflectionRule?.validTo
    t02.notes.push(
      say('trajectory.note.lawful-stay-no-reflection', {
        residence: input.residence ?? '',
        ...(until === undefined ? {} : { until }),
      }),
    )
    if (input.reflectionStart !== undefined) {
      c.warnings.push(
        say('trajectory.warning.reflection-start-lawful-stay', {
          date: input.reflectionStart,
          residence: input.residence ?? '',
        }),
      )
    }
  } else if (is.lawfulStay && openRule !== undefined) {
    t02.notes.push(say('trajectory.note.rule', { rule: openRule.id }))
  } else if (input.residence === 'detained') {
    c.useRule(t02, 'reflection-detention-consent', reflectionOn)
    if (input.detentionConsent !== true) {
      possible = false
      t02.status = input.cooperation === 'reporting' || input.report !== undefined ? 'not-applicable' : 'possible'
      t02.notes.push(note('trajectory.note.detention-consent'))
    }
  }
  if (input.residence === undefined && !is.witness && openRule === undefined) {
    t02.notes.push(note('trajectory.note.residence-unknown'))
  }
  if (input.refusedEntry === true && !is.witness) {
    c.useRule(t02, 'reflection-refused-entry', reflectionOn)
    t02.notes.push(note('trajectory.note.refused-entry'))
  }

  if (!possible || (input.reflectionStart === undefined && input.report !== undefined)) {
    // No reflection period; CoMensha is still notified and shelter can still be needed.
    c.draft(STEP.notify, input.report === undefined ? 'upcoming' : 'done', input.report)
    if (!is.lawfulStay) {
      c.draft(STEP.shelter, shelterStatus(c, false), input.report)
    }
    return
  }
  t02.status = statusOf(input.reflectionStart !== undefined, false)
  reflectionPeriod(
    c,
    t02.rules.filter((r) => r.rule !== 'reflection-refused-entry'),
  )
  const started = input.reflectionStart !== undefined
  c.draft(STEP.notify, started ? 'done' : 'upcoming', input.reflectionStart)
  c.draft(STEP.shelter, shelterStatus(c, started), input.reflectionStart)
  c.draft(STEP.rvb, started ? 'done' : 'upcoming', input.reflectionStart)
  const t06x = c.draft(STEP.reflectionEnd, is.reflectionEndedWithout ? 'done' : 'possible', input.reflectionEnd)
  if (is.reflectionEndedWithout && input.reflectionEnd !== undefined) {
    c.event(
      t06x,
      STEP.reflectionEnd,
      'date',
      note('trajectory.event.reflection-ended-without-permit'),
      input.reflectionEnd,
      BASIS,
    )
  }
}

/**
 * Shelter placement is "now" while the person waits for it; once a later event is recorded (a
 * report, a permit) the placement has happened and the case has moved on.
 */
function shelterStatus(c: PlanContext, started: boolean): 'done' | 'current' | 'upcoming' {
  if (c.input.permitGranted !== undefined || (started && c.input.report !== undefined)) {
    return 'done'
  }
  return started ? 'current' : 'upcoming'
}

/** T06 — the period itself: start, monthly reporting, last day, end; overdue when it ran out unrecorded. */
function reflectionPeriod(c: PlanContext, rules: readonly TrajectoryRule[]): void {
  const { input } = c
  const start = input.reflectionStart
  // A report ends the reflection period on its day (Vc B8/3.1), recorded or not.
  const end = input.reflectionEnd ?? (start !== undefined && input.report !== undefined ? input.report : undefined)
  const t06 = c.draft(STEP.reflection, start === undefined ? 'upcoming' : end === undefined ? 'current' : 'done', start)
  t06.rules.push(...rules)
  if (start === undefined) {
    t06.notes.push(note('trajectory.note.reflection-dates-pending'))
    const shorter = c.ruleLimits.get(`${STEP.reflection}/reflection-max`)
    if (shorter !== undefined) {
      t06.notes.push(
        say('trajectory.note.shorter-limit', {
          ...c.limitIds(STEP.reflection, 'reflection-max'),
          legalBasis: shorter.legalBasis,
        }),
      )
    }
    return
  }
  c.event(t06, STEP.reflection, 'start', note('trajectory.event.reflection-start'), start, BASIS)
  const last = c.deadline(t06, STEP.reflection, 'reflection-max', start)
  // Monthly reporting: the last day of each month of the period, up to the end of the period.
  const reporting = c.limit(STEP.reflection, 'reflection-reporting')
  const until = end ?? last
  if (reporting !== undefined && until !== undefined) {
    for (let k = 1; k <= 12; k++) {
      const due = periodLastDay(start, reporting.value * k, reporting.unit)
      if (due >= until) {
        break
      }
      t06.deadlines.push({
        id: `${STEP.reflection}.reflection-reporting.${k}`,
        label: say('trajectory.deadline.limit', { ...c.limitIds(STEP.reflection, 'reflection-reporting'), month: k }),
        date: due,
        legalBasis: reporting.legalBasis,
        kind: reporting.kind,
      })
    }
  }
  if (input.reflectionEnd !== undefined) {
    c.event(t06, STEP.reflection, 'end', note('trajectory.event.reflection-end'), input.reflectionEnd, BASIS)
  } else if (end !== undefined) {
    c.event(t06, STEP.reflection, 'end', note('trajectory.event.reflection-end-report'), end, BASIS)
  } else if (last !== undefined && last < c.asOf) {
    // Overdue: the period cannot run on, so this is no longer "now" but a gap in the file.
    t06.status = 'overdue'
    t06.notes.push(say('trajectory.note.reflection-overdue', { date: last }))
    c.warnings.push(say('trajectory.warning.reflection-overdue', { date: last }))
  }
}
