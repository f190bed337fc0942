// SPDX-License-Identifier: EUPL-1.2
// Every Dutch text the web pages show. The English file must have the same shape (a missing
// English string is a compile error). Facts are not written here: they come from the dataset.
import type { PartyKind, ServiceType } from '../../domain/party.ts'
import type { RoleType } from '../../domain/responsibility.ts'
import type { ExploitationFormId, RecruitmentMethod } from '../../domain/facets.ts'
import type { Status } from '../../domain/common.ts'
import type { RegionKind } from '../../domain/region.ts'
import type { TimeUnit } from '../../domain/right.ts'

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }

/** The shape of the UI texts, derived from the Dutch file. */
export type Messages = Widen<typeof nl>

const partyKinds: Record<PartyKind, string> = {
  ministry: 'Ministerie', 'policy-body': 'Beleidsorgaan', 'independent-body': 'Onafhankelijk orgaan',
  'police-justice': 'Politie en justitie', inspectorate: 'Inspectie', 'executive-agency': 'Uitvoeringsorganisatie',
  municipality: 'Gemeente', 'regional-network': 'Regionaal netwerk', 'care-provider': 'Zorg- en opvangorganisatie',
  coordination: 'Coördinatie', ngo: 'Maatschappelijke organisatie', fund: 'Fonds', international: 'Internationale organisatie',
  private: 'Bedrijfsleven', 'sector-body': 'Brancheorganisatie',
}
const partyLevels: Record<'national' | 'regional' | 'local' | 'international', string> = {
  national: 'Landelijk', regional: 'Regionaal', local: 'Lokaal', international: 'Internationaal',
}
const serviceTypes: Record<ServiceType, string> = {
  medisch: 'Medische zorg', psychisch: 'Psychische zorg', opvang: 'Opvang', financieel: 'Geld en inkomen',
  woonruimte: 'Woonruimte', 'werk-dagbesteding': 'Werk en dagbesteding', 'sociaal-praktisch': 'Sociale en praktische hulp',
  'opsporing-aangifte-vervolging': 'Aangifte, opsporing en vervolging', terugkeer: 'Terugkeer', juridisch: 'Juridische hulp',
  tolk: 'Tolk', zorgcoordinatie: 'Zorgcoördinatie', 'registratie-advies': 'Registratie en advies',
  'signalering-melding': 'Signaleren en melden', 'bestuurlijke-aanpak': 'Bestuurlijke aanpak', toezicht: 'Toezicht',
  'beleid-kennis': 'Beleid en kennis',
}
const roleTypes: Record<RoleType, string> = {
  lead: 'Heeft de regie', executes: 'Voert uit', decides: 'Beslist', funds: 'Financiert', supports: 'Ondersteunt',
  advises: 'Adviseert', registers: 'Registreert', refers: 'Verwijst door',
}
const forms: Record<ExploitationFormId, string> = {
  sexual: 'Seksuele uitbuiting', labour: 'Arbeidsuitbuiting', criminal: 'Criminele uitbuiting', 'organ-removal': 'Orgaanverwijdering',
}
const recruitment: Record<RecruitmentMethod, string> = { loverboy: 'Loverboymethode', other: 'Andere werving' }
const statuses: Record<Status, string> = { sourced: 'Met bron', derived: 'Afgeleid', unverified: 'Niet gecontroleerd' }
const regionKinds: Record<RegionKind, string> = {
  'police-unit': 'Politie-eenheid', riec: 'RIEC', 'safety-region': 'Veiligheidsregio', 'veilig-thuis': 'Veilig Thuis',
  zorgcoordinatie: 'Zorgcoördinatie', 'centrumgemeente-vo': 'Centrumgemeente vrouwenopvang', province: 'Provincie',
}
const timeUnits: Record<TimeUnit, (n: number) => string> = {
  hours: (n) => (n === 1 ? '1 uur' : `${n} uur`), days: (n) => (n === 1 ? '1 dag' : `${n} dagen`),
  weeks: (n) => (n === 1 ? '1 week' : `${n} weken`), months: (n) => (n === 1 ? '1 maand' : `${n} maanden`),
  years: (n) => (n === 1 ? '1 jaar' : `${n} jaar`),
}
const limitKinds: Record<'max' | 'min' | 'target' | 'after' | 'within', string> = {
  max: 'ten hoogste', min: 'ten minste', target: 'streeftermijn', after: 'niet eerder dan na', within: 'binnen',
}

