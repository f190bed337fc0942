// SPDX-License-Identifier: EUPL-1.2
// Dutch (and English) words for facets and their values, used to explain why something is in a route.
import type { MaskFacet } from '../conditions/index.ts'

export interface Label {
  readonly nl: string
  readonly en: string
}

/** What a facet is called, e.g. in "hangt af van: verblijfsstatus". */
export const FACET_LABELS: Readonly<Record<MaskFacet | 'municipality' | 'exploitation', Label>> = {
  ageGroup: { nl: 'leeftijd', en: 'age' },
  nationalityGroup: { nl: 'nationaliteit', en: 'nationality' },
  residence: { nl: 'verblijfsstatus', en: 'residence status' },
  unaccompanied: { nl: 'alleenstaand of niet', en: 'whether unaccompanied' },
  gender: { nl: 'gender', en: 'gender' },
  recruitment: { nl: 'wervingsmethode', en: 'recruitment method' },
  cooperation: { nl: 'houding tegenover het strafproces', en: 'stance towards the criminal process' },
  municipality: { nl: 'gemeente', en: 'municipality' },
  exploitation: { nl: 'vorm van uitbuiting', en: 'form of exploitation' },
}

/** How a value reads as a reason ("seksuele uitbuiting", "geen rechtmatig verblijf"). */
export const VALUE_LABELS: Readonly<Record<MaskFacet | 'exploitation', Readonly<Record<string, Label>>>> = {
  ageGroup: {
    minor: { nl: 'minderjarig', en: 'minor' },
    adult: { nl: 'meerderjarig', en: 'adult' },
  },
  nationalityGroup: {
    nl: { nl: 'Nederlandse nationaliteit', en: 'Dutch national' },
    eu: { nl: 'nationaliteit van de EU, EER of Zwitserland', en: 'EU, EEA or Swiss national' },
    'third-country': { nl: 'nationaliteit van buiten de EU', en: 'third-country national' },
  },
  residence: {
    lawful: { nl: 'rechtmatig verblijf', en: 'lawful stay' },
    none: { nl: 'geen rechtmatig verblijf', en: 'no lawful stay' },
    asylum: { nl: 'in de asielprocedure', en: 'in the asylum procedure' },
    dublin: {
      nl: 'Dublinclaimant (ander EU-land verantwoordelijk)',
      en: 'Dublin claimant (another EU state responsible)',
    },
    detained: { nl: 'in vreemdelingenbewaring', en: 'in immigration detention' },
    'not-applicable': {
      nl: 'verblijfsstatus niet van toepassing (Nederlander)',
      en: 'residence not applicable (Dutch national)',
    },
  },
  unaccompanied: {
    true: {
      nl: 'alleenstaand (geen ouder of voogd in Nederland)',
      en: 'unaccompanied (no parent or guardian in the Netherlands)',
    },
    false: { nl: 'niet alleenstaand', en: 'not unaccompanied' },
  },
  gender: {
    female: { nl: 'vrouw', en: 'female' },
    male: { nl: 'man', en: 'male' },
    x: { nl: 'gender x', en: 'gender x' },
  },
  recruitment: {
    loverboy: { nl: 'geworven met de loverboymethode', en: 'recruited with the loverboy method' },
    other: { nl: 'geworven op een andere manier', en: 'recruited in another way' },
  },
  cooperation: {
    undecided: { nl: 'nog geen besluit over aangifte', en: 'not yet decided whether to report' },
    reporting: { nl: 'doet aangifte', en: 'reports to the police' },
    'cooperating-otherwise': {
      nl: 'werkt op een andere manier mee aan het strafproces',
      en: 'cooperates otherwise with the criminal process',
    },
    unable: {
      nl: 'kan niet meewerken (dreiging of medische beperking)',
      en: 'unable to cooperate (threat or medical reasons)',
    },
    declined: { nl: 'wil niet meewerken aan het strafproces', en: 'declines to cooperate' },
  },
  exploitation: {
    sexual: { nl: 'seksuele uitbuiting', en: 'sexual exploitation' },
    labour: { nl: 'arbeidsuitbuiting', en: 'labour exploitation' },
    criminal: { nl: 'criminele uitbuiting', en: 'criminal exploitation' },
    'organ-removal': { nl: 'gedwongen orgaanverwijdering', en: 'forced organ removal' },
  },
}

export function valueLabel(facet: MaskFacet | 'exploitation', value: string): Label {
  return VALUE_LABELS[facet][value] ?? { nl: value, en: value }
}

/** Dutch list: "a, b of c". */
export function orList(items: readonly string[], word = 'of'): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`
}
