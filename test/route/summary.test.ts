// SPDX-License-Identifier: EUPL-1.2
// The route summary on the national data: at most 7 ranked actions in the order of the ranking
// rule (summary-rules.ts, docs/route-summary.md), each resting on an item of the route, with the
// regional organisation and a checked number where known; "ask next" ranked by what depends on it.
import { messageRenderer } from '../../src/messages/localise-route.ts'
import { describe, expect, it } from 'vitest'
import type { Route, SummaryAction } from '../../src/domain/route/index.ts'
import { summaryActionText } from '../../src/messages/summary-action.ts'
import { SUMMARY_RULES } from '../../src/domain/route/summary-rules.ts'
import { routeData, routeFor } from './route-data.ts'

const { index, name } = routeData()
const route = (input: Record<string, unknown>): Route => routeFor(index, { asOf: '2026-12-06', ...input })
/** An action in Dutch, as the page and the API (without lang) word it. */
const say = (a: SummaryAction | undefined): string => (a === undefined ? '' : summaryActionText('nl', a, undefined))
const codes = (r: Route): string[] => r.summary.map((a) => a.code)
const ruleOrder = SUMMARY_RULES.map((r) => r.code as string)

const SCENARIOS: Record<string, unknown>[] = [
  { age: 16, nationality: 'NL', exploitation: ['sexual'], recruitment: 'loverboy', municipality: 'GM0344' },
  { age: 40, nationality: 'CN', residence: 'none', exploitation: ['labour'], municipality: 'GM0363' },
  { age: 15, nationality: 'VN', unaccompanied: true, exploitation: ['criminal', 'labour', 'sexual'] },
  { age: 28, nationality: 'NG', gender: 'female', residence: 'none', exploitation: ['sexual'], municipality: 'GM0599' },
  { exploitation: ['sexual', 'labour'] },
  { age: 30, nationality: 'ER', residence: 'dublin', exploitation: ['labour'], asOf: '2020-05-01' },
  { age: 35, nationality: 'RO', exploitation: ['labour'], municipality: 'GM0518', cooperation: 'declined' },
]

