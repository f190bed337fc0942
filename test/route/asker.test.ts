// SPDX-License-Identifier: EUPL-1.2
// The summary for who is asking (issue 21 item 4; docs/route-summary.md "Who is asking", ADR 0034):
// for every reader, no action sends them to their own kind of organisation (property over random
// scenarios), each reader's order is followed, the police offer the reflection period themselves,
// and the person themself gets plain words with the numbers meant for victims first.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASKERS, ownPartyIds, type Asker } from '../../src/domain/asker.ts'
import { EXPLOITATION_FORMS, NATIONALITY_GROUPS, RESIDENCE_STATUSES } from '../../src/domain/facets.ts'
import { computeRoute, parseScenario, type Route } from '../../src/domain/route/index.ts'
import { ASKER_RULES, GENERAL_ORDER } from '../../src/domain/route/summary-rules.ts'
import { summaryActionText, summaryWording } from '../../src/messages/summary-action.ts'
import { LOCALES } from '../../src/messages/catalogue.ts'
import { routeData, routeFor } from './route-data.ts'

const { index, dataset, name } = routeData()
const municipalityCodes = [...index.municipalities.keys()]
const route = (input: Record<string, unknown>): Route => routeFor(index, { asOf: '2026-12-06', ...input })
const README = { age: 16, nationality: 'NL', exploitation: ['sexual'], recruitment: 'loverboy', municipality: 'GM0344' }
const LABOUR = { age: 30, nationality: 'NG', residence: 'none', exploitation: ['labour'], municipality: 'GM0344' }

/** Every party an action points to: its party, the party's regional organisation, the number's owner. */
const pointsTo = (r: Route): string[] =>
  r.summary.flatMap((a) => [
    a.party.id,
    ...(a.party.regional === undefined ? [] : [a.party.regional.id]),
    ...(a.call === undefined ? [] : [a.call.partyId]),
  ])

const scenario = fc
  .record({
    asker: fc.constantFrom(...ASKERS),
    age: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
    nationalityGroup: fc.option(fc.constantFrom(...NATIONALITY_GROUPS), { nil: undefined }),
    residence: fc.option(fc.constantFrom(...RESIDENCE_STATUSES), { nil: undefined }),
    exploitation: fc.subarray([...EXPLOITATION_FORMS], { minLength: 1 }),
    municipality: fc.option(fc.constantFrom(...municipalityCodes), { nil: undefined }),
  })
  .map((r) => {
    const input: Record<string, unknown> = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))
    if (input.nationalityGroup === 'nl') {
      delete input.residence
    }
    return input
  })

