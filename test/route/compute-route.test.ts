// SPDX-License-Identifier: EUPL-1.2
// computeRoute on the fixture dataset, whose contents are fixed: explanations, renamed parties,
// rights in time, regional resolution, conditional items, open questions and warnings.
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { Route } from '../../src/domain/route/index.ts'
import type { RouteParty } from '../../src/domain/route/index.ts'
import { fixtureDir, loadRouteData, partyIds, rightIds, routeFor } from './route-data.ts'
import { namesOf, texts } from '../helpers/messages.ts'

const { dataset, index } = loadRouteData(fixtureDir)
const names = namesOf(dataset)
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const checkRoute = addFormats(new Ajv({ allErrors: true, strict: true })).compile(Route)
const route = (input: Record<string, unknown>) => routeFor(index, input)
const parties = (r: ReturnType<typeof route>): RouteParty[] =>
  r.phases.flatMap((p) => p.aspects.flatMap((a) => a.parties))

/** A Dutch 16-year-old recruited by a loverboy, in Utrecht: a route with regional and derived parts. */
const DUTCH_MINOR_LOVERBOY = {
  age: 16,
  nationality: 'NL',
  exploitation: ['sexual'],
  recruitment: 'loverboy',
  municipality: 'GM0344',
}

describe('computeRoute (fixture)', () => {
  it('returns a route that matches the published Route schema', () => {
    const r = route(DUTCH_MINOR_LOVERBOY)
    expect(checkRoute(JSON.parse(JSON.stringify(r))), JSON.stringify(checkRoute.errors)).toBe(true)
    expect(r.phases.map((p) => p.id)).toEqual(['A', 'B', 'C', 'D'])
  })

  it('explains each party and right in Dutch from the matched conditions', () => {
    const r = route({ age: 24, nationality: 'NG', residence: 'none', exploitation: ['sexual', 'labour'] })
    const cosm = parties(r).find((p) => p.responsibility === 'hvo-querido-cosm')
    expect(texts(cosm?.why ?? [])).toEqual([
      'meerderjarig (24 jaar)',
      'nationaliteit van buiten de EU (NG)',
      'geen rechtmatig verblijf',
    ])
    const inspection = parties(r).find((p) => p.responsibility === 'arbeidsinspectie-signaleren')
    expect(texts(inspection?.why ?? [])).toEqual(['arbeidsuitbuiting'])
    const everyone = parties(r).find((p) => p.responsibility === 'politie-signaleren')
    expect(texts(everyone?.why ?? [])).toEqual(['geldt voor ieder slachtoffer, ongeacht de situatie'])
    expect(texts(r.rights.find((x) => x.id === 'voortgezet-verblijf-vanaf-2018')?.why ?? [])).toContain(
      'geldt sinds 2018-11-13',
    )
  })

  it('never shows a party whose conditions exclude the scenario', () => {
    const r = route({ age: 30, nationality: 'NL', exploitation: ['sexual'] })
    const ids = partyIds(r)
    for (const absent of ['ind', 'coa', 'hvo-querido', 'nidos', 'jade', 'arbeidsinspectie', 'iom']) {
      expect(ids).not.toContain(absent)
    }
    expect(rightIds(r)).not.toContain('bedenktijd')
  })

  it('shows the predecessor name for a date before the rename, with the current id', () => {
    const before = parties(route({ exploitation: ['labour'], asOf: '2021-12-31' })).filter(
      (p) => p.responsibility === 'arbeidsinspectie-opsporing',
    )
    expect(before).toEqual([
      expect.objectContaining({ id: 'inspectie-szw', name: 'Inspectie SZW', currentId: 'arbeidsinspectie' }),
    ])
    const after = parties(route({ exploitation: ['labour'], asOf: '2022-01-01' })).filter(
      (p) => p.responsibility === 'arbeidsinspectie-opsporing',
    )
    expect(after).toEqual([expect.objectContaining({ id: 'arbeidsinspectie', name: 'Nederlandse Arbeidsinspectie' })])
    expect(after[0]?.currentId).toBeUndefined()
    const r = route({ exploitation: ['labour'], asOf: '2021-12-31' })
    expect(texts(r.warnings).join('\n')).toMatch(/heette Nederlandse Arbeidsinspectie nog Inspectie SZW/)
    expect(r.rights.find((x) => x.id === 'inspectie-melding')?.providers).toEqual(['inspectie-szw'])
  })

  it('applies rights as they were on asOf (validFrom inclusive, validTo exclusive)', () => {
    const input = { nationality: 'NG', residence: 'none', cooperation: 'reporting', exploitation: ['sexual'] }
    expect(rightIds(route({ ...input, asOf: '2018-11-12' }))).toContain('voortgezet-verblijf-tot-2018')
    expect(rightIds(route({ ...input, asOf: '2018-11-12' }))).not.toContain('voortgezet-verblijf-vanaf-2018')
    expect(rightIds(route({ ...input, asOf: '2018-11-13' }))).toContain('voortgezet-verblijf-vanaf-2018')
    expect(rightIds(route({ ...input, asOf: '2018-11-13' }))).not.toContain('voortgezet-verblijf-tot-2018')
  })

  it('resolves the municipality to its regions and regional parties with contact details', () => {
    const r = route({ age: 15, nationality: 'NL', exploitation: ['sexual'], municipality: 'GM0344' })
    expect(r.regional.municipality).toMatchObject({ code: 'GM0344', name: 'Utrecht' })
    // Only the regions whose parties the route needs (this route has no centrumgemeente), and
    // those without parties of their own (province).
    expect(r.regional.municipality?.regions.map((x) => x.kind)).toEqual([
      'police-unit',
      'riec',
      'veilig-thuis',
      'zorgcoordinatie',
      'safety-region',
      'province',
    ])
    const vt = r.regional.parties.find((p) => p.id === 'veilig-thuis-utrecht')
    expect(vt).toMatchObject({
      contact: { phones: [expect.objectContaining({ number: '0800-2000' })] },
    })
    expect(texts(vt?.why ?? []).slice(0, 1)).toEqual(['gemeente Utrecht hoort bij Veilig Thuis-regio Utrecht'])
    expect(texts(vt?.why ?? [], 'en').slice(0, 1)).toEqual([
      'municipality Utrecht belongs to Veilig Thuis region Utrecht',
    ])
    expect(texts(vt?.why ?? [], 'nl', names)[1]).toMatch(/^in deze route: Veilig Thuis bij /)
    const national = parties(r).find((p) => p.id === 'veilig-thuis')
    expect(national?.regional?.map((x) => x.id)).toEqual(['veilig-thuis-utrecht'])
    const zc = parties(r).find((p) => p.id === 'zorgcoordinator')
    expect(zc?.regional?.map((x) => x.id)).toEqual(['comensha'])
  })

  it('includes region-bound responsibilities only inside the region, and conditionally without a municipality', () => {
    expect(
      parties(route({ exploitation: ['sexual'], municipality: 'GM0307' })).some(
        (p) => p.responsibility === 'riec-bestuurlijk',
      ),
    ).toBe(true)
    const open = parties(route({ exploitation: ['sexual'] })).find((p) => p.responsibility === 'riec-bestuurlijk')
    expect(open).toMatchObject({ conditional: true, dependsOn: ['municipality'] })
  })

  it('marks items that depend on unknown facets and lists what each answer changes', () => {
    const r = route({ nationality: 'NG', exploitation: ['sexual'] })
    const bedenktijd = r.rights.find((x) => x.id === 'bedenktijd')
    expect(bedenktijd).toMatchObject({ conditional: true, dependsOn: ['residence'] })
    expect(texts(bedenktijd?.why ?? [])).toContain(
      'alleen bij geen rechtmatig verblijf of in vreemdelingenbewaring (verblijfsstatus nog onbekend)',
    )
    const q = r.openQuestions.find((x) => x.facet === 'residence')
    const lawful = q?.options.find((o) => o.value === 'lawful')
    const none = q?.options.find((o) => o.value === 'none')
    expect(lawful?.dropsOut.map((i) => i.id)).toContain('bedenktijd')
    expect(none?.confirms.map((i) => i.id)).toContain('bedenktijd')
    expect(q?.options.map((o) => o.value)).not.toContain('not-applicable')
    const age = r.openQuestions.find((x) => x.facet === 'ageGroup')
    expect(age?.options.find((o) => o.value === 'adult')?.dropsOut.map((i) => i.id)).toContain('nidos')
  })

  it('asks an open question for every unknown facet, also when the answer changes nothing', () => {
    const r = route({ exploitation: ['organ-removal'] })
    expect(r.openQuestions.map((q) => q.facet)).toEqual(r.scenario.unknown)
    const gender = r.openQuestions.find((q) => q.facet === 'gender')
    expect(gender === undefined ? '' : texts([gender.effect])[0]).toMatch(/verandert niets/)
  })

  it('aggregates warnings about derived and unverified data', () => {
    const r = route(DUTCH_MINOR_LOVERBOY)
    const derived = texts(r.warnings, 'nl', names).find((w) => /afgeleide gegevens/.test(w))
    expect(derived).toMatch(/^\d+ onderdelen van deze route berusten op afgeleide gegevens/)
    expect(derived).toContain('Veilig Thuis (Melden en registreren)')
    expect(r.warnings.find((w) => w.code === 'route.warning.derived')?.params).toMatchObject({
      items: expect.arrayContaining([{ party: 'veilig-thuis', aspect: 'melden-registreren' }]),
    })
    expect(texts(r.warnings, 'nl', names).find((w) => /nog niet aan een bron getoetst/.test(w))).toContain(
      'RIEC Midden-Nederland',
    )
    const noMunicipality = route({ exploitation: ['sexual'] })
    expect(texts(noMunicipality.warnings).join('\n')).toMatch(/geen gemeente opgegeven/)
  })

  it('skips parties that did not exist on asOf', () => {
    const r = route({ exploitation: ['labour'], asOf: '1990-01-01' })
    expect(partyIds(r)).toContain('inspectie-szw')
  })
})
