// SPDX-License-Identifier: EUPL-1.2
// Victim pages in Hungarian. Translated from the Dutch by us, not yet checked by a fluent reviewer.
import type { VictimMessages } from './victim-messages.ts'

export const hu: VictimMessages = {
  lang: 'hu',
  dir: 'ltr',
  languageName: 'Magyar',
  status: 'machine',
  siteName: 'Útmutató: emberkereskedelem',
  skipLink: 'Ugrás a tartalomhoz',
  quickExit: {
    label: 'Gyors kilépés',
    hint: 'Azonnal elhagyod ezt az oldalt',
    shortcut: 'vagy nyomd meg 3-szor a Shiftet',
    presses: 'Nyomd meg még {n}-szor a Shiftet az oldal elhagyásához',
    leaving: 'Elhagyod ezt az oldalt',
  },
  chooser: { label: 'Nyelv' },
  machineNote:
    'Ezt az oldalt mi fordítottuk; anyanyelvi beszélő még nem ellenőrizte. A telefonszámok az általunk ellenőrzött adatokból származnak.',
  nav: { label: 'Oldalak neked' },
  emergency: 'Közvetlen veszélyben vagy? Hívd a 112-t.',
  help: {
    title: 'Kizsákmányolnak engem?',
    intro:
      'Olyan munkát kell végezned, amit nem akarsz? Kevés pénzt kapsz, vagy semmit? Valaki más tartja magánál az útleveledet? Akkor lehet, hogy kizsákmányolnak. Ez tilos. Kaphatsz segítséget.',
    safeNote:
      'Olyan telefont vagy számítógépet használsz, amit más is használ? Előbb olvasd el, hogyan böngészhetsz biztonságosan.',
    questionsHeading: 'Ismerős ez neked?',
    questions: [
      'Valaki más dönti el, hol dolgozol, laksz vagy alszol.',
      'Oda kell adnod a pénzt, amit megkeresel.',
      'Van egy adósságod, ami egyre nő.',
      'Fenyegetnek téged vagy azokat, akiket szeretsz.',
      'Nem mehetsz el szabadon.',
    ],
    helpHeading: 'Ki segít neked?',
    helpIntro: 'Ezek a szervezetek meghallgatnak. Nem kell azonnal feljelentést tenned.',
    moreInfo: 'Többet ezekről a szervezetekről (angolul):',
  },
  rights: {
    title: 'A jogaid',
    intro:
      'Ha emberkereskedelem áldozata vagy, jogaid vannak. Kaphatsz segítséget, mielőtt eldöntöd, teszel-e feljelentést.',
    items: [
      'Ingyen kapsz ügyvédet, a gondolkodási idő alatt is.',
      'Soha nem fizetsz a tolmácsért: sem a szálláson, sem az ügyvédnél, sem a bíróságon.',
      'Kaphatsz biztonságos lakhelyet. A külföldről jött felnőtteknek ezt a CoMensha intézi.',
      'Orvos megvizsgálja az egészségedet. A gondolkodási idő alatt az orvosi költségeidet kifizetik.',
      'Bűncselekmények elkövetésére kényszerítettek? Akkor nem szabadna ezekért megbüntetni.',
      'Kérhetsz pénzt a neked okozott kárért.',
    ],
    reflectionHeading: 'Gondolkodási idő',
    reflection: [
      'Az EU-n kívüli országból jöttél? Akkor legfeljebb 3 hónapot kapsz, hogy eldöntsd, teszel-e feljelentést, vagy más módon segítesz-e a rendőrségnek.',
      'Az EU-ból jöttél, de az uniós szabályok szerint nincs tartózkodási jogod? Akkor te is kaphatod ezt az időt.',
      'Ez alatt az idő alatt Hollandiában maradhatsz. Kapsz lakhelyet, megélhetésre pénzt és orvosi ellátást.',
      'A rendőrségnek fel kell ajánlania ezt az időt, amint az első jel mutatja, hogy áldozat lehetsz.',
    ],
  },
  report: {
    title: 'Mi történik, ha feljelentést teszel',
    intro:
      'Feljelentést tenni azt jelenti, hogy elmondod a rendőrségnek, mi történt veled, hogy kivizsgálhassák. Te döntöd el, megteszed-e.',
    steps: [
      'Először a rendőrség beszél veled. Elmagyarázzák, mit jelent a feljelentés, mi történik utána, és milyen segítséget kaphatsz.',
      'Ha feljelentést teszel, a rendőrség leírja, amit elmondasz. Az ügyvéded segíthet ebben.',
      'Az EU-n kívülről jöttél? Ha feljelentést teszel, tartózkodási engedélyt kapsz, amíg a nyomozás és a bírósági ügy tart.',
      'Ezzel az engedéllyel dolgozhatsz vagy tanulhatsz.',
      'Az ügyész dönti el, hogy az ügy bíróság elé kerül-e.',
    ],
    choice:
      'Nem kell azonnal döntened. Az ezen az oldalon szereplő szervezetek akkor is segítenek, ha nem teszel feljelentést.',
  },
  safe: {
    title: 'Az oldal biztonságos böngészése',
    intro:
      'Lehet, hogy valaki figyeli a telefonodat vagy a számítógépedet. Így csökkentheted az esélyét, hogy valaki lássa, hogy itt jártál.',
    tips: [
      'Minden oldal tetején van a piros „Gyors kilépés” sáv. Koppints rá: azonnal egy időjárás-oldalra jutsz.',
      'Számítógépen gyorsan háromszor megnyomhatod a Shift billentyűt is.',
      'Használj privát (inkognitó) ablakot. Így a böngésző nem jegyzi meg, milyen oldalakat néztél.',
      'Privát ablakon kívül a böngészési előzmények megmutatják, hogy itt jártál. Töröld őket a látogatás után.',
      'Ha lehet, olyan ember telefonját vagy számítógépét használd, akiben megbízol, vagy egy könyvtári gépet.',
    ],
    noCookies: 'Ez az oldal nem tárol sütiket, és semmit nem küld más oldalaknak.',
  },
  card: {
    title: 'Segítség kizsákmányolás ellen',
    what: 'Emberkereskedelem az, ha valaki a saját hasznára munkára, szexre vagy bűncselekményre kényszerít erőszakkal, fenyegetéssel, adóssággal vagy hazugsággal. Hollandiában ez bűncselekmény. Kaphatsz segítséget.',
    rightsHeading: 'A jogaid',
    rights: [
      'Ingyenes segítség, ügyvéd és tolmács.',
      'Biztonságos lakhely.',
      'Gondolkodási idő, mielőtt a feljelentésről döntesz (legfeljebb 3 hónap, ha az EU-n kívülről jöttél).',
    ],
    numbersHeading: 'Kit hívj',
    print: 'A kártya nyomtatása',
    a4: 'A4-es oldal',
    a6: 'A6-os kártya',
    website: 'Weboldal',
  },
  footer: 'Ez az oldal nem használ sütiket. Az információk nyilvános forrásokból származnak.',
  notFound: {
    title: 'Ez az oldal nem létezik',
    text: 'Lehet, hogy a cím el van írva. Itt találsz segítséget:',
  },
}
