// SPDX-License-Identifier: EUPL-1.2
// The Dutch message catalogue: every Dutch text the pages, the CLI and the API show, the one label
// set per facet and the engine's codes. The English file must have the same shape (a missing
// English string is a compile error; catalogue.test.ts finds unused ones). Facts are not written
// here: they come from the dataset.
import type { PartyKind, PhonePurpose, ServiceType } from '../domain/party.ts'
import type { RoleType } from '../domain/responsibility.ts'
import type { Status } from '../domain/common.ts'
import type { RegionKind } from '../domain/region.ts'
import type { TimeUnit } from '../domain/right.ts'
import type { SummaryWords as SummaryParams } from './summary-action.ts'
import type { EngineTexts } from './codes.ts'
import type { FacetLabelSet } from './facet-labels.ts'
import type { Severity } from '../domain/analysis/analysis-schema.ts'
import type { SliceId } from '../domain/analysis/heatmap.ts'
import type { StepStatus } from '../domain/trajectory/plan-schema.ts'
import type { PluralForms } from './format.ts'
import { scopeText, type ScopeWords } from './scope-text.ts'
import { facetQuestions as facetQuestionsOf, facetTitles as facetTitlesOf, valueTitles } from './derived-labels.ts'
import type { DateOrderRule, EventDateField, GivenValue } from '../domain/scenario-errors.ts'
import { countryName } from '../domain/country-names.ts'
import { limitName } from './names.ts'

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }

/** The shape of the UI texts, derived from the Dutch file. */
export type Messages = Widen<typeof nl>

const partyKinds: Record<PartyKind, string> = {
  ministry: 'Ministerie',
  'policy-body': 'Beleidsorgaan',
  'independent-body': 'Onafhankelijk orgaan',
  'police-justice': 'Politie en justitie',
  inspectorate: 'Inspectie',
  'executive-agency': 'Uitvoeringsorganisatie',
  municipality: 'Gemeente',
  'regional-network': 'Regionaal netwerk',
  'care-provider': 'Zorg- en opvangorganisatie',
  coordination: 'Coördinatie',
  ngo: 'Maatschappelijke organisatie',
  fund: 'Fonds',
  international: 'Internationale organisatie',
  private: 'Bedrijfsleven',
  'sector-body': 'Brancheorganisatie',
}
const partyLevels: Record<'national' | 'regional' | 'local' | 'international', string> = {
  national: 'Landelijk',
  regional: 'Regionaal',
  local: 'Lokaal',
  international: 'Internationaal',
}
const serviceTypes: Record<ServiceType, string> = {
  medisch: 'Medische zorg',
  psychisch: 'Psychische zorg',
  opvang: 'Opvang',
  financieel: 'Geld en inkomen',
  woonruimte: 'Woonruimte',
  'werk-dagbesteding': 'Werk en dagbesteding',
  'sociaal-praktisch': 'Sociale en praktische hulp',
  'opsporing-aangifte-vervolging': 'Aangifte, opsporing en vervolging',
  terugkeer: 'Terugkeer',
  juridisch: 'Juridische hulp',
  tolk: 'Tolk',
  zorgcoordinatie: 'Zorgcoördinatie',
  'registratie-advies': 'Registratie en advies',
  'signalering-melding': 'Signaleren en melden',
  'bestuurlijke-aanpak': 'Bestuurlijke aanpak',
  toezicht: 'Toezicht',
  'beleid-kennis': 'Beleid en kennis',
}
const roleTypes: Record<RoleType, string> = {
  lead: 'Heeft de regie',
  executes: 'Voert uit',
  decides: 'Beslist',
  funds: 'Financiert',
  supports: 'Ondersteunt',
  advises: 'Adviseert',
  registers: 'Registreert',
  refers: 'Verwijst door',
}
const statuses: Record<Status, string> = { sourced: 'Met bron', derived: 'Afgeleid', unverified: 'Niet gecontroleerd' }
const regionKinds: Record<RegionKind, string> = {
  'police-unit': 'Politie-eenheid',
  riec: 'RIEC',
  'safety-region': 'Veiligheidsregio',
  'veilig-thuis': 'Veilig Thuis',
  zorgcoordinatie: 'Zorgcoördinatie',
  'centrumgemeente-vo': 'Centrumgemeente vrouwenopvang',
  province: 'Provincie',
}
/** " (Veilig Thuis Utrecht)" after a party when the summary names its regional organisation. */
const within = (p: SummaryParams): string => (p.regional === undefined ? '' : ` (${p.regional})`)

const timeUnits: Record<TimeUnit, (n: number) => string> = {
  hours: (n) => (n === 1 ? '1 uur' : `${n} uur`),
  days: (n) => (n === 1 ? '1 dag' : `${n} dagen`),
  weeks: (n) => (n === 1 ? '1 week' : `${n} weken`),
  months: (n) => (n === 1 ? '1 maand' : `${n} maanden`),
  years: (n) => (n === 1 ? '1 jaar' : `${n} jaar`),
}
const limitKinds: Record<'max' | 'min' | 'target' | 'after' | 'within', string> = {
  max: 'ten hoogste',
  min: 'ten minste',
  target: 'streeftermijn',
  after: 'niet eerder dan na',
  within: 'binnen',
}

/**
 * One label set per facet of src/domain/facets.ts (plus the scenario's municipality): what the
 * facet is called (lower case, to use inside a sentence), the question that asks for it and the
 * label of every value. Every page, the CLI, the API and the engine's reasons use these words.
 */
const facets = {
  ageGroup: {
    name: 'leeftijdsgroep',
    question: 'Is de persoon minderjarig?',
    values: { minor: 'minderjarig', adult: 'meerderjarig' },
  },
  nationalityGroup: {
    name: 'nationaliteit',
    question: 'Welke nationaliteit heeft de persoon?',
    values: {
      nl: 'Nederlandse nationaliteit',
      eu: 'nationaliteit van de EU, EER of Zwitserland',
      'third-country': 'nationaliteit van buiten de EU',
    },
  },
  residence: {
    name: 'verblijfsstatus',
    question: 'Welke verblijfsstatus heeft de persoon?',
    values: {
      lawful: 'rechtmatig verblijf',
      none: 'geen rechtmatig verblijf',
      asylum: 'in de asielprocedure',
      dublin: 'Dublinclaimant (een ander EU-land is verantwoordelijk)',
      detained: 'in vreemdelingenbewaring',
      'not-applicable': 'verblijfsstatus niet van toepassing (Nederlander)',
    },
  },
  unaccompanied: {
    name: 'alleenstaand',
    question: 'Is de minderjarige alleenstaand?',
    values: { true: 'alleenstaand (geen ouder of voogd in Nederland)', false: 'niet alleenstaand' },
  },
  gender: {
    name: 'gender',
    question: 'Wat is het gender van de persoon?',
    values: { female: 'vrouw', male: 'man', x: 'gender X (anders of onbekend gemaakt)' },
  },
  exploitation: {
    name: 'vorm van uitbuiting',
    question: 'Om welke vorm van uitbuiting gaat het?',
    values: {
      sexual: 'seksuele uitbuiting',
      labour: 'arbeidsuitbuiting',
      criminal: 'criminele uitbuiting',
      'organ-removal': 'gedwongen orgaanverwijdering',
    },
  },
  recruitment: {
    name: 'wervingsmethode',
    question: 'Hoe is de persoon geworven?',
    values: { loverboy: 'geworven met de loverboymethode', other: 'geworven op een andere manier' },
  },
  cooperation: {
    name: 'medewerking aan het strafproces',
    question: 'Wil of kan de persoon meewerken aan het strafproces?',
    values: {
      undecided: 'nog geen besluit over aangifte',
      reporting: 'doet aangifte',
      'cooperating-otherwise': 'werkt op een andere manier mee aan het strafproces',
      unable: 'kan niet meewerken (dreiging of medische reden)',
      declined: 'wil niet meewerken aan het strafproces',
    },
  },
  regions: { name: 'regio', values: {} },
  municipality: {
    name: 'gemeente',
    question: 'In welke gemeente is de persoon gevonden of verblijft die?',
    values: {},
  },
} satisfies FacetLabelSet

const facetQuestions = facetQuestionsOf(facets)
const facetTitles = facetTitlesOf(facets)
// Titles of forms and recruitment methods: the facet labels, starting with a capital.
const forms = valueTitles(facets.exploitation.values)
const recruitment = valueTitles(facets.recruitment.values)

/** Region kinds as they read inside a sentence ("hoort bij politie-eenheid Midden-Nederland"). */
const regionKindsInText: Record<RegionKind, string> = {
  'police-unit': 'politie-eenheid',
  riec: 'RIEC-regio',
  'safety-region': 'veiligheidsregio',
  'veilig-thuis': 'Veilig Thuis-regio',
  zorgcoordinatie: 'zorgcoördinatieregio',
  'centrumgemeente-vo': 'regio van de centrumgemeente vrouwenopvang',
  province: 'provincie',
}

const scopeWords: ScopeWords = {
  who: {
    all: 'slachtoffers',
    minors: 'minderjarigen',
    'unaccompanied-minors': 'alleenstaande minderjarigen',
    'accompanied-minors': 'begeleide minderjarigen',
    adults: 'volwassenen',
    'adults-and-accompanied': 'volwassenen en begeleide minderjarigen',
  },
  all: (noun) => `alle ${noun}`,
  nationality: {
    nl: 'met de Nederlandse nationaliteit',
    eu: 'uit de EU, EER of Zwitserland',
    'third-country': 'uit derde landen',
    'eu,third-country': 'zonder Nederlandse nationaliteit',
    'nl,eu': 'uit Nederland of de EU, EER of Zwitserland',
    'nl,third-country': 'uit Nederland of derde landen',
  },
  residence: {
    lawful: 'met rechtmatig verblijf',
    none: 'zonder rechtmatig verblijf',
    asylum: 'in de asielprocedure',
    dublin: 'die onder de Dublinverordening vallen',
    detained: 'in vreemdelingenbewaring',
  },
  nonDutchOnly: (words) => `(niet-Nederlanders alleen ${words})`,
  municipalities: { one: '{n} gemeente', other: '{n} gemeenten' },
  inside: (regions, count) => `in ${regions} (${count})`,
  outside: (regions, count) => `buiten ${regions} (${count})`,
}

const severities: Record<Severity, string> = {
  gap: 'hiaat',
  'lead-conflict': 'regieconflict',
  'executor-overlap': 'overlap in uitvoering',
  expected: 'verwacht (gedeelde taak)',
  agreed: 'afgesproken',
}

const severityCounts: Record<Severity, PluralForms> = {
  gap: { one: '{n} hiaat', other: '{n} hiaten' },
  'lead-conflict': { one: '{n} regieconflict', other: '{n} regieconflicten' },
  'executor-overlap': { one: '{n} overlap in uitvoering', other: '{n} overlappen in uitvoering' },
  expected: { one: '{n} verwachte overlap (gedeelde taak)', other: '{n} verwachte overlappen (gedeelde taak)' },
  agreed: { one: '{n} overlap met afspraak', other: '{n} overlappen met afspraak' },
}

const slices: Record<SliceId, string> = {
  'nl-minor': 'Nederlandse minderjarigen',
  'nl-adult': 'Nederlandse volwassenen',
  'eu-minor': 'Minderjarigen uit de EU',
  'eu-adult': 'Volwassenen uit de EU',
  'tc-minor-unaccompanied': 'Alleenstaande minderjarigen uit derde landen',
  'tc-minor-accompanied': 'Begeleide minderjarigen uit derde landen',
  'tc-adult-no-stay': 'Volwassenen uit derde landen zonder rechtmatig verblijf of in bewaring',
  'tc-adult-asylum': 'Volwassenen uit derde landen in asiel- of Dublinprocedure',
  'tc-adult-lawful': 'Volwassenen uit derde landen met rechtmatig verblijf',
}

/** A value an input error names (GivenValue): text quoted, anything larger by its kind. */
const shown = (g: GivenValue): string =>
  g.type === 'text'
    ? `'${g.value}'`
    : g.type === 'number'
      ? `het getal ${g.value}`
      : g.type === 'boolean'
        ? `de waarde ${String(g.value)}`
        : { null: 'null', list: 'een lijst', object: 'een object' }[g.type]
const nationalityExample = 'een landcode zoals NL, RO of CN (ISO 3166-1) of een land, zoals China, Roemenië of Chinees'
/** The date fields as a counsellor knows them, after the field's own name. */
const eventDates: Record<EventDateField, string> = {
  firstSignal: 'eerste signaal',
  reflectionStart: 'begin bedenktijd',
  reflectionEnd: 'einde bedenktijd',
  report: 'aangifte of medewerking',
  permitGranted: 'vergunning verleend',
  prosecutionDecision: 'vervolgingsbeslissing OM',
  caseOutcomeDate: 'datum uitkomst strafzaak',
  asOf: 'plandatum',
}
const eventDate = (field: EventDateField): string => `${field} (${eventDates[field]})`
const dateOrder: Record<DateOrderRule, string> = {
  'reflection-after-signal': 'de bedenktijd wordt na het eerste signaal aangeboden',
  'reflection-end-after-start': 'de bedenktijd kan niet eindigen voordat die begint',
  'report-after-signal': 'de aangifte komt na het eerste signaal',
  'report-after-reflection': 'een aangifte vóór de bedenktijd maakt die overbodig; laat reflectionStart weg',
  'permit-after-signal': 'de vergunning komt na het eerste signaal',
  'permit-after-reflection': 'de vergunning kan niet zijn verleend voordat de bedenktijd begon',
  'permit-after-report': 'de vergunning volgt op de aangifte of medewerking (de politie stuurt die als aanvraag)',
  'prosecution-after-report': 'het OM besluit na de aangifte tot vervolging',
  'outcome-after-report': 'de strafzaak eindigt na de aangifte',
  'outcome-after-prosecution': 'een veroordeling of vrijspraak komt na de vervolgingsbeslissing',
}