export const nl = {
  siteName: 'Wegwijzer mensenhandel',
  skipLink: 'Naar de inhoud',
  mainNavLabel: 'Hoofdmenu',
  nav: { home: 'Home', organogram: 'Organogram', parties: 'Organisaties', rights: 'Rechten', signals: 'Signalen', municipalities: 'Gemeenten' },
  languageSwitch: { label: 'Taal', other: 'English', otherLang: 'en' },
  quickExit: { label: 'Snel weg', hint: 'Verlaat deze website direct' },
  footer: {
    about: 'Wegwijzer mensenhandel laat zien wie wat doet bij de aanpak van mensenhandel in Nederland. De gegevens komen uit openbare bronnen.',
    privacy: 'Deze website gebruikt geen cookies en geen trackers.',
    safeBrowsing: 'Veilig deze website bekijken',
    sourceCode: 'Open-source software (EUPL-1.2)',
  },
  breadcrumbLabel: 'Kruimelpad',
  record: {
    status: 'Status', sources: 'Bronnen', lastVerified: 'Laatst gecontroleerd', validFrom: 'Geldig vanaf', validTo: 'Geldig tot',
    notChecked: 'Nog niet gecontroleerd', dutchOnly: 'Alleen in het Nederlands beschikbaar.', note: 'Toelichting',
  },
  labels: { partyKinds, partyLevels, serviceTypes, roleTypes, forms, recruitment, statuses, regionKinds, timeUnits, limitKinds },
  home: {
    title: 'Wie doet wat bij mensenhandel?',
    intro: 'Hier vindt u welke organisaties helpen bij mensenhandel, welke rechten slachtoffers hebben en wie u in uw regio kunt bellen.',
    entrancesHeading: 'Waar wilt u mee beginnen?',
    professional: { title: 'Ik heb een vermoeden of begeleid iemand', text: 'Voor professionals: signalen, wie wat doet per fase en wie u in de regio inschakelt.' },
    victim: { title: 'Word ik uitgebuit?', text: 'In eenvoudige taal: wat uitbuiting is, wat uw rechten zijn en wie u helpt.' },
    citizen: { title: 'Ik zie iets', text: 'Denkt u dat iemand wordt uitgebuit? Zo herkent en meldt u het.' },
    instrumentsHeading: 'Instrumenten',
    instruments: {
      organogram: { title: 'Organogram van de keten', text: 'Alle organisaties per fase en aspect, als schema en als tabel.' },
      phases: { title: 'Fasen en aspecten', text: 'Van identificatie tot hulp naar zelfstandigheid.' },
      rights: { title: 'Rechten en regelingen', text: 'Met voorwaarden, termijnen en wie ze uitvoert.' },
      municipalities: { title: 'Wie is wie in mijn regio', text: 'Regionale contacten per gemeente.' },
    },
  },
  professional: {
    title: 'Ik heb een vermoeden of begeleid iemand',
    intro: 'Deze pagina helpt u verder als u als professional mensenhandel vermoedt of een slachtoffer begeleidt.',
    stepsHeading: 'Zo gaat u te werk',
    steps: [
      'Kijk welke signalen u ziet en leg ze vast.',
      'Bespreek uw vermoeden met een collega of met een van de organisaties hieronder.',
      'Meld het vermoeden en zoek uit wie in uw regio de zorg en veiligheid regelt.',
    ],
    contactsHeading: 'Advies en melden',
  },
  citizen: {
    title: 'Ik zie iets',
    intro: 'Ziet u iets dat niet klopt? Bijvoorbeeld iemand die heel lang werkt voor weinig geld, of een jongere die ineens dure spullen heeft? Dan kan er sprake zijn van uitbuiting.',
    whatHeading: 'Wat kunt u doen?',
    what: [
      'Ga niet zelf in gesprek met een mogelijke dader.',
      'Schrijf op wat u ziet: wanneer, waar en wie.',
      'Meld het bij een van de organisaties hieronder. Dat kan ook anoniem.',
    ],
    contactsHeading: 'Hier kunt u melden',
  },
  victim: {
    title: 'Word ik uitgebuit?',
    intro: 'Moet u werk doen dat u niet wilt? Krijgt u geen of weinig geld? Heeft iemand anders uw paspoort? Dan wordt u misschien uitgebuit. Dat is verboden. U kunt hulp krijgen.',
    questionsHeading: 'Herkent u dit?',
    questions: [
      'Iemand anders bepaalt waar u werkt, woont of slaapt.',
      'U moet geld afgeven dat u verdient.',
      'U heeft een schuld die steeds groter wordt.',
      'U wordt bedreigd, of mensen van wie u houdt worden bedreigd.',
      'U mag niet zomaar weggaan.',
    ],
    helpHeading: 'Wie helpt u?',
    helpIntro: 'Deze organisaties luisteren naar u. U hoeft niet meteen aangifte te doen.',
    rightsHeading: 'Wat zijn uw rechten?',
    rightsText: 'Slachtoffers hebben recht op hulp, opvang en informatie. Lees meer over uw rechten.',
    safeNote: 'Bekijkt u deze pagina op een telefoon of computer die iemand anders ook gebruikt? Lees dan eerst hoe u veilig kijkt.',
  },
  emergency: { text: 'Bent u in direct gevaar? Bel 112.', source: 'Bron' },
  safeBrowsing: {
    title: 'Veilig deze website bekijken',
    intro: 'Misschien kijkt iemand mee op uw telefoon of computer. Zo maakt u de kans kleiner dat iemand ziet dat u hier was.',
    tips: [
      'Gebruik de knop "Snel weg" bovenaan. U gaat dan meteen naar een andere website.',
      'Gebruik een privévenster of incognitovenster. Dan onthoudt de browser niet welke pagina’s u bekeek.',
      'Wis daarna de geschiedenis van uw browser.',
      'Gebruik als het kan een telefoon of computer van iemand die u vertrouwt, of in een bibliotheek.',
    ],
    noCookies: 'Deze website slaat geen cookies op en stuurt niets naar andere websites.',
  },
  contacts: { phone: 'Telefoon', website: 'Website', email: 'E-mail', none: 'Geen contactgegevens bekend.' },
  parties: {
    title: 'Organisaties',
    intro: 'Alle organisaties in de keten tegen mensenhandel, met hun rol per fase.',
    count: (n: number) => (n === 1 ? '1 organisatie' : `${n} organisaties`),
    kind: 'Soort', level: 'Niveau', parent: 'Onderdeel van', successor: 'Opgevolgd door', predecessor: 'Voorganger',
    contact: 'Contact', services: 'Soorten hulp', rolesHeading: 'Rol per fase en aspect',
    noRoles: 'Er zijn geen rollen van deze organisatie bekend.', aspect: 'Aspect', role: 'Rol', roleType: 'Soort rol',
    conditions: 'Geldt voor', always: 'Iedereen', rightsHeading: 'Rechten die deze organisatie uitvoert',
    categoriesHeading: 'Voor wie',
  },
  conditions: {
    ageGroup: 'Leeftijd', nationalityGroup: 'Nationaliteit', residence: 'Verblijfsstatus', unaccompanied: 'Alleenstaand',
    gender: 'Gender', exploitation: 'Vorm', recruitment: 'Werving', cooperation: 'Medewerking strafproces', regions: 'Regio',
    values: {
      minor: 'minderjarig', adult: 'volwassen', nl: 'Nederlands', eu: 'EU', 'third-country': 'buiten de EU',
      lawful: 'rechtmatig verblijf', none: 'geen verblijfsrecht', asylum: 'asiel', dublin: 'Dublin', detained: 'in bewaring',
      female: 'vrouw', male: 'man', x: 'X', sexual: 'seksueel', labour: 'arbeid', criminal: 'crimineel', 'organ-removal': 'organen',
      loverboy: 'loverboy', other: 'anders', undecided: 'nog niet besloten', reporting: 'doet aangifte',
      'cooperating-otherwise': 'werkt op andere manier mee', unable: 'kan niet meewerken', declined: 'wil niet meewerken',
      yes: 'ja', no: 'nee',
    },
  },
  phases: {
    title: 'Fasen en aspecten',
    intro: 'De keten is ingedeeld in vier fasen. Welke organisaties in welke fase iets doen, hangt af van de situatie.',
    phase: (id: string) => `Fase ${id}`,
    aspectsHeading: 'Aspecten in deze fase',
    partiesHeading: 'Organisaties bij dit aspect',
    noParties: 'Er zijn geen organisaties bij dit aspect bekend.',
    party: 'Organisatie',
  },
  rights: {
    title: 'Rechten en regelingen',
    intro: 'Rechten waar een slachtoffer van mensenhandel een beroep op kan doen, met de voorwaarden en termijnen.',
    kind: 'Onderwerp', eligibility: 'Voor wie', providers: 'Uitgevoerd door', limits: 'Termijnen', amount: 'Bedrag',
    legalBasis: 'Wettelijke basis', renewable: 'kan worden verlengd',
    kinds: {
      residence: 'Verblijf', income: 'Inkomen', health: 'Gezondheid', shelter: 'Opvang', legal: 'Juridisch', procedural: 'Strafproces',
      compensation: 'Schadevergoeding', return: 'Terugkeer', work: 'Werk', protection: 'Bescherming',
    },
  },
  signals: {
    title: 'Signalen van mensenhandel',
    intro: 'Signalen helpen om uitbuiting te herkennen. Eén signaal zegt nog niet veel; let op het totaalbeeld.',
    perForm: 'Signalen per vorm',
    general: 'Algemene signalen',
    formTitle: (name: string) => `Signalen van ${name.toLowerCase()}`,
    loverboyTitle: 'Signalen van de loverboymethode',
    noSignals: 'Er zijn geen signalen voor deze vorm bekend.',
    domain: 'Waar zie je het', audience: 'Wie kan het zien',
    domains: {
      appearance: 'Uiterlijk', 'self-image': 'Zelfbeeld', behaviour: 'Gedrag', school: 'School', social: 'Sociale contacten',
      work: 'Werk', housing: 'Wonen', finance: 'Geld', documents: 'Papieren', control: 'Controle door anderen', health: 'Gezondheid', online: 'Online',
    },
    audiences: {
      professional: 'professionals', school: 'school', health: 'zorg', municipality: 'gemeente', employer: 'werkgevers', citizen: 'burgers', victim: 'slachtoffer zelf',
    },
    aboutForm: 'Over deze vorm',
  },
  municipalities: {
    title: 'Wie is wie in mijn regio',
    intro: 'Kies uw gemeente. U ziet dan de regio’s en de regionale organisaties die bij mensenhandel betrokken zijn.',
    searchLabel: 'Naam van de gemeente',
    searchButton: 'Zoeken',
    results: (n: number) => (n === 1 ? '1 gemeente gevonden' : `${n} gemeenten gevonden`),
    noResults: 'Geen gemeente gevonden met deze naam. Controleer de spelling.',
    tooLong: 'Gebruik ten hoogste 100 tekens.',
    regionsHeading: 'Regio’s',
    regionalParties: 'Regionale organisaties',
    noRegionalParties: 'Voor deze regio zijn nog geen organisaties bekend.',
    code: 'CBS-code',
  },
  organogram: {
    title: 'Organogram van de keten',
    intro: 'Alle organisaties per fase en aspect. Het schema wordt automatisch opgebouwd uit de gegevens.',
    highlightHeading: 'Markeer een situatie',
    highlightHelp: 'Kies een vorm of groep. Organisaties die daarbij een rol hebben, worden gemarkeerd.',
    form: 'Vorm van uitbuiting', category: 'Groep slachtoffers', any: 'Alle', apply: 'Markeren', reset: 'Wis markering',
    invalidForm: (v: string) => `"${v}" is geen bekende vorm van uitbuiting. Kies een vorm uit de lijst.`,
    invalidCategory: (v: string) => `"${v}" is geen bekende groep. Kies een groep uit de lijst.`,
    errorSummary: 'Er is iets mis met de keuze',
    diagramHeading: 'Schema',
    diagramLabel: 'Schema: fasen, aspecten en de organisaties die daarbij een rol hebben',
    tableHeading: 'Tabel',
    tableCaption: 'Organisaties per fase en aspect',
    download: 'Downloaden', downloadSvg: 'Schema als SVG', downloadPng: 'Schema als PNG',
    highlighted: (n: number) => (n === 1 ? '1 organisatie gemarkeerd' : `${n} organisaties gemarkeerd`),
    highlightedMark: 'gemarkeerd',
    phaseColumn: 'Fase', aspectColumn: 'Aspect', partiesColumn: 'Organisaties',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.',
    home: 'Naar de homepage',
  },
  badRequest: { title: 'Er ging iets mis met uw keuze' },
} as const
