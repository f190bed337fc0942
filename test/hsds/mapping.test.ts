// SPDX-License-Identifier: EUPL-1.2
// How the register maps to HSDS (docs/hsds.md), on the fixture dataset: which objects there are, their
// ids, eligibility from conditions, service areas from regions, phones and their verification,
// classifications as attributes, and what happens on another date.
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import { buildHsds, hsdsId, type HsdsDataset, type HsdsService } from '../../src/domain/hsds/index.ts'
import { isValidOn } from '../../src/domain/validity.ts'
import { hsdsWordsNl } from '../../src/messages/hsds.ts'
import { invalidObjects } from './oracle.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const { dataset } = loadDataset(FIXTURE_DIR)
const DATE = '2025-06-01'

function hsds(data: Dataset = dataset, asOf = DATE): HsdsDataset {
  return buildHsds(buildCatalog(data, { version: 'fixture' }).on(asOf), hsdsWordsNl)
}

const view = hsds()
const responsibilityService = (data: HsdsDataset, id: string): HsdsService => {
  const service = data.services.find((s) => s.id === hsdsId(`service:responsibility:${id}`))
  if (service === undefined) {
    throw new Error(`no service for responsibility ${id}`)
  }
  return service
}
const termCodes = (service: HsdsService, taxonomy: string): string[] =>
  (service.attributes ?? [])
    .filter((a) => a.taxonomy_term?.taxonomy_id === hsdsId(`taxonomy:${taxonomy}`))
    .map((a) => a.taxonomy_term?.code ?? '')

describe('organisations', () => {
  it('has one per party valid on the date, with our id as its identifier', () => {
    const valid = dataset.parties.filter((p) => isValidOn(p, DATE))
    expect(view.organizations.map((o) => o.id)).toEqual(valid.map((p) => hsdsId(`organization:${p.id}`)))
    const comensha = view.organizations.find((o) => o.id === hsdsId('organization:comensha'))
    expect(comensha?.organization_identifiers).toEqual([
      expect.objectContaining({ identifier: 'comensha', identifier_type: 'Wegwijzer-id' }),
    ])
    expect(view.sourceIds.get(hsdsId('organization:comensha'))).toBe('parties/comensha')
  })

  it('leaves out a party that has ended, and shows it on a date it was valid', () => {
    const ended = hsdsId('organization:inspectie-szw')
    expect(view.organizations.some((o) => o.id === ended)).toBe(false)
    expect(hsds(dataset, '2019-01-01').organizations.some((o) => o.id === ended)).toBe(true)
  })

  it('links a regional unit to its parent', () => {
    const unit = view.organizations.find((o) => o.id === hsdsId('organization:politie-eenheid-midden-nederland'))
    expect(unit?.parent_organization_id).toBe(hsdsId('organization:politie'))
  })

  it('lists its services and has its website as a virtual location', () => {
    const politie = view.organizations.find((o) => o.id === hsdsId('organization:politie'))
    expect(politie?.website).toBe('https://www.politie.nl')
    expect(politie?.locations).toEqual([
      expect.objectContaining({ location_type: 'virtual', url: 'https://www.politie.nl' }),
    ])
    const own = dataset.responsibilities.filter((r) => r.party === 'politie' && isValidOn(r, DATE))
    expect(politie?.services?.length).toBeGreaterThanOrEqual(own.length)
    for (const r of own) {
      expect(politie?.services?.map((s) => s.id)).toContain(hsdsId(`service:responsibility:${r.id}`))
    }
  })
})

