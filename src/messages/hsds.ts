// SPDX-License-Identifier: EUPL-1.2
// The Dutch words of the HSDS export (src/domain/hsds writes none): names and descriptions of our
// taxonomies and code lists, eligibility sentences from conditions, service area and phone
// descriptions. Dutch, like the dataset texts the export carries. Labels that the pages also show
// come from the page texts, so a label reads the same everywhere.
import type { Conditions } from '../domain/facets.ts'
import type { CodeTaxonomyKey, TaxonomyKey } from '../domain/hsds/taxonomies.ts'
import type { HsdsWords, NameAndDescription, RegionAreaFacts } from '../domain/hsds/words.ts'
import type { Phone } from '../domain/party.ts'
import type { TimeLimit } from '../domain/right.ts'
import type { Source } from '../domain/source.ts'
import { formatFor } from './catalogue.ts'
import type { FacetKey } from './facet-labels.ts'
import { nl } from './nl.ts'

const TAXONOMIES: Readonly<Record<TaxonomyKey, NameAndDescription>> = {
  organogram: {
    name: 'Organogram mensenhandel: fasen en aspecten',
    description:
      'De vier fasen van de aanpak van mensenhandel uit het organogram van Kamerstuk 28 638 nr. 128 (identificatie; zorg, steun en bescherming; bestrijding; hulp naar zelfstandigheid) en daaronder de aspecten waarop organisaties een verantwoordelijkheid hebben.',
  },
  'exploitation-forms': {
    name: 'Vormen van uitbuiting',
    description:
      'De vormen van uitbuiting onder artikel 273f Wetboek van Strafrecht. Een dienst krijgt elke vorm waarvoor hij kan gelden.',
  },
  'victim-categories': {
    name: 'Categorieën slachtoffers',
    description:
      'Groepen slachtoffers met dezelfde route door de keten. Een dienst krijgt elke categorie waarvoor zijn voorwaarden kunnen gelden.',
  },
  'role-types': { name: 'Soort rol', description: 'Welke rol de organisatie speelt op het aspect van de dienst.' },
  'right-kinds': { name: 'Soort recht of regeling', description: 'Het terrein van een recht of regeling.' },
  'party-kinds': { name: 'Soort organisatie', description: 'Wat voor organisatie het is.' },
  'party-levels': { name: 'Werkniveau', description: 'Het niveau waarop de organisatie werkt.' },
  'service-types': {
    name: 'Soort hulp',
    description: 'De soorten hulp die de organisatie biedt (de profielen van de wegwijzer).',
  },
  'phone-purposes': {
    name: 'Doel van het telefoonnummer',
    description: 'Waarvoor een nummer bedoeld is, zodat wie belt het goede nummer kiest.',
  },
  statuses: {
    name: 'Status van het gegeven',
    description:
      'Hoe vast een gegeven staat: met bron (de bron zegt het), afgeleid (eigen redenering uit bronnen) of niet gecontroleerd.',
  },
  sources: {
    name: 'Bronnen',
    description: 'De openbare bronnen waarop de gegevens berusten. Elke term verwijst naar de bron zelf.',
  },
  properties: {
    name: 'Eigenschappen',
    description: 'Termen die een eigenschap noemen; de waarde staat in het attribuut.',
  },
}

const ROLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  lead: 'Heeft de regie of eindverantwoordelijkheid op het aspect.',
  executes: 'Voert de taak zelf uit.',
  decides: 'Neemt het besluit.',
  funds: 'Betaalt de uitvoering.',
  supports: 'Ondersteunt slachtoffers of andere organisaties.',
  advises: 'Geeft advies aan slachtoffers of professionals.',
  registers: 'Registreert meldingen of slachtoffers.',
  refers: 'Verwijst door naar de organisatie die de taak uitvoert.',
}

const STATUS_DESCRIPTIONS: Readonly<Record<string, string>> = {
  sourced: 'De bron zegt dit zelf.',
  derived: 'Eigen redenering van de redactie uit de bronnen; de bron zegt het niet letterlijk.',
  unverified: 'Nog niet tegen een bron gecontroleerd.',
}

const LEVEL_DESCRIPTIONS: Readonly<Record<string, string>> = {
  national: 'Werkt voor heel Nederland.',
  regional: 'Werkt per regio.',
  local: 'Werkt per gemeente of plaats.',
  international: 'Werkt over de grenzen van Nederland.',
}

const PHONE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  general: 'Het algemene nummer van de organisatie.',
  helpdesk: 'Een lijn voor advies.',
  professionals: 'Een lijn of keuzemenu voor professionals.',
  '24-7': 'Dag en nacht bereikbaar.',
  emergency: 'Voor acuut gevaar.',
  anonymous: 'Voor anoniem melden.',
  abroad: 'Het nummer om vanuit het buitenland te bellen.',
}

const PROPERTIES: Readonly<Record<string, NameAndDescription>> = {
  'wegwijzer-id': {
    name: 'Wegwijzer-id',
    description: 'Het id van het record in de dataset van de Wegwijzer mensenhandel (map/id, zoals rights/bedenktijd).',
  },
  'legal-basis': { name: 'Wettelijke basis', description: 'De wet of regel waarop de dienst berust.' },
  'name-en': { name: 'Engelse naam', description: 'De naam in het Engels.' },
  'free-call': { name: 'Gratis bellen', description: 'true als bellen gratis is, false als de beller betaalt.' },
}