describe.runIf(name === 'national')('route summary (national data)', () => {
  it('the NLA action names labour exploitation only when the case has it (issue 11: text fits the form)', () => {
    const labour = route({ exploitation: ['labour'] }).summary.find((a) => a.code === 'labour-inspectorate')
    const criminal = route({ exploitation: ['criminal'] }).summary.find((a) => a.code === 'labour-inspectorate')
    expect(say(labour)).toMatch(/arbeidsuitbuiting/)
    expect(say(criminal)).toMatch(/buiten de seksindustrie/)
    expect(say(criminal)).not.toMatch(/arbeidsuitbuiting/)
    expect(criminal?.params).toMatchObject({ scope: 'criminal' })
  })

  it.each(SCENARIOS)('ranks at most 7 actions by the rule, each resting on an item of the route: %j', (input) => {
    const r = route(input)
    expect(r.summary.length).toBeGreaterThan(0)
    expect(r.summary.length).toBeLessThanOrEqual(7)
    expect(r.summary.map((a) => a.rank)).toEqual(r.summary.map((_, i) => i + 1))
    // Certain actions in rule order, then conditional ones in rule order.
    const certain = r.summary.filter((a) => a.conditional !== true).map((a) => ruleOrder.indexOf(a.code))
    const open = r.summary.filter((a) => a.conditional === true).map((a) => ruleOrder.indexOf(a.code))
    expect(certain).toEqual([...certain].sort((a, b) => a - b))
    expect(open).toEqual([...open].sort((a, b) => a - b))
    expect(r.summary.findIndex((a) => a.conditional === true)).not.toBe(r.summary.length - open.length - 1)
    const responsibilities = new Set(
      r.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties.map((x) => x.responsibility))),
    )
    const rights = new Set(r.rights.map((x) => x.id))
    for (const a of r.summary) {
      expect(a.party.name).not.toBe('')
      expect(summaryActionText('nl', a, r.scenario.asker)).not.toBe('')
      expect(summaryActionText('en', a, r.scenario.asker)).not.toBe('')
      expect(a.why.length).toBeGreaterThan(0)
      expect(a.sources.length).toBeGreaterThan(0)
      expect((a.basis.kind === 'right' ? rights : responsibilities).has(a.basis.id)).toBe(true)
      if (a.call !== undefined) {
        expect(a.sources).toContain(a.call.phone.source)
      }
    }
    expect(r.askNext.length).toBeLessThanOrEqual(3)
    expect(r.askNext.map((q) => q.affects)).toEqual([...r.askNext.map((q) => q.affects)].sort((a, b) => b - a))
  })

  it('README example: 112, the Utrecht zorgcoördinatie with CoMensha as labelled fallback, Veilig Thuis Utrecht, the police', () => {
    const r = route(SCENARIOS[0] as Record<string, unknown>)
    expect(codes(r).slice(0, 4)).toEqual(['acute-danger', 'care-coordinator', 'veilig-thuis', 'police-report'])
    const [danger, care, vt, police] = r.summary
    expect(danger?.call?.phone.number).toBe('112')
    expect(care?.party.regional).toMatchObject({ id: 'moviera', confirmed: false, status: 'unverified' })
    expect(care?.call).toMatchObject({ partyId: 'comensha', fallback: true, phone: { number: '033 448 11 86' } })
    expect(say(care)).toMatch(/niet bevestigd: bel CoMensha als terugval/)
    expect(vt?.call).toMatchObject({ partyId: 'veilig-thuis-utrecht', phone: { number: '0800-2000' } })
    expect((vt?.why ?? []).map((w) => messageRenderer('nl')(w).message)).toEqual(
      expect.arrayContaining(['seksuele uitbuiting', 'minderjarig (16 jaar)']),
    )
    expect(police?.party.regional?.id).toBe('politie-eenheid-midden-nederland')
    expect(codes(r)).not.toContain('reflection-period')
    expect(codes(r)).not.toContain('labour-inspectorate')
  })

  it('unaccompanied foreign minor: Nidos and Veilig Thuis, the NLA for labour, the reflection period; cut at 7', () => {
    const r = route({ ...(SCENARIOS[2] as Record<string, unknown>), residence: 'none', municipality: 'GM0344' })
    expect(codes(r)).toEqual([
      'acute-danger',
      'care-coordinator',
      'veilig-thuis',
      'guardian-nidos',
      'police-report',
      'labour-inspectorate',
      'reflection-period',
    ])
    // With the residence unknown the reflection period only may apply: it comes after the certain actions.
    const open = route(SCENARIOS[2] as Record<string, unknown>)
    expect(open.summary.find((a) => a.code === 'reflection-period')).toBeUndefined()
    expect(open.askNext.map((q) => q.facet)).toEqual(['municipality', 'residence', 'cooperation'])
  })

  it('an adult in sexual exploitation gets no Veilig Thuis action (domestic setting unknown), no NLA', () => {
    const r = route({ age: 30, nationality: 'NL', exploitation: ['sexual'], municipality: 'GM0344' })
    expect(codes(r)).not.toContain('veilig-thuis')
    expect(codes(r)).not.toContain('labour-inspectorate')
    expect(codes(r)).not.toContain('guardian-nidos')
  })

  it('without a municipality the care coordinator is reached through CoMensha, labelled as fallback', () => {
    const r = route({ age: 30, nationality: 'RO', exploitation: ['labour'] })
    const care = r.summary.find((a) => a.code === 'care-coordinator')
    expect(care?.party.regional).toBeUndefined()
    expect(care?.call).toMatchObject({ partyId: 'comensha', fallback: true })
    expect(say(care)).toMatch(/zonder gemeente is dat CoMensha/)
    expect(r.askNext[0]?.facet).toBe('municipality')
  })

  it('regional contacts only where the route needs them, each saying why', () => {
    const man = route(SCENARIOS[1] as Record<string, unknown>)
    expect(JSON.stringify(man).toLowerCase()).not.toContain('veilig thuis')
    for (const p of man.regional.parties) {
      expect(p.why.some((w) => w.code === 'route.reason.in-route')).toBe(true)
    }
    const girl = route(SCENARIOS[0] as Record<string, unknown>)
    expect(girl.regional.parties.map((p) => p.id)).toContain('veilig-thuis-utrecht')
  })
})
