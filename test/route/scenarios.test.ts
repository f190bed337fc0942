// SPDX-License-Identifier: EUPL-1.2
// Scenario tables checked against the sources (domain.md §4.2, §5, §8.2, §12.5, §12.6): which parties
// and rights must and must not appear. Runs on the national dataset once it is complete, otherwise
// on the fixture dataset (test/fixtures/data); the assertions only use facts from the sources and the agreed ids.
import { describe, expect, it } from 'vitest'
import { EXPLOITATION_FORMS } from '../../src/domain/facets.ts'
import type { Route } from '../../src/domain/route/index.ts'
import { aspectPartyIds, partyIds, rightIds, routeData, routeFor } from './route-data.ts'
import { categoryScenario, routeScenario } from './scenario-fixtures.ts'
import { texts } from '../helpers/messages.ts'

const { index, dataset, name } = routeData()
const route = (input: Record<string, unknown>): Route => routeFor(index, input)

function expectRoute(
  r: Route,
  spec: { parties?: string[]; noParties?: string[]; rights?: string[]; noRights?: string[] },
): void {
  const parties = partyIds(r)
  const rights = rightIds(r)
  for (const id of spec.parties ?? []) {
    expect(parties, `party ${id} must appear (${name} data)`).toContain(id)
  }
  for (const id of spec.noParties ?? []) {
    expect(parties, `party ${id} must not appear (${name} data)`).not.toContain(id)
  }
  for (const id of spec.rights ?? []) {
    expect(rights, `right ${id} must appear (${name} data)`).toContain(id)
  }
  for (const id of spec.noRights ?? []) {
    expect(rights, `right ${id} must not appear (${name} data)`).not.toContain(id)
  }
}

describe(`the six scenarios of domain.md §12.6 (${name} data)`, () => {
  it('1. Nigerian woman without residence, sexual exploitation: bedenktijd, COSM via CoMensha, COA Rvb, IND', () => {
    const r = route(routeScenario('1.'))
    expectRoute(r, {
      parties: ['politie', 'comensha', 'coa', 'ind', 'om'],
      rights: ['bedenktijd', 'cosm-categorale-opvang', 'rvb-toelage-en-zorgkosten'],
      noRights: ['jeugdbescherming-jeugdhulp', 'beschermde-opvang-amv', 'voogdij-nidos'],
    })
    const bedenktijd = r.rights.find((x) => x.id === 'bedenktijd')
    expect(bedenktijd?.conditional).toBeUndefined()
    expect(bedenktijd?.limits.some((l) => l.unit === 'months' && l.value === 3 && l.kind === 'max')).toBe(true)
    expect(texts(bedenktijd?.why ?? [])).toContain('geen rechtmatig verblijf')
    expect(r.regional.municipality?.code).toBe('GM0344')
    expect(r.regional.parties.length).toBeGreaterThan(0)
  })

  it('2. Romanian man, labour exploitation: labour inspectorate (named for the date), CoMensha, Schadefonds; no youth care', () => {
    const now = route(routeScenario('2.'))
    expectRoute(now, {
      parties: ['arbeidsinspectie', 'comensha'],
      noParties: ['inspectie-szw'],
      rights: ['schadefonds-uitkering'],
      noRights: ['jeugdbescherming-jeugdhulp', 'beschermde-opvang-amv', 'voogdij-nidos'],
    })
    expect(now.scenario.nationalityGroup).toBe('eu')
    const before = route(routeScenario('2b.'))
    expectRoute(before, { parties: ['inspectie-szw'], noParties: ['arbeidsinspectie'] })
    const old = before.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties)).find((p) => p.id === 'inspectie-szw')
    expect(old?.currentId).toBe('arbeidsinspectie')
  })

  it('3. Dutch 16-year-old girl, loverboy: child protection and Veilig Thuis; no bedenktijd, no IND', () => {
    const r = route(routeScenario('3.'))
    expectRoute(r, {
      parties: ['veilig-thuis', 'politie'],
      noParties: ['ind', 'nidos'],
      rights: ['jeugdbescherming-jeugdhulp'],
      noRights: ['bedenktijd', 'cosm-categorale-opvang', 'rvb-toelage-en-zorgkosten', 'beschermde-opvang-amv'],
    })
    expect(r.rights.filter((x) => x.kind === 'residence')).toEqual([])
    expect(aspectPartyIds(r, 'voogdij-jeugdbescherming').length).toBeGreaterThan(0)
    expect(
      [...partyIds(r)].some((id) =>
        ['jeugdhulp', 'gecertificeerde-instelling', 'raad-voor-de-kinderbescherming'].includes(id),
      ),
    ).toBe(true)
    // Some party is there because the victim is a minor, and says so with the age.
    const all = r.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties))
    expect(all.some((p) => texts(p.why).includes('minderjarig (16 jaar)'))).toBe(true)
  })

  it('4. unaccompanied Vietnamese boy in cannabis cultivation: Nidos, Beschermde Opvang, non-punishment', () => {
    const r = route(routeScenario('4.'))
    expectRoute(r, {
      parties: ['nidos', 'politie', 'om'],
      rights: ['beschermde-opvang-amv', 'voogdij-nidos', 'non-punishment'],
      noRights: ['jeugdbescherming-jeugdhulp', 'cosm-categorale-opvang', 'wmo-opvang'],
    })
  })

  it('5. Dublin claimant: IND decides; 30 days of bedenktijd since 18 May 2023; the Dublin restriction from August 2019', () => {
    const input = routeScenario('5.')
    const now = route(input)
    expectRoute(now, {
      parties: ['ind'],
      rights: ['b8-dublin-beperking', 'bedenktijd-dublin'],
      noRights: ['bedenktijd', 'bedenktijd-tot-2023'],
    })
    expectRoute(route({ ...input, asOf: '2018-06-01' }), {
      noRights: ['b8-dublin-beperking', 'bedenktijd', 'bedenktijd-dublin', 'bedenktijd-tot-2023'],
    })
    expectRoute(route({ ...input, asOf: '2019-07-31' }), { noRights: ['b8-dublin-beperking'] })
    expectRoute(route({ ...input, asOf: '2019-08-01' }), { rights: ['b8-dublin-beperking'] })
  })

  it('6. Hungarian woman, forced begging: CoMensha, Wmo shelter, non-punishment; no youth care', () => {
    const r = route(routeScenario('6.'))
    expectRoute(r, {
      parties: ['comensha'],
      rights: ['wmo-opvang', 'non-punishment'],
      noRights: ['jeugdbescherming-jeugdhulp', 'beschermde-opvang-amv', 'voogdij-nidos'],
    })
  })
})