const SOURCE_KINDS: Readonly<Record<string, string>> = {
  kamerstuk: 'Kamerstuk',
  law: 'wet',
  'policy-rule': 'beleidsregel',
  webpage: 'webpagina',
  report: 'rapport',
  news: 'nieuwsbericht',
  dataset: 'dataset',
  judgment: 'uitspraak',
}

const labelled = (labels: Readonly<Record<string, string>>, descriptions: Readonly<Record<string, string>>) =>
  function (code: string): NameAndDescription {
    const name = labels[code] ?? code
    return { name, description: descriptions[code] ?? `${name}.` }
  }

const CODE_TERMS: Readonly<Record<CodeTaxonomyKey, (code: string) => NameAndDescription>> = {
  'role-types': labelled(nl.labels.roleTypes, ROLE_DESCRIPTIONS),
  'right-kinds': labelled(nl.rights.kinds, {}),
  'party-kinds': labelled(nl.labels.partyKinds, {}),
  'party-levels': labelled(nl.labels.partyLevels, LEVEL_DESCRIPTIONS),
  'service-types': labelled(nl.labels.serviceTypes, {}),
  'phone-purposes': labelled(nl.contacts.purposes, PHONE_DESCRIPTIONS),
  statuses: labelled(nl.labels.statuses, STATUS_DESCRIPTIONS),
  properties: (code) => PROPERTIES[code] ?? { name: code, description: code },
}

/** "Geldt voor: minderjarig; seksuele uitbuiting of arbeidsuitbuiting." */
function eligibility(c: Conditions | undefined): string | undefined {
  if (c === undefined) {
    return undefined
  }
  const parts: string[] = []
  const f = formatFor('nl')
  const facet = (name: FacetKey, values: readonly string[] | undefined): void => {
    if (values !== undefined && values.length > 0) {
      parts.push(
        f.list(
          values.map((v) => f.value(name, v)),
          'or',
        ),
      )
    }
  }
  facet('ageGroup', c.ageGroup)
  if (c.unaccompanied !== undefined) {
    parts.push(f.value('unaccompanied', String(c.unaccompanied)))
  }
  facet('nationalityGroup', c.nationalityGroup)
  facet('residence', c.residence)
  facet('gender', c.gender)
  facet('exploitation', c.exploitation)
  facet('recruitment', c.recruitment)
  facet('cooperation', c.cooperation)
  return parts.length === 0 ? undefined : `Geldt voor: ${parts.join('; ')}.`
}

function limits(list: readonly TimeLimit[], amount: string | undefined): string | undefined {
  const parts = list.map((l) => {
    const basis = l.legalBasis === undefined ? '' : ` (${l.legalBasis})`
    return `${l.label}: ${nl.labels.limitKinds[l.kind]} ${nl.labels.timeUnits[l.unit](l.value)}${basis}`
  })
  const text = parts.length === 0 ? undefined : `Termijnen: ${parts.join('; ')}.`
  const money = amount === undefined ? undefined : `Bedrag: ${amount}.`
  return [text, money].filter((t) => t !== undefined).join(' ') || undefined
}

function regionArea(f: RegionAreaFacts): NameAndDescription {
  const kind = nl.labels.regionKinds[f.kind]
  const municipalities =
    f.municipalities.length === 0
      ? ''
      : ` Gemeenten: ${[...f.municipalities]
          .map((m) => m.name)
          .sort((a, b) => a.localeCompare(b, 'nl'))
          .join(', ')}.`
  const own = f.parties.filter((p) => !p.fallback).map((p) => p.name)
  const fallback = f.parties.filter((p) => p.fallback).map((p) => p.name)
  const by = own.length === 0 ? '' : ` Regionale organisatie: ${formatFor('nl').list(own)}.`
  const check = f.unverified ? ' Niet bevestigd met een actuele bron.' : ''
  const back = fallback.length === 0 ? '' : ` Terugval: ${formatFor('nl').list(fallback)}.`
  return {
    name: f.name,
    description: `${kind} ${f.name}${f.code === undefined ? '' : ` (${f.code})`}.${municipalities}${by}${check}${back}`,
  }
}

function phone(p: Phone): string {
  const cost = p.free === true ? nl.contacts.free : p.free === false ? (p.cost ?? 'niet gratis') : undefined
  const head = [nl.contacts.purposes[p.purpose], p.hours, cost].filter((t) => t !== undefined).join(', ')
  return p.note === undefined ? `${head}.` : `${head}. ${p.note}`
}

/** The words of the Dutch HSDS export. */
export const hsdsWordsNl: HsdsWords = {
  language: 'nld',
  taxonomy: (key) => TAXONOMIES[key],
  term: (key, code) => CODE_TERMS[key](code),
  source: (s: Source) =>
    [s.publisher, SOURCE_KINDS[s.kind] ?? s.kind, s.date].filter((t) => t !== undefined).join(', ') + '.',
  eligibility,
  limits,
  nationalArea: () => ({ name: 'Nederland', description: 'Heel Nederland.' }),
  regionArea,
  phone,
  professionalsContact: () => ({ title: 'Contact voor professionals', department: 'Professionals' }),
  website: (organisation) => ({
    name: `${organisation} (website)`,
    description:
      'De website van de organisatie: daar is zij online te bereiken. De wegwijzer publiceert geen bezoekadressen; adressen van opvang zijn geheim.',
  }),
  unverified: () => 'Niet gecontroleerd: dit gegeven is nog niet tegen een bron gecontroleerd.',
  editors: () => 'Redactie Wegwijzer mensenhandel',
}