/** The engine's codes (see codes.ts), as text. */
/** " (legal basis)" after a sentence, when known. */
const basis = (legalBasis: string | undefined): string => (legalBasis === undefined ? '' : ` (${legalBasis})`)

const codes: EngineTexts = {
  'trajectory.scope.dutch-nationals': (p) =>
    `De verblijfsregeling mensenhandel (Vc B8/3) geldt niet voor Nederlanders: er is geen verblijfsvraag. Opvang, zorg en begeleiding lopen via de gemeente en de zorgcoördinator.${basis(p.legalBasis)}`,
  'trajectory.scope.eu-citizens': (p) =>
    `Burgers van de EU, de EER en Zwitserland ontlenen hun verblijfsrecht aan het EU-recht en vallen daarom buiten de verblijfsregeling mensenhandel. Hun verblijfsrecht eindigt niet doordat zij als slachtoffer een beroep op bijstand doen. Geef euResidenceRight: false op als de persoon geen verblijfsrecht aan het EU-recht ontleent; dan geldt de regeling wel.${basis(p.legalBasis)}`,
  'trajectory.warning.nationality-unknown': () =>
    'Nationaliteit onbekend: de verblijfsregeling mensenhandel geldt niet voor Nederlanders en niet voor burgers van de EU, de EER en Zwitserland met verblijfsrecht op grond van het EU-recht. Geef de nationaliteit op (nationality) om dat vast te stellen.',
  'trajectory.warning.eu-without-right': () =>
    'Burger van de EU/EER/Zwitserland zonder verblijfsrecht op grond van het EU-recht: de regeling geldt alleen voor zover het EU-recht geen verblijfsrecht geeft.',
  'trajectory.warning.step-missing': () =>
    'Een stap ontbreekt in de gegevens (data/trajectory-steps); de tijdlijn is onvolledig.',
  'trajectory.warning.limit-missing': (p) =>
    `De gegevens missen termijn '${p.key}' bij stap ${p.step}; die termijn is niet berekend.`,
  'trajectory.warning.ind-target-passed': (p) =>
    `De IND streeft naar een beslissing binnen 24 uur; na ${p.date} is die streeftermijn voorbij. Vraag bij de politie na of de kennisgeving M55 is verzonden.`,
  'trajectory.warning.permit-expired': (p) =>
    `De vergunning was geldig tot en met ${p.date}. Geef een verlenging op (renewals) als die er is.`,
  'trajectory.warning.reflection-start-lawful-stay': (p) =>
    `Op ${p.date} gold de bedenktijd alleen zonder rechtmatig verblijf; de opgegeven begindatum past niet bij verblijfssituatie '${p.residence}'.`,
  'trajectory.warning.reflection-overdue': (p) =>
    `De bedenktijd liep uiterlijk tot en met ${p.date} en kan niet worden verlengd. Leg vast hoe die eindigde (reflectionEnd en reflectionEndReason).`,
  'trajectory.deadline.limit': (p, f) =>
    `${limitName(f, p)}${p.renewal === undefined ? '' : ` (verlenging ${p.renewal})`}${p.month === undefined ? '' : ` (${p.month}e maand)`}`,
  'trajectory.event.first-signal': () => 'Eerste signaal',
  'trajectory.event.reflection-start': () => 'Begin van de bedenktijd',
  'trajectory.event.reflection-end': () => 'Einde van de bedenktijd',
  'trajectory.event.reflection-end-report': () => 'Einde van de bedenktijd (dag van de aangifte)',
  'trajectory.event.reflection-ended-without-permit': () => 'Bedenktijd geëindigd zonder vergunning',
  'trajectory.event.report': (p) =>
    p.witness ? 'Aangifte (getuige-aangever)' : 'Aangifte of begin van de medewerking',
  'trajectory.event.permit-granted': () => 'Vergunning verleend',
  'trajectory.event.renewed': (p) => `Verlenging ${p.n} verleend`,
  'trajectory.event.acquittal': () => 'Vrijspraak',
  'trajectory.event.dismissal': () => 'Sepot',
  'trajectory.event.conviction': () => 'Onherroepelijke veroordeling: voortgezet verblijf mogelijk vanaf',
  'trajectory.event.prosecution': () => 'Vervolgingsbeslissing OM: voortgezet verblijf mogelijk vanaf',
  'trajectory.note.witness-no-reflection': () =>
    'Een getuige-aangever heeft al aangifte gedaan en krijgt geen bedenktijd.',
  'trajectory.note.lawful-stay-no-reflection': (p, f) =>
    `Bij rechtmatig verblijf (${f.value('residence', p.residence)}) werd${p.until === undefined ? '' : ` tot ${p.until}`} geen bedenktijd gegeven; de vergunning kan wel worden aangevraagd na aangifte of medewerking.`,
  'trajectory.note.rule': (p, f) => `${f.name('rule', p.rule)}.`,
  'trajectory.note.detention-consent': () =>
    'In vreemdelingenbewaring alleen als het OM en de politie instemmen met de bedenktijd.',
  'trajectory.note.residence-unknown': () =>
    'Alleen als de persoon geen rechtmatig verblijf heeft; geef de verblijfssituatie op om dat vast te stellen.',
  'trajectory.note.refused-entry': () =>
    'Geweigerd aan de grens: de Koninklijke Marechaussee beslist, zo nodig met het OM, of de signalen volstaan.',
  'trajectory.note.reflection-dates-pending': () =>
    'De termijnen worden berekend zodra de begindatum bekend is (reflectionStart).',
  'trajectory.note.shorter-limit': (p, f) => `${limitName(f, p)} (${p.legalBasis}).`,
  'trajectory.note.reflection-overdue': (p) =>
    `De bedenktijd is verstreken: de laatste dag was ${p.date} en verlengen kan niet. Nu: ga na of de persoon aangifte heeft gedaan of meewerkt (dan volgt de aanvraag van de B8-vergunning via de politie), of dat de bedenktijd anders eindigde; zonder aanvraag eindigen opvang en voorzieningen en geldt een vertrektermijn.`,
  'trajectory.note.asylum-needs-cooperation': () =>
    'De IND verleent de B8-vergunning in de asielprocedure alleen na aangifte of andere medewerking.',
  'trajectory.note.noncoop-only-without-title': () =>
    'Deze vergunning (grond d) is er alleen voor slachtoffers zonder verblijfstitel.',
  'trajectory.note.noncoop-evidence': () =>
    'Bewijs: een politieverklaring dat de persoon slachtoffer is, plus een verklaring over de bedreiging of medische informatie van een BIG- of NIP-geregistreerde behandelaar.',
  'trajectory.note.report-still-possible': () =>
    'Aangifte of medewerking blijft mogelijk; dan volgt de gewone tijdelijke vergunning.',
  'trajectory.note.declined': () => 'De persoon wil geen aangifte doen of meewerken; dat kan later alsnog.',
  'trajectory.note.permit-grounds': (p) => `Passende grond(en) in Vb 2000 art. 3.48 lid 1: ${p.grounds.join(', ')}.`,
  'trajectory.note.dublin-presence-not-needed': () =>
    'Dublinclaimant: het OM vindt aanwezigheid in Nederland niet nodig, dus geen B8-vergunning. Overdracht aan de verantwoordelijke lidstaat of terugkeer volgt.',
  'trajectory.note.dublin-ask-om': () =>
    'Dublinclaimant: alleen een B8-vergunning als de aanwezigheid in Nederland van belang is voor het strafrechtelijk onderzoek (vraag het OM).',
  'trajectory.note.witness-renewal': () =>
    'Getuige-aangever: verlenging zolang het OM de aanwezigheid in Nederland nodig vindt.',
  'trajectory.note.case-stopped': () => 'De strafzaak loopt niet meer; verlenging is dan niet mogelijk.',
  'trajectory.note.renew-before': (p) =>
    `Vraag verlenging aan vóór ${p.date}, de laatste geldigheidsdag; verlenging kan telkens met ten hoogste een jaar zolang de strafzaak loopt.`,
  'trajectory.note.witness-continued': () =>
    'Getuige-aangever: voortgezet verblijf alleen op grond van bijzondere individuele omstandigheden (Vc B9/13).',
  'trajectory.note.conviction-date-missing': () =>
    'Na een onherroepelijke veroordeling is voortgezet verblijf mogelijk; geef de datum op (caseOutcomeDate).',
  'trajectory.note.prosecution-before-rule': (p) =>
    `De vervolgingsbeslissing van ${p.date} valt vóór de regel die voortgezet verblijf na een vervolgingsbeslissing mogelijk maakt; de oudere voorwaarden gelden.`,
  'trajectory.note.case-ended-before-three-years': (p) =>
    `De strafzaak eindigde op ${p.ended}, vóór drie jaar op de vergunning (${p.reached}); de driejaarsregel helpt dan niet.`,
  'trajectory.note.three-years-pending': () =>
    'De driejaarstermijn wordt berekend zodra de datum van de vergunning bekend is (permitGranted).',
  'trajectory.note.special-circumstances': () =>
    'Anders: bijzondere individuele omstandigheden (represailles, bescherming in het land van herkomst, vervolging daar, kansen op herintegratie).',
  'trajectory.note.continued-max': (p) =>
    `De niet-tijdelijke vergunning geldt ten hoogste ${p.years} jaar (${p.legalBasis}); tijdens de aanvraag lopen opvang, zorg en voorzieningen door.`,
  'analysis.action.assign': (p, f) =>
    `Wijs een partij aan die ‘${f.name('aspect', p.aspect)}’ leidt of uitvoert voor deze groep, en leg dat vast.`,
  'analysis.action.agree-lead': (p, f) =>
    `Leg een rolafspraak vast tussen ${f.list(p.partyNames ?? [])} over wie de regie heeft bij ‘${f.name('aspect', p.aspect)}’.`,
  'analysis.action.agree-roles': (p, f) =>
    `Leg een rolafspraak vast tussen ${f.list(p.partyNames ?? [])} over ‘${f.name('aspect', p.aspect)}’.`,
  'analysis.action.shared': (p, f) =>
    `Geen rolafspraak nodig: ‘${f.name('aspect', p.aspect)}’ is een gedeelde taak; partijen doen het bewust naast elkaar.`,
  'analysis.action.keep-agreement': (p, f) =>
    `Geen actie: de afspraak ${f.list(p.agreements ?? [])} verdeelt de rollen; houd die actueel.`,
  'analysis.scope': (p, f) => scopeText(p, f, scopeWords),
  'route.warning.derived': (p, f) =>
    `${f.count(p.count, { one: '{n} onderdeel van deze route berust', other: '{n} onderdelen van deze route berusten' })} op afgeleide gegevens (eigen redenering uit de bronnen, niet letterlijk zo vastgelegd): ${p.items.map(f.item).join('; ')}.`,
  'route.warning.unverified': (p, f) =>
    `${f.count(p.count, { one: '{n} onderdeel van deze route is', other: '{n} onderdelen van deze route zijn' })} nog niet aan een bron getoetst: ${p.items.map(f.item).join('; ')}.`,
  'route.warning.aspects-derived': (p) =>
    `De indeling in aspecten is deels afgeleid (het organogram uit de bron was niet beschikbaar); dat geldt voor ${p.derived} van de ${p.total} aspecten in deze route.`,
  'route.warning.conditional': (p, f) =>
    `${f.count(p.count, { one: '{n} onderdeel geldt', other: '{n} onderdelen gelden' })} alleen bij bepaalde antwoorden op de open vragen; ze zijn gemarkeerd als voorwaardelijk.`,
  'route.warning.no-municipality': () =>
    'Er is geen gemeente opgegeven, dus ontbreken de regionale contactpersonen (politie-eenheid, RIEC, Veilig Thuis, zorgcoördinator, centrumgemeente).',
  'route.warning.renamed': (p) =>
    `Op de peildatum ${p.asOf} heette ${p.current} nog ${p.old}; de route toont de naam van toen.`,
  'route.open.effect': (p, f) =>
    p.count === 0
      ? 'Het antwoord verandert niets aan de partijen en rechten in deze route.'
      : `Van het antwoord ${f.count(p.count, { one: 'hangt {n} onderdeel', other: 'hangen {n} onderdelen' })} van deze route af.`,
  'route.open.municipality': (p) =>
    `Met de gemeente erbij toont de route de regionale partijen met contactgegevens: politie-eenheid, RIEC, Veilig Thuis, zorgcoördinator en centrumgemeente.${p.items.length === 0 ? '' : ` Ook hangt van de regio af: ${p.items.join(', ')}.`}`,
  'route.reason.everyone': () => 'geldt voor ieder slachtoffer, ongeacht de situatie',
  'route.reason.forms': (p, f) => f.list(p.forms.map((v) => f.value('exploitation', v))),
  'route.reason.values': (p, f) =>
    f.list(
      p.values.map((v) => f.value(p.facet, v)),
      'or',
    ),
  'route.reason.age': (p, f) => `${f.value('ageGroup', p.value)} (${p.age} jaar)`,
  'route.reason.nationality': (p, f) => `${f.value('nationalityGroup', p.value)} (${p.nationality})`,
  'route.reason.only-if': (p, f) =>
    `alleen bij ${f.list(
      p.values.map((v) => f.value(p.facet, v)),
      'or',
    )} (${f.facet(p.facet)} nog onbekend)`,
  'route.reason.regions-unknown': () => "alleen in bepaalde regio's (gemeente nog onbekend)",
  'route.reason.regions': (p, f) => `gemeente ${p.municipality} valt in ${f.list(p.regions)}`,
  'route.reason.valid': (p) =>
    p.from !== undefined && p.to !== undefined
      ? `geldt van ${p.from} tot ${p.to}`
      : p.from !== undefined
        ? `geldt sinds ${p.from}`
        : `geldt tot ${p.to ?? ''}`,
  'route.reason.in-route': (p, f) =>
    `in deze route: ${f.name('party', p.party)} bij ${p.right !== undefined ? `het recht ${f.name('right', p.right)}` : f.name('aspect', p.aspect ?? '')}${p.conditional ? ' (voorwaardelijk)' : ''}`,
  'route.reason.acute': () => 'bij acuut gevaar, voor ieder slachtoffer',
  'route.reason.region-member': (p) =>
    `gemeente ${p.municipality} hoort bij ${regionKindsInText[p.regionKind]} ${p.region}${p.fallback ? '; de regionale partij is niet bevestigd, bel deze als terugval' : ''}`,
  'scenario.error.not-object': () => 'het scenario moet een JSON-object zijn met minstens het veld exploitation',
  'scenario.error.unknown-field': (p) => `onbekend veld; toegestaan zijn: ${p.allowed.join(', ')}`,
  'scenario.error.repeated': () => 'meer dan eens opgegeven; geef het veld één keer op',
  'scenario.error.not-text': (p) => `moet tekst zijn, maar is ${shown(p.given)}`,
  'scenario.error.not-allowed': (p) => `${shown(p.given)} is niet toegestaan; kies uit: ${p.allowed.join(', ')}`,
  'scenario.error.not-boolean': (p) => `moet true of false zijn, maar is ${shown(p.given)}`,
  'scenario.error.age': (p) => `moet een geheel getal van 0 tot en met ${p.max} zijn, maar is ${shown(p.given)}`,
  'scenario.error.age-group-disagrees': (p, f) =>
    `'${p.ageGroup}' klopt niet met leeftijd ${p.age} (${f.value('ageGroup', p.fromAge)}); geef één van beide of laat ze overeenkomen`,
  'scenario.error.unaccompanied-adult': (p) =>
    `alleen een minderjarige kan alleenstaand zijn, maar ${p.age === undefined ? 'ageGroup is adult' : `de leeftijd is ${p.age}`}`,
  'scenario.error.nationality': (p) => `moet ${nationalityExample} zijn, maar is ${shown(p.given)}`,
  'scenario.error.nationality-ambiguous': (p) =>
    `${shown(p.given)} past bij meer dan één land: ${p.codes.map((c) => `${c} (${countryName(c, 'nl')})`).join(', ')}; geef de landcode`,
  'scenario.error.nationality-unknown': (p) =>
    `${shown(p.given)} is geen land dat wij kennen${p.suggestion === undefined ? '.' : `; bedoelt u '${p.suggestion}'?`} Geef ${nationalityExample}.`,
  'scenario.error.nationality-group-disagrees': (p) =>
    `'${p.nationalityGroup}' klopt niet met nationaliteit ${p.nationality} (${p.fromCountry})`,
  'scenario.error.residence-dutch': () =>
    'geldt alleen voor slachtoffers zonder Nederlandse nationaliteit; laat het weg bij een Nederlander',
  'scenario.error.exploitation-missing': (p) =>
    `is verplicht: geef minstens één vorm van uitbuiting (${p.allowed.join(', ')})`,
  'scenario.error.exploitation-not-list': (p) =>
    `moet een lijst van vormen zijn, zoals ["sexual"], maar is ${shown(p.given)}`,
  'scenario.error.exploitation-empty': (p) => `noem minstens één vorm van uitbuiting (${p.allowed.join(', ')})`,
  'scenario.error.exploitation-unknown': (p) =>
    `${shown(p.given)} is geen vorm van uitbuiting; kies uit: ${p.allowed.join(', ')}`,
  'scenario.error.exploitation-twice': (p) => `${shown(p.given)} staat er twee keer in`,
  'scenario.error.municipality-ambiguous': (p) =>
    `${shown(p.given)} past bij meer dan één gemeente: ${p.matches.map((m) => `${m.id} (${m.name})`).join(', ')}; geef de CBS-code`,
  'scenario.error.municipality-name-unknown': (p) =>
    `geen gemeente of plaats met de naam ${shown(p.given)}; geef een gemeentenaam of een CBS-code zoals GM0344`,
  'scenario.error.municipality-code': (p) => `moet een CBS-gemeentecode zijn, zoals GM0344, maar is ${shown(p.given)}`,
  'scenario.error.municipality-unknown': (p) => `onbekende gemeentecode ${shown(p.given)}`,
  'scenario.error.date': (p) => `moet een bestaande datum zijn in de vorm JJJJ-MM-DD, maar is ${shown(p.given)}`,
  'scenario.error.renewals-not-list': (p) => `moet een lijst van datums zijn, maar is ${shown(p.given)}`,
  'scenario.error.renewals-too-many': (p) => `ten hoogste ${p.max} verlengingen`,
  'scenario.error.eu-right-not-eu': () =>
    'geldt alleen voor burgers van de EU, EER of Zwitserland (nationalityGroup eu)',
  'scenario.error.witness-not-reporting': (p) =>
    `een getuige-aangever heeft aangifte gedaan: cooperation is 'reporting', niet '${p.cooperation}'`,
  'scenario.error.witness-no-reflection': () => 'een getuige-aangever krijgt geen bedenktijd',
  'scenario.error.detention-needs-consent': () =>
    'in vreemdelingenbewaring is voor een bedenktijd instemming van OM en politie nodig; zet detentionConsent op true als zij instemden',
  'scenario.error.consent-not-detained': () => "geldt alleen in vreemdelingenbewaring (residence 'detained')",
  'scenario.error.presence-not-dublin': () => "geldt alleen voor Dublinclaimanten (residence 'dublin')",
  'scenario.error.reflection-end-without-start': () =>
    'opgegeven zonder reflectionStart; geef ook de eerste dag van de bedenktijd',
  'scenario.error.end-reason-without-end': () =>
    'opgegeven zonder reflectionEnd; geef de dag waarop de bedenktijd eindigde',
  'scenario.error.outcome-date-without-outcome': () =>
    'opgegeven zonder uitkomst van de strafzaak (conviction, acquittal of dismissal)',
  'scenario.error.renewals-without-permit': () =>
    'een vergunning kan pas worden verlengd als die is verleend; geef permitGranted',
  'scenario.error.permit-declined': () =>
    "een B8-vergunning vraagt aangifte, medewerking of niet kunnen meewerken, maar cooperation is 'declined'",
  'scenario.error.date-order': (p) =>
    `${p.date} ligt vóór ${eventDate(p.earlier)} ${p.earlierDate}: ${dateOrder[p.rule]}`,
  'scenario.error.reflection-too-long': (p) =>
    `${p.date} ligt na ${p.last}, de laatst mogelijke dag: de bedenktijd duurt ten hoogste 3 maanden en wordt niet verlengd`,
  'scenario.error.reflection-after-report': (p) =>
    `de bedenktijd eindigt op de dag van de aangifte (${p.report}), niet later`,
  'scenario.error.renewal-before-permit': (p) =>
    `${p.date} ligt vóór ${eventDate('permitGranted')} ${p.permitGranted}: een vergunning wordt verlengd nadat die is verleend`,
  'scenario.error.renewal-not-after-previous': (p) =>
    `${p.date} ligt niet na de vorige verlenging ${p.previous}; geef de verlengingen op volgorde, elk één keer`,
  'scenario.error.date-after-plan-date': (p) =>
    `${p.date} ligt na de plandatum ${p.asOf}; geef alleen datums die al voorbij zijn (de planner berekent wat volgt)`,
}

