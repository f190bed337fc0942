// SPDX-License-Identifier: EUPL-1.2
// Track 1 — the signal and the reflection period (T01–T06x, with CoMensha's notification, shelter
// and the COA provisions). The rule in force on the start of the reflection period (else the first
// signal) decides: until 18 May 2023 only without lawful stay; since then for every presumed
// victim, with a shorter period for Dublin claimants (the rule record carries that limit). Never
// for a witness who reported. A period whose last day has passed without a recorded end is overdue.
import type { TrajectoryRule } from '../../trajectory.ts'
import { periodLastDay } from '../calendar.ts'
import { STEP, statusOf, type PlanContext } from '../context.ts'

const BASIS = 'Vc 2000 (B) B8/3.1'

export function reflectionTrack(c: PlanContext): void {
  const { input, is } = c

  // T01 — signal.
  const t01 = c.draft(STEP.signal, 'done', input.firstSignal)
  if (input.firstSignal !== undefined) {
    c.event(t01, STEP.signal, 'date', 'Eerste signaal', input.firstSignal, BASIS)
  }

  // T02 — the offer of a reflection period, by the rule in force on its start.
  const reflectionOn = input.reflectionStart ?? input.firstSignal
  const t02 = c.draft(STEP.offer, 'upcoming', reflectionOn)
  const openRule = c.useRule(t02, 'reflection-for-presumed-victims', reflectionOn)
  const reflectionRule = openRule ?? c.useRule(t02, 'reflection-only-without-lawful-stay', reflectionOn)
  const lawfulBlocks = is.lawfulStay && openRule === undefined
  if (input.residence === 'dublin' && openRule !== undefined) {
    const shorter = c.useRule(t02, 'reflection-dublin-shorter', reflectionOn)
    for (const l of shorter?.limits ?? []) {
      for (const stepId of shorter?.steps ?? []) {
        c.ruleLimits.set(`${stepId}/${l.key}`, l)
      }
    }
  }
  let possible = !is.witness && !lawfulBlocks && reflectionRule !== undefined
  if (is.witness) {
    c.useRule(t02, 'reflection-not-for-witnesses', reflectionOn)
    t02.status = 'not-applicable'
    t02.notes.push('Een getuige-aangever heeft al aangifte gedaan en krijgt geen bedenktijd.')
  } else if (lawfulBlocks) {
    t02.status = 'not-applicable'
    const until = reflectionRule?.validTo === undefined ? '' : ` tot ${reflectionRule.validTo}`
    t02.notes.push(
      `Bij rechtmatig verblijf (${input.residence}) werd${until} geen bedenktijd gegeven; de vergunning kan wel worden aangevraagd na aangifte of medewerking.`,
    )
    if (input.reflectionStart !== undefined) {
      c.warnings.push(
        `Op ${input.reflectionStart} gold de bedenktijd alleen zonder rechtmatig verblijf; de opgegeven begindatum past niet bij verblijfssituatie '${input.residence}'.`,
      )
    }
  } else if (is.lawfulStay && openRule !== undefined) {
    t02.notes.push(`${openRule.name}.`)
  } else if (input.residence === 'detained') {
    c.useRule(t02, 'reflection-detention-consent', reflectionOn)
    if (input.detentionConsent !== true) {
      possible = false
      t02.status = input.cooperation === 'reporting' || input.report !== undefined ? 'not-applicable' : 'possible'
      t02.notes.push('In vreemdelingenbewaring alleen als het OM en de politie instemmen met de bedenktijd.')
    }
  }
  if (input.residence === undefined && !is.witness && openRule === undefined) {
    t02.notes.push(
      'Alleen als de persoon geen rechtmatig verblijf heeft; geef de verblijfssituatie op om dat vast te stellen.',
    )
  }
  if (input.refusedEntry === true && !is.witness) {
    c.useRule(t02, 'reflection-refused-entry', reflectionOn)
    t02.notes.push(
      'Geweigerd aan de grens: de Koninklijke Marechaussee beslist, zo nodig met het OM, of de signalen volstaan.',
    )
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
    c.event(t06x, STEP.reflectionEnd, 'date', 'Bedenktijd geëindigd zonder vergunning', input.reflectionEnd, BASIS)
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
    t06.notes.push('De termijnen worden berekend zodra de begindatum bekend is (reflectionStart).')
    const shorter = c.ruleLimits.get(`${STEP.reflection}/reflection-max`)
    if (shorter !== undefined) {
      t06.notes.push(`${shorter.label} (${shorter.legalBasis}).`)
    }
    return
  }
  c.event(t06, STEP.reflection, 'start', 'Begin van de bedenktijd', start, BASIS)
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
        label: `${reporting.label} (${k}e maand)`,
        ...(reporting.en === undefined ? {} : { labelEn: `${reporting.en} (month ${k})` }),
        date: due,
        legalBasis: reporting.legalBasis,
        kind: reporting.kind,
      })
    }
  }
  if (input.reflectionEnd !== undefined) {
    c.event(t06, STEP.reflection, 'end', 'Einde van de bedenktijd', input.reflectionEnd, BASIS)
  } else if (end !== undefined) {
    c.event(t06, STEP.reflection, 'end', 'Einde van de bedenktijd (dag van de aangifte)', end, BASIS)
  } else if (last !== undefined && last < c.asOf) {
    // Overdue: the period cannot run on, so this is no longer "now" but a gap in the file.
    t06.status = 'overdue'
    t06.notes.push(
      `De bedenktijd is verstreken: de laatste dag was ${last} en verlengen kan niet. Nu: ga na of de persoon aangifte heeft gedaan of meewerkt (dan volgt de aanvraag van de B8-vergunning via de politie), of dat de bedenktijd anders eindigde; zonder aanvraag eindigen opvang en voorzieningen en geldt een vertrektermijn.`,
    )
    c.warnings.push(
      `De bedenktijd liep uiterlijk tot en met ${last} en kan niet worden verlengd. Leg vast hoe die eindigde (reflectionEnd en reflectionEndReason).`,
    )
  }
}