describe('services', () => {
  it('has one per responsibility and one per right and provider valid on the date', () => {
    const responsibilities = dataset.responsibilities.filter(
      (r) =>
        isValidOn(r, DATE) &&
        dataset.parties.some((p) => p.id === r.party && isValidOn(p, DATE)) &&
        dataset.aspects.some((a) => a.id === r.aspect && isValidOn(a, DATE)),
    )
    const granted = dataset.rights
      .filter((r) => isValidOn(r, DATE))
      .flatMap((r) =>
        r.providers
          .filter((p) => dataset.parties.some((party) => party.id === p && isValidOn(party, DATE)))
          .map((p) => hsdsId(`service:right:${r.id}:${p}`)),
      )
    expect(view.services.map((s) => s.id).sort()).toEqual(
      [...responsibilities.map((r) => hsdsId(`service:responsibility:${r.id}`)), ...granted].sort(),
    )
    expect(new Set(view.services.map((s) => s.id)).size).toBe(view.services.length)
  })

  it('takes name, description, role, phase and aspect from the responsibility', () => {
    const s = responsibilityService(view, 'comensha-cosm')
    expect(s).toMatchObject({
      name: 'Plaatst in de COSM',
      status: 'active',
      organization_id: hsdsId('organization:comensha'),
    })
    expect(termCodes(s, 'role-types')).toEqual(['refers'])
    expect(termCodes(s, 'organogram')).toEqual(['B', 'opvang'])
    expect(s.attributes).toContainEqual(
      expect.objectContaining({ link_type: 'property', value: 'responsibilities/comensha-cosm' }),
    )
  })

  it('says for whom from the conditions, with ages where the conditions fix them', () => {
    const fier = responsibilityService(view, 'fier-loverboy')
    expect(fier.eligibility_description).toBe('Geldt voor: minderjarig; geworven met de loverboymethode.')
    expect(fier).toMatchObject({ maximum_age: 17 })
    expect(fier.minimum_age).toBeUndefined()
    const cosm = responsibilityService(view, 'comensha-cosm')
    expect(cosm).toMatchObject({ minimum_age: 18 })
    expect(cosm.eligibility_description).toContain('geen rechtmatig verblijf')
    expect(responsibilityService(view, 'zorgcoordinator-zc').eligibility_description).toBeUndefined()
  })

  it('classifies by the exploitation forms and victim categories the conditions can hold for', () => {
    const fier = responsibilityService(view, 'fier-loverboy')
    expect(termCodes(fier, 'exploitation-forms').sort()).toEqual(['criminal', 'labour', 'organ-removal', 'sexual'])
    const categories = termCodes(fier, 'victim-categories')
    expect(categories).toContain('nl-minor')
    expect(categories).toContain('unaccompanied-minor')
    expect(categories).not.toContain('nl-adult')
    expect(categories).not.toContain('eu-adult')
  })

  it('puts a right under each provider, with its time limits in the description', () => {
    const granted = view.services.filter((s) => view.sourceIds.get(s.id) === 'rights/bedenktijd')
    const bedenktijd = dataset.rights.find((r) => r.id === 'bedenktijd')
    expect(granted.map((s) => s.organization_id).sort()).toEqual(
      (bedenktijd?.providers ?? []).map((p) => hsdsId(`organization:${p}`)).sort(),
    )
    for (const s of granted) {
      expect(s.name).toBe(bedenktijd?.name)
      expect(termCodes(s, 'right-kinds')).toEqual([bedenktijd?.kind])
    }
  })

  it('alerts on a record that is not checked against a source, and marks every status', () => {
    const unverified = view.services.filter((s) => termCodes(s, 'statuses').includes('unverified'))
    expect(unverified.length).toBeGreaterThan(0)
    for (const s of unverified) {
      expect(s.alert).toMatch(/Niet gecontroleerd/)
    }
    expect(view.services.every((s) => termCodes(s, 'statuses').length === 1)).toBe(true)
    expect(view.services.filter((s) => s.alert !== undefined)).toEqual(unverified)
  })

  it('shows a right that has ended only on a date it was valid', () => {
    const key = 'rights/voortgezet-verblijf-tot-2018'
    expect(view.services.some((s) => view.sourceIds.get(s.id) === key)).toBe(false)
    const earlier = hsds(dataset, '2017-01-01')
    expect(earlier.services.some((s) => earlier.sourceIds.get(s.id) === key)).toBe(true)
  })
})

describe('service areas', () => {
  const areas = (id: string) => responsibilityService(view, id).service_areas ?? []

  it('are the regions the conditions name, with their municipalities', () => {
    const municipalities = dataset.municipalities.filter((m) => m.regions.riec === 'riec-midden-nederland')
    expect(municipalities.length).toBeGreaterThan(1)
    expect(areas('riec-bestuurlijk')).toEqual([
      expect.objectContaining({
        id: hsdsId('service_area:service:responsibility:riec-bestuurlijk:riec-midden-nederland'),
        name: 'RIEC Midden-Nederland',
        extent: municipalities.map((m) => m.id).join(','),
        extent_type: 'text',
      }),
    ])
    for (const m of municipalities) {
      expect(areas('riec-bestuurlijk')[0]?.description).toContain(m.name)
    }
  })

  it('are every region of its kind for a party that acts through regional organisations', () => {
    const veiligThuis = areas('veilig-thuis-melden')
    expect(veiligThuis.map((a) => a.name)).toEqual(
      dataset.regions.filter((r) => r.kind === 'veilig-thuis').map((r) => r.name),
    )
    expect(veiligThuis[0]?.description).toContain('Veilig Thuis Utrecht')
    const zorg = areas('zorgcoordinator-zc')
    expect(zorg).toHaveLength(dataset.regions.filter((r) => r.kind === 'zorgcoordinatie').length)
    expect(zorg.every((a) => a.description?.includes('Niet bevestigd met een actuele bron') === true)).toBe(true)
  })

  it('is the Netherlands for a national party, also when a region lists it as its party', () => {
    expect(dataset.regions.some((r) => r.parties?.includes('comensha'))).toBe(true)
    expect(areas('comensha-cosm')).toEqual([
      expect.objectContaining({
        name: 'Nederland',
        id: hsdsId('service_area:service:responsibility:comensha-cosm:nl'),
      }),
    ])
  })
})