export const nl = {
  facets,
  codes,
  analysis: { severities, severityCounts, slices },
  trajectoryCalendar: {
    name: 'Termijnen verblijfsregeling mensenhandel',
    description: (step: { code: string; name: string }, legalBasis: string, responsible: string) =>
      `${step.code} ${step.name}\nGrondslag: ${legalBasis}\nVerantwoordelijk: ${responsible}\nBerekend door de trajectplanner; controleer de termijn bij de IND of een advocaat.`,
    reminder: (label: string, step: string) => `Herinnering: ${label} – ${step}`,
  },
  /** Headings and fixed words of the command line's text output. */
  cli: {
    route: {
      routeFor: 'Route voor',
      asOf: 'Peildatum',
      unknown: 'Nog onbekend',
      years: (n: number) => `${n} jaar`,
      municipality: (name: string) => `gemeente ${name}`,
      firstHeading: 'Eerst doen',
      askNext: 'Vraag nog na',
      dependOn: (n: number) => (n === 1 ? '1 onderdeel hangt ervan af' : `${n} onderdelen hangen ervan af`),
      fallbackCall: 'terugval',
      checkedShort: (date: string) => `gecontroleerd ${date}`,
      unconfirmed: (name: string, region: string) => `${name} niet bevestigd als ${region}`,
      whoDoesWhat: 'Wie doet wat (per aspect; * = afgeleid of niet geverifieerd, ? = voorwaardelijk)',
      phase: (id: string) => `Fase ${id}`,
      noParties: 'geen partijen voor deze situatie',
      rights: 'Rechten en regelingen',
      noRights: 'geen rechten gevonden voor deze situatie',
      conditional: 'voorwaardelijk',
      limit: 'termijn',
      amount: 'bedrag',
      via: 'via',
      why: 'waarom',
      contact: 'contact',
      inRegion: 'in de regio',
      dependsOn: (facets: string) => `voorwaardelijk: hangt af van ${facets}`,
      regional: 'Regionale contacten',
      regionalIn: (name: string, code: string) => `Regionale contacten (gemeente ${name}, ${code})`,
      fallback: (region: string) => `terugval: ${region} niet bevestigd`,
      warnings: 'Let op',
      listFull: 'lijst: --full',
      openQuestions: 'Open vragen',
      confirms: 'zeker',
      dropsOut: 'valt af',
      more: 'Meer: wegwijzer route --full (rollen, waarom en contact per partij) of --json.',
      tel: 'tel.',
      free: 'gratis',
      checked: (dates: string) => `nummers gecontroleerd op ${dates}`,
      statuses: { derived: 'afgeleid', unverified: 'niet geverifieerd' },
      roles: {
        lead: 'regie',
        executes: 'voert uit',
        decides: 'beslist',
        funds: 'financiert',
        supports: 'ondersteunt',
        advises: 'adviseert',
        registers: 'registreert',
        refers: 'verwijst',
      } satisfies Record<RoleType, string>,
      purposes: {
        general: 'algemeen nummer',
        helpdesk: 'helpdesk',
        professionals: 'voor professionals',
        '24-7': '24/7',
        emergency: 'spoed',
        anonymous: 'anoniem melden',
        abroad: 'vanuit het buitenland',
      } satisfies Record<PhonePurpose, string>,
      limitKinds: { max: 'maximaal', min: 'minimaal', target: 'streeftermijn', after: 'na', within: 'binnen' },
      units: {
        hours: { one: '{n} uur', other: '{n} uur' },
        days: { one: '{n} dag', other: '{n} dagen' },
        weeks: { one: '{n} week', other: '{n} weken' },
        months: { one: '{n} maand', other: '{n} maanden' },
        years: { one: '{n} jaar', other: '{n} jaar' },
      } satisfies Record<TimeUnit, PluralForms>,
      renewable: 'verlengbaar',
      notRenewable: 'niet verlengbaar',
    },
    trajectory: {
      title: (asOf: string) => `Trajectplanner verblijfsregeling mensenhandel — plandatum ${asOf}`,
      notApplicable: 'De regeling is niet van toepassing.',
      instead: 'Wat wel geldt:',
      grounds: (grounds: string) => `Passende vergunningsgrond(en), Vb 2000 art. 3.48 lid 1: ${grounds}`,
      statuses: {
        done: 'afgerond',
        current: 'nu',
        overdue: 'te laat: nu handelen',
        upcoming: 'volgt',
        possible: 'mogelijk',
        'not-applicable': 'niet van toepassing',
      } satisfies Record<StepStatus, string>,
      kinds: {
        max: 'uiterlijk',
        within: 'uiterlijk',
        target: 'streefdatum',
        after: 'vanaf',
        min: 'vanaf',
        event: 'datum',
      },
      inRegion: 'in de regio',
      responsible: 'Verantwoordelijk',
      rights: 'Rechten',
      passed: 'voorbij',
      recordStatus: { derived: 'stap afgeleid', unverified: 'stap niet geverifieerd' },
      sources: 'bronnen',
      regional: (municipality: string) => `Contacten in de regio (gemeente ${municipality}):`,
      phone: 'tel.',
      warnings: 'Let op:',
      rules: 'Toegepaste regels:',
      from: 'vanaf',
    },
    analysis: {
      title: (asOf: string, region: { name: string; municipalities: number } | undefined) =>
        `Overlap- en hiaatanalyse op ${asOf}${region === undefined ? '' : ` voor ${region.name} (${region.municipalities} gemeenten)`}`,
      extent: (aspects: number, combinations: number) =>
        `${aspects} aspecten × ${combinations} combinaties van leeftijd, alleenstaand, nationaliteit, verblijf en vorm van uitbuiting`,
      perMunicipality: (n: number, aspects: string) => `; per gemeente (${n}) voor: ${aspects}`,
      bySeverity: 'Bevindingen naar ernst',
      hiddenInTop: '(verwachte overlappen en overlappen met afspraak staan niet in de top; --all toont ze)',
      firstHeading: (shown: number, of: number) => `EERST DOEN (${shown} van ${of}, hoogste ernst en bereik eerst)`,
      noneToAct: 'geen hiaten of overlappen zonder afspraak',
      allHint:
        'Alle bevindingen, ook verwachte en afgesproken overlappen: wegwijzer analyse --all (of --csv voor een spreadsheet).',
      headings: {
        gap: 'HIATEN — vereist, maar niemand leidt of voert uit',
        'lead-conflict': 'REGIECONFLICTEN — twee of meer partijen leiden, zonder afspraak',
        'executor-overlap': 'OVERLAPPEN IN UITVOERING — zonder afspraak',
        expected: 'VERWACHTE OVERLAPPEN — gedeelde taak',
        agreed: 'OVERLAPPEN MET AFSPRAAK',
      } satisfies Record<Severity, string>,
      none: 'geen',
      phase: (id: string) => `fase ${id}`,
      for: 'voor',
      action: 'actie',
      combinations: { one: '{n} combinatie', other: '{n} combinaties' } as PluralForms,
      municipalities: { one: '{n} gemeente', other: '{n} gemeenten' } as PluralForms,
      status: 'status',
      agreements: 'afspraken',
      requiredBy: 'vereist door',
      sources: 'bronnen',
      changes: {
        title: (from: string, to: string) => `VERANDERINGEN van ${from} naar ${to}`,
        gapsAdded: 'Nieuwe hiaten',
        gapsRemoved: 'Verdwenen hiaten',
        overlapsAdded: 'Nieuwe overlappen',
        overlapsRemoved: 'Verdwenen overlappen',
      },
    },
  },
  siteName: 'Wegwijzer mensenhandel',
  skipLink: 'Naar de inhoud',
  mainNavLabel: 'Hoofdmenu',
  menu: 'Menu',
  nav: {
    home: 'Home',
    route: 'Route per situatie',
    search: 'Zoeken',
    organogram: 'Organogram',
    parties: 'Organisaties',
    rights: 'Rechten',
    signals: 'Signalen',
    municipalities: 'Gemeenten',
    barriers: 'Barrièremodel',
    basisniveau: 'Basisniveau',
  },
  languageSwitch: { label: 'Taal', other: 'English' },
  quickExit: {
    label: 'Snel weg',
    hint: 'Verlaat deze website direct',
    shortcut: 'of druk 3 keer op Shift',
    /** {n}: how many more presses; read out by screen readers. */
    presses: 'Druk nog {n} keer op Shift om deze website te verlaten',
    leaving: 'U verlaat deze website',
  },
  footer: {
    about:
      'Wegwijzer mensenhandel laat zien wie wat doet bij de aanpak van mensenhandel in Nederland. De gegevens komen uit openbare bronnen.',
    privacy: 'Deze website gebruikt geen cookies en geen trackers.',
    safeBrowsing: 'Veilig deze website bekijken',
    sourceCode: 'Open-source software (EUPL-1.2)',
  },
  breadcrumbLabel: 'Kruimelpad',
  record: {
    status: 'Status',
    sources: 'Bronnen',
    verifiedAt: 'Gecontroleerd op',
    validFrom: 'Geldig vanaf',
    validTo: 'Geldig tot',
    notChecked: 'Nog niet opnieuw gecontroleerd',
    translation: 'Vertaling',
    machineTranslation:
      'Onze eigen vertaling uit het Nederlands, nog niet nagekeken door iemand die de taal vloeiend spreekt.',
    dutchOnly: 'Alleen in het Nederlands beschikbaar.',
    note: 'Toelichting',
  },
  labels: {
    partyKinds,
    partyLevels,
    serviceTypes,
    roleTypes,
    forms,
    recruitment,
    statuses,
    regionKinds,
    timeUnits,
    limitKinds,
    askers: {
      police: 'politie',
      education: 'onderwijs',
      'health-care': 'zorg',
      'youth-care': 'jeugdzorg',
      municipality: 'gemeente',
      'aid-organisation': 'hulporganisatie',
      citizen: 'burger',
      self: 'het slachtoffer zelf',
    },
  },
  home: {
    title: 'Wie doet wat bij mensenhandel?',
    intro:
      'Hier vindt u welke organisaties helpen bij mensenhandel, welke rechten slachtoffers hebben en wie u in uw regio kunt bellen.',
    entrancesHeading: 'Waar wilt u mee beginnen?',
    professional: {
      title: 'Ik heb een vermoeden of begeleid iemand',
      text: 'Voor professionals: signalen, wie wat doet per fase en wie u in de regio inschakelt.',
    },
    victim: {
      title: 'Word ik uitgebuit?',
      text: 'In eenvoudige taal: wat uitbuiting is, wat uw rechten zijn en wie u helpt.',
    },
    citizen: { title: 'Ik zie iets', text: 'Denkt u dat iemand wordt uitgebuit? Zo herkent en meldt u het.' },
    instrumentsHeading: 'Instrumenten',
    instruments: {
      route: {
        title: 'Route per situatie',
        text: 'Beantwoord een paar vragen en zie wie wat doet, welke rechten gelden en wie u belt.',
      },
      organogram: {
        title: 'Organogram van de keten',
        text: 'Alle organisaties per fase en aspect, als schema en als tabel.',
      },
      phases: { title: 'Fasen en aspecten', text: 'Van identificatie tot hulp naar zelfstandigheid.' },
      rights: { title: 'Rechten en regelingen', text: 'Met voorwaarden, termijnen en wie ze uitvoert.' },
      municipalities: { title: 'Wie is wie in mijn regio', text: 'Regionale contacten per gemeente.' },
      trajectory: {
        title: 'Trajectplanner verblijfsregeling (B8)',
        text: 'Tijdlijn met termijnen, verantwoordelijken en rechten voor één situatie.',
      },
      doorstroom: {
        title: 'Doorstroom naar een woning',
        text: 'Van de opvang naar een eigen woning: stappen, plichten van de gemeente en knelpunten.',
      },
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
    intro:
      'Ziet u iets dat niet klopt? Bijvoorbeeld iemand die heel lang werkt voor weinig geld, of een jongere die ineens dure spullen heeft? Dan kan er sprake zijn van uitbuiting.',
    whatHeading: 'Wat kunt u doen?',
    what: [
      'Ga niet zelf in gesprek met een mogelijke dader.',
      'Schrijf op wat u ziet: wanneer, waar en wie.',
      'Meld het bij een van de organisaties hieronder. Dat kan ook anoniem.',
    ],
    contactsHeading: 'Hier kunt u melden',
  },
  emergency: { text: 'Bent u in direct gevaar? Bel 112.', source: 'Bron' },
  safeBrowsing: {
    title: 'Veilig deze website bekijken',
    intro:
      'Misschien kijkt iemand mee op uw telefoon of computer. Zo maakt u de kans kleiner dat iemand ziet dat u hier was.',
    tips: [
      'Bovenaan elke pagina staat de rode balk "Snel weg". Tik of klik erop: u gaat meteen naar een weersite.',
      'Op een computer kunt u ook 3 keer snel op de Shift-toets drukken. Dat werkt ook als u niet bij de muis kunt.',
      'Gebruik een privévenster of incognitovenster. Dan onthoudt de browser niet welke pagina’s u bekeek.',
      'Gebruik als het kan een telefoon of computer van iemand die u vertrouwt, of in een bibliotheek.',
    ],
    honestyHeading: 'Wat "Snel weg" niet kan wissen',
    honesty: [
      'Na "Snel weg" brengt de knop Terug u meestal niet terug naar deze pagina. Kwam u hier via de pagina’s "Word ik uitgebuit?", "Ik zie iets" of deze pagina, dan ook niet naar andere pagina’s van deze website. Kwam u via andere pagina’s van deze website, dan kan Terug die wel laten zien.',
      'Werkt JavaScript niet in uw browser, dan is "Snel weg" een gewone link. Dan laat de knop Terug deze pagina wel weer zien.',
      'De geschiedenis van de browser (de lijst met bezochte websites) onthoudt wel dat u hier was. Behalve in een privévenster. Wis die geschiedenis daarom na uw bezoek, of gebruik een privévenster.',
      'Wie uw telefoon of computer controleert, of het netwerk (bijvoorbeeld thuis of op het werk), kan soms toch zien dat u deze website bezocht.',
    ],
    noCookies: 'Deze website slaat geen cookies op en stuurt niets naar andere websites.',
  },
  contacts: {
    phone: 'Telefoon',
    website: 'Website',
    email: 'E-mail',
    professionalEmail: 'E-mail voor professionals',
    form: 'Online formulier',
    none: 'Geen contactgegevens bekend.',
    noPhone: 'Geen telefoonnummer dat wij konden controleren.',
    purposes: {
      general: 'Algemeen nummer',
      helpdesk: 'Helpdesk',
      professionals: 'Voor professionals',
      '24-7': 'Dag en nacht bereikbaar',
      emergency: 'Spoed',
      anonymous: 'Anoniem melden',
      abroad: 'Vanuit het buitenland',
    } satisfies Record<PhonePurpose, string>,
    free: 'gratis',
    checkedOn: (date: string) => `gecontroleerd op ${date}`,
    checkedAt: (date: string, where: string) => `gecontroleerd op ${date} bij ${where}`,
    fallback: 'Terugvalnummer',
    fallbackNote:
      'De zorgcoördinator in deze regio is niet bevestigd. Bel de helpdesk van CoMensha; die neemt de zorgcoördinatie waar waar geen regionale coördinator is.',
    unconfirmed: 'niet bevestigd',
  },
  parties: {
    title: 'Organisaties',
    intro: 'Alle organisaties in de keten tegen mensenhandel, met hun rol per fase.',
    count: (n: number) => (n === 1 ? '1 organisatie' : `${n} organisaties`),
    kind: 'Soort',
    level: 'Niveau',
    parent: 'Onderdeel van',
    successor: 'Opgevolgd door',
    predecessor: 'Voorganger',
    contact: 'Contact',
    services: 'Soorten hulp',
    rolesHeading: 'Rol per fase en aspect',
    noRoles: 'Er zijn geen rollen van deze organisatie bekend.',
    aspect: 'Aspect',
    role: 'Rol',
    roleType: 'Soort rol',
    conditions: 'Geldt voor',
    always: 'Iedereen',
    rightsHeading: 'Rechten die deze organisatie uitvoert',
    categoriesHeading: 'Voor wie',
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
    kind: 'Onderwerp',
    eligibility: 'Voor wie',
    providers: 'Uitgevoerd door',
    limits: 'Termijnen',
    amount: 'Bedrag',
    legalBasis: 'Wettelijke basis',
    renewable: 'kan worden verlengd',
    kinds: {
      residence: 'Verblijf',
      income: 'Inkomen',
      health: 'Gezondheid',
      shelter: 'Opvang',
      legal: 'Juridisch',
      procedural: 'Strafproces',
      compensation: 'Schadevergoeding',
      return: 'Terugkeer',
      work: 'Werk',
      protection: 'Bescherming',
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
    domain: 'Waar zie je het',
    audience: 'Wie kan het zien',
    domains: {
      appearance: 'Uiterlijk',
      'self-image': 'Zelfbeeld',
      behaviour: 'Gedrag',
      school: 'School',
      social: 'Sociale contacten',
      work: 'Werk',
      housing: 'Wonen',
      finance: 'Geld',
      documents: 'Papieren',
      control: 'Controle door anderen',
      health: 'Gezondheid',
      online: 'Online',
    },
    audiences: {
      professional: 'professionals',
      school: 'school',
      health: 'zorg',
      municipality: 'gemeente',
      employer: 'werkgevers',
      citizen: 'burgers',
      victim: 'slachtoffer zelf',
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
    intro:
      'Alle organisaties per fase en aspect, op één scherm. De kaart wordt automatisch opgebouwd uit de gegevens; de tabel eronder bevat hetzelfde.',
    highlightHeading: 'Kies een situatie',
    highlightHelp:
      'Kies een vorm, groep of gemeente. Organisaties zonder rol daarin worden grijs. Met een gemeente ziet u de regionale organisaties in plaats van de landelijke.',
    form: 'Vorm van uitbuiting',
    category: 'Groep slachtoffers',
    municipality: 'Gemeente',
    any: 'Alle',
    anyMunicipality: 'Geen (landelijk)',
    apply: 'Toon',
    reset: 'Wis keuze',
    invalidForm: (v: string) => `"${v}" is geen bekende vorm van uitbuiting. Kies een vorm uit de lijst.`,
    invalidCategory: (v: string) => `"${v}" is geen bekende groep. Kies een groep uit de lijst.`,
    invalidMunicipality: (v: string) =>
      `"${v}" is geen bekende gemeentecode. Kies een gemeente uit de lijst (de code is GM en vier cijfers).`,
    errorSummary: 'Er is iets mis met de keuze',
    diagramHeading: 'Kaart van de keten',
    diagramLabel: 'Kaart: fasen, aspecten en de organisaties die daarbij een rol hebben',
    skipChart: 'Sla de kaart over: naar de tabel',
    tabsLabel: 'Fase op de kaart',
    tableHeading: 'Tabel',
    tableCaption: 'Organisaties per fase en aspect',
    download: 'Downloaden',
    downloadSvg: 'Kaart als SVG',
    downloadPng: 'Kaart als PNG',
    busy: 'De server maakt nu veel afbeeldingen. Probeer het over enkele seconden opnieuw.',
    withRole: (n: number) =>
      n === 1
        ? '1 organisatie heeft een rol in deze situatie. De andere zijn grijs.'
        : `${n} organisaties hebben een rol in deze situatie. De andere zijn grijs.`,
    phase: 'Fase',
    allPhases: 'Alle fasen',
    phaseNav: 'Toon de kaart voor',
    invalidPhase: (v: string) => `"${v}" is geen bekende fase. Kies A, B, C of D.`,
    legendHeading: 'Legenda',
    legendLead: 'Heeft de regie (donker vlak, vet, staat vooraan)',
    legendOther: 'Andere rol (voert uit, beslist, ondersteunt, …)',
    legendNone: 'Geen rol in deze situatie (grijs, stippelrand)',
    legendUnsure: 'Regionale indeling afgeleid of niet gecontroleerd (zie de tabel)',
    legendHover: 'Wijs een organisatie aan of ga er met Tab naartoe voor de volledige naam en de rol.',
    noRole: 'geen rol in deze situatie',
    standsInFor: (generic: string, region: string) => `voor ${generic}, ${region}`,
    scenario: 'Situatie',
    national: 'Alle organisaties, landelijk',
    validOn: (date: string) => `gegevens geldig op ${date}`,
    printNote:
      'De tabel met alle rollen, de bronnen en de actuele kaart staan op de pagina Organogram van Wegwijzer mensenhandel.',
    phaseColumn: 'Fase',
    aspectColumn: 'Aspect',
    partiesColumn: 'Organisaties (regie eerst)',
  },
  barriers: {
    title: 'Barrièremodel',
    intro:
      'Een dader moet een aantal stappen zetten om iemand uit te buiten: werven, vervoeren, huisvesten, laten werken en het geld wegsluizen. Bij elke stap kunnen organisaties een drempel opwerpen. Zo’n drempel heet een barrière.',
    formsHeading: 'Barrièremodel per vorm van uitbuiting',
    loverboyLink: 'De loverboymethode',
    loverboyText:
      'De route van werving door een loverboy (pooierboy) tot uitbuiting, met eigen stappen: school, jeugdhulp, hotels, taxi’s, online advertenties en klanten.',
    allHeading: 'Alle barrières',
    formTitle: (name: string) => `Barrièremodel: ${name.toLowerCase()}`,
    loverboyTitle: 'Barrièremodel: de loverboymethode',
    formIntro:
      'Van links naar rechts de stappen van de dader; onder elke stap de barrières en de organisaties die ze opwerpen.',
    filterHeading: 'Wat kan de gemeente doen?',
    filterLabel: 'Toon alleen barrières die de gemeente zelf opwerpt',
    filterHelp: 'De gemeente of de burgemeester is dan een van de organisaties die de barrière opwerpen.',
    filterApply: 'Toon',
    filterReset: 'Toon alles',
    filterActive: (n: number) =>
      n === 1
        ? 'Er is 1 barrière die de gemeente zelf opwerpt.'
        : `Er zijn ${n} barrières die de gemeente zelf opwerpt.`,
    invalidFilter: (v: string) =>
      `"${v}" is geen geldige keuze voor "alleen de gemeente". Vink het vakje aan of laat het leeg.`,
    errorSummary: 'Er is iets mis met de keuze',
    diagramHeading: 'Schema',
    diagramTitle: (name: string) => `Barrièremodel ${name.toLowerCase()}`,
    diagramDesc: (stages: number, barriers: number) =>
      `${stages} stappen van links naar rechts met in totaal ${barriers} barrières. Dezelfde inhoud staat in de lijst onder het schema.`,
    listHeading: 'Stappen en barrières als lijst',
    step: (n: number) => `Stap ${n}`,
    municipalMark: 'gemeente',
    noBarriers: 'Bij deze stap zijn geen barrières bekend.',
    noBarriersMunicipal: 'Bij deze stap werpt de gemeente zelf geen barrière op.',
    download: 'Download het schema',
    downloadSvg: 'SVG (vector)',
    downloadPng: 'PNG (afbeelding)',
    busy: 'Het schema wordt nu voor veel mensen tegelijk gemaakt. Probeer het over een paar seconden opnieuw.',
    stageOpportunities: 'Gelegenheden die daders benutten',
    stageFacilitators: 'Wie de stap mogelijk maakt, bewust of onbewust',
    examples: 'Praktijkvoorbeelden',
    exampleSource: 'Bron',
    loverboyPathNote: 'De route via de loverboymethode heeft een eigen barrièremodel:',
    stageSignals: 'Signalen bij deze stap',
    barrier: 'Barrière',
    stage: 'Stap',
    instrument: 'Instrument',
    types: 'Soort aanpak',
    legalBasis: 'Wettelijke basis',
    forms: 'Vormen van uitbuiting',
    recruitment: 'Wervingsroute',
    parties: 'Organisaties',
    signals: 'Signalen',
    municipal: 'Kan de gemeente dit zelf?',
    yes: 'Ja',
    no: 'Nee, de gemeente kan wel samenwerken',
    none: 'Geen',
    allPaths: 'Elke wervingsroute',
    typeLabels: {
      bestuurlijk: 'Bestuurlijk',
      strafrechtelijk: 'Strafrechtelijk',
      fiscaal: 'Fiscaal',
      privaat: 'Privaat',
      zorg: 'Zorg',
      voorlichting: 'Voorlichting',
    },
  },
  basisniveau: {
    title: 'Basisniveau bestuurlijke aanpak mensenhandel',
    shortTitle: 'Basisniveau',
    intro:
      'Het basisniveau beschrijft wat elke gemeente minimaal geregeld moet hebben om mensenhandel aan te pakken. Met de zelfscan ziet uw gemeente waar ze staat en wat de volgende stappen zijn.',
    elementsHeading: 'De onderdelen van het basisniveau',
    element: 'Onderdeel',
    requirement: 'Wat wordt verwacht',
    questionCount: 'Vragen',
    startHeading: 'Zelfscan invullen',
    startText:
      'U kiest uw gemeente en krijgt een eigen link naar de scan. Bewaar die link goed: wie de link heeft, kan de scan bekijken en aanpassen. U hoeft geen account te maken.',
    startButton: 'Start de zelfscan',
    overviewLink: 'Overzicht per regio van gepubliceerde scans',
    scanTitle: 'Zelfscan basisniveau',
    chooseHeading: 'Kies uw gemeente',
    municipalityLabel: 'Gemeente',
    municipalityHelp: 'De gemeente met haar CBS-code, bijvoorbeeld GM0344 voor Utrecht.',
    chooseOption: 'Kies een gemeente',
    create: 'Maak de scan aan',
    missingMunicipality: 'Kies een gemeente uit de lijst.',
    unknownMunicipality: (code: string) =>
      `Er is geen gemeente met CBS-code "${code}". Kies een gemeente uit de lijst.`,
    formTitle: (name: string) => `Zelfscan ${name}`,
    linkNote:
      'Dit is de link naar uw scan. Bewaar hem of stuur hem naar collega’s die meewerken; iedereen met de link kan de scan aanpassen.',
    linkLabel: 'Link naar deze scan',
    statusDraft: (v: number) => `Concept, versie ${v}`,
    statusPublished: (date: string) => `Gepubliceerd op ${date}`,
    saved: (v: number) => `Uw antwoorden zijn opgeslagen (versie ${v}).`,
    published: 'De scan is gepubliceerd. Hij telt nu mee in het overzicht per regio.',
    answerLegend: (n: string) => `Vraag ${n}`,
    question: 'Vraag',
    answer: 'Antwoord',
    answers: { niet: 'Niet', deels: 'Deels', voldoet: 'Voldoet', nvt: 'N.v.t.', 'weet-niet': 'Weet niet' },
    evidenceLabel: 'Onderbouwing (niet verplicht)',
    evidenceHelp: 'Bijvoorbeeld een raadsbesluit, protocol of jaarverslag.',
    evidenceExamples: 'Voorbeelden van onderbouwing',
    save: 'Opslaan',
    publish: 'Publiceren',
    publishHelp:
      'Publiceren kan als alle vragen zijn beantwoord en overgenomen antwoorden zijn bevestigd. Een gepubliceerde scan kan niet meer worden gewijzigd en telt mee in het overzicht per regio (zonder de link en zonder de onderbouwing).',
    reportLink: 'Bekijk het rapport',
    errorSummary: 'Er is iets mis met de antwoorden',
    invalidAnswer: (q: string, v: string) =>
      `Vraag ${q}: "${v}" is geen geldig antwoord. Kies niet, deels, voldoet, n.v.t. of weet niet.`,
    repeatedAnswer: (q: string) => `Vraag ${q}: kies één antwoord.`,
    evidenceTooLong: (q: string, max: number, n: number) =>
      `Vraag ${q}: de onderbouwing is ${n} tekens lang; gebruik ten hoogste ${max} tekens.`,
    unanswered: (q: string) => `Vraag ${q}: kies een antwoord (ook n.v.t. of weet niet kan) voordat u publiceert.`,
    unknownField: (name: string) =>
      `Het formulier bevat een onbekend veld "${name}". Laad de scan opnieuw en probeer het nog eens.`,
    badVersion: 'Het formulier mist het versienummer van de scan. Laad de scan opnieuw en probeer het nog eens.',
    badAction: 'Kies "Opslaan", "Opslaan en verder" of "Publiceren".',
    notSavedNote: 'Er is niets opgeslagen. Uw invoer staat hieronder nog; verbeter de fouten en sla opnieuw op.',
    conflictTitle: 'Iemand anders heeft deze scan intussen gewijzigd',
    conflictText: (mine: number, stored: number) =>
      `U bewerkte versie ${mine}, maar inmiddels is versie ${stored} opgeslagen. Uw antwoorden zijn niet opgeslagen en staan hieronder nog. Bij vragen waar de opgeslagen versie iets anders zegt, ziet u wat er is opgeslagen.`,
    conflictReload: 'Laad de opgeslagen versie (uw wijzigingen vervallen)',
    conflictKeep:
      'Wilt u uw eigen antwoorden bewaren? Controleer ze en sla opnieuw op; dan vervangen ze de opgeslagen versie.',
    storedValue: (answer: string) => `Opgeslagen door iemand anders: ${answer}`,
    storedOpen: 'open',
    publishedConflictTitle: 'Deze scan is al gepubliceerd',
    publishedConflictText:
      'Een gepubliceerde scan kan niet meer worden gewijzigd. Uw invoer staat hieronder nog, maar is niet opgeslagen. Begin een nieuwe scan om de antwoorden bij te werken.',
    newScan: 'Begin een nieuwe scan voor deze gemeente',
    readOnlyNote: 'Deze scan is gepubliceerd en kan niet meer worden gewijzigd.',
    notAnswered: 'Nog niet beantwoord',
    reportTitle: (name: string) => `Rapport zelfscan ${name}`,
    reportIntro:
      'De score per onderdeel, de volgende stappen en wie daarbij helpt. U kunt deze pagina afdrukken of als pdf bewaren met de printfunctie van uw browser.',
    draftReportNote: 'Dit rapport hoort bij een concept. Het verandert als de antwoorden veranderen.',
    scoreHeading: 'Score',
    overall: 'Totaal',
    overallText: (percent: number, answered: number, questions: number) =>
      `Totaalscore ${percent}% (${answered} van de ${questions} vragen beantwoord).`,
    scoreCaption: 'Score per onderdeel',
    percent: 'Score',
    level: 'Niveau',
    answered: 'Beantwoord',
    levels: { niet: 'Voldoet niet', deels: 'Voldoet deels', voldoet: 'Voldoet', onbekend: 'Onbekend' },
    scoreNote:
      'Niet telt als 0, deels als de helft en voldoet als 1; een open vraag telt als 0; n.v.t. en weet niet tellen niet mee. Elk onderdeel weegt even zwaar. Voldoet vanaf 100%, voldoet deels vanaf 50%, daaronder voldoet niet.',
    nextStepsHeading: 'Volgende stappen',
    allMet: 'De gemeente voldoet aan alle onderdelen. Houd het basisniveau op peil en herhaal de scan elk jaar.',
    yourAnswers: 'Uw antwoorden',
    steps: 'Wat u kunt doen',
    instruments: 'Barrières',
    helpers: 'Wie helpt',
    helpersHeading: 'Wie helpt bij de volgende stappen',
    helpsWith: 'Helpt bij',
    regionalHeading: 'Uw contacten in de regio',
    regionalNone: 'Voor deze regio zijn nog geen organisaties bekend.',
    backToScan: 'Terug naar de scan',
    overviewTitle: 'Basisniveau per regio',
    overviewIntro:
      'Hoe gemeenten scoren in hun gepubliceerde zelfscan. Per gemeente telt alleen de laatst gepubliceerde scan. Concepten en links naar scans worden nooit getoond.',
    groupingLabel: 'Indelen per',
    groupings: {
      riec: 'RIEC',
      zorgcoordinatie: 'Zorgcoördinatieregio',
      'politie-eenheid': 'Politie-eenheid',
      veiligheidsregio: 'Veiligheidsregio',
    },
    showButton: 'Toon',
    invalidGrouping: (v: string) =>
      `"${v}" is geen bekende indeling. Kies RIEC, zorgcoördinatieregio, politie-eenheid of veiligheidsregio.`,
    withoutScanHeading: (region: string) => `Zonder gepubliceerde scan in ${region}`,
    withoutScanNone: 'Alle gemeenten in deze regio hebben een scan gepubliceerd.',
    minimumAverageColumn: 'Gemiddeld minimum',
    verdictColumn: 'Oordeel',
    regionColumn: 'Regio',
    municipalitiesColumn: 'Gemeenten',
    publishedColumn: 'Met gepubliceerde scan',
    averageColumn: 'Gemiddelde score',
    overviewCaption: (grouping: string) => `Gepubliceerde scans per ${grouping.toLowerCase()}`,
    elementsCaption: (region: string) => `Gemiddelde score per onderdeel in ${region}`,
    scansCaption: (region: string) => `Gepubliceerde scans in ${region}`,
    publishedOn: 'Gepubliceerd op',
    noneYet: '–',
    noPublished: 'Nog geen gemeente in deze regio heeft een scan gepubliceerd.',
    csvLink: 'Download alle gepubliceerde scans als CSV',
    verdictHeading: 'Oordeel basisniveau',
    verdicts: { voldoet: 'Voldoet', 'voldoet-deels': 'Voldoet deels', 'voldoet-niet': 'Voldoet niet' },
    verdictText: (percent: string, met: number, total: number) =>
      `${percent} van het minimum op orde: ${met} van de ${total} minimumvragen voldoen (of zijn n.v.t.).`,
    provisional: 'voorlopig',
    provisionalNote: (n: number) =>
      n === 1
        ? 'Voorlopig oordeel: 1 minimumvraag is open of met "weet niet" beantwoord.'
        : `Voorlopig oordeel: ${n} minimumvragen zijn open of met "weet niet" beantwoord.`,
    belowHalf: (codes: string) => `Minder dan de helft op orde (dan voldoet de gemeente niet): ${codes}.`,
    verdictRule:
      'Voldoet: alle minimumvragen voldoen. Voldoet niet: een onderdeel van het minimum is voor minder dan de helft op orde. Anders: voldoet deels.',
    verdictRuleLink: 'Hoe het oordeel tot stand komt',
    beyondText: (percent: string, n: number) =>
      `Buiten het minimum (${n} vragen, apart gescoord, telt niet mee voor het oordeel): ${percent}.`,
    prioritiesHeading: 'Drie prioriteiten',
    prioritiesNone: 'Geen prioriteiten: geen vraag is met niet of deels beantwoord.',
    minimumTag: 'minimum',
    beyondTag: 'buiten het minimum',
    changeHeading: 'Sinds de vorige gepubliceerde scan',
    changeText: (date: string, before: string, after: string) => `Vorige scan ${date}: ${before}; nu: ${after}.`,
    changeDelta: (delta: number) =>
      delta === 0
        ? 'Het minimum is gelijk gebleven.'
        : delta > 0
          ? `Het minimum is ${delta} procentpunt beter.`
          : `Het minimum is ${-delta} procentpunt slechter.`,
    changeElements: (better: string, worse: string) => `Beter: ${better}. Slechter: ${worse}.`,
    changeNone: 'Er is geen eerder gepubliceerde scan van deze gemeente om mee te vergelijken.',
    nothing: 'geen',
    comparisonHeading: 'Vergelijking in de regio',
    comparisonCaption: 'Het minimum in deze scan en bij de andere gemeenten in de regio (laatste gepubliceerde scans)',
    comparisonRegion: 'Regio',
    comparisonAverage: 'Gemiddeld minimum (n)',
    comparisonVerdicts: 'Voldoet / deels / niet',
    comparisonThis: 'Deze scan',
    comparisonNone: 'Nog geen andere gemeente in uw regio heeft een scan gepubliceerd.',
    nValue: (percent: string, n: number, of: number) => `${percent} (n = ${n} van ${of})`,
    kinds: { riec: 'RIEC', zorgcoordinatie: 'Zorgcoördinatie' },
    derived: 'afgeleid',
    derivedNote:
      'Afgeleid: een onderdeel dat wij afleiden uit de bronnen over gemeentelijke instrumenten; het is geen letterlijk onderdeel van het basisniveau.',
    notCountedHeading: 'Niet meegeteld in de score',
    notCountedNote:
      'N.v.t. (met reden) en weet niet tellen niet mee in de score. Weet niet maakt het oordeel voorlopig.',
    minimumColumn: 'Minimum',
    beyondColumn: 'Daarbuiten',
    nvtNeedsReason: (q: string) =>
      `Vraag ${q}: geef bij n.v.t. in de onderbouwing de reden waarom de vraag niet van toepassing is.`,
    publishKeyLabel: 'Inloggen om te publiceren',
    publishKeyHelp:
      'Een gepubliceerde scan spreekt namens de gemeente. Publiceren kan alleen wie is ingelogd met een account van deze gemeente of als landelijk redacteur; open daarna deze link opnieuw. Een concept opslaan kan zonder account.',
    publishRefused:
      'Niet gepubliceerd: publiceren vraagt een ingelogd account van deze gemeente of van een landelijk redacteur. Uw antwoorden zijn wel opgeslagen als concept.',
    contactsHeading: 'Contacten in de regio',
    phoneNone: 'geen gecontroleerd nummer',
    forbiddenTitle: 'Dit formulier kan niet worden verwerkt',
    forbiddenText:
      'Het formulier kwam niet van deze website, of uw browser gaf niet door waar het vandaan kwam. Daarom is er niets opgeslagen. Open de scan opnieuw via uw link en verstuur het formulier vanaf deze website.',
    tooLarge: 'Het formulier is te groot om te verwerken.',
    tooMany: 'Te veel wijzigingen vanaf uw adres in korte tijd. Wacht een minuut en verstuur het formulier opnieuw.',
    notAForm:
      'Het formulier kon niet worden gelezen. Open de pagina opnieuw en verstuur het formulier vanaf deze website.',
    contactAbove: 'zie hierboven',
    startFromLegend: 'Waarmee begint de scan?',
    startFromHelp:
      'Heeft uw gemeente al een scan gepubliceerd, dan kunt u met die antwoorden beginnen. Ze staan dan als "overgenomen" in de scan tot u ze per onderdeel bevestigt; publiceren kan pas als alles is bevestigd.',
    startEmpty: 'Een lege scan',
    startFromPublished: 'De antwoorden van de laatst gepubliceerde scan van deze gemeente',
    noPublishedToStart: (code: string) =>
      `${code} heeft nog geen gepubliceerde scan om mee te beginnen. Kies een lege scan.`,
    notPublished: (open: number, unconfirmed: number) => {
      const parts = [
        ...(open > 0
          ? [open === 1 ? '1 vraag is nog niet beantwoord' : `${open} vragen zijn nog niet beantwoord`]
          : []),
        ...(unconfirmed > 0
          ? [
              unconfirmed === 1
                ? '1 overgenomen antwoord is nog niet bevestigd'
                : `${unconfirmed} overgenomen antwoorden zijn nog niet bevestigd`,
            ]
          : []),
      ]
      return `De scan is niet gepubliceerd: ${parts.join(' en ')}. Wat u hebt opgeslagen, blijft bewaard.`
    },
    notPublishedSection: (code: string, name: string, open: number, unconfirmed: number) =>
      `${code} ${name}: ${[
        ...(open > 0 ? [`${open} open`] : []),
        ...(unconfirmed > 0 ? [`${unconfirmed} te bevestigen`] : []),
      ].join(', ')}`,
    sectionOf: (n: number, total: number) => `Onderdeel ${n} van ${total}`,
    answeredOf: (answered: number, total: number) => `${answered} van de ${total} vragen beantwoord`,
    toConfirm: (n: number) =>
      n === 1 ? '1 overgenomen antwoord te bevestigen' : `${n} overgenomen antwoorden te bevestigen`,
    sectionsComplete: (n: number, total: number) => `${n} van de ${total} onderdelen zijn compleet.`,
    previousSection: (code: string) => `Vorig onderdeel (${code})`,
    nextSection: (code: string) => `Volgend onderdeel (${code})`,
    toOverview: 'Overzicht en publiceren',
    sectionNavLabel: 'Onderdelen van de scan',
    carriedNote: (date: string) => `Overgenomen uit de scan van ${date}, nog niet bevestigd`,
    carriedSection: (n: number, date: string) =>
      n === 1
        ? `1 antwoord in dit onderdeel komt uit de gepubliceerde scan van ${date}. Controleer het en pas het aan als er iets veranderd is.`
        : `${n} antwoorden in dit onderdeel komen uit de gepubliceerde scan van ${date}. Controleer ze en pas aan wat veranderd is.`,
    saveConfirms: 'Met opslaan bevestigt u de antwoorden van dit onderdeel, ook de overgenomen.',
    saveAndNext: 'Opslaan en verder',
    saveAndOverview: 'Opslaan en naar het overzicht',
    progressHeading: 'Voortgang',
    sectionsCaption: 'Onderdelen van de scan',
    sectionToConfirm: (n: number) => `${n} te bevestigen`,
    sectionComplete: 'Compleet',
    sectionOpen: (n: number) => `${n} open`,
    continueWith: (code: string) => `Verder met ${code}`,
    publishHeading: 'Publiceren',
    publishedBy: (role: 'municipality' | 'national-editor' | null, code: string) =>
      role === 'municipality'
        ? `door de gemeente (${code}).`
        : role === 'national-editor'
          ? 'door een landelijk redacteur.'
          : '(wie publiceerde is niet bekend: van voor de accounts).',
    withdrawnNote: (date: string, reason: string) => `Ingetrokken op ${date}. Reden: ${reason}`,
    historyHeading: 'Eerdere publicaties',
    historyColumns: ['Jaar', 'Gepubliceerd op', 'Door', 'Totaal', 'Oordeel minimum', 'Ingetrokken'] as const,
    publisherRole: (role: 'municipality' | 'national-editor' | null, code: string | null) =>
      role === 'municipality'
        ? `gemeente ${code ?? ''}`.trim()
        : role === 'national-editor'
          ? 'landelijk redacteur'
          : 'onbekend',
    notWithdrawn: 'nee',
  },
  trajectory: {
    title: 'Trajectplanner verblijfsregeling mensenhandel (B8)',
    intro:
      'Vul in wat u weet over de situatie van een slachtoffer van mensenhandel. U krijgt een tijdlijn van de verblijfsregeling en de doorstroom naar een woning: wie er verantwoordelijk is, welke rechten gelden en welke termijnen lopen.',
    privacyHeading: 'Er wordt niets opgeslagen',
    privacy:
      'Wat u invult, staat alleen in het adres (URL) van deze pagina en wordt niet bewaard. Vul daarom geen naam, geboortedatum of ander gegeven in waaraan iemand te herkennen is. Het adres kan wel in de geschiedenis van uw browser blijven staan.',
    disclaimer:
      'De tijdlijn is een hulpmiddel, geen besluit en geen juridisch advies. De IND, het OM en de politie beslissen.',
    formHeading: 'Situatie',
    errorSummary: 'Controleer de volgende velden',
    unknownField: (name: string) => `Het veld '${name}' kent de planner niet`,
    groups: {
      person: 'Over de persoon',
      special: 'Bijzondere situaties',
      specialHint: 'Alleen invullen als het van toepassing is.',
      dates: 'Wat is er al gebeurd?',
      datesHint: 'Vul alleen datums in die al voorbij zijn. De planner berekent wat daarna komt.',
      criminalCase: 'Strafzaak',
      planDate: 'Andere plandatum',
    },
    toTimeline: 'Direct naar de tijdlijn',
    unknown: 'Onbekend',
    yes: 'Ja',
    no: 'Nee',
    required: '(verplicht)',
    dateFormat: 'Bijvoorbeeld 2024-03-15 (JJJJ-MM-DD).',
    fields: {
      nationality: {
        label: 'Nationaliteit',
        help: 'Een land of landcode, bijvoorbeeld China, Roemeens of NG. Voor Nederlanders en de meeste EU-burgers geldt de regeling niet.',
      },
      nationalityGroup: {
        label: 'Of, als het land niet bekend is: nationaliteitsgroep',
        help: '',
      },
      age: { label: 'Leeftijd in jaren', help: '' },
      gender: { label: 'Gender', help: '' },
      exploitation: {
        label: 'Vorm van uitbuiting',
        help: 'Bij arbeidsuitbuiting is er een extra grond voor de vergunning.',
      },
      recruitment: { label: 'Hoe is de persoon geworven?', help: '' },
      municipality: {
        label: 'Gemeente',
        help: 'Gemeentenaam of CBS-code. Dan staan de zorgcoördinator en contacten van de regio bij het plan.',
      },
      euResidenceRight: {
        label: 'Heeft de EU-burger verblijfsrecht op grond van het EU-recht?',
        help: 'Alleen voor burgers van de EU, de EER of Zwitserland. Kies "Nee" als dat verblijfsrecht er niet is.',
      },
      residence: { label: 'Verblijfssituatie', help: 'Niet invullen voor een Nederlander.' },
      ageGroup: { label: 'Of: leeftijdsgroep', help: '' },
      unaccompanied: { label: 'Minderjarige zonder ouder of voogd in Nederland?', help: '' },
      cooperation: { label: 'Houding tegenover het strafproces', help: '' },
      witness: { label: 'Getuige die aangifte deed (getuige-aangever), maar zelf geen slachtoffer is?', help: '' },
      refusedEntry: { label: 'Is de persoon aan de grens geweigerd?', help: '' },
      detentionConsent: { label: 'Vreemdelingenbewaring: stemmen OM en politie in met een bedenktijd?', help: '' },
      presenceNeeded: {
        label: 'Dublinclaimant: vindt het OM aanwezigheid in Nederland nodig voor het onderzoek?',
        help: '',
      },
      firstSignal: { label: 'Eerste signaal van mensenhandel', help: '' },
      reflectionStart: { label: 'Eerste dag van de bedenktijd', help: '' },
      reflectionEnd: { label: 'Laatste dag van de bedenktijd', help: 'Alleen als de bedenktijd al voorbij is.' },
      reflectionEndReason: { label: 'Waarom eindigde de bedenktijd?', help: '' },
      report: { label: 'Aangifte of begin van de medewerking', help: '' },
      permitGranted: { label: 'Tijdelijke vergunning verleend op', help: '' },
      renewals: {
        label: 'Verlengingen van de vergunning',
        help: 'Eén of meer datums, de oudste eerst, gescheiden door komma’s.',
      },
      prosecutionDecision: { label: 'Besluit van het OM om te vervolgen', help: '' },
      caseOutcome: { label: 'Uitkomst van de strafzaak', help: '' },
      caseOutcomeDate: {
        label: 'Datum van die uitkomst',
        help: 'Bij een veroordeling: de dag waarop die onherroepelijk werd.',
      },
      asOf: { label: 'Plandatum', help: 'Leeg laten voor vandaag. Handig om een eerdere situatie na te rekenen.' },
    },
    options: {
      nationalityGroup: {
        nl: 'Nederlands',
        eu: 'EU, EER of Zwitserland',
        'third-country': 'Van buiten de EU (derde land)',
      },
      residence: {
        lawful: 'Rechtmatig verblijf',
        none: 'Geen rechtmatig verblijf',
        asylum: 'In de asielprocedure',
        dublin: 'Dublinclaimant',
        detained: 'In vreemdelingenbewaring',
      },
      ageGroup: { minor: 'Jonger dan 18', adult: '18 of ouder' },
      gender: { female: 'Vrouw', male: 'Man', x: 'Anders of onbekend (X)' },
      recruitment: { loverboy: 'Loverboy- of pooierboymethode', other: 'Anders' },
      cooperation: {
        undecided: 'Weet het nog niet',
        reporting: 'Doet aangifte',
        'cooperating-otherwise': 'Werkt op een andere manier mee',
        unable: 'Kan niet meewerken (bedreiging of medische reden)',
        declined: 'Wil niet meewerken',
      },
      reflectionEndReason: {
        reported: 'Aangifte gedaan',
        cooperating: 'Op een andere manier gaan meewerken',
        declined: 'Wil geen aangifte doen of meewerken',
        disappeared: 'Met onbekende bestemming vertrokken',
        'other-application': 'Andere verblijfsaanvraag ingediend',
      },
      caseOutcome: {
        pending: 'Loopt nog',
        conviction: 'Onherroepelijke veroordeling',
        acquittal: 'Vrijspraak',
        dismissal: 'Sepot (geen vervolging)',
      },
    },
    submit: 'Tijdlijn maken',
    reset: 'Opnieuw beginnen',
    timelineHeading: 'Tijdlijn',
    planDate: 'Plandatum',
    permitGrounds: 'Passende vergunningsgronden (Vb 2000 art. 3.48 lid 1)',
    downloadsHeading: 'Bewaren en delen',
    icsLink: 'Termijnen in uw agenda (iCalendar-bestand)',
    jsonLink: 'Invoer downloaden als bestand (JSON)',
    jsonHint:
      'Met dit bestand kunt u de tijdlijn later opnieuw maken, ook met de opdrachtregel: wegwijzer trajectory --input bestand.json.',
    printHint: 'Afdrukken kan met de afdrukfunctie van uw browser; het formulier wordt dan weggelaten.',
    warningsHeading: 'Let op',
    statuses: {
      done: 'Afgerond',
      current: 'Nu aan de orde',
      overdue: 'Termijn verstreken: nu handelen',
      upcoming: 'Volgt',
      possible: 'Mogelijk',
      'not-applicable': 'Niet van toepassing',
    },
    deadlineKinds: {
      max: 'Uiterlijk',
      within: 'Uiterlijk',
      target: 'Streefdatum',
      after: 'Vanaf',
      min: 'Vanaf',
      event: 'Datum',
    },
    passed: 'voorbij',
    parties: 'Verantwoordelijk',
    rights: 'Rechten in deze stap',
    deadlines: 'Termijnen',
    legalBasis: 'Wettelijke basis',
    notes: 'Toelichting',
    rulesApplied: 'Toegepaste regels',
    next: 'Daarna',
    nextNone: 'Einde van dit traject.',
    sources: 'Bronnen',
    sourceRef: (n: number) => `bron ${n}`,
    sourcesHeading: 'Bronnen van de tijdlijn',
    stepStatus: 'Gegevens',
    none: 'Geen',
    notApplicableHeading: 'De verblijfsregeling is niet van toepassing',
    alternativesHeading: 'Wat wel geldt',
    rulesHeading: 'Regels die de planner toepaste',
    ruleColumns: {
      name: 'Regel',
      legalBasis: 'Wettelijke basis',
      validity: 'Geldig',
      status: 'Status',
      decisive: 'Beslissende datum',
    },
    validSince: (date: string) => `vanaf ${date}`,
    validUntil: (date: string) => `tot ${date}`,
    always: 'Altijd',
    doorstroomLink: 'Lees hoe de doorstroom van de opvang naar een woning verloopt',
  },
  doorstroom: {
    title: 'Doorstroom van de opvang naar een woning',
    intro:
      'Een slachtoffer met een tijdelijke B8-vergunning gaat van de opvang (de categorale opvang COSM of de reguliere opvang) naar een eigen woning. Hier ziet u de stappen, wie verantwoordelijk is, wat de gemeente moet doen en waar het in de praktijk vastloopt.',
    diagramHeading: 'Schema',
    diagramTitle: 'Doorstroom van de opvang naar een woning',
    diagramDesc: (steps: number, bottlenecks: number) =>
      `Schema met ${steps} stappen van boven naar beneden, van opvang tot voortgezet verblijf of terugkeer, met ${bottlenecks} bekende knelpunten. Dezelfde inhoud staat in de lijst onder het schema.`,
    duties: (n: number) => (n === 1 ? '1 plicht van de gemeente' : `${n} plichten van de gemeente`),
    bottleneckCount: (n: number) => (n === 1 ? '1 knelpunt' : `${n} knelpunten`),
    or: 'of',
    listHeading: 'De stappen als lijst',
    parties: 'Verantwoordelijk',
    rights: 'Rechten',
    dutiesHeading: 'Plichten',
    municipal: 'gemeente',
    bottlenecksHeading: 'Bekende knelpunten',
    legalBasis: 'Wettelijke basis',
    sources: 'Bronnen',
    stepData: 'Gegevens van deze stap',
    outcomesHeading: 'Daarna: voortgezet verblijf of terugkeer',
    plannerLink: 'Maak een tijdlijn voor een concrete situatie met de trajectplanner',
    missing: 'De gegevens over de doorstroom ontbreken in de dataset.',
  },
  wizard: {
    title: 'Welke route hoort bij deze situatie?',
    shortTitle: 'Route',
    intro:
      'Beantwoord een paar vragen over het (mogelijke) slachtoffer. U ziet dan per fase welke organisaties iets doen, welke rechten gelden en wie u in de regio belt. Alleen de vorm van uitbuiting is verplicht; wat u niet weet, laat u open.',
    privacy:
      'Er wordt niets opgeslagen. Uw antwoorden staan alleen in het adres van de pagina, zodat u de route kunt delen.',
    step: (n: number, of: number) => `Stap ${n} van ${of}`,
    step1Heading: 'Over de uitbuiting en de persoon',
    step2Heading: 'Meer over de situatie',
    step2Intro: 'Deze vragen maken de route preciezer. Weet u het niet, kies dan "Weet ik niet".',
    next: 'Volgende stap',
    show: 'Toon de route',
    back: 'Terug naar stap 1',
    answersHeading: 'Uw antwoorden uit stap 1',
    change: 'Wijzig',
    unknown: 'Weet ik niet',
    moreHeading: 'Meer precies (niet verplicht)',
    errorSummary: 'Controleer de volgende antwoorden',
    errorTitle: (title: string) => `Fout: ${title}`,
    fieldError: (field: string, message: string) => `${field}: ${message}`,
    unknownField: (name: string) =>
      `Het adres bevat een onbekend veld "${name}". Het is weggelaten; controleer de antwoorden en ga verder.`,
    fields: {
      ...facetQuestions,
      exploitation: facets.exploitation.question,
      exploitationHelp: 'Kies één of meer vormen.',
      age: 'Leeftijd in jaren',
      ageHelp: 'Als u de leeftijd weet. Onder de 18 telt als minderjarig.',
      nationality: 'Land van de nationaliteit',
      nationalityHelp: 'Land of landcode, bijvoorbeeld Roemenië, Chinees of NG.',
      residenceHelp: 'Alleen van belang als de persoon niet de Nederlandse nationaliteit heeft.',
      unaccompaniedHelp: 'Alleenstaand betekent: zonder ouder of voogd in Nederland.',
      municipalityHelp: 'Dan ziet u de regionale contacten: politie-eenheid, RIEC, Veilig Thuis en zorgcoördinatie.',
      asOf: 'Peildatum',
      asOfHelp: 'De route zoals die gold op deze datum, als JJJJ-MM-DD. Leeg laten betekent vandaag.',
      asker: 'Wie vraagt?',
      askerNone: 'Zeg ik liever niet',
      askerHelp:
        'De eerste stappen bovenaan de route worden dan voor u geschreven, in uw volgorde. U wordt nooit naar uw eigen soort organisatie verwezen.',
    },
    options: {
      minor: 'Ja, jonger dan 18',
      adult: 'Nee, 18 of ouder',
      nl: 'Nederlands',
      eu: 'Uit de EU, de EER of Zwitserland',
      'third-country': 'Van buiten de EU',
      lawful: 'Rechtmatig verblijf',
      none: 'Geen rechtmatig verblijf',
      asylum: 'In de asielprocedure',
      dublin: 'Dublinclaimant (een ander EU-land is verantwoordelijk)',
      detained: 'In vreemdelingenbewaring',
      true: 'Ja, alleenstaand',
      false: 'Nee, met ouder of voogd',
      female: 'Vrouw',
      male: 'Man',
      x: 'X (anders of onbekend gemaakt)',
      loverboy: 'Met de loverboymethode',
      other: 'Op een andere manier',
      undecided: 'Nog geen besluit',
      reporting: 'Doet aangifte',
      'cooperating-otherwise': 'Werkt op een andere manier mee',
      unable: 'Kan niet meewerken (dreiging of medische reden)',
      declined: 'Wil niet meewerken',
      police: 'Politie',
      education: 'Onderwijs (school, mbo)',
      'health-care': 'Zorg (huisarts, ggz, GGD, ziekenhuis)',
      'youth-care': 'Jeugdzorg',
      municipality: 'Gemeente',
      'aid-organisation': 'Hulporganisatie of opvang',
      citizen: 'Burger: ik maak me zorgen om iemand',
      self: 'Het gaat om mijzelf',
    },
    chooseMunicipality: 'Weet ik niet',
    municipalityAlias: (alias: string, name: string) => `${alias} (gemeente ${name})`,
  },
  route: {
    title: 'Route voor deze situatie',
    intro:
      'Per fase de organisaties die een rol hebben, met waarom. Staat er geen reden bij, dan geldt de rol voor ieder slachtoffer. Wat afhangt van iets dat nog niet bekend is, staat onder "Mogelijk ook".',
    situationHeading: 'De situatie',
    changeAnswers: 'Antwoorden wijzigen',
    shareHeading: 'Deze route delen',
    shareText:
      'Het adres bevat alleen de antwoorden, geen namen. Kopieer het om de route te delen of later terug te vinden.',
    shareLabel: 'Adres van deze route',
    contentsLabel: 'Inhoud van deze pagina',
    warningsHeading: 'Let op bij deze route',
    nextStepsHeading: 'Volgende stappen',
    nextSteps: {
      lead: (aspect: string) => `${aspect}: regie bij`,
      regional: 'Bel de regionale contacten hieronder.',
      openQuestions: 'Zoek uit wat nog onbekend is; de route wordt dan preciezer.',
      print: 'Druk deze pagina af of bewaar hem als pdf met de printfunctie van uw browser.',
    },
    instrumentsHeading: 'Verder met deze situatie',
    instrumentsIntro: 'Deze links nemen de situatie mee in het adres; er wordt niets opgeslagen.',
    instruments: {
      trajectory: 'B8-traject plannen',
      trajectoryText: 'De planner staat al ingevuld; u vult alleen de datums in.',
      barrierModel: (topic: string) => `Barrièremodel: ${topic}`,
      doorstroom: 'Doorstroom naar een woning',
      basisniveau: (name: string) => `Basisniveau van de gemeente ${name} (regionaal overzicht)`,
    },
    regionalHeading: 'Contacten in uw regio',
    regionalIntro: (name: string) => `Voor de gemeente ${name}.`,
    noMunicipality: 'Er is geen gemeente gekozen, dus ontbreken de regionale contacten.',
    addMunicipality: 'Kies een gemeente',
    noRegional: 'Voor deze gemeente zijn nog geen regionale organisaties bekend.',
    phaseHeading: (id: string, name: string) => `Fase ${id}: ${name}`,
    noAspects: 'In deze fase heeft voor deze situatie geen organisatie een rol.',
    why: 'Waarom',
    maybe: 'Mogelijk ook, afhankelijk van wat nog niet bekend is:',
    regionalBranch: 'In uw regio',
    rightsHeading: 'Rechten en termijnen',
    noRights: 'Voor deze situatie zijn geen rechten gevonden.',
    limits: 'Termijnen',
    providers: 'Uitgevoerd door',
    openHeading: 'Wat verandert als u meer weet?',
    openIntro:
      'Sommige onderdelen hangen af van wat nog niet bekend is. Kies een antwoord om de route daarop aan te passen.',
    noOpen: 'Alle vragen die de route beïnvloeden, zijn beantwoord.',
    ifAnswer: (label: string) => `Als het antwoord is: ${label}`,
    confirms: (n: number) => (n === 1 ? '1 onderdeel gaat zeker gelden' : `${n} onderdelen gaan zeker gelden`),
    dropsOut: (n: number) => (n === 1 ? '1 onderdeel valt af' : `${n} onderdelen vallen af`),
    noChange: 'verandert niets',
    showRoute: 'toon deze route',
    openEffect: (n: number) =>
      n === 0
        ? 'Het antwoord verandert niets aan deze route.'
        : n === 1
          ? 'Van het antwoord hangt 1 onderdeel af.'
          : `Van het antwoord hangen ${n} onderdelen af.`,
    municipalityQuestion: 'Met de gemeente erbij toont de route de regionale contacten.',
    questions: facetQuestions,
    warnings: {
      derived: (n: number) =>
        n === 1
          ? '1 onderdeel berust op afgeleide gegevens: een eigen redenering uit de bronnen, niet letterlijk zo vastgelegd. Het is gemarkeerd met "Afgeleid".'
          : `${n} onderdelen berusten op afgeleide gegevens: een eigen redenering uit de bronnen, niet letterlijk zo vastgelegd. Ze zijn gemarkeerd met "Afgeleid".`,
      unverified: (n: number) =>
        n === 1
          ? '1 onderdeel is nog niet aan een bron getoetst. Het is gemarkeerd met "Niet gecontroleerd".'
          : `${n} onderdelen zijn nog niet aan een bron getoetst. Ze zijn gemarkeerd met "Niet gecontroleerd".`,
      aspects: (n: number, of: number) =>
        `De indeling in aspecten is deels afgeleid; dat geldt voor ${n} van de ${of} aspecten in deze route.`,
      conditional: (n: number) =>
        n === 1
          ? '1 onderdeel geldt alleen bij bepaalde antwoorden op de open vragen.'
          : `${n} onderdelen gelden alleen bij bepaalde antwoorden op de open vragen.`,
      renamed: (date: string, old: string) =>
        `Op de peildatum ${date} had een organisatie een andere naam: de route toont de naam van toen (${old}).`,
    },
    situation: {
      ...facetTitles,
      age: 'Leeftijd',
      nationality: 'Land van nationaliteit',
      asOf: 'Peildatum',
      unknownValue: 'onbekend',
      derived: 'afgeleid',
      stillUnknown: (list: string) => `Nog onbekend: ${list}.`,
      asker: 'Geschreven voor',
    },
    years: (n: number) => `${n} jaar`,
  },
  search: {
    title: 'Zoeken',
    intro: 'Zoek in organisaties, hun taken, rechten, signalen en begrippen.',
    label: 'Zoekwoorden',
    help: 'Bijvoorbeeld: opvang minderjarigen, bedenktijd of loverboy.',
    button: 'Zoeken',
    results: (n: number, q: string) => (n === 1 ? `1 resultaat voor "${q}"` : `${n} resultaten voor "${q}"`),
    more: (shown: number, total: number) => `${shown} van de ${total} getoond`,
    noResults: (q: string) => `Niets gevonden voor "${q}".`,
    noResultsTips: [
      'Controleer de spelling.',
      'Gebruik minder of algemenere woorden.',
      'Zoek op de naam van een organisatie, bijvoorbeeld CoMensha of IND.',
    ],
    noResultsLinks: 'U kunt ook bladeren:',
    ignored: (words: string) => `Niet gebruikt bij het zoeken: ${words}.`,
    /** Followed by a link that searches for the suggestion. */
    didYouMean: 'Bedoelde u:',
    empty: 'Vul een of meer zoekwoorden in.',
    noWords: 'Gebruik ten minste één letter of cijfer.',
    tooLong: (max: number, n: number) => `De zoekopdracht is ${n} tekens lang; gebruik ten hoogste ${max} tekens.`,
    unavailable:
      'Zoeken is nu niet beschikbaar, omdat de gegevens nog niet zijn ingelezen. Probeer het later opnieuw of blader via het menu.',
    errorSummary: 'Er is iets mis met de zoekopdracht',
    groups: {
      party: 'Organisaties',
      responsibility: 'Taken van organisaties',
      right: 'Rechten en regelingen',
      indicator: 'Signalen',
      glossary: 'Begrippen',
    },
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.',
    home: 'Naar de homepage',
  },
  badRequest: { title: 'Er ging iets mis met uw keuze' },
  /**
   * The route summary's actions (docs/route-summary.md): the general wording per code, then the
   * wording for who is asking (issue 21 item 4) only where the general one does not fit the reader.
   * The numbers stand in `call`.
   */
  summaryActions: {
    general: {
      'acute-danger': () => 'Bel 112 als het slachtoffer of iemand anders in acuut gevaar is.',
      'care-coordinator': (p: SummaryParams) =>
        p.fallback !== undefined && p.regional !== undefined
          ? `Overleg met de zorgcoördinator mensenhandel van de regio (${p.region ?? p.regional}); waarschijnlijk ${p.regional}, maar dat is niet bevestigd: bel ${p.fallback} als terugval.`
          : p.fallback !== undefined
            ? `Overleg met de zorgcoördinator mensenhandel; ${p.region === undefined ? 'zonder gemeente' : `voor ${p.region}`} is dat ${p.fallback}.`
            : `Overleg met de zorgcoördinator mensenhandel${within(p)}: eerste aanspreekpunt, regelt opvang en begeleiding.`,
      'veilig-thuis': (p: SummaryParams) =>
        `Vraag advies of meld bij ${p.regional ?? 'Veilig Thuis'}: uitbuiting van een minderjarige of in huiselijke kring.`,
      'guardian-nidos': () =>
        'Schakel Nidos in: de voogd van alleenstaande minderjarige vreemdelingen beslist over beschermde opvang.',
      'police-report': (p: SummaryParams) =>
        `Meld het vermoeden bij de politie${within(p)}; rechercheurs mensenhandel (AVIM) voeren het informatief gesprek en nemen aangifte op.`,
      // A text that names one form must not show for another (issue 11): criminal-only cases read
      // the NLA's remit as the data words it, exploitation outside the sex industry.
      'labour-inspectorate': (p: SummaryParams) =>
        p.scope === 'criminal'
          ? 'Meld uitbuiting buiten de seksindustrie bij de Nederlandse Arbeidsinspectie (NLA), ook anoniem.'
          : 'Meld arbeidsuitbuiting bij de Nederlandse Arbeidsinspectie (NLA), ook anoniem.',
      'reflection-period': (p: SummaryParams) =>
        `Zorg dat de bedenktijd wordt aangeboden${p.duration === undefined ? '' : ` (ten hoogste ${p.duration})`}, bij de geringste aanwijzing; dat doet de politie of KMar.`,
      'register-comensha': () =>
        'Zorg dat het mogelijke slachtoffer bij CoMensha wordt aangemeld (dat doen politie, KMar, NLA of de zorgcoördinator).',
    },
    police: {
      'reflection-period': (p: SummaryParams) =>
        `Bied de bedenktijd aan${p.duration === undefined ? '' : ` (ten hoogste ${p.duration})`} bij de geringste aanwijzing en meld dat aan de IND.`,
      'register-comensha': () =>
        'Meld het mogelijke slachtoffer aan bij CoMensha; als opsporingsdienst is de politie daartoe verplicht.',
      'labour-inspectorate': () =>
        'Betrek de Nederlandse Arbeidsinspectie (NLA) bij uitbuiting in werk: zij kan zelf strafrechtelijk onderzoek doen.',
    },
    citizen: {
      'acute-danger': () => 'Is iemand in direct gevaar? Bel 112.',
      'veilig-thuis': (p: SummaryParams) =>
        `Gaat het om iemand jonger dan 18? Vraag ${p.regional ?? 'Veilig Thuis'} om advies of meld het, gratis en dag en nacht.`,
      'police-report': () => 'Vertel de politie wat u ziet; bel het gewone nummer als er geen spoed is.',
      'report-anonymously': () => 'Liever anoniem? Meld het bij Meld Misdaad Anoniem; niemand vraagt uw naam.',
      'labour-inspectorate': () => 'Gaat het om werk? Meld het bij de Nederlandse Arbeidsinspectie, ook anoniem.',
      'victim-helpline': () => 'Twijfelt u? Vraag CoMensha om advies (op werkdagen).',
    },
    self: {
      'acute-danger': () => 'Bent u in direct gevaar? Bel 112.',
      'veilig-thuis': () =>
        'Bent u jonger dan 18? Bel Veilig Thuis: gratis, dag en nacht. U mag ook alleen advies vragen.',
      'victim-helpline': () => 'Bel CoMensha: u krijgt advies en hulp bij een veilige plek om te wonen.',
      'fair-work': () =>
        'Gaat het om uw werk? FairWork helpt gratis en in vertrouwen, ook in andere talen (fairwork.nu).',
      'victim-support': () => 'Slachtofferhulp Nederland luistert en helpt u met praktische zaken, geld en uw rechten.',
      'police-report': () =>
        'U kunt aangifte doen bij de politie (team mensenhandel). Dat mag, maar hoeft niet meteen.',
      'reflection-period': (p: SummaryParams) =>
        `U hebt recht op bedenktijd: ${p.duration === undefined ? 'tijd' : `tot ${p.duration}`} om in rust te beslissen of u aangifte doet. De politie biedt die aan.`,
      'labour-inspectorate': () => 'Wordt u uitgebuit in uw werk? Meld het bij de Arbeidsinspectie, ook anoniem.',
    },
  },
} as const
