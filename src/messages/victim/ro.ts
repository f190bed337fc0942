// SPDX-License-Identifier: EUPL-1.2
// Victim pages in Romanian. Translated from the Dutch by us, not yet checked by a fluent reviewer.
import type { VictimMessages } from './victim-messages.ts'

export const ro: VictimMessages = {
  lang: 'ro',
  dir: 'ltr',
  languageName: 'Română',
  status: 'machine',
  siteName: 'Ghid: traficul de persoane',
  skipLink: 'Mergi la conținut',
  quickExit: {
    label: 'Ieșire rapidă',
    hint: 'Părăsește imediat acest site',
    shortcut: 'sau apasă de 3 ori Shift',
    presses: 'Mai apasă Shift de {n} ori ca să părăsești acest site',
    leaving: 'Părăsești acest site',
  },
  chooser: { label: 'Limba' },
  machineNote:
    'Am tradus singuri această pagină; un vorbitor nativ nu a verificat-o încă. Numerele de telefon provin din datele noastre verificate.',
  nav: { label: 'Pagini pentru tine' },
  emergency: 'Ești în pericol imediat? Sună la 112.',
  help: {
    title: 'Sunt exploatat(ă)?',
    intro:
      'Trebuie să faci o muncă pe care nu o vrei? Primești puțini bani sau deloc? Altcineva îți ține pașaportul? Atunci s-ar putea să fii exploatat(ă). Acest lucru este interzis. Poți primi ajutor.',
    safeNote:
      'Folosești un telefon sau un calculator pe care îl folosește și altcineva? Citește mai întâi cum să navighezi în siguranță.',
    questionsHeading: 'Ți se pare cunoscut?',
    questions: [
      'Altcineva decide unde lucrezi, locuiești sau dormi.',
      'Trebuie să dai banii pe care îi câștigi.',
      'Ai o datorie care crește mereu.',
      'Ești amenințat(ă), sau sunt amenințați oamenii pe care îi iubești.',
      'Nu ești liber(ă) să pleci.',
    ],
    helpHeading: 'Cine te ajută?',
    helpIntro: 'Aceste organizații te ascultă. Nu trebuie să faci plângere la poliție imediat.',
    moreInfo: 'Mai multe despre aceste organizații (în engleză):',
  },
  rights: {
    title: 'Drepturile tale',
    intro:
      'Dacă ești victimă a traficului de persoane, ai drepturi. Poți primi ajutor înainte să decizi dacă faci plângere.',
    items: [
      'Primești gratuit un avocat, și în timpul de gândire.',
      'Nu plătești niciodată pentru un interpret: nici în adăpost, nici la avocat, nici la tribunal.',
      'Poți primi un loc sigur unde să locuiești. Pentru adulții din străinătate, CoMensha se ocupă de asta.',
      'Un medic îți verifică sănătatea. În timpul de gândire, costurile medicale sunt plătite.',
      'Ai fost forțat(ă) să comiți infracțiuni? Atunci nu ar trebui să fii pedepsit(ă) pentru ele.',
      'Poți cere bani pentru răul care ți s-a făcut.',
    ],
    reflectionHeading: 'Timp de gândire (perioada de reflecție)',
    reflection: [
      'Vii dintr-o țară din afara UE? Atunci primești până la 3 luni ca să decizi dacă faci plângere sau ajuți poliția în alt fel.',
      'Vii din UE, dar nu ai drept de ședere după regulile UE? Atunci poți primi și tu acest timp.',
      'În acest timp poți rămâne în Țările de Jos. Primești un loc unde să stai, bani de trai și îngrijire medicală.',
      'Poliția trebuie să îți ofere acest timp la primul semn că ai putea fi victimă.',
    ],
  },
  report: {
    title: 'Ce se întâmplă dacă faci plângere',
    intro:
      'A face plângere înseamnă să spui poliției ce ți s-a întâmplat, ca să poată cerceta. Tu decizi dacă faci asta.',
    steps: [
      'Mai întâi poliția vorbește cu tine. Îți explică ce înseamnă plângerea, ce urmează și ce ajutor poți primi.',
      'Dacă faci plângere, poliția scrie ce spui. Avocatul tău te poate ajuta.',
      'Vii din afara UE? Când faci plângere, primești un permis de ședere cât timp durează ancheta și procesul.',
      'Cu acest permis poți lucra sau studia.',
      'Procurorul decide dacă dosarul ajunge la tribunal.',
    ],
    choice: 'Nu trebuie să decizi imediat. Organizațiile de pe acest site te ajută, chiar dacă nu faci plângere.',
  },
  safe: {
    title: 'Cum folosești acest site în siguranță',
    intro:
      'Poate că cineva îți verifică telefonul sau calculatorul. Așa scazi șansa ca cineva să vadă că ai fost aici.',
    tips: [
      'Sus pe fiecare pagină este bara roșie „Ieșire rapidă”. Apasă pe ea: ajungi imediat pe un site cu vremea.',
      'Pe calculator poți apăsa și de 3 ori repede tasta Shift.',
      'Folosește o fereastră privată (incognito). Atunci browserul nu ține minte ce pagini ai văzut.',
      'În afara unei ferestre private, istoricul browserului arată că ai fost aici. Șterge-l după vizită.',
      'Dacă poți, folosește telefonul sau calculatorul cuiva în care ai încredere, sau unul de la bibliotecă.',
    ],
    noCookies: 'Acest site nu salvează cookie-uri și nu trimite nimic către alte site-uri.',
  },
  card: {
    title: 'Ajutor împotriva exploatării',
    what: 'Traficul de persoane înseamnă că cineva te pune să muncești, să faci sex sau să comiți infracțiuni în folosul lui, prin forță, amenințări, datorii sau minciuni. În Țările de Jos aceasta este o infracțiune. Poți primi ajutor.',
    rightsHeading: 'Drepturile tale',
    rights: [
      'Ajutor, avocat și interpret, gratuit.',
      'Un loc sigur unde să locuiești.',
      'Timp de gândire înainte să decizi dacă faci plângere (până la 3 luni dacă vii din afara UE).',
    ],
    numbersHeading: 'Pe cine suni',
    print: 'Tipărește acest card',
    a4: 'Pagină A4',
    a6: 'Card A6',
    website: 'Site',
  },
  footer: 'Acest site nu folosește cookie-uri. Informațiile provin din surse publice.',
  notFound: {
    title: 'Această pagină nu există',
    text: 'Poate adresa este scrisă greșit. Aici găsești ajutor:',
  },
}
