// SPDX-License-Identifier: EUPL-1.2
// One example URL per page type over the fixture dataset, with text each page must show.
// Shared by the render tests, the budget test and the browser (axe, html-validate) tests.
import { localePath } from '../../src/web/i18n.ts'

export interface PageExample {
  readonly name: string
  readonly path: string
  readonly status: number
  /** Expected <title> start and a text the Dutch page must contain. */
  readonly title: string
  readonly contains: string
}

export const PAGE_EXAMPLES: readonly PageExample[] = [
  { name: 'home', path: '/', status: 200, title: 'Wegwijzer mensenhandel', contains: 'Word ik uitgebuit?' },
  { name: 'professional', path: '/professionals', status: 200, title: 'Ik heb een vermoeden', contains: 'CoMensha' },
  { name: 'victim', path: '/hulp', status: 200, title: 'Word ik uitgebuit?', contains: 'Veilig deze website bekijken' },
  { name: 'citizen', path: '/ik-zie-iets', status: 200, title: 'Ik zie iets', contains: 'Politie' },
  {
    name: 'safe-browsing',
    path: '/veilig-internetten',
    status: 200,
    title: 'Veilig deze website bekijken',
    contains: 'privévenster',
  },
  {
    name: 'party-list',
    path: '/organisaties',
    status: 200,
    title: 'Organisaties',
    contains: 'Immigratie- en Naturalisatiedienst',
  },
  { name: 'party', path: '/organisaties/politie', status: 200, title: 'Politie', contains: 'Spoort daders op' },
  { name: 'phases', path: '/fasen', status: 200, title: 'Fasen en aspecten', contains: 'Hulp naar zelfstandigheid' },
  { name: 'phase', path: '/fasen/C', status: 200, title: 'Fase C', contains: 'Opsporing' },
  {
    name: 'aspect',
    path: '/aspecten/opsporing',
    status: 200,
    title: 'Opsporing',
    contains: 'Nederlandse Arbeidsinspectie',
  },
  { name: 'rights-list', path: '/rechten', status: 200, title: 'Rechten en regelingen', contains: 'Bedenktijd' },
  { name: 'right', path: '/rechten/bedenktijd', status: 200, title: 'Bedenktijd', contains: 'ten hoogste 3 maanden' },
  { name: 'signals', path: '/signalen', status: 200, title: 'Signalen van mensenhandel', contains: 'paspoort' },
  {
    name: 'signals-form',
    path: '/signalen/labour',
    status: 200,
    title: 'Signalen van arbeidsuitbuiting',
    contains: 'lange dagen',
  },
  {
    name: 'signals-loverboy',
    path: '/signalen/loverboy',
    status: 200,
    title: 'Signalen van de loverboymethode',
    contains: 'dure cadeaus',
  },
  {
    name: 'municipality-search',
    path: '/gemeenten?naam=amers',
    status: 200,
    title: 'Wie is wie in mijn regio',
    contains: 'Amersfoort',
  },
  {
    name: 'municipality',
    path: '/gemeenten/GM0344',
    status: 200,
    title: 'Utrecht',
    contains: 'Politie-eenheid Midden-Nederland',
  },
  {
    name: 'organogram',
    path: '/organogram?form=labour',
    status: 200,
    title: 'Organogram van de keten',
    contains: 'hebben een rol in deze situatie',
  },
  {
    name: 'organogram-municipality-phase',
    path: '/organogram?fase=C&form=sexual&municipality=GM0344',
    status: 200,
    title: 'Organogram van de keten',
    contains: 'voor RIEC, RIEC Midden-Nederland (niet gecontroleerd)',
  },
  {
    name: 'organogram-error',
    path: '/organogram?form=slavernij',
    status: 400,
    title: 'Organogram van de keten',
    contains: 'geen bekende vorm',
  },
  { name: 'barrier-model', path: '/barrieremodel', status: 200, title: 'Barrièremodel', contains: 'Woninginspecties' },
  {
    name: 'barrier-model-form',
    path: '/barrieremodel/labour',
    status: 200,
    title: 'Barrièremodel: arbeidsuitbuiting',
    contains: 'role="img"',
  },
  {
    name: 'barrier-model-municipal',
    path: '/barrieremodel/sexual?gemeente=1',
    status: 200,
    title: 'Barrièremodel: seksuele uitbuiting',
    contains: 'die de gemeente zelf opwerpt',
  },
  {
    name: 'barrier-model-filter-error',
    path: '/barrieremodel/sexual?gemeente=ja',
    status: 400,
    title: 'Barrièremodel: seksuele uitbuiting',
    contains: 'geen geldige keuze',
  },
  {
    name: 'barrier-model-loverboy',
    path: '/barrieremodel/loverboy',
    status: 200,
    title: 'Barrièremodel: de loverboymethode',
    contains: 'Voorlichting op scholen',
  },
  {
    name: 'barrier',
    path: '/barrieremodel/barrieres/woninginspecties',
    status: 200,
    title: 'Woninginspecties',
    contains: 'APV',
  },
  { name: 'basisniveau', path: '/basisniveau', status: 200, title: 'Basisniveau', contains: 'BN01 Signalering' },
  {
    name: 'scan-start',
    path: '/basisniveau/scan',
    status: 200,
    title: 'Zelfscan basisniveau',
    contains: 'Utrecht (GM0344)',
  },
  {
    name: 'scan-start-error',
    path: '/basisniveau/scan?gemeente=GM9999',
    status: 400,
    title: 'Zelfscan basisniveau',
    contains: 'CBS-code',
  },
  {
    name: 'scan-overview',
    path: '/basisniveau/overzicht?per=veiligheidsregio',
    status: 200,
    title: 'Basisniveau per regio',
    contains: 'Veiligheidsregio Utrecht',
  },
  {
    name: 'scan-overview-error',
    path: '/basisniveau/overzicht?per=provincie',
    status: 400,
    title: 'Basisniveau per regio',
    contains: 'geen bekende indeling',
  },
  {
    name: 'trajectory-planner',
    path: '/b8-planner',
    status: 200,
    title: 'Trajectplanner verblijfsregeling mensenhandel',
    contains: 'Er wordt niets opgeslagen',
  },
  {
    name: 'trajectory-timeline',
    path: '/b8-planner?nationalityGroup=third-country&residence=none&reflectionStart=2025-04-01&asOf=2025-05-01',
    status: 200,
    title: 'Trajectplanner verblijfsregeling mensenhandel',
    contains: 'Uiterste einddatum van de bedenktijd',
  },
  {
    name: 'trajectory-errors',
    path: '/b8-planner?nationalityGroup=&reflectionStart=2025-02-30',
    status: 400,
    title: 'Trajectplanner verblijfsregeling mensenhandel',
    contains: 'moet een bestaande datum zijn',
  },
  {
    name: 'trajectory-not-applicable',
    path: '/b8-planner?nationalityGroup=nl',
    status: 200,
    title: 'Trajectplanner verblijfsregeling mensenhandel',
    contains: 'geldt niet voor Nederlanders',
  },
  {
    name: 'doorstroom',
    path: '/doorstroom',
    status: 200,
    title: 'Doorstroom van de opvang naar een woning',
    contains: 'role="img"',
  },
  {
    name: 'wizard',
    path: '/situatie',
    status: 200,
    title: 'Welke route hoort bij deze situatie?',
    contains: 'Stap 1 van 2',
  },
  {
    name: 'wizard-step-2',
    path: '/situatie?stap=2&exploitation=labour&ageGroup=minor&nationalityGroup=third-country',
    status: 200,
    title: 'Welke route hoort bij deze situatie?',
    contains: 'Is de minderjarige alleenstaand?',
  },
  {
    name: 'wizard-error',
    path: '/situatie?stap=2&ageGroup=minor',
    status: 400,
    title: 'Fout: Welke route',
    contains: 'is verplicht',
  },
  {
    name: 'route',
    path: '/route?exploitation=labour&nationalityGroup=third-country&municipality=GM0344',
    status: 200,
    title: 'Route voor deze situatie',
    contains: 'Spoort daders op',
  },
  {
    name: 'route-open-questions',
    path: '/route?exploitation=sexual',
    status: 200,
    title: 'Route voor deze situatie',
    contains: 'Mogelijk ook',
  },
  {
    name: 'search',
    path: '/zoeken?q=opsporing',
    status: 200,
    title: 'Zoeken: opsporing',
    contains: 'voor &quot;opsporing&quot;',
  },
  { name: 'search-no-results', path: '/zoeken?q=xyzzyqwv', status: 200, title: 'Zoeken', contains: 'Niets gevonden' },
  { name: 'analysis', path: '/analyse', status: 200, title: 'Overlappen en hiaten', contains: 'Samenvatting' },
  {
    name: 'analysis-expanded',
    path: '/analyse?uitklappen=ja',
    status: 200,
    title: 'Overlappen en hiaten',
    contains: 'Alles inklappen',
  },
  {
    name: 'analysis-error',
    path: '/analyse?datum=2021-02-30',
    status: 400,
    title: 'Overlappen en hiaten',
    contains: 'bestaat niet',
  },
  {
    name: 'not-found',
    path: '/bestaat-niet',
    status: 404,
    title: 'Pagina niet gevonden',
    contains: 'Naar de homepage',
  },
]

/** The English page of a Dutch example path, with the English words of the slug table. */
export function englishPath(path: string): string {
  return localePath('en', path)
}
