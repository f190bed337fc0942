// SPDX-License-Identifier: EUPL-1.2
// Victim pages in Polish. Translated from the Dutch by us, not yet checked by a fluent reviewer.
import type { VictimMessages } from './victim-messages.ts'

export const pl: VictimMessages = {
  lang: 'pl',
  dir: 'ltr',
  languageName: 'Polski',
  status: 'machine',
  siteName: 'Przewodnik: handel ludźmi',
  skipLink: 'Przejdź do treści',
  quickExit: {
    label: 'Szybkie wyjście',
    hint: 'Natychmiast opuść tę stronę',
    shortcut: 'lub naciśnij 3 razy Shift',
    presses: 'Naciśnij Shift jeszcze {n} raz(y), aby opuścić tę stronę',
    leaving: 'Opuszczasz tę stronę',
  },
  chooser: { label: 'Język' },
  machineNote:
    'Tę stronę przetłumaczyliśmy sami; nie sprawdził jej jeszcze native speaker. Numery telefonów pochodzą z naszych sprawdzonych danych.',
  nav: { label: 'Strony dla ciebie' },
  emergency: 'Jesteś w bezpośrednim niebezpieczeństwie? Zadzwoń pod 112.',
  help: {
    title: 'Czy jestem wykorzystywany(-a)?',
    intro:
      'Musisz wykonywać pracę, której nie chcesz? Dostajesz mało pieniędzy albo nic? Ktoś inny trzyma twój paszport? Być może jesteś ofiarą wyzysku. To jest zabronione. Możesz dostać pomoc.',
    safeNote:
      'Korzystasz z telefonu lub komputera, którego używa też ktoś inny? Najpierw przeczytaj, jak bezpiecznie przeglądać tę stronę.',
    questionsHeading: 'Czy to brzmi znajomo?',
    questions: [
      'Ktoś inny decyduje, gdzie pracujesz, mieszkasz lub śpisz.',
      'Musisz oddawać pieniądze, które zarabiasz.',
      'Masz dług, który ciągle rośnie.',
      'Ktoś grozi tobie albo osobom, które kochasz.',
      'Nie możesz swobodnie odejść.',
    ],
    helpHeading: 'Kto ci pomoże?',
    helpIntro: 'Te organizacje cię wysłuchają. Nie musisz od razu składać zawiadomienia na policji.',
    moreInfo: 'Więcej o tych organizacjach (po angielsku):',
  },
  rights: {
    title: 'Twoje prawa',
    intro:
      'Jeśli jesteś ofiarą handlu ludźmi, masz prawa. Możesz dostać pomoc, zanim zdecydujesz o zawiadomieniu policji.',
    items: [
      'Dostajesz bezpłatnie adwokata, także w czasie do namysłu.',
      'Nigdy nie płacisz za tłumacza: ani w schronisku, ani u adwokata, ani w sądzie.',
      'Możesz dostać bezpieczne miejsce do mieszkania. Dla dorosłych z zagranicy załatwia to CoMensha.',
      'Lekarz sprawdzi twoje zdrowie. W czasie do namysłu koszty leczenia są opłacane.',
      'Zmuszono cię do popełnienia przestępstw? Nie powinieneś (nie powinnaś) być za nie karany(-a).',
      'Możesz prosić o pieniądze za szkody, które ci wyrządzono.',
    ],
    reflectionHeading: 'Czas do namysłu (okres refleksji)',
    reflection: [
      'Pochodzisz z kraju spoza UE? Dostajesz do 3 miesięcy, aby zdecydować, czy złożysz zawiadomienie albo pomożesz policji w inny sposób.',
      'Pochodzisz z UE, ale nie masz prawa pobytu według przepisów UE? Ten czas też może ci przysługiwać.',
      'W tym czasie możesz zostać w Holandii. Dostajesz miejsce do mieszkania, pieniądze na życie i opiekę medyczną.',
      'Policja musi zaproponować ci ten czas przy pierwszym sygnale, że możesz być ofiarą.',
    ],
  },
  report: {
    title: 'Co się dzieje, gdy zgłosisz sprawę policji',
    intro:
      'Zawiadomienie oznacza, że mówisz policji, co ci się stało, aby mogła to zbadać. To ty decydujesz, czy to zrobisz.',
    steps: [
      'Najpierw policja z tobą rozmawia. Wyjaśnia, co oznacza zawiadomienie, co będzie dalej i jaką pomoc możesz dostać.',
      'Jeśli złożysz zawiadomienie, policja zapisze, co mówisz. Twój adwokat może ci w tym pomóc.',
      'Pochodzisz spoza UE? Gdy złożysz zawiadomienie, dostajesz zezwolenie na pobyt na czas śledztwa i sprawy sądowej.',
      'Z tym zezwoleniem możesz pracować lub się uczyć.',
      'Prokurator decyduje, czy sprawa trafi do sądu.',
    ],
    choice: 'Nie musisz decydować od razu. Organizacje z tej strony pomogą ci, także jeśli nie złożysz zawiadomienia.',
  },
  safe: {
    title: 'Bezpieczne przeglądanie tej strony',
    intro:
      'Ktoś może sprawdzać twój telefon lub komputer. Tak zmniejszysz szansę, że ktoś zobaczy, że tu byłeś (byłaś).',
    tips: [
      'Na górze każdej strony jest czerwony pasek „Szybkie wyjście”. Dotknij go: od razu przejdziesz na stronę z pogodą.',
      'Na komputerze możesz też szybko nacisnąć 3 razy klawisz Shift.',
      'Używaj okna prywatnego (incognito). Wtedy przeglądarka nie zapamięta, jakie strony oglądałeś (oglądałaś).',
      'Poza oknem prywatnym historia przeglądarki pokazuje, że tu byłeś (byłaś). Wyczyść ją po wizycie.',
      'Jeśli możesz, użyj telefonu lub komputera osoby, której ufasz, albo komputera w bibliotece.',
    ],
    noCookies: 'Ta strona nie zapisuje plików cookie i niczego nie wysyła do innych stron.',
  },
  card: {
    title: 'Pomoc przy wyzysku',
    what: 'Handel ludźmi oznacza, że ktoś zmusza cię do pracy, seksu lub przestępstw dla własnego zysku, przemocą, groźbami, długami lub kłamstwem. W Holandii to przestępstwo. Możesz dostać pomoc.',
    rightsHeading: 'Twoje prawa',
    rights: [
      'Bezpłatna pomoc, bezpłatny adwokat i bezpłatny tłumacz.',
      'Bezpieczne miejsce do mieszkania.',
      'Czas do namysłu, zanim zdecydujesz o zawiadomieniu (do 3 miesięcy, jeśli jesteś spoza UE).',
    ],
    numbersHeading: 'Gdzie dzwonić',
    print: 'Wydrukuj tę kartę',
    a4: 'Strona A4',
    a6: 'Karta A6',
    website: 'Strona internetowa',
  },
  footer: 'Ta strona nie używa plików cookie. Informacje pochodzą ze źródeł publicznych.',
  notFound: {
    title: 'Ta strona nie istnieje',
    text: 'Może adres jest źle wpisany. Tutaj znajdziesz pomoc:',
  },
}
