// SPDX-License-Identifier: EUPL-1.2
// The iCalendar export follows RFC 5545: CRLF, 75-octet folding, escaping, all-day dates, stable UIDs.
import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, planToICalendar, type ICalTexts } from './ical.ts'
import type { ParsedTrajectoryInput } from './input.ts'
import type { TrajectoryPlan } from './plan-schema.ts'

const input: ParsedTrajectoryInput = {
  nationalityGroup: 'third-country',
  reflectionStart: '2016-02-29',
  asOf: '2016-03-10',
}
const plan: TrajectoryPlan = {
  applicable: true,
  asOf: '2016-03-10',
  permitGrounds: [],
  warnings: [],
  rules: [],
  steps: [
    {
      id: 't06-bedenktijd',
      code: 'T06',
      name: 'Bedenktijd',
      track: 'reflection',
      status: 'current',
      summary: 's',
      parties: [
        { id: 'ind', name: 'IND' },
        { id: 'politie', name: 'Politie' },
      ],
      rights: [],
      notes: [],
      rules: [],
      next: [],
      legalBasis: 'Vc',
      recordStatus: 'sourced',
      sources: ['vc-2000-b8-3'],
      deadlines: [
        {
          id: 't06-bedenktijd.start',
          label: { code: 'trajectory.event.reflection-start', params: {} },
          date: '2016-02-29',
          legalBasis: 'Vc',
          kind: 'event',
          passed: true,
        },
        {
          id: 't06-bedenktijd.reflection-max',
          label: {
            code: 'trajectory.deadline.limit',
            params: { step: 't06-bedenktijd', limit: 'reflection-max' },
          },
          date: '2016-05-28',
          legalBasis: 'Vc 2000 (B) B8/3.1',
          kind: 'max',
          passed: false,
        },
      ],
    },
  ],
}

// The words a calendar gets from the edge (src/messages fills them per language).
const TEXTS: ICalTexts = {
  calendarName: 'Termijnen verblijfsregeling mensenhandel',
  label: (m) => (m.code === 'trajectory.deadline.limit' ? 'Uiterste einddatum; één keer, niet verlengbaar' : m.code),
  stepName: (step) => step.name,
  description: (step, basis, responsible) =>
    `${step.code} ${step.name}\nGrondslag: ${basis}\nVerantwoordelijk: ${responsible}`,
  reminder: (label, step) => `Herinnering: ${label} – ${step}`,
}

describe('planToICalendar', () => {
  const ics = planToICalendar(plan, input, TEXTS)

  it('is a VCALENDAR with CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('has one all-day event per deadline, not for dates the user gave', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics).toContain('DTSTART;VALUE=DATE:20160528\r\n')
    expect(ics).toContain('DTEND;VALUE=DATE:20160529\r\n')
    expect(ics).toContain('DTSTAMP:20160310T000000Z\r\n')
  })

  it('reminds a week before a last day, inside the event (RFC 5545 VALARM)', () => {
    const event = /BEGIN:VEVENT[\s\S]*?END:VEVENT/.exec(ics)?.[0] ?? ''
    expect(event).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n')
    expect(event.indexOf('END:VALARM')).toBeLessThan(event.indexOf('END:VEVENT'))
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(1)
  })

  it('holds only what applies: no steps that do not apply or may not happen, no dates gone by', () => {
    const step = plan.steps[0]
    if (step === undefined) {
      throw new Error('fixture')
    }
    const without = (status: typeof step.status) =>
      planToICalendar({ ...plan, steps: [{ ...step, status }] }, input, TEXTS).match(/BEGIN:VEVENT/g) ?? []
    expect(without('not-applicable')).toHaveLength(0)
    expect(without('possible')).toHaveLength(0)
    expect(without('overdue')).toHaveLength(1)
    const passed = {
      ...plan,
      steps: [{ ...step, deadlines: step.deadlines.map((d) => ({ ...d, passed: true })) }],
    }
    expect(planToICalendar(passed, input, TEXTS)).not.toContain('BEGIN:VEVENT')
  })

  it('escapes commas and semicolons in text', () => {
    expect(ics).toContain('SUMMARY:Uiterste einddatum\\; één keer\\, niet verlengbaar – Bedenktijd')
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })

  it('folds lines at 75 octets without splitting UTF-8 characters', () => {
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    }
    const long = `SUMMARY:${'é'.repeat(80)}`
    const folded = foldLine(long)
    expect(folded.split('\r\n ').join('')).toBe(long)
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
      expect(part).not.toContain('\uFFFD')
    }
  })

  it('keeps UIDs stable when later facts are added, and distinct per trajectory', () => {
    const uid = (text: string) => /UID:(\S+)/.exec(text.replace(/\r\n /g, ''))?.[1]
    const same = planToICalendar(plan, { ...input, report: '2016-03-05' }, TEXTS)
    const other = planToICalendar(plan, { ...input, reflectionStart: '2016-03-01' }, TEXTS)
    expect(uid(same)).toBe(uid(ics))
    expect(uid(other)).not.toBe(uid(ics))
    expect(planToICalendar(plan, input, TEXTS)).toBe(ics)
  })
})
