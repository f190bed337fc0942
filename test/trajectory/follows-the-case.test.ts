// SPDX-License-Identifier: EUPL-1.2
// The planner follows the case (#20 item 10): what is "now" moves with the recorded events; a
// municipality puts the regional zorgcoördinator and contacts on the plan; the calendar holds only
// what applies, each deadline with a reminder.
import { describe, expect, it } from 'vitest'
import { icalTexts } from '../../src/messages/localise-plan.ts'
import { buildRouteIndex } from '../../src/domain/route/index.ts'
import { parseTrajectoryInput, planToICalendar, planTrajectory, STEP } from '../../src/domain/trajectory/index.ts'
import { nationalData, nowSteps } from './plan-for.ts'
import { namesOf } from '../helpers/messages.ts'

const dataset = nationalData()
const index = buildRouteIndex(dataset)
const ctx = { municipalities: index.municipalities, names: index.municipalityNames, today: '2030-01-01' }
const base = { age: 40, nationality: 'CN', residence: 'none', exploitation: ['labour'] }

function plan(input: Record<string, unknown>) {
  const parsed = parseTrajectoryInput({ ...base, ...input }, ctx)
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  return { input: parsed.input, plan: planTrajectory(dataset, parsed.input, { index }) }
}

describe('the current step follows the recorded events', () => {
  it('moves from shelter and reflection, to the permit, to renewal and doorstroom', () => {
    const reflecting = nowSteps(plan({ reflectionStart: '2025-03-10', asOf: '2025-04-01' }).plan)
    expect(reflecting).toEqual(expect.arrayContaining([STEP.shelter, STEP.reflection]))
    expect(reflecting).not.toContain(STEP.renewal)

    const reported = nowSteps(plan({ reflectionStart: '2025-03-10', report: '2025-03-20', asOf: '2025-04-01' }).plan)
    expect(reported).toContain(STEP.permit)
    expect(reported).not.toContain(STEP.shelter)
    expect(reported).not.toContain(STEP.reflection)

    const granted = nowSteps(
      plan({ reflectionStart: '2025-03-10', report: '2025-03-20', permitGranted: '2025-03-21', asOf: '2025-06-01' })
        .plan,
    )
    expect(granted).toEqual(expect.arrayContaining([STEP.renewal, STEP.brp]))
    for (const gone of [STEP.shelter, STEP.reflection, STEP.permit]) {
      expect(granted, gone).not.toContain(gone)
    }
  })

  it('after a permit without a reflection period, shelter placement is no longer now either', () => {
    const granted = nowSteps(plan({ report: '2025-03-20', permitGranted: '2025-03-21', asOf: '2025-06-01' }).plan)
    expect(granted).not.toContain(STEP.shelter)
  })
})

describe('a municipality puts the region on the plan', () => {
  it('names the regional zorgcoördinator first, with the regional branches on the steps', () => {
    const { plan: p } = plan({ municipality: 'GM1783', reflectionStart: '2025-03-10', asOf: '2025-04-01' })
    expect(p.regional?.municipality?.name).toBe('Westland')
    expect(p.regional?.parties[0]?.region.kind).toBe('zorgcoordinatie')
    const t06 = p.steps.find((s) => s.id === STEP.reflection)
    const coordinator = t06?.parties.find((x) => x.id === 'zorgcoordinator')
    expect(coordinator?.regional?.length).toBeGreaterThan(0)
  })

  it('accepts the municipality by name, and leaves the region out without one', () => {
    expect(plan({ municipality: 'Westland', asOf: '2025-04-01' }).plan.regional?.municipality?.code).toBe('GM1783')
    expect(plan({ asOf: '2025-04-01' }).plan.regional).toBeUndefined()
  })
})

describe('the calendar of a case', () => {
  it('holds only future deadlines of steps that apply, each with a reminder', () => {
    const { input, plan: p } = plan({ reflectionStart: '2025-03-10', asOf: '2025-04-01' })
    const ics = planToICalendar(p, input, icalTexts('nl', namesOf(dataset))).replace(/\r\n /g, '')
    const events = ics.match(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g) ?? []
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) {
      expect(e).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P\d+D\r\n/)
      const date = /DTSTART;VALUE=DATE:(\d{8})/.exec(e)?.[1] ?? ''
      expect(date >= '20250401').toBe(true)
    }
    expect(ics).toContain('DTSTART;VALUE=DATE:20250609')
    // The limit travels as ids; the edge words it in the calendar's language.
    expect(ics).toContain('SUMMARY:Uiterste einddatum van de bedenktijd')
    expect(planToICalendar(p, input, icalTexts('en', namesOf(dataset, 'en')))).toContain(
      'SUMMARY:Last day of the reflection period',
    )
    const applying = new Set(
      p.steps.filter((s) => s.status !== 'not-applicable' && s.status !== 'possible').map((s) => s.code),
    )
    for (const code of ics.match(/CATEGORIES:(\S+)/g) ?? []) {
      expect(applying.has(code.replace('CATEGORIES:', ''))).toBe(true)
    }
  })
})