describe('the summary for who is asking', () => {
  it('every reader’s order names only actions with a wording for that reader', () => {
    for (const locale of LOCALES) {
      for (const asker of ASKERS) {
        for (const code of ASKER_RULES[asker].order) {
          expect(summaryWording(locale, code, asker), `${locale} ${asker}: ${code}`).toBeDefined()
        }
      }
      for (const code of GENERAL_ORDER) {
        expect(summaryWording(locale, code, undefined), `${locale}: ${code}`).toBeDefined()
      }
    }
  })

  it('own kinds follow the parent chain: a police unit is the police', () => {
    const own = ownPartyIds('police', dataset.parties)
    expect(own.has('politie')).toBe(true)
    if (name === 'national') {
      expect(own.has('politie-eenheid-midden-nederland')).toBe(true)
      expect(ownPartyIds('health-care', dataset.parties).has('ggd-drenthe')).toBe(true)
    }
    expect(ownPartyIds('self', dataset.parties).size).toBe(0)
  })

  it('property: for every reader, no summary action points to the reader’s own kind of organisation', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const parsed = parseScenario(input, { municipalities: index.municipalities, today: '2026-12-06' })
        if (!parsed.ok) {
          return true
        }
        const r = computeRoute(index, parsed.scenario)
        const own = index.ownParties.get(input.asker as Asker) ?? new Set()
        for (const id of pointsTo(r)) {
          expect(own.has(id), `${String(input.asker)} sent to ${id}`).toBe(false)
        }
        // The reader's order is kept: the actions appear in it (certain before conditional).
        const order = ASKER_RULES[input.asker as Asker].order
        const certain = r.summary.filter((a) => a.conditional !== true).map((a) => order.indexOf(a.code))
        expect(certain.every((i) => i >= 0)).toBe(true)
        expect(certain).toEqual([...certain].sort((a, b) => a - b))
        return true
      }),
      { numRuns: 300, seed: 21 },
    )
  })

  describe.runIf(name === 'national')('on the national data', () => {
    it('a police officer is not told to call the police, and offers the reflection period, reporting it to the IND', () => {
      const r = route({ ...LABOUR, asker: 'police' })
      expect(r.summary.map((a) => a.code)).not.toContain('acute-danger')
      expect(r.summary.map((a) => a.code)).not.toContain('police-report')
      expect(pointsTo(r).filter((id) => id.startsWith('politie'))).toEqual([])
      const [first] = r.summary
      expect(first?.code).toBe('reflection-period')
      expect(first?.party.id).toBe('ind')
      expect(first && summaryActionText('nl', first, 'police')).toMatch(
        /^Bied de bedenktijd aan \(ten hoogste 3 maanden\) .* meld dat aan de IND/,
      )
      expect(first && summaryActionText('en', first, 'police')).toMatch(
        /^Offer the reflection period \(at most 3 months\)/,
      )
    })

    it('the person themself: plain words, 112 and then the numbers meant for victims before the police', () => {
      const r = route({ ...LABOUR, asker: 'self' })
      const codes = r.summary.map((a) => a.code)
      expect(codes.slice(0, 3)).toEqual(['acute-danger', 'victim-helpline', 'fair-work'])
      expect(codes.indexOf('victim-helpline')).toBeLessThan(codes.indexOf('police-report'))
      expect(codes).not.toContain('care-coordinator')
      expect(codes).not.toContain('register-comensha')
      for (const a of r.summary) {
        expect(summaryActionText('nl', a, 'self')).toMatch(/\bu\b|\buw\b/i)
        expect(summaryActionText('en', a, 'self')).toMatch(/\byou\b|\byour\b/i)
      }
      expect(r.summary[1]?.call?.phone.number).toBe('033 448 11 86')
    })

    it('a minor themself gets Veilig Thuis right after 112', () => {
      const r = route({ ...README, asker: 'self' })
      expect(r.summary.slice(0, 2).map((a) => a.code)).toEqual(['acute-danger', 'veilig-thuis'])
      expect(r.summary[1]?.call?.phone.number).toBe('0800-2000')
    })

    it('a citizen gets the police, the anonymous line and CoMensha, no professional lines', () => {
      const codes = route({ ...README, asker: 'citizen' }).summary.map((a) => a.code)
      expect(codes).toEqual(['acute-danger', 'veilig-thuis', 'police-report', 'report-anonymously', 'victim-helpline'])
    })

    it('education and youth care put Veilig Thuis first after 112; without asker the general order stands', () => {
      expect(
        route({ ...README, asker: 'education' })
          .summary.map((a) => a.code)
          .slice(0, 2),
      ).toEqual(['acute-danger', 'veilig-thuis'])
      expect(
        route(README)
          .summary.map((a) => a.code)
          .slice(0, 3),
      ).toEqual(['acute-danger', 'care-coordinator', 'veilig-thuis'])
    })

    it('health care in Drenthe is not sent to GGD Drenthe as care coordinator, but to the fallback', () => {
      const drenthe = [...index.municipalities.values()].find((m) => m.regionSet.has('zorgcoordinatie-drenthe'))
      if (drenthe === undefined) {
        return
      }
      const input = { age: 30, nationality: 'NL', exploitation: ['sexual'], municipality: drenthe.record.id }
      const general = route(input).summary.find((a) => a.code === 'care-coordinator')
      const health = route({ ...input, asker: 'health-care' }).summary.find((a) => a.code === 'care-coordinator')
      expect(general?.party.regional?.id).toBe('ggd-drenthe')
      expect(health?.party.regional).toBeUndefined()
      expect(health?.call?.partyId).toBe('comensha')
    })
  })
})
