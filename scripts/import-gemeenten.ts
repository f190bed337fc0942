// SPDX-License-Identifier: EUPL-1.2
// Regenerates the 342 municipalities and their regions and regional parties from gemeenten.csv, so nobody edits them by hand.
//
// Usage: node --import tsx scripts/import-gemeenten.ts [--csv PATH] [--data DIR] [--check]
//   --csv    the CSV to read (default: ../shared/data/gemeenten.csv relative to the repository root)
//   --data   the data folder to write into (default: data/ in the repository root)
//   --check  write nothing; exit 1 when a generated file is missing, different or stale
//
// Output is deterministic: records are built in a fixed key order and files are sorted by path.
// Every generated file starts with GENERATED_MARKER; on a re-run, files carrying the marker that
// the CSV no longer produces are removed. Hand-written files (without the marker) are never touched.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import type { Municipality, Region, RegionKind } from '../src/domain/region.ts'
import type { Party, Phone } from '../src/domain/party.ts'
import { MUNICIPALITY_ALIASES } from './municipality-aliases.ts'

export const GENERATED_MARKER =
  '# Gegenereerd door scripts/import-gemeenten.ts uit gemeenten.csv; niet met de hand bewerken.'

/** Folders under data/ that this script writes into. */
export const OUTPUT_DIRS = ['municipalities', 'regions', 'parties'] as const

export const EXPECTED_HEADER = [
  'code',
  'name',
  'province',
  'veiligheidsregio_code',
  'veiligheidsregio_name',
  'politie_eenheid',
  'riec',
  'source_notes',
] as const
type Column = (typeof EXPECTED_HEADER)[number]

export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const

export const POLICE_UNITS = [
  'Noord-Nederland',
  'Oost-Nederland',
  'Midden-Nederland',
  'Noord-Holland',
  'Amsterdam',
  'Den Haag',
  'Rotterdam',
  'Zeeland-West-Brabant',
  'Oost-Brabant',
  'Limburg',
] as const

/** The RIEC of a police unit: one per unit, named after it, except Amsterdam. */
export function riecForPoliceUnit(unit: string): string {
  return unit === 'Amsterdam' ? 'RIEC Amsterdam-Amstelland' : `RIEC ${unit}`
}

/** Sources (ids in data/sources) that the generated records cite. They are hand-written files. */
export const SOURCE_IDS = {
  cbs: 'cbs-gebiedsindelingen',
  vws: 'vws-dashboard-gemeenten-veiligheidsregio',
  politiewet: 'politiewet-2012',
  politieEenheden: 'regioatlas-politie-eenheden',
  politieNummers: 'politie-112-2021',
  riec: 'riec-riecs-en-liec',
  veiligThuis: 'veiligthuis-nl',
  veiligThuisNummer: 'veilig-thuis-nog-site',
  zorgcoordinatie2015: 'wegwijzer-zorgcoordinatoren-2015',
  comenshaZorgcoordinatie: 'comensha-zorgcoordinatie-opvang',
} as const

/** The day an editor last checked the hand-kept facts below (numbers, zorgcoördinatie regions). */
export const VERIFIED_AT = '2026-12-06'

/**
 * What a Veilig Thuis organisation says on its own site about its role for human trafficking, per
 * safety region where an editor read it. Added to the generated party (a meldpunt, not a
 * zorgcoördinator: the zorgcoördinatie regions below say who coordinates care).
 */
export const VEILIG_THUIS_MELDPUNTEN: Readonly<
  Record<
    string,
    {
      readonly text: string
      readonly textEn: string
      readonly website: string
      readonly source: string
      readonly phone?: Phone
    }
  >
> = {
  VR06: {
    text: 'Volgens zijn eigen site is Veilig Thuis hier ook het regionale Meldpunt Mensenhandel & Jeugdprostitutie, binnen een ketenaanpak van straf en zorg; melden en advies vragen kan 24/7.',
    textEn:
      'According to its own site, Veilig Thuis is also the regional reporting point for human trafficking and youth prostitution here, within a chain approach of justice and care; reporting and asking for advice is possible 24/7.',
    website: 'https://www.veiligthuisnoordoostgelderland.nl',
    source: 'veilig-thuis-nog-meldpunt-mensenhandel',
  },
  VR09: {
    text: 'Volgens zijn eigen site is Veilig Thuis Utrecht ook het meldpunt voor advies bij en het melden van vermoedens van binnenlandse mensenhandel, zoals loverboyproblematiek.',
    textEn:
      'According to its own site, Veilig Thuis Utrecht is also the point for advice on and reporting of suspected domestic human trafficking, such as loverboy cases.',
    website: 'https://www.veiligthuisutrecht.nl',
    source: 'veilig-thuis-utrecht-meldpunt-mensenhandel',
  },
  VR25: {
    text: 'Volgens zijn eigen site is Veilig Thuis Flevoland sinds 1 maart 2024 ook het Advies- en Meldpunt Mensenhandel voor de regio: inwoners en professionals kunnen, ook anoniem, vermoedens van seksuele, arbeids- of criminele uitbuiting melden en advies vragen.',
    textEn:
      "According to its own site, Veilig Thuis Flevoland has also been the region's advice and reporting point for human trafficking since 1 March 2024: residents and professionals can report suspicions of sexual, labour or criminal exploitation, also anonymously, and ask for advice.",
    website: 'https://veiligthuisflevoland.nl',
    source: 'veilig-thuis-flevoland-meldpunt-mensenhandel-2024',
    phone: {
      number: '088 2220500',
      purpose: '24-7',
      hours: '24 uur per dag, 7 dagen per week; chat maandag tot en met vrijdag 9.00-17.00 uur',
      note: 'Nummer van het Advies- en Meldpunt Mensenhandel Flevoland (sinds 1 maart 2024), voor melden en advies bij vermoedens van mensenhandel.',
      en: {
        hours: '24 hours a day, 7 days a week; chat Monday to Friday 9.00-17.00',
        note: 'Number of the Advies- en Meldpunt Mensenhandel Flevoland (since 1 March 2024), for reporting and advice on suspected human trafficking.',
        translation: { hours: 'machine', note: 'machine' },
      },
      source: 'veilig-thuis-flevoland-meldpunt-mensenhandel-2024',
      verifiedAt: VERIFIED_AT,
    },
  },
}

/** Party to call when a zorgcoördinatie region's own coordinator is not confirmed. */
export const ZORGCOORDINATIE_FALLBACK = 'comensha'

/**
 * Zorgcoördinatie regions, built from whole safety regions. Every safety region belongs to exactly
 * one (the import fails otherwise), so every municipality gets a zorgcoördinatie region. The
 * coordinator per region comes from the 2015 list of the old wegwijzer and the later sources named
 * per region (two research passes, docs/data-audit.md §2). A region becomes `sourced` only when a
 * source dated 2023 or later states who coordinates care there; until then it is `unverified` and
 * names CoMensha as fallback, also when its probable coordinator has a checked number.
 */
export interface ZorgcoordinatieRegion {
  readonly slug: string
  readonly name: string
  readonly safetyRegions: readonly string[]
  readonly parties: readonly string[]
  readonly status: 'sourced' | 'derived' | 'unverified'
  readonly sources: readonly string[]
  readonly description: string
  /** The English name, description and note (issue 15), `machine` until a fluent reader checks them. */
  readonly en: { readonly name: string; readonly description: string; readonly note: string }
  readonly note: string
}

