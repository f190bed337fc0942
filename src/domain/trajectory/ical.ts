// SPDX-License-Identifier: EUPL-1.2
// The plan's deadlines as an RFC 5545 calendar (one all-day VEVENT per deadline), so a counsellor
// can put them in any agenda. Only what applies to the case: no steps that do not apply or may
// never happen, no dates already past on the plan date, no dates the user gave. Each deadline has
// a reminder (VALARM) before it. Deterministic output: same plan, same bytes.
import type { ParsedTrajectoryInput } from './input.ts'
import type { PlanDeadline, PlanStep, StepStatus, TrajectoryPlan } from './plan-schema.ts'

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space.
 * Never splits a UTF-8 character, so every chunk stays valid UTF-8.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = MAX_OCTETS
  for (const ch of line) {
    const size = encoder.encode(ch).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = MAX_OCTETS - 1 // the leading space of a continuation line counts
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

const compact = (date: string) => date.replace(/-/g, '')

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d + 1))
  return t.toISOString().slice(0, 10)
}

/** FNV-1a, 32 bits: a short, stable, non-cryptographic fingerprint for UIDs. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/**
 * UIDs must stay the same when a plan is exported again with more facts, so an agenda updates its
 * events instead of doubling them. They combine the deadline's id with a fingerprint of the
 * earliest known date of the trajectory, which does not change as later facts are added.
 */
function uidOf(deadlineId: string, input: ParsedTrajectoryInput): string {
  const anchor = input.firstSignal ?? input.reflectionStart ?? input.report ?? input.permitGranted ?? 'zonder-datum'
  return `${deadlineId}.${fingerprint(`${input.nationalityGroup}|${anchor}`)}@trajectplanner.wegwijzer`
}

/** Steps whose deadlines belong in an agenda: those the case is in or heading for. */
const APPLIES: ReadonlySet<StepStatus> = new Set(['current', 'overdue', 'upcoming', 'done'])

/**
 * How long before a date the agenda reminds: a week before a last day (time to act on it), a day
 * before a target date or the first day something becomes possible.
 */
export function reminderBefore(kind: PlanDeadline['kind']): string {
  return kind === 'max' || kind === 'within' ? '-P7D' : '-P1D'
}

/** The words of the calendar in one language; the edge fills them from the message catalogue. */
export interface ICalTexts {
  readonly calendarName: string
  /** The deadline's label (a message) as text. */
  label(label: PlanDeadline['label']): string
  stepName(step: PlanStep): string
  description(step: { code: string; name: string }, legalBasis: string, responsible: string): string
  reminder(label: string, step: string): string
}

export function planToICalendar(plan: TrajectoryPlan, input: ParsedTrajectoryInput, texts: ICalTexts): string {
  // DTSTAMP is required; the plan date keeps the output deterministic (no clock in the domain).
  const stamp = `${compact(plan.asOf)}T000000Z`
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wegwijzer mensenhandel//Trajectplanner B8//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(texts.calendarName)}`,
  ]
  for (const step of plan.steps) {
    if (!APPLIES.has(step.status)) {
      continue
    }
    const name = texts.stepName(step)
    for (const d of step.deadlines) {
      if (d.kind === 'event' || d.passed) {
        continue // dates the user gave, and dates gone by, are history, not deadlines
      }
      const label = texts.label(d.label)
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uidOf(d.id, input)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(d.date)}`,
        `DTEND;VALUE=DATE:${compact(nextDay(d.date))}`,
        `SUMMARY:${escapeText(`${label} – ${name}`)}`,
        `DESCRIPTION:${escapeText(texts.description({ code: step.code, name }, d.legalBasis, step.parties.map((p) => p.name).join(', ')))}`,
        `CATEGORIES:${escapeText(step.code)}`,
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${reminderBefore(d.kind)}`,
        `DESCRIPTION:${escapeText(texts.reminder(label, name))}`,
        'END:VALARM',
        'END:VEVENT',
      )
    }
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}
