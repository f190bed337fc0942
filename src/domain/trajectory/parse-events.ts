// SPDX-License-Identifier: EUPL-1.2
// The planner's part of reading a scenario: the situation flags and the event dates (types, and
// that they fit together: dates in a possible order, flags that belong to the situation). The
// scenario parser calls these for every instrument, so a case the planner would refuse is refused
// with the same field and code by the route too.
import { isCalendarDate } from '../validity.ts'
import { CASE_OUTCOMES, MAX_RENEWALS, REFLECTION_END_REASONS, type ScenarioFieldName } from '../scenario.ts'
import { given, noParams, type DateOrderRule, type EventDateField, type Fail } from '../scenario-errors.ts'
import { periodLastDay } from './calendar.ts'
import type { ParsedTrajectoryInput } from './input.ts'

export const FLAG_FIELDS = [
  'euResidenceRight',
  'unaccompanied',
  'witness',
  'refusedEntry',
  'detentionConsent',
  'presenceNeeded',
] as const
export const DATE_FIELDS = [
  'firstSignal',
  'reflectionStart',
  'reflectionEnd',
  'report',
  'permitGranted',
  'prosecutionDecision',
  'caseOutcomeDate',
  'asOf',
] as const satisfies readonly EventDateField[]
type DateField = (typeof DATE_FIELDS)[number]

/** Reads one field of the raw input (query rules applied); undefined when absent. */
export type FieldReader = (field: ScenarioFieldName) => unknown

/**
 * The event fields and the planner's flags, checked for type. Booleans of a query are "true" or
 * "false"; renewals may be a list or comma-separated text there.
 */
export function parseEvents(value: FieldReader, fail: Fail, query: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const oneOf = <T extends string>(field: ScenarioFieldName, values: readonly T[]): T | undefined => {
    const v = value(field)
    if (v === undefined) {
      return undefined
    }
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      return fail(field, 'scenario.error.not-allowed', { given: given(v), allowed: values })
    }
    return v as T
  }
  const dateOf = (field: string, v: unknown): string | undefined => {
    if (typeof v !== 'string' || !isCalendarDate(v)) {
      return fail(field, 'scenario.error.date', { given: given(v) })
    }
    return v
  }
  out.reflectionEndReason = oneOf('reflectionEndReason', REFLECTION_END_REASONS)
  out.caseOutcome = oneOf('caseOutcome', CASE_OUTCOMES)
  for (const f of FLAG_FIELDS) {
    if (f === 'unaccompanied') {
      continue // a facet of the person: the scenario parser reads it
    }
    const v = value(f)
    if (v === undefined || typeof v === 'boolean') {
      out[f] = v
    } else if (query && (v === 'true' || v === 'false')) {
      out[f] = v === 'true'
    } else {
      fail(f, 'scenario.error.not-boolean', { given: given(v) })
    }
  }
  for (const f of DATE_FIELDS) {
    const v = value(f)
    out[f] = v === undefined ? undefined : dateOf(f, v)
  }
  const renewalsRaw = value('renewals')
  if (renewalsRaw !== undefined) {
    const list = query
      ? (Array.isArray(renewalsRaw) ? (renewalsRaw as unknown[]) : [renewalsRaw])
          .flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))
          .map((s) => (typeof s === 'string' ? s.trim() : s))
          .filter((s) => s !== '')
      : renewalsRaw
    if (!Array.isArray(list)) {
      fail('renewals', 'scenario.error.renewals-not-list', { given: given(renewalsRaw) })
    } else if (list.length > MAX_RENEWALS) {
      fail('renewals', 'scenario.error.renewals-too-many', { max: MAX_RENEWALS })
    } else {
      const dates = (list as unknown[]).map((v, i) => dateOf(`renewals/${i}`, v))
      out.renewals = dates.every((x) => x !== undefined) ? dates : undefined
    }
  }
  return out
}