const cases = dataset.victimCategories.flatMap((c) => EXPLOITATION_FORMS.map((form) => ({ category: c, form })))

describe(`every victim category × exploitation form (${name} data)`, () => {
  it('has categories to check', () => {
    expect(dataset.victimCategories.length).toBeGreaterThanOrEqual(9)
  })

  it.each(cases.map((c) => [c.category.id, c.form, c] as const))('%s × %s', (_id, form, { category }) => {
    const input = categoryScenario(category, form)
    const r = route(input)
    const rights = rightIds(r)
    const nat = input.nationalityGroup
    // Dutch victims are outside the residence scheme (Vc B8/3.1).
    if (nat === 'nl') {
      expect(r.rights.filter((x) => x.kind === 'residence').map((x) => x.id)).toEqual([])
      expect(partyIds(r)).not.toContain('ind')
    }
    // Minors: guardianship or child protection (§4.2, §8.2).
    if (input.ageGroup === 'minor') {
      expect(aspectPartyIds(r, 'voogdij-jeugdbescherming').length).toBeGreaterThan(0)
    }
    // Bedenktijd as in force today (Vc B8/3.1 since WBV 2023/11): every presumed victim from outside
    // the EU, lawful stay included; 30 days for Dublin claimants; EU citizens only without EU rights.
    const reflection = [...rights].filter((id) => id.startsWith('bedenktijd'))
    if (nat === 'nl') {
      expect(reflection).toEqual([])
    } else if (input.residence !== undefined) {
      const expected =
        nat === 'eu'
          ? input.residence === 'none' || input.residence === 'detained'
            ? ['bedenktijd-eu']
            : []
          : input.residence === 'dublin'
            ? ['bedenktijd-dublin']
            : ['bedenktijd']
      expect(reflection).toEqual(expected)
    }
    // Unaccompanied foreign minors: Nidos and Beschermde Opvang, not regular youth care (§4.2).
    if (input.unaccompanied === true && nat === 'third-country') {
      expect(rights).toContain('beschermde-opvang-amv')
      expect(rights).toContain('voogdij-nidos')
      expect(partyIds(r)).toContain('nidos')
      expect(rights).not.toContain('jeugdbescherming-jeugdhulp')
    }
    // Dutch and EU minors: regular child protection and youth care (§4.2).
    if (input.ageGroup === 'minor' && (nat === 'nl' || nat === 'eu')) {
      expect(rights).toContain('jeugdbescherming-jeugdhulp')
    }
    // Labour exploitation is reported to the labour inspectorate (§9.1).
    if (form === 'labour') {
      expect(partyIds(r)).toContain('arbeidsinspectie')
    }
    // Rights for every victim (§12.5: ALL).
    expect(rights).toContain('non-punishment')
    expect(rights).toContain('schadefonds-uitkering')
    // Every included item explains itself.
    for (const p of r.phases.flatMap((x) => x.aspects.flatMap((a) => a.parties))) {
      expect(p.why.length).toBeGreaterThan(0)
    }
  })
})