describe('phones and contacts', () => {
  it('are the checked numbers, with purpose, hours, source and the day they were checked', () => {
    const phone = view.phones.find((p) => p.id === hsdsId('phone:comensha:helpdesk:0334481186'))
    expect(phone).toMatchObject({
      number: '033 448 11 86',
      type: 'voice',
      organization_id: hsdsId('organization:comensha'),
      description: 'Helpdesk, maandag tot en met vrijdag 9.00-17.00 uur.',
    })
    expect(phone?.metadata).toEqual([
      expect.objectContaining({ last_action_type: 'verified', last_action_date: '2026-12-06', field_name: 'number' }),
    ])
    const source = phone?.attributes?.find((a) => a.link_type === 'source')
    expect(source?.taxonomy_term?.term_uri).toBe(dataset.sources.find((s) => s.id === 'kst-28638-128')?.url)
    expect(view.phones).toHaveLength(
      dataset.parties.filter((p) => isValidOn(p, DATE)).reduce((n, p) => n + (p.contact?.phones?.length ?? 0), 0),
    )
  })

  it('group the professionals’ e-mail address and line in one contact', () => {
    const changed: Dataset = {
      ...dataset,
      parties: dataset.parties.map((p) =>
        p.id === 'comensha'
          ? {
              ...p,
              contact: {
                ...p.contact,
                professionalEmail: 'professionals@example.org',
                phones: [
                  ...(p.contact?.phones ?? []),
                  {
                    number: '033 000 00 00',
                    purpose: 'professionals',
                    source: 'kst-28638-128',
                    verifiedAt: '2026-12-06',
                  },
                ],
              },
            }
          : p,
      ),
    }
    const data = hsds(changed)
    const comensha = data.organizations.find((o) => o.id === hsdsId('organization:comensha'))
    const contact = comensha?.contacts?.[0]
    expect(contact).toMatchObject({ email: 'professionals@example.org', department: 'Professionals' })
    expect(contact?.phones?.map((p) => p.number)).toEqual(['033 000 00 00'])
    expect(comensha?.phones?.find((p) => p.number === '033 000 00 00')?.contact_id).toBe(contact?.id)
    expect(invalidObjects('organization', [comensha])).toEqual([])
  })
})

describe('ids and taxonomies', () => {
  it('keep their ids when other records change', () => {
    const smaller = hsds({ ...dataset, parties: dataset.parties.filter((p) => p.id !== 'fier') })
    expect(smaller.services.length).toBeLessThan(view.services.length)
    for (const s of smaller.services) {
      expect(view.sourceIds.get(s.id)).toBe(smaller.sourceIds.get(s.id))
    }
    const phones = new Set(view.phones.map((p) => p.id))
    expect(smaller.phones.every((p) => phones.has(p.id))).toBe(true)
    const areas = new Set(view.serviceAreas.map((a) => a.id))
    expect(smaller.serviceAreas.every((a) => areas.has(a.id))).toBe(true)
  })

  it('list only terms that are applied, with aspects under their phase', () => {
    const applied = new Set(view.attributes.map((a) => a.taxonomy_term_id))
    const parents = new Set(view.taxonomyTerms.map((t) => t.parent_id))
    expect(view.taxonomyTerms.filter((t) => !applied.has(t.id) && !parents.has(t.id))).toEqual([])
    const opvang = view.taxonomyTerms.find((t) => t.code === 'opvang')
    expect(opvang?.parent_id).toBe(hsdsId('taxonomy_term:organogram:B'))
    expect(opvang?.taxonomy_detail?.id).toBe(hsdsId('taxonomy:organogram'))
  })

  it('date a service by the latest check of what it carries', () => {
    const s = responsibilityService(view, 'comensha-cosm')
    expect(s.last_modified).toBe('2026-12-06T00:00:00Z')
    const unchecked = responsibilityService(view, 'om-vervolging')
    expect(unchecked.last_modified).toBeUndefined()
    expect(unchecked.assured_date).toBeUndefined()
  })
})
