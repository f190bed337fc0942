// SPDX-License-Identifier: EUPL-1.2
// Victim pages in Dutch, the source language of the other catalogues.
import { nl as site } from '../nl.ts'
import type { VictimMessages } from './victim-messages.ts'

export const nl: VictimMessages = {
  lang: 'nl',
  dir: 'ltr',
  languageName: 'Nederlands',
  status: 'source',
  siteName: 'Wegwijzer mensenhandel',
  skipLink: 'Naar de inhoud',
  // The same words as the site's own quick exit: one button, one label, whichever page it is on.
  quickExit: site.quickExit,
  chooser: { label: 'Taal' },
  machineNote: '',
  nav: { label: 'Pagina’s voor u' },
  emergency: 'Bent u in direct gevaar? Bel 112.',
  help: {
    title: 'Word ik uitgebuit?',
    intro:
      'Moet u werk doen dat u niet wilt? Krijgt u geen of weinig geld? Heeft iemand anders uw paspoort? Dan wordt u misschien uitgebuit. Dat is verboden. U kunt hulp krijgen.',
    safeNote:
      'Bekijkt u deze pagina op een telefoon of computer die iemand anders ook gebruikt? Lees dan eerst hoe u veilig kijkt.',
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
    moreInfo: 'Meer over deze organisaties:',
  },
  rights: {
    title: 'Uw rechten',
    intro:
      'Bent u slachtoffer van mensenhandel? Dan heeft u rechten. U kunt hulp krijgen voordat u beslist over aangifte.',
    items: [
      'U krijgt gratis een advocaat, ook in de bedenktijd.',
      'U betaalt nooit voor een tolk: niet in de opvang, niet bij uw advocaat, niet bij de rechter.',
      'U kunt een veilige plek krijgen om te wonen. Voor volwassenen uit het buitenland regelt CoMensha dat.',
      'Een arts kijkt naar uw gezondheid. In de bedenktijd worden uw zorgkosten betaald.',
      'Bent u gedwongen om strafbare dingen te doen? Dan hoort u daarvoor geen straf te krijgen.',
      'U kunt geld vragen voor de schade die u is aangedaan.',
    ],
    reflectionHeading: 'Tijd om na te denken (de bedenktijd)',
    reflection: [
      'Komt u uit een land buiten de EU? Dan krijgt u tot 3 maanden om te beslissen of u aangifte doet of de politie op een andere manier helpt.',
      'Komt u uit de EU, maar heeft u geen verblijfsrecht volgens de EU-regels? Dan kunt u deze tijd ook krijgen.',
      'In deze tijd mag u in Nederland blijven. U krijgt een plek om te wonen, geld om van te leven en medische zorg.',
      'De politie moet u deze tijd aanbieden bij de eerste aanwijzing dat u slachtoffer kunt zijn.',
    ],
  },
  report: {
    title: 'Wat gebeurt er als u aangifte doet?',
    intro:
      'Aangifte doen betekent dat u de politie vertelt wat er met u is gebeurd, zodat zij het kunnen onderzoeken. U beslist zelf of u dat doet.',
    steps: [
      'Eerst praat de politie met u. Zij leggen uit wat aangifte doen betekent, wat er daarna gebeurt en welke hulp u kunt krijgen.',
      'Doet u aangifte, dan schrijft de politie op wat u vertelt. Uw advocaat kan u daarbij helpen.',
      'Komt u van buiten de EU? Als u aangifte doet, krijgt u een verblijfsvergunning zolang het onderzoek en de rechtszaak duren.',
      'Met die vergunning mag u werken of een opleiding volgen.',
      'De officier van justitie beslist of de zaak naar de rechter gaat.',
    ],
    choice: 'U hoeft niet meteen te beslissen. De organisaties op deze website helpen u, ook als u geen aangifte doet.',
  },
  safe: {
    title: 'Veilig deze website bekijken',
    intro:
      'Misschien kijkt iemand mee op uw telefoon of computer. Zo maakt u de kans kleiner dat iemand ziet dat u hier was.',
    tips: [
      'Bovenaan elke pagina staat de rode balk "Snel weg". Tik erop: u gaat meteen naar een weersite.',
      'Op een computer kunt u ook 3 keer snel op de Shift-toets drukken.',
      'Gebruik een privévenster of incognitovenster. Dan onthoudt de browser niet welke pagina’s u bekeek.',
      'Buiten een privévenster laat de geschiedenis van de browser wel zien dat u hier was. Wis die na uw bezoek.',
      'Gebruik als het kan een telefoon of computer van iemand die u vertrouwt, of in een bibliotheek.',
    ],
    noCookies: 'Deze website slaat geen cookies op en stuurt niets naar andere websites.',
  },
  card: {
    title: 'Hulp bij uitbuiting',
    what: 'Mensenhandel betekent dat iemand u laat werken, seks laat hebben of misdrijven laat plegen voor zijn eigen winst, met dwang, bedreiging, schulden of leugens. Dat is in Nederland een misdrijf. U kunt hulp krijgen.',
    rightsHeading: 'Uw rechten',
    rights: [
      'Gratis hulp, een gratis advocaat en een gratis tolk.',
      'Een veilige plek om te wonen.',
      'Tijd om na te denken voordat u beslist over aangifte (tot 3 maanden als u van buiten de EU komt).',
    ],
    numbersHeading: 'Wie belt u?',
    print: 'Deze kaart afdrukken',
    a4: 'A4-pagina',
    a6: 'A6-kaart',
    website: 'Website',
  },
  footer: 'Deze website gebruikt geen cookies. De informatie komt uit openbare bronnen.',
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is het adres verkeerd getypt. Hier vindt u hulp:',
  },
}