/** Facts that cannot be true together. Each error names the later (or the dependent) field. */
export function checkCase(i: ParsedTrajectoryInput, fail: Fail): void {
  if (i.euResidenceRight !== undefined && i.nationalityGroup !== undefined && i.nationalityGroup !== 'eu') {
    fail('euResidenceRight', 'scenario.error.eu-right-not-eu', noParams)
  }
  if (i.witness === true && i.cooperation !== undefined && i.cooperation !== 'reporting') {
    fail('cooperation', 'scenario.error.witness-not-reporting', { cooperation: i.cooperation })
  }
  if (i.reflectionStart !== undefined) {
    if (i.witness === true) {
      fail('reflectionStart', 'scenario.error.witness-no-reflection', noParams)
    }
    if (i.residence === 'detained' && i.detentionConsent !== true) {
      fail('detentionConsent', 'scenario.error.detention-needs-consent', noParams)
    }
  }
  if (i.detentionConsent !== undefined && i.residence !== 'detained') {
    fail('detentionConsent', 'scenario.error.consent-not-detained', noParams)
  }
  if (i.presenceNeeded !== undefined && i.residence !== 'dublin') {
    fail('presenceNeeded', 'scenario.error.presence-not-dublin', noParams)
  }
  if (i.reflectionEnd !== undefined && i.reflectionStart === undefined) {
    fail('reflectionEnd', 'scenario.error.reflection-end-without-start', noParams)
  }
  if (i.reflectionEndReason !== undefined && i.reflectionEnd === undefined) {
    fail('reflectionEndReason', 'scenario.error.end-reason-without-end', noParams)
  }
  if (i.caseOutcomeDate !== undefined && (i.caseOutcome === undefined || i.caseOutcome === 'pending')) {
    fail('caseOutcomeDate', 'scenario.error.outcome-date-without-outcome', noParams)
  }
  if (i.renewals !== undefined && i.renewals.length > 0 && i.permitGranted === undefined) {
    fail('renewals', 'scenario.error.renewals-without-permit', noParams)
  }
  if (i.permitGranted !== undefined && i.cooperation === 'declined' && i.witness !== true) {
    fail('permitGranted', 'scenario.error.permit-declined', noParams)
  }

  // Dates in the order events can happen: [earlier, later, the rule the order breaks].
  const order: [DateField, DateField, DateOrderRule][] = [
    ['firstSignal', 'reflectionStart', 'reflection-after-signal'],
    ['reflectionStart', 'reflectionEnd', 'reflection-end-after-start'],
    ['firstSignal', 'report', 'report-after-signal'],
    ['reflectionStart', 'report', 'report-after-reflection'],
    ['firstSignal', 'permitGranted', 'permit-after-signal'],
    ['reflectionStart', 'permitGranted', 'permit-after-reflection'],
    ['report', 'permitGranted', 'permit-after-report'],
    ['report', 'prosecutionDecision', 'prosecution-after-report'],
    ['report', 'caseOutcomeDate', 'outcome-after-report'],
    ['prosecutionDecision', 'caseOutcomeDate', 'outcome-after-prosecution'],
  ]
  for (const [a, b, rule] of order) {
    const va = i[a]
    const vb = i[b]
    if (typeof va === 'string' && vb !== undefined && vb < va) {
      fail(b, 'scenario.error.date-order', { date: vb, earlier: a, earlierDate: va, rule })
    }
  }
  if (i.reflectionStart !== undefined && i.reflectionEnd !== undefined) {
    const last = periodLastDay(i.reflectionStart, 3, 'months')
    if (i.reflectionEnd > last) {
      fail('reflectionEnd', 'scenario.error.reflection-too-long', { date: i.reflectionEnd, last })
    }
  }
  if (
    i.report !== undefined &&
    i.reflectionEnd !== undefined &&
    i.reflectionStart !== undefined &&
    i.report >= i.reflectionStart &&
    i.report < i.reflectionEnd
  ) {
    fail('reflectionEnd', 'scenario.error.reflection-after-report', { report: i.report })
  }
  const renewals = i.renewals ?? []
  renewals.forEach((r, n) => {
    if (i.permitGranted !== undefined && r < i.permitGranted) {
      fail(`renewals/${n}`, 'scenario.error.renewal-before-permit', { date: r, permitGranted: i.permitGranted })
    }
    const prev = renewals[n - 1]
    if (prev !== undefined && r <= prev) {
      fail(`renewals/${n}`, 'scenario.error.renewal-not-after-previous', { date: r, previous: prev })
    }
  })
  for (const f of [...DATE_FIELDS.filter((f) => f !== 'asOf'), 'renewals'] as const) {
    const values =
      f === 'renewals'
        ? renewals.map((v, n) => [`renewals/${n}`, v] as const)
        : i[f] === undefined
          ? []
          : [[f, i[f]] as const]
    for (const [path, v] of values) {
      if (v !== undefined && v > i.asOf) {
        fail(path, 'scenario.error.date-after-plan-date', { date: v, asOf: i.asOf })
      }
    }
  }
}