const UNCONFIRMED =
  'Niet bevestigd met een bron van 2023 of later. Bel bij twijfel de helpdesk van CoMensha, die de zorgcoördinatie waarneemt waar geen regionale coördinator is.'
const UNCONFIRMED_EN =
  'Not confirmed by a source from 2023 or later. If in doubt, call the CoMensha helpdesk, which covers care coordination where there is no regional coordinator.'
const L2015 = SOURCE_IDS.zorgcoordinatie2015

export const ZORGCOORDINATIE_REGIONS: readonly ZorgcoordinatieRegion[] = [
  {
    slug: 'groningen',
    name: 'Zorgcoördinatie mensenhandel Groningen',
    safetyRegions: ['VR01'],
    parties: ['zvh-groningen'],
    status: 'unverified',
    sources: ['wegwijzer-coordinator-zvh-groningen', 'nhnieuws-groningen-mensenhandel-2024', L2015],
    description:
      'Provincie Groningen. Volgens de huidige Wegwijzer mensenhandel hebben de Groningse gemeenten de aanpak van mensenhandel, met zorgcoördinatoren voor slachtoffers in de hele provincie, ondergebracht bij het Zorg- en Veiligheidshuis Groningen, dat alleen per e-mail te bereiken is. In oktober 2024 stonden 29 slachtoffers officieel geregistreerd bij dat Zorg- en Veiligheidshuis en was er in Groningen een zorgcoördinator mensenhandel. In 2015 lag de zorgcoördinatie bij MJD Groningen.',
    en: {
      name: 'Trafficking care coordination Groningen',
      description:
        'Province of Groningen. According to the current Wegwijzer mensenhandel, the municipalities of Groningen have placed the approach to human trafficking, with care coordinators for victims throughout the province, with the Zorg- en Veiligheidshuis Groningen, which can only be reached by e-mail. In October 2024, 29 victims were officially registered with that Zorg- en Veiligheidshuis there was a care coordinator for human trafficking in Groningen. In 2015 care coordination was with MJD Groningen.',
      note: `The Wegwijzer page has no date; the news item of October 2024 names the care coordinator for human trafficking, but not the organisation they work for. ${UNCONFIRMED_EN}`,
    },
    note: `De wegwijzerpagina heeft geen datum; het nieuwsbericht van oktober 2024 noemt de zorgcoördinator mensenhandel, maar niet bij welke organisatie die werkt. ${UNCONFIRMED}`,
  },
  {
    slug: 'friesland',
    name: 'Zorgcoördinatie mensenhandel Friesland',
    safetyRegions: ['VR02'],
    parties: ['fier'],
    status: 'unverified',
    sources: ['comensha-blog-zorgcoordinatie-friesland', L2015],
    description:
      'Provincie Fryslân. Volgens de lijst van 2015 en een blog van CoMensha (zonder datum) doet Fier in Leeuwarden hier de zorgcoördinatie.',
    en: {
      name: 'Trafficking care coordination Friesland',
      description:
        'Province of Fryslân. According to the 2015 list and an undated CoMensha blog, Fier in Leeuwarden provides care coordination here.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'drenthe',
    name: 'Zorgcoördinatie mensenhandel Drenthe',
    safetyRegions: ['VR03'],
    parties: ['ggd-drenthe'],
    status: 'unverified',
    sources: ['ggd-drenthe-mensenhandel-2021', L2015],
    description:
      'Provincie Drenthe. Volgens een bericht van 30 juli 2021 op haar eigen site coördineert GGD Drenthe de zorg voor en opvang van slachtoffers van mensenhandel in de provincie; haar zorgcoördinatoren zijn bereikbaar via 0592 306 300. Ook in 2015 lag de zorgcoördinatie bij GGD Drenthe.',
    en: {
      name: 'Trafficking care coordination Drenthe',
      description:
        'Province of Drenthe. According to a post of 30 July 2021 on its own site, GGD Drenthe coordinates care for and shelter of victims of human trafficking in the province; its care coordinators can be reached on 0592 306 300. In 2015, too, care coordination was with GGD Drenthe.',
      note: `The newest source is from July 2021. ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron is van juli 2021. ${UNCONFIRMED}`,
  },
  {
    slug: 'ijsselland',
    name: 'Zorgcoördinatie mensenhandel IJsselland',
    safetyRegions: ['VR04'],
    parties: [],
    status: 'unverified',
    sources: [L2015, SOURCE_IDS.comenshaZorgcoordinatie],
    description:
      'Veiligheidsregio IJsselland (onder meer Zwolle en Deventer). In 2015 had deze regio geen eigen zorgcoördinator en deed CoMensha de zorgcoördinatie op afstand; een eigen coördinator is sindsdien niet bevestigd.',
    en: {
      name: 'Trafficking care coordination IJsselland',
      description:
        'Safety region IJsselland (including Zwolle and Deventer). In 2015 this region had no care coordinator of its own and CoMensha provided care coordination from a distance; a coordinator of its own has not been confirmed since.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'twente',
    name: 'Zorgcoördinatie mensenhandel Twente',
    safetyRegions: ['VR05'],
    parties: ['vrt-kenniscentrum'],
    status: 'unverified',
    sources: [
      'comensha-zorgcoordinatie-twente',
      'hof-van-twente-kenniscentrum-2021',
      'mensenhandeltwente-netwerkevent-2025',
      L2015,
    ],
    description:
      'Veiligheidsregio Twente. Tot 1 mei 2021 deed CoMensha hier de zorgcoördinatie; sindsdien ligt die bij het Kenniscentrum Mensenhandel Twente van Veiligheidsregio Twente, waarin de veertien Twentse gemeenten samenwerken. Het kenniscentrum was in oktober 2025 nog actief.',
    en: {
      name: 'Trafficking care coordination Twente',
      description:
        'Safety region Twente. Until 1 May 2021 CoMensha provided care coordination here; since then it lies with the Kenniscentrum Mensenhandel Twente of Veiligheidsregio Twente, in which the fourteen Twente municipalities work together. The knowledge centre was still active in October 2025.',
      note: `The newest source that places care coordination with the knowledge centre is from 2021; its own site of 2025 only confirms that the knowledge centre is active. ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron die de zorgcoördinatie bij het kenniscentrum legt, is van 2021; de eigen site van 2025 bevestigt alleen dat het kenniscentrum werkt. ${UNCONFIRMED}`,
  },
  {
    slug: 'noord-oost-gelderland',
    name: 'Zorgcoördinatie mensenhandel Noord- en Oost-Gelderland',
    safetyRegions: ['VR06'],
    parties: ['mee', 'moviera'],
    status: 'unverified',
    sources: [L2015, 'veilig-thuis-nog-meldpunt-mensenhandel'],
    description:
      'Veiligheidsregio Noord- en Oost-Gelderland (Achterhoek, Apeldoorn en de Veluwe). Volgens de lijst van 2015 deed MEE Veluwe de zorgcoördinatie voor slachtoffers jonger dan 23 jaar en Moviera die voor slachtoffers van 23 jaar en ouder. Veilig Thuis Noord- en Oost-Gelderland is volgens zijn eigen site het regionale meldpunt voor mensenhandel en jeugdprostitutie (0800 2000, 24/7); dat is een meldpunt, geen zorgcoördinator.',
    en: {
      name: 'Trafficking care coordination Noord- en Oost-Gelderland',
      description:
        'Safety region Noord- en Oost-Gelderland (Achterhoek, Apeldoorn and the Veluwe). According to the 2015 list, MEE Veluwe provided care coordination for victims under 23 and Moviera for victims aged 23 and over. According to its own site, Veilig Thuis Noord- en Oost-Gelderland is the regional reporting point for human trafficking and youth prostitution (0800 2000, 24/7); that is a reporting point, not a care coordinator.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'gelderland-zuid',
    name: 'Zorgcoördinatie mensenhandel Gelderland-Zuid',
    safetyRegions: ['VR07'],
    parties: [],
    status: 'unverified',
    sources: [L2015],
    description:
      'Veiligheidsregio Gelderland-Zuid (onder meer Nijmegen). De lijst van 2015 noemt voor deze regio geen zorgcoördinator en een recentere bron is niet gevonden.',
    en: {
      name: 'Trafficking care coordination Gelderland-Zuid',
      description:
        'Safety region Gelderland-Zuid (including Nijmegen). The 2015 list names no care coordinator for this region and no more recent source has been found.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'gelderland-midden',
    name: 'Zorgcoördinatie mensenhandel Gelderland-Midden',
    safetyRegions: ['VR08'],
    parties: [],
    status: 'unverified',
    sources: [L2015],
    description:
      'Veiligheidsregio Gelderland-Midden (onder meer Arnhem en Ede). De lijst van 2015 noemt "Apeldoorn en de Veluwe" (MEE Veluwe en Moviera); of de Veluwse gemeenten van deze veiligheidsregio daaronder vielen, is niet vastgesteld.',
    en: {
      name: 'Trafficking care coordination Gelderland-Midden',
      description:
        'Safety region Gelderland-Midden (including Arnhem and Ede). The 2015 list names "Apeldoorn en de Veluwe" (MEE Veluwe and Moviera); whether the Veluwe municipalities of this safety region fell under it has not been established.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'utrecht',
    name: 'Zorgcoördinatie mensenhandel Utrecht',
    safetyRegions: ['VR09'],
    parties: ['moviera'],
    status: 'unverified',
    sources: [L2015, 'veilig-thuis-utrecht-meldpunt-mensenhandel'],
    description:
      'Provincie Utrecht. Volgens de lijst van 2015 lag de zorgcoördinatie in Midden-Nederland (provincie Utrecht) bij Moviera; een recentere bron die de zorgcoördinator noemt, is niet gevonden. Voor binnenlandse mensenhandel (onder meer loverboyproblematiek) is Veilig Thuis Utrecht volgens zijn eigen site het meldpunt voor advies en melden (0800-2000); dat is een meldpunt, geen zorgcoördinator.',
    en: {
      name: 'Trafficking care coordination Utrecht',
      description:
        'Province of Utrecht. According to the 2015 list, care coordination in Midden-Nederland (province of Utrecht) was with Moviera; no more recent source naming the care coordinator has been found. For domestic human trafficking (including loverboy cases), Veilig Thuis Utrecht is, according to its own site, the point for advice and reporting (0800-2000); that is a reporting point, not a care coordinator.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'noord-holland',
    name: 'Zorgcoördinatie mensenhandel Noord-Holland',
    safetyRegions: ['VR10', 'VR11', 'VR12'],
    parties: ['hvo-querido'],
    status: 'unverified',
    sources: ['hvo-querido-acm-noord-holland', 'hvo-querido-acm-2020', L2015],
    description:
      'Politie-eenheid Noord-Holland (veiligheidsregio’s Noord-Holland-Noord, Zaanstreek-Waterland en Kennemerland). Een zorgcoördinator Mensenhandel Noord-Holland van HVO-Querido werkt hier in opdracht van de gemeente Alkmaar voor de hele politieregio.',
    en: {
      name: 'Trafficking care coordination Noord-Holland',
      description:
        'Police unit Noord-Holland (safety regions Noord-Holland-Noord, Zaanstreek-Waterland and Kennemerland). A care coordinator for human trafficking Noord-Holland of HVO-Querido works here on behalf of the municipality of Alkmaar for the whole police region.',
      note: `The newest source is from January 2020. ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron is van januari 2020. ${UNCONFIRMED}`,
  },
  {
    slug: 'amsterdam',
    name: 'Zorgcoördinatie mensenhandel Amsterdam',
    safetyRegions: ['VR13'],
    parties: ['hvo-querido'],
    status: 'unverified',
    sources: ['hvo-querido-acm-2020', L2015],
    description:
      'Veiligheidsregio Amsterdam-Amstelland. De zorgcoördinatie ligt bij HVO-Querido, via het Amsterdams Coördinatiepunt Mensenhandel (ACM).',
    en: {
      name: 'Trafficking care coordination Amsterdam',
      description:
        'Safety region Amsterdam-Amstelland. Care coordination lies with HVO-Querido, through the Amsterdams Coördinatiepunt Mensenhandel (ACM).',
      note: `The newest source is from January 2020. ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron is van januari 2020. ${UNCONFIRMED}`,
  },
  {
    slug: 'gooi-en-vechtstreek',
    name: 'Zorgcoördinatie mensenhandel Gooi en Vechtstreek',
    safetyRegions: ['VR14'],
    parties: ['hvo-querido'],
    status: 'unverified',
    sources: ['hvo-querido-acm-2020', 'comensha-zorgcoordinatorenoverleg-2019'],
    description:
      'Veiligheidsregio Gooi en Vechtstreek. Sinds maart 2019 doet HVO-Querido (ACM) hier de zorgcoördinatie, eerst als proef van een jaar.',
    en: {
      name: 'Trafficking care coordination Gooi en Vechtstreek',
      description:
        'Safety region Gooi en Vechtstreek. Since March 2019 HVO-Querido (ACM) has provided care coordination here, at first as a one-year trial.',
      note: `The newest source is from January 2020. ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron is van januari 2020. ${UNCONFIRMED}`,
  },
  {
    slug: 'flevoland',
    name: 'Zorgcoördinatie mensenhandel Flevoland',
    safetyRegions: ['VR25'],
    parties: ['blijf-groep'],
    status: 'unverified',
    sources: [
      'blijf-groep-zorgcoordinatie-flevoland',
      'almere-kwartiermaker-mensenhandel',
      'almere-intentieverklaring-mensenhandel-2022',
      'veilig-thuis-flevoland-meldpunt-mensenhandel-2024',
      'comensha-zorgcoordinatorenoverleg-2019',
      'hvo-querido-acm-2020',
    ],
    description:
      'Provincie Flevoland. Rond 2019 kreeg Blijf Groep van de Flevolandse gemeenten de opdracht de zorgcoördinatie op te zetten, met een kwartiermaker van HVO-Querido; begin 2020 was het ACM van HVO-Querido ook in Almere actief. In november 2022 tekenden de zes gemeenten met onder meer Blijf Groep en CoMensha een nieuwe intentieverklaring voor de ketenaanpak. Of Blijf Groep nu de zorgcoördinatie doet, is niet vastgesteld. Sinds 1 maart 2024 is Veilig Thuis Flevoland het Advies- en Meldpunt Mensenhandel van de regio (088 2220500, 24/7); dat is een meldpunt, geen zorgcoördinator.',
    en: {
      name: 'Trafficking care coordination Flevoland',
      description:
        "Province of Flevoland. Around 2019 the Flevoland municipalities commissioned Blijf Groep to set up care coordination, with a quartermaster from HVO-Querido; in early 2020 the ACM of HVO-Querido was also active in Almere. In November 2022 the six municipalities signed a new declaration of intent for the chain approach with, among others, Blijf Groep and CoMensha. Whether Blijf Groep provides care coordination now has not been established. Since 1 March 2024 Veilig Thuis Flevoland has been the region's advice and reporting point for human trafficking (088 2220500, 24/7); that is a reporting point, not a care coordinator.",
      note: `The newest source that names Blijf Groep as care coordinator has no date (around 2019). ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron die Blijf Groep als zorgcoördinator noemt, heeft geen datum (rond 2019). ${UNCONFIRMED}`,
  },
  {
    slug: 'den-haag-hollands-midden',
    name: 'Zorgcoördinatie mensenhandel Den Haag en Hollands Midden',
    safetyRegions: ['VR15', 'VR16'],
    parties: ['shop'],
    status: 'unverified',
    sources: [L2015],
    description:
      'Politie-eenheid Den Haag (veiligheidsregio’s Haaglanden en Hollands-Midden). Volgens de lijst van 2015 coördineerde SHOP hier de zorg voor slachtoffers.',
    en: {
      name: 'Trafficking care coordination Den Haag and Hollands Midden',
      description:
        'Police unit Den Haag (safety regions Haaglanden and Hollands-Midden). According to the 2015 list, SHOP coordinated care for victims here.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'rotterdam',
    name: 'Zorgcoördinatie mensenhandel Rotterdam',
    safetyRegions: ['VR17'],
    parties: ['pmw-humanitas'],
    status: 'unverified',
    sources: ['humanitas-essm-2018', L2015],
    description:
      'Veiligheidsregio Rotterdam-Rijnmond. Volgens de lijst van 2015 lag de zorgcoördinatie hier bij PMW (Humanitas); in oktober 2018 schreef Humanitas dat haar Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel (met PMW) de zorg rond slachtoffers in de regio coördineert.',
    en: {
      name: 'Trafficking care coordination Rotterdam',
      description:
        'Safety region Rotterdam-Rijnmond. According to the 2015 list, care coordination here was with PMW (Humanitas); in October 2018 Humanitas wrote that its Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel (with PMW) coordinates care around victims in the region.',
      note: `The newest source is from October 2018. ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron is van oktober 2018. ${UNCONFIRMED}`,
  },
  {
    slug: 'zuid-holland-zuid',
    name: 'Zorgcoördinatie mensenhandel Zuid-Holland-Zuid',
    safetyRegions: ['VR18'],
    parties: [],
    status: 'unverified',
    sources: [L2015],
    description:
      'Veiligheidsregio Zuid-Holland-Zuid (onder meer Dordrecht). De lijst van 2015 noemt voor deze regio geen zorgcoördinator en een recentere bron is niet gevonden.',
    en: {
      name: 'Trafficking care coordination Zuid-Holland-Zuid',
      description:
        'Safety region Zuid-Holland-Zuid (including Dordrecht). The 2015 list names no care coordinator for this region and no more recent source has been found.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'zeeland',
    name: 'Zorgcoördinatie mensenhandel Zeeland',
    safetyRegions: ['VR19'],
    parties: ['zvh-zeeland'],
    status: 'unverified',
    sources: ['veiligheidshuis-zeeland-zorgcoordinatie', 'omroep-zeeland-zorgcoordinator-2020', L2015],
    description:
      'Provincie Zeeland. Binnen het Zorg- en Veiligheidshuis Zeeland werkt namens de Zeeuwse gemeenten een zorgcoördinator slachtoffers mensenhandel; daarvoor deed CoMensha de zorgcoördinatie op afstand.',
    en: {
      name: 'Trafficking care coordination Zeeland',
      description:
        'Province of Zeeland. Within the Zorg- en Veiligheidshuis Zeeland, a care coordinator for victims of human trafficking works on behalf of the Zeeland municipalities; before that, CoMensha provided care coordination from a distance.',
      note: `Its own page has no date and speaks of twelve municipalities (Zeeland has thirteen). ${UNCONFIRMED_EN}`,
    },
    note: `De eigen pagina heeft geen datum en spreekt van twaalf gemeenten (Zeeland telt er dertien). ${UNCONFIRMED}`,
  },
  {
    slug: 'midden-en-west-brabant',
    name: 'Zorgcoördinatie mensenhandel Midden- en West-Brabant',
    safetyRegions: ['VR20'],
    parties: [],
    status: 'unverified',
    sources: [
      'moerdijk-zorgcoordinatie-markiezaten-2020',
      'comensha-tilburg-zorgcoordinator',
      'comensha-zorgcoordinatorenoverleg-2019',
      L2015,
    ],
    description:
      'Veiligheidsregio Midden- en West-Brabant (onder meer Tilburg en Breda). In 2015 deed CoMensha de zorgcoördinatie voor West-Brabant op afstand; in 2019 kreeg de regio Tilburg een zorgcoördinator bij de gemeente Tilburg. In december 2020 besloot Moerdijk dat de zorgcoördinatie voor district De Markiezaten via het Zorg- en Veiligheidshuis De Markiezaten zou gaan, met aansluiting bij het Zorg- en Veiligheidshuis De Baronie (Breda), dat al een zorgcoördinator had. Wie het nu per district doet, is niet vastgesteld.',
    en: {
      name: 'Trafficking care coordination Midden- en West-Brabant',
      description:
        'Safety region Midden- en West-Brabant (including Tilburg and Breda). In 2015 CoMensha provided care coordination for West-Brabant from a distance; in 2019 the Tilburg region got a care coordinator at the municipality of Tilburg. In December 2020 Moerdijk decided that care coordination for the De Markiezaten district would go through the Zorg- en Veiligheidshuis De Markiezaten, linked to the Zorg- en Veiligheidshuis De Baronie (Breda), which already had a care coordinator. Who does it per district now has not been established.',
      note: `The newest source is from December 2020. ${UNCONFIRMED_EN}`,
    },
    note: `De nieuwste bron is van december 2020. ${UNCONFIRMED}`,
  },
  {
    slug: 's-hertogenbosch',
    name: "Zorgcoördinatie mensenhandel 's-Hertogenbosch (Brabant-Noord)",
    safetyRegions: ['VR21'],
    parties: [],
    status: 'unverified',
    sources: ['comensha-zorgcoordinatorenoverleg-2019', L2015],
    description:
      'Veiligheidsregio Brabant-Noord. In 2015 deed Maatschappelijke Opvang Den Bosch hier de zorgcoördinatie; in 2017 stopte die om financiële redenen en in 2019 kwam er weer een zorgcoördinator, zonder dat de bron de organisatie noemt.',
    en: {
      name: "Trafficking care coordination 's-Hertogenbosch (Brabant-Noord)",
      description:
        'Safety region Brabant-Noord. In 2015 Maatschappelijke Opvang Den Bosch provided care coordination here; in 2017 it stopped for financial reasons and in 2019 there was a care coordinator again, without the source naming the organisation.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'eindhoven',
    name: 'Zorgcoördinatie mensenhandel Eindhoven (Brabant-Zuidoost)',
    safetyRegions: ['VR22'],
    parties: ['lumens'],
    status: 'unverified',
    sources: ['comensha-blog-zorgcoordinatie-eindhoven', 'comensha-zorgcoordinatorenoverleg-2019', L2015],
    description:
      'Veiligheidsregio Brabant-Zuidoost. Lumens in Eindhoven doet hier de zorgcoördinatie (lijst van 2015 en een blog van CoMensha zonder datum); in 2019 kwam er ook een zorgcoördinator voor de regio Helmond.',
    en: {
      name: 'Trafficking care coordination Eindhoven (Brabant-Zuidoost)',
      description:
        'Safety region Brabant-Zuidoost. Lumens in Eindhoven provides care coordination here (2015 list and an undated CoMensha blog); in 2019 a care coordinator for the Helmond region was added.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'limburg-noord-midden',
    name: 'Zorgcoördinatie mensenhandel Limburg-Noord en Midden-Limburg',
    safetyRegions: ['VR23'],
    parties: ['koraal'],
    status: 'unverified',
    sources: [L2015],
    description:
      'Veiligheidsregio Limburg-Noord (Noord- en Midden-Limburg). Volgens de lijst van 2015 lag de zorgcoördinatie hier bij Koraal.',
    en: {
      name: 'Trafficking care coordination Limburg-Noord and Midden-Limburg',
      description:
        'Safety region Limburg-Noord (Noord- and Midden-Limburg). According to the 2015 list, care coordination here was with Koraal.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
  {
    slug: 'limburg-zuid',
    name: 'Zorgcoördinatie mensenhandel Zuid-Limburg',
    safetyRegions: ['VR24'],
    parties: [],
    status: 'unverified',
    sources: [L2015, SOURCE_IDS.comenshaZorgcoordinatie],
    description:
      'Veiligheidsregio Limburg-Zuid. In 2015 had deze regio geen eigen zorgcoördinator en deed CoMensha de zorgcoördinatie op afstand; een eigen coördinator is sindsdien niet bevestigd.',
    en: {
      name: 'Trafficking care coordination Zuid-Limburg',
      description:
        'Safety region Limburg-Zuid. In 2015 this region had no care coordinator of its own and CoMensha provided care coordination from a distance; a coordinator of its own has not been confirmed since.',
      note: UNCONFIRMED_EN,
    },
    note: UNCONFIRMED,
  },
]

export class CsvImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${field === undefined ? '' : `field '${field}': `}${reason}`)
    this.name = 'CsvImportError'
  }
}

export interface GemeenteRow {
  readonly line: number
  readonly code: string
  readonly name: string
  readonly province: string
  readonly vrCode: string
  readonly vrName: string
  readonly policeUnit: string
  readonly riec: string
}

export interface GeneratedFile {
  /** Path relative to the data folder, e.g. `municipalities/GM0363.yaml`. */
  readonly path: string
  readonly content: string
}

export interface ImportResult {
  readonly rows: readonly GemeenteRow[]
  readonly files: readonly GeneratedFile[]
}

interface CsvRecord {
  readonly line: number
  readonly fields: string[]
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let fieldStarted = false
  let line = 1
  let recordLine = 1
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const endRecord = () => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === '')) {
      records.push({ line: recordLine, fields })
    }
    fields = []
    field = ''
    fieldStarted = false
  }
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        if (ch === '\n') {
          line++
        }
        field += ch
      }
      continue
    }
    if (ch === '"') {
      if (fieldStarted) {
        throw new CsvImportError(file, line, undefined, `column ${fields.length + 1}: a quote may only open a field`)
      }
      quoted = true
      fieldStarted = true
    } else if (ch === ',') {
      fields.push(field)
      field = ''
      fieldStarted = false
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') {
        i++
      }
      endRecord()
      line++
      recordLine = line
    } else {
      field += ch
      fieldStarted = true
    }
  }
  if (quoted) {
    throw new CsvImportError(file, recordLine, undefined, 'unterminated quoted field')
  }
  endRecord()
  return records
}

const REQUIRED_PATTERNS: Partial<Record<Column, { pattern: RegExp; hint: string }>> = {
  code: { pattern: /^GM\d{4}$/, hint: 'expected GM followed by four digits, e.g. GM0363' },
  veiligheidsregio_code: { pattern: /^VR(0[1-9]|1\d|2[0-5])$/, hint: 'expected VR01 to VR25' },
}

/** Reads and checks every row; throws CsvImportError naming the line and field of the first problem. */
export function parseGemeenten(csvText: string, file = 'gemeenten.csv'): GemeenteRow[] {
  const records = parseCsv(csvText, file)
  const header = records[0]
  if (header === undefined) {
    throw new CsvImportError(file, 1, undefined, 'the file is empty; expected a header row')
  }
  EXPECTED_HEADER.forEach((name, i) => {
    if (header.fields[i]?.trim() !== name) {
      throw new CsvImportError(
        file,
        header.line,
        name,
        `header column ${i + 1} is '${header.fields[i] ?? ''}', expected '${name}'`,
      )
    }
  })
  if (header.fields.length !== EXPECTED_HEADER.length) {
    throw new CsvImportError(
      file,
      header.line,
      undefined,
      `header has ${header.fields.length} columns, expected ${EXPECTED_HEADER.length}`,
    )
  }

  const rows: GemeenteRow[] = []
  const byCode = new Map<string, number>()
  const byName = new Map<string, number>()
  const regionFacts = new Map<string, { line: number; vrName: string; province: string; policeUnit: string }>()
  for (const record of records.slice(1)) {
    const { line, fields } = record
    if (fields.length !== EXPECTED_HEADER.length) {
      throw new CsvImportError(
        file,
        line,
        undefined,
        `row has ${fields.length} fields, expected ${EXPECTED_HEADER.length} (quote fields that contain a comma)`,
      )
    }
    const get = (column: Column): string => {
      const value = (fields[EXPECTED_HEADER.indexOf(column)] ?? '').trim()
      if (value === '' && column !== 'source_notes') {
        throw new CsvImportError(file, line, column, 'is empty')
      }
      const rule = REQUIRED_PATTERNS[column]
      if (rule !== undefined && !rule.pattern.test(value)) {
        throw new CsvImportError(file, line, column, `'${value}' is not valid: ${rule.hint}`)
      }
      return value
    }
    const row: GemeenteRow = {
      line,
      code: get('code'),
      name: get('name'),
      province: get('province'),
      vrCode: get('veiligheidsregio_code'),
      vrName: get('veiligheidsregio_name'),
      policeUnit: get('politie_eenheid'),
      riec: get('riec'),
    }
    if (!(PROVINCES as readonly string[]).includes(row.province)) {
      throw new CsvImportError(
        file,
        line,
        'province',
        `unknown province '${row.province}'; expected one of ${PROVINCES.join(', ')}`,
      )
    }
    if (!(POLICE_UNITS as readonly string[]).includes(row.policeUnit)) {
      throw new CsvImportError(
        file,
        line,
        'politie_eenheid',
        `unknown police unit '${row.policeUnit}'; expected one of ${POLICE_UNITS.join(', ')}`,
      )
    }
    const expectedRiec = riecForPoliceUnit(row.policeUnit)
    if (row.riec !== expectedRiec) {
      throw new CsvImportError(
        file,
        line,
        'riec',
        `'${row.riec}' does not match police unit ${row.policeUnit}; expected '${expectedRiec}'`,
      )
    }
    const earlierCode = byCode.get(row.code)
    if (earlierCode !== undefined) {
      throw new CsvImportError(file, line, 'code', `duplicate code ${row.code} (also on line ${earlierCode})`)
    }
    const earlierName = byName.get(row.name)
    if (earlierName !== undefined) {
      throw new CsvImportError(file, line, 'name', `duplicate name '${row.name}' (also on line ${earlierName})`)
    }
    const facts = regionFacts.get(row.vrCode)
    if (facts === undefined) {
      regionFacts.set(row.vrCode, { line, vrName: row.vrName, province: row.province, policeUnit: row.policeUnit })
    } else {
      const clash: [Column, string, string][] = [
        ['veiligheidsregio_name', row.vrName, facts.vrName],
        ['province', row.province, facts.province],
        ['politie_eenheid', row.policeUnit, facts.policeUnit],
      ]
      for (const [column, value, earlier] of clash) {
        if (value !== earlier) {
          throw new CsvImportError(
            file,
            line,
            column,
            `'${value}' contradicts line ${facts.line}, which gives '${earlier}' for ${row.vrCode}`,
          )
        }
      }
    }
    byCode.set(row.code, line)
    byName.set(row.name, line)
    rows.push(row)
  }
  if (rows.length === 0) {
    throw new CsvImportError(file, header.line + 1, undefined, 'no municipality rows after the header')
  }
  return rows
}

/** Kebab-case id fragment: lowercase ASCII, diacritics dropped ('Fryslân' → 'fryslan'). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const regionIds = {
  province: (name: string) => `provincie-${slug(name)}`,
  policeUnit: (unit: string) => `politie-eenheid-${slug(unit)}`,
  riec: (riec: string) => `riec-${slug(riec.replace(/^RIEC /, ''))}`,
  safetyRegion: (vrName: string) => `veiligheidsregio-${slug(vrName)}`,
  veiligThuis: (vrName: string) => `veilig-thuis-${slug(vrName)}`,
  zorgcoordinatie: (regionSlug: string) => `zorgcoordinatie-${regionSlug}`,
}

function listEn(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

/** English texts of a generated record, each `machine` until a fluent reader checks it (ADR 0027). */
function machineEnglish<T extends Record<string, string>>(texts: T) {
  const translation = Object.fromEntries(Object.keys(texts).map((k) => [k, 'machine' as const]))
  return { ...texts, translation: translation as { [K in keyof T]: 'machine' } }
}

/** English name, description (and note) of a generated record. */
function english(name: string, description: string, note?: string) {
  return machineEnglish(note === undefined ? { name, description } : { name, description, note })
}

/** The English of a note alone (a municipality's, whose name is a proper name). */
function englishNote(note: string) {
  return machineEnglish({ note })
}

function listNl(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort()
}

function toYaml(record: object): string {
  return `${GENERATED_MARKER}\n${stringify(record, { lineWidth: 0 })}`
}

/** Builds every generated file from the CSV text; pure, so tests can call it directly. */
export function importGemeenten(csvText: string, file = 'gemeenten.csv'): ImportResult {
  const rows = parseGemeenten(csvText, file)
  const files: GeneratedFile[] = []
  const regions: Region[] = []
  const parties: Party[] = []

  const safetyRegions = new Map<string, GemeenteRow>()
  for (const row of rows) {
    if (!safetyRegions.has(row.vrCode)) {
      safetyRegions.set(row.vrCode, row)
    }
  }
  const vrByCode = [...safetyRegions.values()].sort(byKey((r) => r.vrCode))
  const vrNamesOf = (predicate: (r: GemeenteRow) => boolean) => vrByCode.filter(predicate).map((r) => r.vrName)
  const zorgByVr = new Map<string, ZorgcoordinatieRegion>()
  for (const zc of ZORGCOORDINATIE_REGIONS) {
    for (const vr of zc.safetyRegions) {
      if (zorgByVr.has(vr)) {
        throw new Error(`internal error: safety region ${vr} is in two zorgcoördinatie regions`)
      }
      zorgByVr.set(vr, zc)
    }
  }
  for (const vr of vrByCode) {
    if (!zorgByVr.has(vr.vrCode)) {
      throw new CsvImportError(
        file,
        vr.line,
        'veiligheidsregio_code',
        `safety region ${vr.vrCode} belongs to no zorgcoördinatie region; add it to ZORGCOORDINATIE_REGIONS`,
      )
    }
  }

  for (const province of uniqueSorted(rows.map((r) => r.province))) {
    regions.push({
      id: regionIds.province(province),
      kind: 'province',
      name: `Provincie ${province}`,
      description: `De provincie ${province}. Welke gemeenten erbij horen, is afgeleid uit hun veiligheidsregio: elke veiligheidsregio ligt binnen één provincie.`,
      en: english(
        `Province of ${province}`,
        `The province of ${province}. Which municipalities belong to it is derived from their safety region: every safety region lies within one province.`,
      ),
      status: 'sourced',
      sources: [SOURCE_IDS.cbs, SOURCE_IDS.vws],
    })
  }

  for (const unit of uniqueSorted(rows.map((r) => r.policeUnit))) {
    const id = regionIds.policeUnit(unit)
    const vrs = vrNamesOf((r) => r.policeUnit === unit)
    regions.push({
      id,
      kind: 'police-unit',
      name: `Politie-eenheid ${unit}`,
      description: `Werkgebied van de regionale eenheid ${unit} van de Nationale Politie: ${vrs.length === 1 ? 'veiligheidsregio' : "de veiligheidsregio's"} ${listNl(vrs)}.`,
      en: english(
        `Police unit ${unit}`,
        `Area of the regional unit ${unit} of the National Police: ${vrs.length === 1 ? 'the safety region' : 'the safety regions'} ${listEn(vrs)}.`,
      ),
      parties: [id],
      status: 'sourced',
      sources: [SOURCE_IDS.politiewet, SOURCE_IDS.politieEenheden, SOURCE_IDS.vws],
    })
    parties.push({
      id,
      name: `Politie-eenheid ${unit}`,
      shortName: `Politie ${unit}`,
      kind: 'police-justice',
      level: 'regional',
      parent: 'politie',
      description: `Regionale eenheid ${unit} van de Nationale Politie, werkzaam in ${vrs.length === 1 ? 'veiligheidsregio' : "de veiligheidsregio's"} ${listNl(vrs)}. Hier komen signalen, meldingen en aangiften van mensenhandel uit dit gebied binnen en doet de eenheid het opsporingsonderzoek.`,
      contact: {
        phones: [
          {
            number: '112',
            purpose: 'emergency',
            hours: '24 uur per dag, 7 dagen per week',
            free: true,
            note: 'Bij acuut gevaar, als elke seconde telt.',
            en: {
              hours: '24 hours a day, 7 days a week',
              note: 'In acute danger, when every second counts.',
              translation: { hours: 'machine', note: 'machine' },
            },
            source: SOURCE_IDS.politieNummers,
            verifiedAt: VERIFIED_AT,
          },
          {
            number: '0900-8844',
            purpose: 'general',
            note: 'Landelijk nummer van de politie voor alles zonder spoed; vraag bij mensenhandel naar de AVIM.',
            en: {
              note: 'National police number for anything that is not urgent; for human trafficking ask for the AVIM.',
              translation: { note: 'machine' },
            },
            source: SOURCE_IDS.politieNummers,
            verifiedAt: VERIFIED_AT,
          },
        ],
        website: 'https://www.politie.nl',
        verifiedAt: VERIFIED_AT,
      },
      serviceTypes: ['signalering-melding', 'opsporing-aangifte-vervolging'],
      en: english(
        `Police unit ${unit}`,
        `Regional unit ${unit} of the National Police, working in ${vrs.length === 1 ? 'the safety region' : 'the safety regions'} ${listEn(vrs)}. Signals, reports and criminal complaints of human trafficking from this area come in here, and the unit carries out the investigation.`,
      ),
      status: 'sourced',
      sources: [SOURCE_IDS.politiewet, SOURCE_IDS.politieEenheden, SOURCE_IDS.politieNummers],
    })
  }

  for (const riec of uniqueSorted(rows.map((r) => r.riec))) {
    const id = regionIds.riec(riec)
    const units = uniqueSorted(rows.filter((r) => r.riec === riec).map((r) => r.policeUnit))
    const label = riec.replace(/^RIEC /, '')
    regions.push({
      id,
      kind: 'riec',
      name: riec,
      description: `Werkgebied van het Regionaal Informatie- en Expertisecentrum ${label}, gelijk aan politie-eenheid ${listNl(units)}.`,
      en: english(
        riec,
        `Area of the Regional Information and Expertise Centre (RIEC) ${label}, the same as that of police unit ${listEn(units)}.`,
        'riec.nl names one RIEC per police unit, but publishes no list of municipalities. We assume that its area is the same as that of the police unit.',
      ),
      parties: [id],
      status: 'derived',
      sources: [SOURCE_IDS.riec, SOURCE_IDS.vws],
      note: 'riec.nl noemt één RIEC per politie-eenheid, maar publiceert geen lijst van gemeenten. Wij nemen aan dat het werkgebied gelijk is aan dat van de politie-eenheid.',
    })
    parties.push({
      id,
      name: `Regionaal Informatie- en Expertisecentrum ${label}`,
      shortName: riec,
      kind: 'regional-network',
      level: 'regional',
      parent: 'riec',
      description: `Het RIEC ${label} ondersteunt gemeenten en hun partners (politie, OM, Belastingdienst, inspecties) in het werkgebied bij de geïntegreerde aanpak van ondermijnende criminaliteit, waaronder mensenhandel. Het deelt casusinformatie, geeft adviezen over bestuurlijke interventies en over Bibob.`,
      contact: { website: 'https://www.riec.nl' },
      serviceTypes: ['bestuurlijke-aanpak', 'beleid-kennis'],
      en: english(
        `Regional Information and Expertise Centre ${label}`,
        `The RIEC ${label} supports municipalities and their partners (police, Public Prosecution Service, Tax Administration, inspectorates) in its area in the integrated approach to organised crime that undermines society, including human trafficking. It shares case information and advises on administrative interventions and on Bibob screening.`,
      ),
      status: 'sourced',
      sources: [SOURCE_IDS.riec],
    })
  }

  for (const vr of vrByCode) {
    const vtId = regionIds.veiligThuis(vr.vrName)
    const policeId = regionIds.policeUnit(vr.policeUnit)
    const riecId = regionIds.riec(vr.riec)
    regions.push({
      id: regionIds.safetyRegion(vr.vrName),
      kind: 'safety-region',
      name: `Veiligheidsregio ${vr.vrName}`,
      code: vr.vrCode,
      description: `Veiligheidsregio ${vr.vrName} (${vr.vrCode}) in de provincie ${vr.province}, onderdeel van het werkgebied van politie-eenheid ${vr.policeUnit}.`,
      en: english(
        `Safety region ${vr.vrName}`,
        `Safety region ${vr.vrName} (${vr.vrCode}) in the province of ${vr.province}, part of the area of police unit ${vr.policeUnit}.`,
      ),
      parties: [policeId, riecId, vtId],
      status: 'sourced',
      sources: [SOURCE_IDS.cbs, SOURCE_IDS.vws],
    })
    const vtNote =
      "Per veiligheidsregio gemodelleerd: Veilig Thuis-regio's vallen grotendeels samen met de veiligheidsregio's, maar het aantal organisaties (ongeveer 26) is niet geverifieerd. Waar een veiligheidsregio meer dan één Veilig Thuis-organisatie heeft (mogelijk Midden- en West-Brabant), is dit record een vereenvoudiging. De eigen naam van de organisatie kan afwijken."
    const vtNoteEn =
      'Modelled per safety region: the Veilig Thuis regions mostly match the safety regions, but the number of organisations (about 26) has not been checked. Where a safety region has more than one Veilig Thuis organisation (possibly Midden- en West-Brabant), this record is a simplification. The organisation may use a different name itself.'
    regions.push({
      id: vtId,
      kind: 'veilig-thuis',
      name: `Veilig Thuis ${vr.vrName}`,
      description: `Werkgebied van Veilig Thuis voor de gemeenten van veiligheidsregio ${vr.vrName}.`,
      en: english(
        `Safe at Home (Veilig Thuis) ${vr.vrName}`,
        `Area of Veilig Thuis (Safe at Home) for the municipalities of the ${vr.vrName} safety region.`,
        vtNoteEn,
      ),
      parties: [vtId],
      status: 'derived',
      sources: [SOURCE_IDS.veiligThuis, SOURCE_IDS.vws],
      note: vtNote,
    })
    const meldpunt = VEILIG_THUIS_MELDPUNTEN[vr.vrCode]
    parties.push({
      id: vtId,
      name: `Veilig Thuis ${vr.vrName}`,
      kind: 'care-provider',
      level: 'regional',
      parent: 'veilig-thuis',
      description: `Advies- en meldpunt huiselijk geweld en kindermishandeling voor de gemeenten van veiligheidsregio ${vr.vrName}. Professionals en burgers kunnen hier advies vragen en zorgen melden, ook over signalen van uitbuiting van minderjarigen en loverboyproblematiek.${meldpunt === undefined ? '' : ` ${meldpunt.text}`}`,
      contact: {
        phones: [
          {
            number: '0800-2000',
            purpose: '24-7',
            hours: '24 uur per dag, 7 dagen per week',
            free: true,
            note: 'Landelijk nummer van Veilig Thuis voor advies en melden.',
            en: {
              hours: '24 hours a day, 7 days a week',
              note: 'National number of Veilig Thuis for advice and reporting.',
              translation: { hours: 'machine', note: 'machine' },
            },
            source: SOURCE_IDS.veiligThuisNummer,
            verifiedAt: VERIFIED_AT,
          },
          ...(meldpunt?.phone === undefined ? [] : [meldpunt.phone]),
        ],
        website: meldpunt?.website ?? 'https://veiligthuis.nl',
        verifiedAt: VERIFIED_AT,
      },
      serviceTypes: ['signalering-melding', 'registratie-advies'],
      en: english(
        `Safe at Home (Veilig Thuis) ${vr.vrName}`,
        `Advice and reporting centre for domestic violence and child abuse for the municipalities of the ${vr.vrName} safety region. Professionals and citizens can ask for advice and report concerns here, also about signs of exploitation of minors and loverboys.${meldpunt === undefined ? '' : ` ${meldpunt.textEn}`}`,
        vtNoteEn,
      ),
      status: 'derived',
      sources: [
        SOURCE_IDS.veiligThuis,
        SOURCE_IDS.veiligThuisNummer,
        ...(meldpunt === undefined ? [] : [meldpunt.source]),
      ],
      note: vtNote,
    })
  }

  for (const zc of ZORGCOORDINATIE_REGIONS) {
    const known = zc.safetyRegions.filter((vr) => safetyRegions.has(vr))
    if (known.length === 0) {
      continue
    }
    regions.push({
      id: regionIds.zorgcoordinatie(zc.slug),
      kind: 'zorgcoordinatie',
      name: zc.name,
      description: zc.description,
      en: english(zc.en.name, zc.en.description, zc.en.note),
      parties: [...zc.parties],
      fallback: ZORGCOORDINATIE_FALLBACK,
      status: zc.status,
      sources: [...zc.sources],
      verifiedAt: VERIFIED_AT,
      note: zc.note,
    })
  }

  for (const row of rows) {
    const zc = zorgByVr.get(row.vrCode)
    const aliases = MUNICIPALITY_ALIASES[row.code] ?? []
    const municipality: Municipality = {
      id: row.code,
      name: row.name,
      ...(aliases.length === 0 ? {} : { aliases: aliases.map((a) => ({ ...a })) }),
      regions: {
        province: regionIds.province(row.province),
        policeUnit: regionIds.policeUnit(row.policeUnit),
        riec: regionIds.riec(row.riec),
        safetyRegion: regionIds.safetyRegion(row.vrName),
        veiligThuis: regionIds.veiligThuis(row.vrName),
        ...(zc === undefined ? {} : { zorgcoordinatie: regionIds.zorgcoordinatie(zc.slug) }),
      },
      en: englishNote(
        `Code and name: CBS classification 2025. Safety region: VWS dashboard (2023). Province, police unit, RIEC, Veilig Thuis region and care coordination region are derived from the safety region.${aliases.length === 0 ? '' : ' Other names: common names, municipalities merged into it since 2015 and large towns; see scripts/municipality-aliases.ts.'}`,
      ),
      status: 'derived',
      sources: [SOURCE_IDS.cbs, SOURCE_IDS.vws],
      note: `Code en naam: CBS-indeling 2025. Veiligheidsregio: VWS-dashboard (2023). Provincie, politie-eenheid, RIEC, Veilig Thuis-regio en zorgcoördinatieregio zijn afgeleid uit de veiligheidsregio.${aliases.length === 0 ? '' : ' Andere namen: gangbare namen, sinds 2015 opgegane gemeenten en grote kernen; zie scripts/municipality-aliases.ts.'}`,
    }
    files.push({ path: `municipalities/${row.code}.yaml`, content: toYaml(municipality) })
  }
  for (const region of regions) {
    files.push({ path: `regions/${region.id}.yaml`, content: toYaml(region) })
  }
  for (const party of parties) {
    files.push({ path: `parties/${party.id}.yaml`, content: toYaml(party) })
  }
  const seen = new Set<string>()
  for (const f of files) {
    if (seen.has(f.path)) {
      throw new Error(`internal error: two records would be written to ${f.path}`)
    }
    seen.add(f.path)
  }
  files.sort(byKey((f) => f.path))
  return { rows, files }
}

/** Region kinds this script owns, for reports. */
export const GENERATED_REGION_KINDS: readonly RegionKind[] = [
  'province',
  'police-unit',
  'riec',
  'safety-region',
  'veilig-thuis',
  'zorgcoordinatie',
]

interface SyncReport {
  readonly written: string[]
  readonly removed: string[]
  readonly unchanged: number
}

/** Brings dataDir in line with the generated files; with check, only reports what would change. */
export function syncFiles(dataDir: string, files: readonly GeneratedFile[], check: boolean): SyncReport {
  const written: string[] = []
  const removed: string[] = []
  let unchanged = 0
  const wanted = new Set(files.map((f) => f.path))
  for (const f of files) {
    const path = join(dataDir, f.path)
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
    if (current === f.content) {
      unchanged++
      continue
    }
    if (current !== undefined && !current.startsWith(GENERATED_MARKER)) {
      throw new Error(`${path} exists and was not written by this script; refusing to overwrite it`)
    }
    written.push(f.path)
    if (!check) {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, f.content)
    }
  }
  for (const dir of OUTPUT_DIRS) {
    const full = join(dataDir, dir)
    if (!existsSync(full)) {
      continue
    }
    for (const name of readdirSync(full).sort()) {
      const rel = `${dir}/${name}`
      if (wanted.has(rel) || !name.endsWith('.yaml')) {
        continue
      }
      if (readFileSync(join(full, name), 'utf8').startsWith(GENERATED_MARKER)) {
        removed.push(rel)
        if (!check) {
          unlinkSync(join(full, name))
        }
      }
    }
  }
  return { written, removed, unchanged }
}

function main(argv: readonly string[]): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  let csvPath = resolve(root, '../shared/data/gemeenten.csv')
  let dataDir = join(root, 'data')
  let check = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--csv' || arg === '--data') {
      const value = argv[i + 1]
      if (value === undefined) {
        console.error(`${arg} needs a path`)
        return 2
      }
      if (arg === '--csv') {
        csvPath = resolve(value)
      } else {
        dataDir = resolve(value)
      }
      i++
    } else if (arg === '--check') {
      check = true
    } else {
      console.error(
        `unknown argument '${arg}'\nusage: node --import tsx scripts/import-gemeenten.ts [--csv PATH] [--data DIR] [--check]`,
      )
      return 2
    }
  }
  let text: string
  try {
    text = readFileSync(csvPath, 'utf8')
  } catch (e) {
    console.error(`cannot read ${csvPath}: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
  let result: ImportResult
  try {
    result = importGemeenten(text, basename(csvPath))
  } catch (e) {
    if (e instanceof CsvImportError) {
      console.error(`${csvPath}:${e.line}: ${e.field === undefined ? '' : `field '${e.field}': `}${e.reason}`)
      return 1
    }
    throw e
  }
  const report = syncFiles(dataDir, result.files, check)
  const changes = [
    ...report.written.map((p) => `${check ? 'stale' : 'wrote'} ${p}`),
    ...report.removed.map((p) => `${check ? 'obsolete' : 'removed'} ${p}`),
  ]
  for (const c of changes) {
    console.log(c)
  }
  console.log(
    `${result.rows.length} municipalities, ${result.files.length} files: ${report.written.length} ${check ? 'out of date' : 'written'}, ${report.removed.length} ${check ? 'obsolete' : 'removed'}, ${report.unchanged} unchanged`,
  )
  return check && changes.length > 0 ? 1 : 0
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2))
}
